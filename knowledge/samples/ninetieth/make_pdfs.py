"""Generate the PDF manuals of the ninetieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set90venv && /tmp/set90venv/bin/pip install fpdf2 pypdf
    /tmp/set90venv/bin/python knowledge/samples/ninetieth/make_pdfs.py

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



# ---------------------------------------------------------------- Lasmarion LM laser powder bed fusion printers
LASMARION = [
    ("title", "Lasmarion LM Laser Powder Bed Fusion Systems\nOperating and Maintenance Manual - LM-250 and LM-400"),
    (
        "p",
        "Document LSM-OM-LM-04, Edition 3, March 2025. Lasmarion Additive Systems. The LM-250 and LM-400 build metal "
        "parts layer by layer from powder that is melted by fibre lasers in a process chamber filled with argon or "
        "nitrogen. The LM-250 has one laser; the LM-400 has four lasers that share its larger build area. Apart from "
        "the build size, the lasers, the gas system and the items named in this manual, the two models are built "
        "alike. The room, the gas supply up to the machine inlet, the oxygen monitoring of the room and the site's "
        "explosion protection document are the site's responsibility. Powder handling outside the machine (sieving, "
        "storage and depowdering) is covered by the manuals of that equipment.",
    ),
    (
        "warn",
        "WARNING: Fine metal powder burns and, stirred up as a cloud, can explode. Titanium and aluminium powders and "
        "the filter residue (condensate) are the most reactive. Never clean with compressed air or with an ordinary "
        "vacuum cleaner, and keep a class D extinguisher next to the machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LM-250", "LM-400"],
            ["Build volume (W x D x H), including the build plate", "250 x 250 x 300 mm", "400 x 400 x 400 mm"],
            ["Lasers (fibre, 1070 nm)", "1 x 500 W", "4 x 500 W"],
            ["Focus diameter at the powder bed", "80 µm", "90 µm"],
            ["Scan speed, maximum", "7 m/s", "7 m/s"],
            ["Layer thickness", "20-100 µm", "30-120 µm"],
            ["Build rate, 316L, 40 µm layers, standard parameter set", "up to 20 cm³/h", "up to 75 cm³/h"],
            ["Process chamber volume", "330 L", "1010 L"],
            ["Purge flow and purge time from air to 0.10 % oxygen", "70 L/min, about 25 min", "120 L/min, about 45 min"],
            ["Gas consumption while building", "about 2 L/min", "about 4 L/min"],
            ["Gas supply pressure at the machine inlet", "6-10 bar", "6-10 bar"],
            ["Build plate heating, maximum", "200 °C", "200 °C"],
            ["Build plate size and fixing", "255 x 255 x 25 mm, 4 x M8", "405 x 405 x 40 mm, 8 x M10"],
            ["Powder dispenser capacity", "40 L", "110 L"],
            ["Connected load, 400 V 3~ 50 Hz", "6 kW, 9.6 A", "14 kW, 22.5 A"],
            ["Supply fuse", "16 A gG", "32 A gG"],
            ["Chiller, cooling water 18-22 °C", "2.5 kW, at least 6 L/min", "8 kW, at least 15 L/min"],
            ["Mass, empty", "1350 kg", "3200 kg"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "Inert gas: argon 4.6 (99.996 %) or better for all released alloys; nitrogen 5.0 (99.999 %) may be used for "
        "steels and nickel alloys only. The build rate is a guide for 316L with the standard 40 µm parameter set of "
        "Lasmarion and parts filling about 10 % of the build volume; it is lower for thinner layers. Build rates for "
        "other alloys are given with the parameter sets released by the Lasmarion application team, not in this "
        "manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Lasmarion, or by a supervisor trained by Lasmarion, may operate the machine.",
            "With all covers closed the machine is a class 1 laser product; inside it holds class 4 lasers. Never "
            "defeat a door or cover interlock.",
            "Argon and nitrogen displace oxygen. The room must have oxygen monitoring with an alarm; its type, place "
            "and alarm level are set by the site's risk assessment. The door opening sequence flushes the chamber "
            "with air; never put your head into the chamber before it has finished.",
            "For powder work wear an FFP3 mask or a powered respirator, nitrile gloves, antistatic footwear and "
            "flame-retardant clothing. Follow the safety data sheet of the powder supplier.",
            "Pick up powder only with an ATEX wet separator vacuum cleaner; it has its own manual.",
            "Keep the used filter cartridge and the filter residue wet and in the closed metal container until "
            "disposal (section 7).",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Oxygen"),
            (
                "p",
                "Exposure starts only when the oxygen content in the chamber is below 0.10 % (1000 ppm) for steels, "
                "nickel and cobalt alloys, and below 0.05 % (500 ppm) for titanium and aluminium alloys. If the "
                "oxygen content rises above 0.20 % (0.10 % for titanium and aluminium) for more than 60 s during a "
                "build, the machine pauses the build and shows P03. Copper alloys and refractory metals may be built "
                "only with a parameter set released by the Lasmarion application team, which states their limits.",
            ),
            ("h", "Chamber pressure"),
            (
                "p",
                "The gas system holds the chamber 5-30 mbar above ambient. Above 40 mbar the relief valve opens and "
                "P13 is shown.",
            ),
            ("h", "Gas flow over the plate"),
            (
                "p",
                "Check the flow with the anemometer at the start of each build, 10 mm above the centre of the plate: "
                "2.0-2.8 m/s on the LM-250 and 2.2-3.0 m/s on the LM-400. A lower speed leaves smoke and spatter on "
                "the bed and usually means the filter is loaded.",
            ),
            ("h", "Dosing factor"),
            (
                "p",
                "The dosing factor is the powder dosed per layer as a percentage of the layer volume. Default 170 %, "
                "settable 120-250 %. Use 250 % for the first 20 layers. If short feed shows, raise it in 10 % steps, "
                "up to 200 % for normal layers.",
            ),
            ("h", "Recoater"),
            (
                "p",
                "Set the blade at the start of each build with a 0.05 mm feeler gauge on the plate. The blade must be "
                "parallel to the plate within 0.02 mm from left to right.",
            ),
            ("h", "Laser power check"),
            (
                "p",
                "The check with the Lasmarion power meter measures each laser at the 400 W test point. The reading "
                "must be within ±3 % of the set value, that is 388-412 W. A reading outside this band after the "
                "protective window has been cleaned and the check repeated means the laser must be calibrated by "
                "Lasmarion service.",
            ),
            ("h", "Build plates"),
            (
                "p",
                "Plates must be flat within 0.05 mm. After resurfacing a plate must still be at least 20 mm thick "
                "(LM-250) or 35 mm thick (LM-400); a thinner plate is scrapped. Tighten the plate screws in a cross "
                "pattern to 20 Nm (M8) or 40 Nm (M10).",
            ),
            ("h", "Door"),
            (
                "p",
                "The door unlocks only when the build plate is below 60 °C and the chamber has been flushed with air "
                "to above 19.5 % oxygen.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed or its circuit open. Release it and press RESET."],
            ["P02", "Door interlock", "Door or powder cover open, or a lock not engaged. Close it; check the switch."],
            [
                "P03",
                "Oxygen high",
                "Oxygen above the build limit for more than 60 s. Check the door seal and the gas supply; the build "
                "resumes when the oxygen is back below the start limit.",
            ],
            ["P04", "Gas pressure low", "Inlet pressure below 5 bar. Change the cylinder or bundle; check the regulator."],
            [
                "P05",
                "Filter loaded",
                "Filter differential pressure above 25 mbar. Finish or stop the build and change the filter (section 7).",
            ],
            [
                "P06",
                "Recoater blocked",
                "Recoater motor current too high: the blade hit a part that curled up. Pause, inspect, see section 5.",
            ],
            ["P07", "Short feed", "Layer camera sees bare areas. Dispenser empty or dosing factor too low."],
            ["P08", "Laser fault", "Laser source interlock or overtemperature. Check the chiller, then restart."],
            [
                "P09",
                "Cooling water flow low",
                "Below 6 L/min (LM-250) or 15 L/min (LM-400). Check the chiller, its filter and the hoses.",
            ],
            ["P11", "Plate heater", "Heater or its sensor faulty. The build continues without heating only if set."],
            [
                "P12",
                "Scanner error",
                "Scanner position or temperature error. Restart once; if it repeats, call Lasmarion service. Scanner "
                "calibration is done only by Lasmarion service.",
            ],
            ["P13", "Chamber overpressure", "Above 40 mbar; relief valve open. Check the gas regulator and the vent."],
            ["P14", "Service due", "800 laser-on hours or 12 months since the last service. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Lines in the powder bed in the direction of travel",
                "Nick in the recoater blade, or a lump in the powder",
                "Turn the blade to an unused edge or replace it (section 8); sieve the powder.",
            ],
            [
                "Bare patches at the far end of the bed",
                "Dosing factor too low or dispenser nearly empty",
                "Raise the dosing factor in 10 % steps up to 200 %; refill the dispenser.",
            ],
            [
                "Recoater hits parts, edges of parts curl up",
                "Stress in overhangs, supports too thin, plate not heated",
                "Add or thicken supports; heat the plate; stop the part if it keeps curling.",
            ],
            [
                "Smoke haze in the chamber, dull surfaces, low density",
                "Gas flow over the plate too low, filter loaded, protective window dirty",
                "Measure the flow; change the filter at 20 mbar or above; clean the window.",
            ],
            [
                "Oxygen does not fall below the start limit in the purge time",
                "Door seal damaged or dirty, leaking gas connection, wrong gas",
                "Clean or replace the door seal; leak test the gas connections; check the cylinder label.",
            ],
            [
                "Laser power outside ±3 % at the test point",
                "Dirty protective window or a laser that needs calibration",
                "Clean the window and repeat the check; if still outside, call Lasmarion service.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Preparing and starting a build"),
    (
        "ol",
        [
            "Check that the filter differential pressure is below 20 mbar and that the dispenser holds enough powder "
            "for the build (the job file shows the amount).",
            "Clean the build plate and check its flatness (within 0.05 mm) and thickness.",
            "Fit the plate on the platform and tighten the screws in a cross pattern to 20 Nm (LM-250, 4 x M8) or "
            "40 Nm (LM-400, 8 x M10).",
            "Raise the platform until the plate is level with the bed and set the recoater blade with the 0.05 mm "
            "feeler gauge.",
            "Clean the protective window with a lint-free wipe and isopropanol.",
            "Close the door and the powder cover. Load the job and check the alloy and the parameter set.",
            "Press PURGE. The machine purges at 70 L/min (LM-250) or 120 L/min (LM-400) until the oxygen is below "
            "the start limit.",
            "Heat the plate to the temperature in the job and wait until it is reached.",
            "Measure the gas flow over the plate with the anemometer and record it.",
            "Press START. Watch the first 20 layers on the layer camera.",
        ],
    ),
    ("h", "7. Changing the recirculation filter cartridge"),
    (
        "ol",
        [
            "Change the filter when the differential pressure exceeds 20 mbar or after 600 build hours, whichever "
            "comes first, and at the latest when P05 shows. Never change it during a build.",
            "Put on the powder PPE and have the class D extinguisher ready.",
            "Select SERVICE > FILTER CHANGE. The machine stops the blower and closes both filter valves.",
            "Connect a water hose to the passivation port and fill the housing slowly until water runs from the "
            "overflow: about 12 L (LM-250) or 25 L (LM-400).",
            "Wait 30 min so that the residue is fully wetted.",
            "Open the drain valve into the metal waste container, then open the clamp ring.",
            "Lift the wet cartridge straight out into the container and close its lid.",
            "Fit a new cartridge, LSM-FC-250 (LM-250) or LSM-FC-400 (LM-400), with a new housing seal.",
            "Close the clamp ring and the drain valve. Select FILTER CHANGE DONE: the machine dries the housing with "
            "warm gas for 2 h and runs a leak test.",
            "The wet cartridge is hazardous waste. Keep it wet in the closed container; the site's licensed waste "
            "contractor collects it.",
        ],
    ),
    ("h", "8. Replacing the recoater blade"),
    (
        "ol",
        [
            "Lower the platform by 5 mm and move the recoater to the service position (SERVICE > RECOATER).",
            "Loosen the four clamp screws and pull the blade holder to the front.",
            "A steel blade has two edges: turn it once to the unused edge. Replace it when both edges are damaged.",
            "Fit the blade, push the holder against the stop and tighten the clamp screws to 4 Nm.",
            "Set the blade gap with the 0.05 mm feeler gauge at the left, centre and right of the plate; parallel "
            "within 0.02 mm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every build", "Clean the protective window; check the recoater blade; empty the overflow bin"],
            ["Weekly", "Empty and refill the wet separator vacuum cleaner (its own manual); clean the door seal"],
            ["20 mbar differential pressure or 600 build hours", "Change the filter cartridge (section 7)"],
            ["6 months", "Replace the door seal; check the chiller filter"],
            [
                "12 months or 800 laser-on hours (P14)",
                "Lasmarion service: laser power calibration, scanner calibration, oxygen sensor exchange",
            ],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "LM-250", "LM-400"],
            ["Recirculation filter cartridge with seal", "LSM-FC-250", "LSM-FC-400"],
            ["Recoater blade, steel (two edges)", "LSM-RB-250", "LSM-RB-400"],
            ["Recoater blade, rubber, pack of 5", "LSM-RR-250", "LSM-RR-400"],
            ["Protective window", "LSM-PW-120", "LSM-PW-120 (x4)"],
            ["Door seal", "LSM-DS-250", "LSM-DS-400"],
            ["Oxygen sensor", "LSM-OS-01", "LSM-OS-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Jettrovik BJ metal binder jetting printers
JETTROVIK = [
    ("title", "Jettrovik BJ Metal Binder Jetting Printers\nOperating Manual - BJ-160 and BJ-320"),
    (
        "p",
        "Document JTV-OM-BJ-02, Edition 1, June 2025. Jettrovik Binder Jet Systems. The BJ-160 and BJ-320 print metal "
        "parts by spreading thin layers of fine metal powder and joining each layer where a piezo printhead jets a "
        "water-based binder. The printed (green) parts are cured in their build box in a curing oven, depowdered and "
        "then sintered in a furnace. The BJ-160 is a compact printer for development and small series with one "
        "printhead; the BJ-320 has a larger build box and two printheads. Apart from the build box, the printheads, "
        "the supply and the items named in this manual, the two models are built alike. This manual covers the "
        "printer only: the curing oven, the sintering furnace and the sintering profiles, which are set by the "
        "powder supplier and the furnace maker, have their own documents.",
    ),
    (
        "warn",
        "WARNING: Binder and cleaning fluid irritate skin and eyes; wear nitrile gloves and safety glasses when "
        "handling them. Binder jetting powders are very fine (D50 below 25 µm) and easily airborne: wear an FFP3 mask "
        "when filling the hopper or depowdering, and never use compressed air to clean.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BJ-160", "BJ-320"],
            ["Build box (W x D x H)", "160 x 120 x 100 mm", "320 x 220 x 200 mm"],
            ["Build box volume", "1.92 L", "14.1 L"],
            ["Printheads", "1 x JTV-PH-1024 (1024 nozzles)", "2 x JTV-PH-1024 (2048 nozzles)"],
            ["Print resolution", "600 x 600 dpi", "1200 x 600 dpi"],
            ["Layer thickness", "30-80 µm", "40-120 µm"],
            ["Layer time at 50 µm, including spreading and drying", "45 s", "25 s"],
            ["Build rate (box volume filled) at 50 µm layers", "77 cm³/h", "507 cm³/h"],
            ["Powder", "D50 8-22 µm, D90 below 35 µm", "D50 8-22 µm, D90 below 35 µm"],
            ["Powder hopper capacity", "3 L", "12 L"],
            ["Binder", "JTV-BA-10, one 1 L cartridge", "JTV-BA-10, two 1 L cartridges"],
            ["Bed drying", "IR lamp 600 W", "IR lamp 1500 W"],
            ["Room conditions", "18-28 °C, 20-60 % RH", "18-28 °C, 20-60 % RH"],
            ["Compressed air, dry and oil-free, 6 bar", "50 L/min", "80 L/min"],
            ["Supply", "230 V 1~ 50 Hz, 16 A", "400 V 3N~ 50 Hz, 16 A"],
            ["Mass", "450 kg", "1250 kg"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The build rate is the volume of the build box filled per hour at 50 µm layers: on the BJ-160, 160 mm x 120 mm "
        "x 0.05 mm = 0.96 cm³ per layer and 80 layers per hour; on the BJ-320, 3.52 cm³ per layer and 144 layers per "
        "hour. How many parts that is depends on how densely the box is packed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Jettrovik or by a trained supervisor may operate the printer.",
            "The spreader roller and the print carriage move fast. The lid is interlocked; never reach in while the "
            "printer runs.",
            "Follow the safety data sheets of the binder and the cleaning fluid (Jettrovik) and of the powder (its "
            "supplier), and the site's explosion protection document. Pick up spilled powder only with an ATEX "
            "vacuum cleaner.",
            "A build box from the curing oven is at 200 °C. Use the box handles and heat-resistant gloves.",
            "Dispose of waste binder, used swabs and wet powder as the site's waste rules require.",
        ],
    ),
    ("h", "3. Print settings and limits"),
    (
        "cols",
        [
            ("h", "Binder saturation"),
            (
                "p",
                "The binder saturation is the share of the pore space between the powder grains that the binder "
                "fills. Default 60 %, settable 40-100 %; most steels print well at 55-70 %. Raise it in 5 % steps if "
                "green parts are too weak; lower it in 5 % steps if fine features bleed or parts grow.",
            ),
            ("h", "Layer thickness"),
            (
                "p",
                "The layer thickness must be at least three times the D50 of the powder, for example at least 45 µm "
                "for a D50 of 15 µm, and within the range of the model.",
            ),
            ("h", "Bed temperature"),
            (
                "p",
                "The IR lamp dries each layer. The bed surface must stay at 45-60 °C (default 50 °C), read by the "
                "IR sensor over the bed; outside this range B11 shows.",
            ),
            ("h", "Nozzle check"),
            (
                "p",
                "Before each build the printer prints a test pattern on the test film. A head passes when no more than "
                "20 of its 1024 nozzles (about 2 %) are missing after a purge; the printer then covers the missing "
                "nozzles with their neighbours. With 21 or more missing nozzles run a deep clean (section 7); if the "
                "head still fails, replace it (B07).",
            ),
            ("h", "Scale factor"),
            (
                "p",
                "Parts shrink when they are sintered. Enter in the print file: scale factor = 1 / (1 - linear "
                "shrinkage). For a linear shrinkage of 17 % this is 1 / 0.83 = 1.205. The shrinkage of each powder "
                "and sintering profile comes from the powder supplier or from your own test parts; in the build "
                "direction it is often 1-2 % larger than across it.",
            ),
            ("h", "Curing"),
            (
                "p",
                "Cure the build box with its lid on in the curing oven at 200 °C for 4 h (binder JTV-BA-10). Do not "
                "depowder before the box is below 50 °C.",
            ),
            ("h", "Powder reuse"),
            (
                "p",
                "Unbound powder may be reused after sieving through a 63 µm screen (see the sieving equipment's "
                "manual). Add at least 20 % new powder to each batch.",
            ),
            ("h", "Room humidity"),
            (
                "p",
                "Keep the room at 20-60 % RH. Above 60 % the powder clumps and spreads poorly; below 20 % it charges "
                "and flies. Outside this range B12 shows, and the printer finishes the layer and pauses.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["B02", "Lid open", "Lid opened or its switch faulty. Close the lid; the layer is repeated."],
            ["B03", "Binder low", "Less than 100 mL in the cartridge. Change the cartridge (section 9)."],
            ["B04", "Cleaner low", "Less than 200 mL of cleaning fluid JTV-CL-10. Refill the bottle."],
            ["B05", "Waste tank full", "Empty the waste tank into the binder waste container."],
            [
                "B06",
                "Printhead temperature",
                "Head outside 30-40 °C. Check the head cable; let the room cool if it is above 28 °C.",
            ],
            [
                "B07",
                "Nozzle check failed",
                "More than 20 nozzles of a head missing after two deep cleans. Replace the head (section 8).",
            ],
            [
                "B09",
                "Spreader roller torque",
                "Roller blocked by a lump or a displaced part, or bearings worn. Clear it; if it repeats call service.",
            ],
            ["B10", "Build piston position", "Piston did not reach the position. Check for powder under the piston seal."],
            ["B11", "Bed temperature", "Bed surface outside 45-60 °C. Check the IR lamp and the IR sensor window."],
            ["B12", "Room humidity", "Room outside 20-60 % RH. Correct the room conditions."],
            ["B13", "Service due", "2000 print hours or 12 months. The printer still works."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Fine lines missing or thin stripes across parts",
                "Missing nozzles",
                "Run a nozzle check and a purge; deep clean if more than 20 nozzles are missing.",
            ],
            [
                "Green parts crumble or break when depowdered",
                "Binder saturation too low, or the box not cured fully",
                "Raise the saturation in 5 % steps; check the curing at 200 °C for 4 h with the lid on.",
            ],
            [
                "Parts too large, fuzzy edges, holes closing up",
                "Binder bleeding: saturation too high or bed too cold",
                "Lower the saturation in 5 % steps; check the bed at 45-60 °C.",
            ],
            [
                "Parts shifted between layers",
                "Roller speed too high or a part dragged by the roller",
                "Lower the roller traverse speed by 20 %; check the roller for binder build-up.",
            ],
            [
                "Bare or rough patches in the new layer",
                "Powder damp and clumped, hopper nearly empty",
                "Check the room humidity; use powder from a closed container; refill the hopper.",
            ],
            [
                "Cracks between layers",
                "Bed too hot or drying too strong",
                "Lower the bed setpoint towards 45 °C; check the IR lamp power setting.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Starting a print"),
    (
        "ol",
        [
            "Check the room (18-28 °C, 20-60 % RH), the binder and cleaner levels and the waste tank.",
            "Fill the hopper with sieved powder; at least 1.5 times the build box volume must be available.",
            "Fit an empty build box and lock it; the printer raises the piston to the top.",
            "Load the job. Check the layer thickness, the saturation and the scale factor.",
            "Press START. The printer spreads 30 base layers without binder and prints the nozzle check.",
            "Check the nozzle check result on the screen; the build starts automatically when the head passes.",
            "At the end, remove the build box with its lid on and take it to the curing oven.",
        ],
    ),
    ("h", "7. Deep clean of the printhead"),
    (
        "ol",
        [
            "Select MAINTENANCE > HEAD > DEEP CLEAN. The carriage moves to the service station.",
            "Check that at least 200 mL of cleaning fluid JTV-CL-10 is in the bottle.",
            "The printer purges the head with binder for 10 s and then soaks the nozzle plate in cleaning fluid for "
            "10 min.",
            "When prompted, lift the service station cover and wipe the nozzle plate once along the nozzle rows with "
            "a swab JTV-SW-50 wetted with cleaning fluid. Never wipe across the rows and never use paper tissue.",
            "Close the cover. The printer purges for 5 s and prints a nozzle check.",
            "If more than 20 nozzles are still missing, repeat the deep clean once. After two deep cleans replace the "
            "head (section 8).",
        ],
    ),
    ("h", "8. Replacing a printhead"),
    (
        "ol",
        [
            "Select MAINTENANCE > HEAD > REPLACE; the printer drains the head and parks the carriage.",
            "Switch off, unplug the head cable and the two binder lines (catch the drops with a swab).",
            "Loosen the two knurled screws and lift the head out by its frame; never touch the nozzle plate.",
            "Fit the new JTV-PH-1024, tighten the knurled screws by hand and connect the lines and the cable.",
            "Switch on and select HEAD > PRIME, then run the head alignment print and enter the values shown.",
        ],
    ),
    ("h", "9. Changing the binder cartridge"),
    (
        "ol",
        [
            "When B03 shows, open the binder door. Turn the empty cartridge a quarter turn anticlockwise and pull it "
            "out.",
            "Shake the new JTV-BA-10 cartridge gently, check its use-by date, and fit it with a quarter turn "
            "clockwise.",
            "Close the door. The printer primes the line for 20 s.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Wipe the capping station; empty the waste tank; check the test film"],
            ["Weekly", "Clean the spreader roller with a lint-free cloth and cleaning fluid"],
            ["Monthly", "Replace the wiper blade"],
            ["6 months or 50 L of binder, whichever comes first", "Replace the binder filter JTV-BF-05 (5 µm)"],
            [
                "12 months or 2000 print hours (B13)",
                "Jettrovik service: spreader roller bearings checked and replaced, piston seals, axis calibration",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BJ-160", "BJ-320"],
            ["Printhead", "JTV-PH-1024 (1 off)", "JTV-PH-1024 (2 off)"],
            ["Wiper blade", "JTV-WB-160", "JTV-WB-320"],
            ["Spreader roller", "JTV-SR-160", "JTV-SR-320"],
            ["Binder filter 5 µm", "JTV-BF-05", "JTV-BF-05"],
            ["Swabs, pack of 50", "JTV-SW-50", "JTV-SW-50"],
            ["Build box with lid", "JTV-BB-160", "JTV-BB-320"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Arcforma WA-6 wire-arc additive manufacturing cell
ARCFORMA = [
    ("title", "Arcforma WA-6 Wire-Arc Additive Manufacturing Cell\nOperating and Maintenance Manual"),
    (
        "p",
        "Document ACF-OM-WA6-01, Edition 2, January 2025. Arcforma Deposition Systems. The WA-6 builds large metal "
        "parts by depositing weld beads layer by layer with a pulsed MIG/MAG process. The cell holds a six-axis robot "
        "carrying the torch, a two-axis tilt-and-rotate positioner carrying the substrate plate, a welding power "
        "source with wire feeder, a pyrometer for the interpass temperature and a laser line profilometer that "
        "measures each layer, all inside a light-tight enclosure with two doors. This manual covers the cell as "
        "delivered by Arcforma. The robot and the positioner drives have their own manuals from the robot maker "
        "(supplied with the cell). The fume extraction unit, its duct and its airflow, the shielding gas supply and "
        "the compressed air are the site's.",
    ),
    (
        "warn",
        "WARNING: Never enter the cell while the robot is in automatic mode. A part can stay above 100 °C for hours "
        "after the last layer: check it with the pyrometer or a contact thermometer before touching it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WA-6"],
            ["Robot", "6 axes, payload 12 kg, reach 1850 mm (see the robot maker's manual)"],
            ["Positioner", "2 axes: tilt ±135°, rotation endless; payload 500 kg; table diameter 800 mm"],
            ["Largest part", "diameter 1000 mm, height 800 mm, 500 kg including the substrate plate"],
            ["Welding power source", "pulsed MIG/MAG inverter, 400 A at 40 % duty, 320 A at 100 % duty"],
            ["Wire", "solid wire 1.0 or 1.2 mm on 15 kg spools; 250 kg drums with the drum kit"],
            ["Wire feed speed", "1-20 m/min"],
            ["Materials released", "ER70S-6 (G3Si1), 316LSi, ER5356 (AlMg5)"],
            ["Deposition rate, ER70S-6, 1.2 mm wire at 8 m/min", "4.3 kg/h"],
            ["Layer height and bead width, typical", "1.5-2.5 mm and 5-8 mm"],
            ["Torch cooling", "liquid cooler 1.0 kW, coolant ACF-KL-5"],
            ["Supply, 400 V 3~ 50 Hz", "32 A gG for the power source and 16 A gG for the robot and cell; 25 kVA in all"],
            ["Compressed air", "6 bar, 200 L/min, for the torch cleaning station"],
            ["Enclosure (L x W x H)", "5200 x 4100 x 2900 mm, extraction connection DN250 on the roof"],
            ["Mass of the cell, without parts", "4600 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The deposition rate is the wire fed per hour: the cross-section of a 1.2 mm wire (1.131 mm²) x 8 m/min x "
        "7.85 g/cm³ gives 71 g/min, or 4.3 kg/h. Wall building usually averages 60-80 % of this because the cell "
        "waits between layers for the interpass temperature. Rates for 316LSi and ER5356 depend on the weld program "
        "chosen and are not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The viewing windows of the enclosure are welding filters. Never open a door while the arc is on; the "
            "doors are interlocked and stop the robot and the arc.",
            "Welding fume, including fume from stainless steel, is harmful. The cell starts a build only with the "
            "ready signal of the fume extraction unit; the extraction design, its airflow and its periodic test are "
            "the site's.",
            "Shielding gases displace oxygen. Close the gas supply valve at the end of the shift.",
            "Grinding or machining aluminium parts makes combustible dust; do not do it inside the cell.",
            "Teach the robot only in reduced speed mode (T1, no more than 250 mm/s) with the enabling switch.",
        ],
    ),
    ("h", "3. Deposition settings and limits"),
    (
        "cols",
        [
            ("h", "Shielding gas"),
            (
                "p",
                "ER70S-6: argon with 18 % CO2 (M21), 15-18 L/min. 316LSi: argon with 2 % CO2 (M12), 15-18 L/min, "
                "with the trailing shield fitted. ER5356: argon (I1), 18-20 L/min. Below 10 L/min the cell stops "
                "with W25.",
            ),
            ("h", "Interpass temperature"),
            (
                "p",
                "The next layer starts only when the pyrometer reads at or below the interpass limit at the start "
                "point: 200 °C for ER70S-6, 150 °C for 316LSi and 120 °C for ER5356. If the limit is not reached "
                "within 20 min, W27 shows. The emissivity for each material is part of the weld program; do not "
                "change it.",
            ),
            ("h", "Contact tip to work distance"),
            (
                "p",
                "15 mm ±2 mm. After each layer the profilometer measures the layer and the z height of the next path "
                "is corrected.",
            ),
            ("h", "Layer height deviation"),
            (
                "p",
                "If the measured layer height differs from the planned height by more than 0.5 mm on three layers in "
                "a row, the build pauses with W29.",
            ),
            ("h", "Substrate plate"),
            (
                "p",
                "At least 20 mm thick for steel builds and 15 mm for aluminium, clamped at least every 150 mm along "
                "each edge. Parts taller than 300 mm need a plate at least 30 mm thick.",
            ),
            ("h", "Wire"),
            (
                "p",
                "Keep spools in their sealed bags until use. Aluminium wire may stay open on the feeder for no more "
                "than 5 days; after that, or after a night in a damp cell, use a new spool.",
            ),
            ("h", "Torch TCP"),
            (
                "p",
                "Check the tool centre point (TCP) of the torch every shift and after any collision (W30) with the "
                "calibration pin (section 7). A deviation of more than 0.5 mm means the TCP must be recalibrated as "
                "the robot maker's manual describes.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["W21", "Emergency stop", "An emergency stop pressed. Release it, reset on the cell panel."],
            ["W22", "Door open", "A cell door opened in automatic mode. Close it, reset and restart the layer."],
            [
                "W23",
                "Arc start failure",
                "No arc within 0.5 s after three tries. Check the contact tip, the earth clamp and the wire stick-out.",
            ],
            [
                "W24",
                "Wire feed fault",
                "Feed motor current too high: liner blocked or kinked, wrong feed rollers, spool brake too tight.",
            ],
            ["W25", "Gas flow low", "Below 10 L/min. Check the cylinder, the regulator and the hose."],
            ["W26", "Coolant", "Coolant flow low or above 50 °C. Check the level and the cooler fan."],
            [
                "W27",
                "Interpass not reached",
                "Part still above the interpass limit after 20 min. Check the pyrometer window; switch on the cooling "
                "air nozzle or reduce the heat input.",
            ],
            ["W29", "Layer height deviation", "More than 0.5 mm on three layers in a row. See section 5."],
            [
                "W30",
                "Torch collision",
                "Crash sensor opened. Move the robot clear in T1, check the torch neck and check the TCP (section 7).",
            ],
            ["W31", "Positioner overload", "Part too heavy or off-centre for the tilt angle. Reduce the tilt."],
            ["W32", "Robot fault", "Fault in the robot controller. See the robot maker's manual for its code."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Pores in the deposit, visible on machined faces",
                "Gas flow too low, draught in the cell, spatter in the nozzle, damp aluminium wire",
                "Set the flow at the nozzle to 15-18 L/min (18-20 L/min for ER5356); clean the nozzle; use a new "
                "spool.",
            ],
            [
                "Wall slumps and gets wider towards the top",
                "Layer laid on a part that is too hot: interpass limit too high or dwell too short",
                "Check the interpass limit for the material and the pyrometer window; add dwell time.",
            ],
            [
                "Layers come out lower than planned (W29)",
                "Wire slipping in the feed rollers, worn contact tip, wrong stick-out",
                "Check the feed roller pressure and groove; replace the tip; check the TCP.",
            ],
            [
                "Arc wanders or crackles",
                "Worn contact tip or poor earth",
                "Replace the contact tip; clean the earth clamp and the positioner contact.",
            ],
            [
                "Substrate plate bends",
                "Plate too thin or clamped too sparsely",
                "Use a thicker plate; clamp at least every 150 mm.",
            ],
            [
                "Dark, oxidised 316LSi surface",
                "Trailing shield missing or gas flow low",
                "Fit the trailing shield; check 15-18 L/min of M12.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Starting a build"),
    (
        "ol",
        [
            "Check the gas, the wire on the feeder and the coolant level; switch on the fume extraction.",
            "Clamp the substrate plate on the positioner table at least every 150 mm along each edge.",
            "Clean the plate where the first layer will go to bright metal.",
            "Load the build program and check that the weld program matches the wire and the gas fitted.",
            "Close both doors, select automatic mode and press START. The robot measures the plate with the "
            "profilometer before the first layer.",
            "Watch the first three layers through the window, then check the layer log at intervals.",
        ],
    ),
    ("h", "7. Checking the torch TCP"),
    (
        "ol",
        [
            "Remove the gas nozzle and the contact tip and screw the calibration pin ACF-CP-01 into the tip holder.",
            "On the teach pendant select the program ACF_TCP_CHECK. It moves the torch to 50 mm above the reference "
            "cone on the positioner base.",
            "In T1 mode, step through the program to the check point with the enabling switch held.",
            "Look at the pin tip against the cone tip from the front and the side: the deviation must be no more than "
            "0.5 mm (use the 0.5 mm gauge).",
            "Step through the four torch orientations of the program; the pin tip must stay on the cone tip within "
            "0.5 mm in each.",
            "If it stays within 0.5 mm, remove the pin, fit the contact tip (hand tight plus a quarter turn) and the "
            "gas nozzle.",
            "If it does not, check the torch neck; replace a bent neck (ACF-TN-45). Then recalibrate the TCP as the "
            "robot maker's manual describes and repeat this check.",
            "Record the result in the cell log.",
        ],
    ),
    ("h", "8. Replacing the contact tip and the gas nozzle"),
    (
        "ol",
        [
            "Stop the cell at the end of a layer, open the door and switch the robot to T1.",
            "Let the torch cool for 5 min. Pull off the gas nozzle and unscrew the contact tip.",
            "Fit a tip of the wire size fitted: ACF-CT-10 (1.0 mm) or ACF-CT-12 (1.2 mm); hand tight plus a quarter "
            "turn.",
            "Clean spatter from the gas nozzle or fit a new one (ACF-GN-16), and cut the wire to 15 mm stick-out.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 10 layers (automatic)", "Torch cleaning station: reamer and anti-spatter spray"],
            ["Every shift", "TCP check (section 7); clean the gas nozzle; check the pyrometer window"],
            ["4 h of arc time, or sooner if the arc wanders", "Replace the contact tip"],
            ["Weekly", "Blow out the liner; clean the profilometer cover glass"],
            ["250 kg of wire or 3 months, whichever comes first", "Replace the liner"],
            ["6 months", "Replace the feed rollers; check the coolant level and its frost protection"],
            ["12 months", "Change the coolant; Arcforma service: validation of the power source"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Contact tip 1.0 mm, pack of 10", "ACF-CT-10"],
            ["Contact tip 1.2 mm, pack of 10", "ACF-CT-12"],
            ["Gas nozzle 16 mm", "ACF-GN-16"],
            ["Liner, steel wire, 4.5 m", "ACF-LN-45"],
            ["Liner, plastic, aluminium wire, 4.5 m", "ACF-LP-45"],
            ["Feed rollers 1.2 mm, V groove (steel) / U groove (aluminium)", "ACF-FR-12V / ACF-FR-12U"],
            ["Torch neck 45°", "ACF-TN-45"],
            ["Calibration pin", "ACF-CP-01"],
            ["Pyrometer window", "ACF-PW-01"],
            ["Profilometer cover glass", "ACF-PG-02"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Sinterholm SP polymer laser sintering systems
SINTERHOLM = [
    ("title", "Sinterholm SP Polymer Laser Sintering Systems\nOperating Manual - SP-35 and SP-50"),
    (
        "p",
        "Document SHM-OM-SP-07, Edition 2, April 2025. Sinterholm Polymer Systems. The SP-35 and SP-50 build plastic "
        "parts from polyamide powder (PA12 and PA11) that a CO2 laser melts layer by layer in a heated process "
        "chamber filled with nitrogen. Parts are built in an exchangeable build frame, which cools down outside the "
        "machine in the unpacking station. The SP-50 has a larger frame and a 100 W laser. Apart from these and the "
        "items named in this manual, the two models are built alike. Mixing and sieving the powder, unpacking and "
        "blasting the parts are done with equipment that has its own manuals; the compressed air supply and the "
        "room ventilation are the site's.",
    ),
    (
        "warn",
        "WARNING: The process chamber, the frame and the part cake stay hot for many hours (up to 200 °C). Polyamide "
        "dust can form an explosive cloud: keep the room clean, use only an ATEX vacuum cleaner and never blow "
        "powder off with compressed air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SP-35", "SP-50"],
            ["Build volume (W x D x H)", "350 x 350 x 420 mm", "500 x 500 x 560 mm"],
            ["Laser", "CO2, 50 W", "CO2, 100 W"],
            ["Scan speed, maximum", "10 m/s", "15 m/s"],
            ["Layer thickness", "60-180 µm, default 100 µm", "60-180 µm, default 120 µm"],
            ["Process chamber temperature, maximum", "200 °C", "200 °C"],
            ["Build rate, PA12 at the default layer thickness", "up to 1.8 L/h", "up to 3.2 L/h"],
            ["Powder for a full-height build, PA12, including overflow", "about 27 kg", "about 72 kg"],
            ["Nitrogen", "built-in generator", "built-in generator"],
            ["Compressed air, oil-free, dew point +3 °C, 6-10 bar", "150 L/min", "200 L/min"],
            ["Supply, 400 V 3N~ 50 Hz", "32 A", "63 A"],
            ["Heating power, peak", "9 kW", "18 kW"],
            ["Cool-down of the frame, at least", "12 h", "20 h"],
            ["Mass", "1300 kg", "2300 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The powder figure is the full build volume (51.5 L and 140 L) at a bulk density of 0.45 kg/L plus 15 % for "
        "the overflow. A build that is not full height needs proportionally less, plus the same 15 %.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Sinterholm or by a trained supervisor may operate the machine.",
            "With all covers closed the machine is a class 1 laser product. Never defeat a door interlock.",
            "The nitrogen generator releases oxygen-rich air at its outlet and the machine vents nitrogen. Keep the "
            "room ventilated as the site's risk assessment sets out.",
            "Wear heat-resistant gloves to handle the frame and an FFP2 mask and safety glasses for unpacking.",
            "Store powder in closed containers at 10-30 °C and below 60 % RH.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Process temperature"),
            (
                "p",
                "PA12: 172-176 °C, start at 174 °C. PA11: 188-192 °C, start at 190 °C. Change the setpoint in steps "
                "of 0.5 °C between builds and by no more than 1.5 °C from the start value without checking the "
                "pyrometer against the reference sensor (Sinterholm service).",
            ),
            ("h", "Oxygen"),
            (
                "p",
                "The chamber heats above 100 °C only when the oxygen content is below 2.0 %. Above 3.0 % during a "
                "build the laser stops and S03 shows.",
            ),
            ("h", "Powder refresh"),
            (
                "p",
                "PA12: at least 40 % new powder in each mix; the default mix is 50 % new and 50 % used. PA11: at "
                "least 30 % new powder. Used powder with a melt volume rate (MVR) below 20 cm³/10 min, measured as "
                "the powder supplier describes, must not be used. Other powders may be used only with parameter sets "
                "released by Sinterholm.",
            ),
            ("h", "Laser power check"),
            (
                "p",
                "Measured with the Sinterholm power meter at 30 W (SP-35) or 60 W (SP-50), the laser must be within "
                "±5 % of the set value: 28.5-31.5 W or 57-63 W. Outside this band after the laser window has been "
                "cleaned, call Sinterholm service.",
            ),
            ("h", "Cool-down"),
            (
                "p",
                "Leave the frame in the unpacking station for at least 12 h (SP-35) or 20 h (SP-50), and at least as "
                "long as the build took, whichever is longer. Unpack only when the cake surface is below 60 °C.",
            ),
            ("h", "Heating layers"),
            (
                "p",
                "Each build starts with 6 mm of powder without parts (heating layers) and ends with 3 mm of cover "
                "layers. Do not place parts closer than 10 mm to the frame walls.",
            ),
        ],
    ),
    ("h", "4. Status codes"),
    (
        "table",
        [
            ["Code", "Status", "Cause and action"],
            ["S01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["S02", "Door open", "Door or frame door opened during a build. Close it; the build resumes."],
            ["S03", "Oxygen high", "Above 3.0 % during a build. Check the door seals and the nitrogen generator."],
            [
                "S04",
                "Nitrogen supply",
                "Generator outlet pressure low: compressed air below 6 bar or the generator filters blocked.",
            ],
            ["S05", "Heater fault", "A heater zone does not reach its setpoint. Note the zone and call service."],
            [
                "S06",
                "Pyrometer deviation",
                "Pyrometer and reference sensor differ by more than 3 °C. Clean the pyrometer lens.",
            ],
            [
                "S07",
                "Recoater blocked",
                "Recoater motor overload: a curled part or a lump. Pause, inspect, see section 5.",
            ],
            ["S08", "Powder low", "Feed container level below the amount the build still needs. Refill."],
            ["S09", "Laser fault", "Laser source interlock or cooling. Restart once; then call service."],
            ["S10", "Scanner fault", "Scanner position error. Call Sinterholm service."],
            ["S11", "Window heating", "Laser window heater faulty; condensate may form on the window."],
            ["S13", "Frame not locked", "Frame not in position or its lock open. Push it home and lock it."],
            ["S14", "Service due", "2500 build hours or 12 months. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Parts curl up at the corners in the first layers",
                "Process temperature too low for the powder",
                "Raise the setpoint in steps of 0.5 °C for the next build; check the pyrometer lens.",
            ],
            [
                "Rough, pitted surface like orange peel",
                "Too much used powder in the mix, or used powder past its MVR limit",
                "Use at least 40 % new powder (PA12); check the MVR of the used powder.",
            ],
            [
                "Part cake hard, parts difficult to unpack",
                "Process temperature too high",
                "Lower the setpoint in steps of 0.5 °C.",
            ],
            [
                "Weak, porous parts",
                "Laser window dirty or laser power low",
                "Clean the window (section 8); run the laser power check.",
            ],
            [
                "Grooves in the powder bed",
                "Damaged recoater blade or a lump in the powder",
                "Sieve the powder; replace the blade.",
            ],
            [
                "Parts yellow or brown",
                "Oxygen too high during the build",
                "Check the door seals and the nitrogen generator filters.",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Mixing refresh powder"),
    (
        "ol",
        [
            "Sieve the used powder from the unpacking station (see the sieving equipment's manual) and weigh it.",
            "Check that the used powder's last MVR result is at or above 20 cm³/10 min.",
            "Work out the new powder: new = used x share / (100 - share), with the share of new powder in %. At 50 % "
            "this is the same mass as the used powder; at 40 % it is 0.67 times the used mass.",
            "Fill both into the mixer, no more than 80 % of its volume (see the mixer's manual).",
            "Mix for 10 min.",
            "Fill the mix into closed containers and label them with the date, the powder and the share of new "
            "powder.",
        ],
    ),
    ("h", "7. Starting a build"),
    (
        "ol",
        [
            "Fill the feed container with mixed powder; the job shows the amount needed.",
            "Push an empty frame into the machine and lock it (S13 clears).",
            "Clean the laser window and the pyrometer lens.",
            "Load the job; check the powder, the layer thickness and the process temperature.",
            "Press START. The machine fills the chamber with nitrogen, heats up and spreads the heating layers; the "
            "first part layer starts when the temperature has been stable for 30 min.",
        ],
    ),
    ("h", "8. Cleaning the laser window"),
    (
        "ol",
        [
            "Let the chamber cool below 60 °C and open the door.",
            "Loosen the two clamps of the window frame and take the frame out.",
            "Blow loose powder off with the hand bellows (never compressed air).",
            "Wipe the window from the centre outwards with a lens tissue and isopropanol; use each tissue once.",
            "Check for burn marks; replace a marked window (SHM-LW-35 or SHM-LW-50).",
            "Refit the frame and tighten the clamps by hand.",
        ],
    ),
    ("h", "9. Unpacking the build frame"),
    (
        "ol",
        [
            "Check the build log for the end time and wait for the cool-down in section 3.",
            "Read the cake surface temperature on the unpacking station display: it must be below 60 °C.",
            "Put on heat-resistant gloves, an FFP2 mask and safety glasses, and switch on the station's extraction.",
            "Raise the frame platform in steps of 20 mm and brush the powder from the top of the cake into the "
            "station's grid.",
            "Lift the parts out as they appear; never pull a part that is still held by the cake.",
            "Collect the loose powder from the station for sieving; powder from the heating and cover layers is used "
            "powder too.",
            "Blast the parts in the blasting cabinet (see its own manual).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every build", "Clean the laser window and the pyrometer lens"],
            ["Weekly", "Check the recoater blade; clean the door seals"],
            ["3 months or 1000 h of the generator, whichever comes first", "Replace the nitrogen generator filters"],
            ["6 months", "Replace the door seals"],
            ["12 months or 2500 build hours (S14)", "Sinterholm service: laser, scanner and pyrometer calibration"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SP-35", "SP-50"],
            ["Laser window", "SHM-LW-35", "SHM-LW-50"],
            ["Recoater blade", "SHM-RB-35", "SHM-RB-50"],
            ["Pyrometer lens", "SHM-PL-01", "SHM-PL-01"],
            ["Door seal set", "SHM-DS-35", "SHM-DS-50"],
            ["Nitrogen generator filter set", "SHM-NF-01", "SHM-NF-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("lasmarion-lm-laser-powder-bed-fusion-printer.pdf", "Lasmarion LSM-OM-LM-04 Ed 3 - LM-250 / LM-400", LASMARION),
        ("jettrovik-bj-binder-jetting-printer.pdf", "Jettrovik JTV-OM-BJ-02 Ed 1 - BJ-160 / BJ-320", JETTROVIK),
        ("arcforma-wa-wire-arc-additive-cell.pdf", "Arcforma ACF-OM-WA6-01 Ed 2 - WA-6", ARCFORMA),
        ("sinterholm-sp-polymer-laser-sintering-printer.pdf", "Sinterholm SHM-OM-SP-07 Ed 2 - SP-35 / SP-50", SINTERHOLM),
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
