"""Generate the PDF manuals of the twentieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/twentieth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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
    """Body text flowing in two columns; used for the furnace, coater and wire drawing operating pages."""
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



# ---------------------------------------------------------------- Vakotherm VH vacuum hardening furnaces
VAKOTHERM = [
    ("title", "Vakotherm VH Series Vacuum Hardening Furnaces\nOperating and Maintenance Manual - VH-46 and VH-69"),
    (
        "p",
        "Document VKT-BA-VH-11, Issue 3, March 2024. Vakotherm Industrieöfen GmbH. The VH-46 and VH-69 are "
        "horizontal single-chamber vacuum furnaces with a graphite hot zone and high-pressure nitrogen gas "
        "quenching, built for hardening, tempering, annealing and brazing of tool steels and stainless steels. "
        "Both use the same VTC-3 controller and the same two-stage pumping set layout (rotary vane pump and "
        "Roots pump); the VH-69 has a larger hot zone, a stronger quench fan and is rated for a higher quench "
        "pressure. The VH-69 can be ordered with a convection heating fan (option C); the VH-46 is always "
        "supplied without it.",
    ),
    (
        "warn",
        "WARNING: The vessel is a pressure vessel during gas quenching (up to 10 bar absolute on the VH-69). Never "
        "open the door while the chamber pressure differs from atmospheric or while the load is above 150 °C. "
        "The heating elements run at low voltage but very high current; lock off the main isolator and the "
        "heating transformer before opening the hot zone.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VH-46", "VH-69"],
            ["Useful hot zone (W x H x L)", "400 x 400 x 600 mm", "600 x 600 x 900 mm"],
            ["Max. gross load", "300 kg", "800 kg"],
            ["Max. operating temperature", "1320 °C", "1320 °C"],
            ["Heating power", "90 kW", "180 kW"],
            ["Temperature uniformity, 500-1300 °C", "±5 °C", "±5 °C"],
            ["Ultimate vacuum", "0.005 mbar", "0.005 mbar"],
            ["Rotary vane pump / Roots pump", "100 / 500 m³/h", "200 / 1000 m³/h"],
            ["Max. quench pressure, absolute", "6 bar", "10 bar"],
            ["Quench fan motor", "55 kW", "132 kW"],
            ["Cooling water, inlet 25 °C or less", "6 m³/h", "12 m³/h"],
            ["Nitrogen supply pressure, min.", "8 bar", "12 bar"],
            ["Weight", "7.5 t", "14 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The ultimate vacuum holds for a cold, clean and empty furnace after 12 hours of pumping. Temperature "
        "uniformity is measured in the useful hot zone after a 30-minute soak. The cooling water must enter at "
        "25 °C or less and at least 3 bar; at full heating power it leaves about 13 K warmer. The quench nitrogen "
        "must be of 99.999 % purity or better. The hot zone must never be heated above 1320 °C.",
    ),
    ("h", "2. Running a cycle"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "Load the parts on the grid on the hearth rails. The gross load, including fixtures and grids, must "
                "not exceed 300 kg on the VH-46 or 800 kg on the VH-69. Place the load thermocouple (type K) in the "
                "heaviest section of the load. Parts must be clean and dry: oil, water and cleaning residues outgas "
                "and contaminate the hot zone.",
            ),
            ("h", "Pumping down"),
            (
                "p",
                "Close the door and start the recipe. The rotary vane pump evacuates to 20 mbar, then the Roots pump "
                "starts. Heating is released when the chamber is below 0.1 mbar. If 0.1 mbar is not reached within "
                "20 minutes (30 minutes on the VH-69), the VTC-3 stops the cycle with alarm V01.",
            ),
            ("h", "Heating"),
            (
                "p",
                "Heat in steps with equalising holds, typically at 650 °C and 850 °C, before the hardening "
                "temperature. Above 900 °C a partial pressure of 1-2 mbar nitrogen is normally used so that "
                "chromium does not evaporate from stainless and tool steels.",
            ),
            ("h", "Quenching"),
            (
                "p",
                "At the end of the hold the heating stops, the chamber is filled with nitrogen to the recipe quench "
                "pressure and the quench fan starts at 1 bar absolute, speeding up as the pressure rises. With a "
                "200 kg load of 1.2379 tool steel on the VH-46 at 6 bar, cooling from 1030 °C to 500 °C takes about "
                "5 minutes; the VH-69 with 600 kg at 10 bar takes about 6 minutes. These times hold for nitrogen "
                "only.",
            ),
            ("h", "Unloading"),
            (
                "p",
                "The door opens only when the chamber is at atmospheric pressure and the load thermocouple shows "
                "below 150 °C.",
            ),
            ("warn", "Never quench with air or with nitrogen below 99.999 % purity: oxygen oxidises the parts and burns the graphite."),
        ],
    ),
    ("h", "3. VTC-3 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["V01", "Vacuum of 0.1 mbar not reached within the pump-down time", "Check the door O-ring and the pumps; run a leak-up test"],
            ["V02", "Leak-up rate above the limit (program LEAK)", "Find the leak with a helium leak detector; check the door, the feedthroughs and the viewport"],
            ["V03", "Control thermocouple (type S) broken", "Check the thermocouple and its compensating cable; the cycle stops"],
            ["V04", "Load thermocouple (type K) broken", "Check the plug and the thermocouple; the cycle continues on the control thermocouple"],
            ["V05", "Over-temperature, independent limiter tripped", "Heating switched off; find the cause before resetting the limiter"],
            ["V06", "Heating element earth fault", "An element or support touches the heat shield; inspect the hot zone"],
            ["V07", "Cooling water flow low", "Check the supply, the strainer and the flow switch; heating is blocked"],
            ["V08", "Cooling water outlet above 45 °C", "Check the flow and the inlet temperature (25 °C or less)"],
            ["V10", "Quench pressure not reached", "Check the nitrogen supply pressure and the fill valve"],
            ["V11", "Quench fan motor overload", "Check the fan bearings and the chamber pressure at fan start"],
            ["V12", "Door not locked", "Check the door clamp ring and its limit switches"],
            ["V13", "Rotary vane pump oil temperature high", "Check the oil level and the pump cooling"],
            ["V14", "Oxygen monitor alarm in the furnace room", "Leave the room and ventilate; find the nitrogen leak before re-entering"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Parts discoloured (straw, blue or grey)", "Leak; moisture on parts or fixtures; impure nitrogen", "Run the leak-up test; clean and dry the load; check the gas purity"],
            ["Hardness too low", "Quench too slow for the section; load too heavy or too dense", "Raise the quench pressure within the model limit; spread the load"],
            ["Distortion", "Uneven heating; no equalising holds; long parts unsupported", "Add holds at 650 and 850 °C; support long parts"],
            ["Slow pump-down", "Dirty pump oil; door O-ring damaged; outgassing load", "Change the pump oil; check the O-ring; clean the parts"],
            ["Temperature differences in the load", "Element broken; insulation damaged", "Check the element resistances; inspect the hot zone"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Leak-up test"),
    (
        "ol",
        [
            "Bake out the empty furnace or pump it for at least 2 hours, so that it is clean, dry and cold.",
            "Pump down to below 0.01 mbar.",
            "Start program LEAK on the VTC-3: it closes the main vacuum valve and stops the pumps.",
            "Wait 10 minutes, then let the VTC-3 record the pressure for 60 minutes.",
            "Read the leak-up rate on the LEAK result screen and enter it in the furnace log.",
        ],
    ),
    (
        "p",
        "The leak-up rate must not exceed 0.006 mbar per hour. Above that, find the leak with a helium leak detector "
        "before the next production cycle. Run the test every week and after any work on the door or the hot zone.",
    ),
    ("h", "6. Bake-out and pump oil"),
    (
        "p",
        "After hot zone work, or when parts come out discoloured, bake out the empty furnace under vacuum: heat at "
        "10 °C/min to 1250 °C and hold for 2 hours on the VH-46 or 3 hours on the VH-69, then cool under vacuum.",
    ),
    (
        "ol",
        [
            "Run the rotary vane pump warm with its inlet valve closed for 30 minutes.",
            "Stop the pump, lock off and drain the oil through the drain plug while it is warm.",
            "Fill with VKT-PO100 to the middle of the sight glass: 4 L for the VH-46 pump and 7 L for the VH-69 pump.",
            "Change the oil mist filter element (VKT-EF100 or VKT-EF200) when its gauge is in the red field.",
        ],
    ),
    (
        "p",
        "Replacing the graphite felt insulation of the hot zone is done by Vakotherm service to instruction "
        "VKT-SI-07. Temperature uniformity surveys and the calibration of the control and limiter thermocouples are "
        "done by an accredited calibration service to the user's quality standard and are not described here. The "
        "quench fan motor "
        "bearings are greased with VKT-GR2 every 1000 hours: 15 g per bearing on the VH-46 and 25 g on the VH-69.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every cycle", "Check the door O-ring and its sealing face; wipe with a lint-free cloth"],
            ["Weekly", "Leak-up test; check the pump oil level and colour"],
            ["Monthly", "Measure the element resistances and the insulation to earth; clean the water strainer"],
            ["Every 1000 h", "Change the pump oil; grease the quench fan motor bearings"],
            ["Yearly", "Temperature uniformity survey by the calibration service; test the limiter"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "VH-46", "VH-69"],
            ["Heating element set, graphite", "VKT-HE46", "VKT-HE69"],
            ["Control thermocouple, type S", "VKT-TCS6", "VKT-TCS9"],
            ["Load thermocouple, type K", "VKT-TCK", "VKT-TCK"],
            ["Door O-ring, FKM", "VKT-OR46", "VKT-OR69"],
            ["Pump oil, 5 L", "VKT-PO100", "VKT-PO100"],
            ["Oil mist filter element", "VKT-EF100", "VKT-EF200"],
            ["Quench nozzle set, CFC", "VKT-QN46", "VKT-QN69"],
            ["Bearing grease, 400 g", "VKT-GR2", "VKT-GR2"],
            ["Convection fan impeller (option C)", "-", "VKT-CF69"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Coatrion PC perforated pan coaters
COATRION = [
    ("title", "Coatrion PC Perforated Pan Coaters\nOperation and Maintenance Manual - PC-75 and PC-150"),
    (
        "p",
        "Document CTR-OM-PC-08, Revision C, September 2023. Coatrion Process Equipment Ltd. The PC-75 and PC-150 "
        "are fully perforated pan coaters for the aqueous film coating of tablets. Process air is drawn through the "
        "tablet bed and out through the perforated pan wall into the exhaust plenum; spray guns on a swing-out arm "
        "atomise the coating suspension onto the moving bed. Both models have the same pan diameter, the same "
        "CTC-7 control panel, the same spray guns and the same peristaltic pump; the PC-150 has a pan twice as "
        "long, two more spray guns and an air handling unit of twice the flow.",
    ),
    (
        "warn",
        "WARNING: The pan turns with a high torque and the door is interlocked: never defeat the door switch to "
        "watch the spray. Solvent-based coatings must not be used, the PC-75 and PC-150 are not explosion "
        "protected. Wear a dust mask when charging or discharging tablets, and lock off the main isolator before "
        "entering the pan for cleaning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PC-75", "PC-150"],
            ["Pan diameter / length", "1100 / 700 mm", "1100 / 1400 mm"],
            ["Working volume", "107 L", "214 L"],
            ["Batch size, tablets of 0.7 kg/L", "38-75 kg", "75-150 kg"],
            ["Pan speed", "2-18 rpm", "2-18 rpm"],
            ["Spray guns", "3", "5"],
            ["Process air flow", "1500 m³/h", "3000 m³/h"],
            ["Inlet air heater, electric", "36 kW", "72 kW"],
            ["Max. inlet air temperature", "80 °C", "80 °C"],
            ["Atomising and pattern air", "1.5-3.0 bar", "1.5-3.0 bar"],
            ["Compressed air use", "40 Nm³/h", "65 Nm³/h"],
            ["Wash water per WIP cycle", "350 L", "600 L"],
            ["Connected load, 400 V", "50 kW", "95 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The batch sizes hold for tablets with a bulk density of 0.7 kg/L; for other tablets the batch is the "
        "working volume times the bulk density. The pan must be filled to at least 50 % of its working volume, so "
        "that the bed covers the exhaust plenum. The heater sizes are for heating the process air from 15 °C to "
        "80 °C. Each spray gun uses about 13 Nm³/h of atomising and pattern air.",
    ),
    ("h", "2. Coating a batch"),
    (
        "cols",
        [
            ("h", "Charging and warming"),
            (
                "p",
                "Charge the tablets with the pan at 2 rpm. Tablets with a hardness below 60 N or a friability above "
                "0.5 % must not be coated in this pan: they chip and the fragments block the guns. Warm the bed with "
                "the pan jogging (10 seconds at 2 rpm every minute) until the exhaust air reaches 40 °C.",
            ),
            ("h", "Spraying"),
            (
                "p",
                "Start the spray at the low rate and raise it over 15 minutes to the recipe rate. For a typical "
                "aqueous HPMC coating of 15 % solids, run the inlet air at 60-70 °C, the exhaust at 40-45 °C and the "
                "product bed at 38-42 °C, with each gun spraying 60-120 g/min. The product bed temperature must not "
                "exceed 45 °C while spraying; above it the droplets dry before they reach the tablets. More than "
                "150 g/min per gun overwets the bed.",
            ),
            ("h", "Gun position"),
            (
                "p",
                "Set the guns at right angles to the bed surface, aimed at the upper third of the cascading bed. The "
                "gun-to-bed distance is 180-220 mm on the PC-75 and 200-240 mm on the PC-150, whose bed is deeper.",
            ),
            ("h", "Drying and cooling"),
            (
                "p",
                "After the last spray, dry for 5-10 minutes at 2 rpm with the inlet at 60 °C, then cool with unheated "
                "air until the exhaust is below 30 °C before discharging.",
            ),
            ("h", "Pan pressure"),
            (
                "p",
                "The pan must always run at a negative pressure of 50 to 150 Pa against the room, so that dust does "
                "not escape through the door seal. The CTC-7 holds it with the exhaust fan damper.",
            ),
            ("warn", "Never open the door while spraying: the guns stop, but the atomising air blows for another 10 seconds."),
        ],
    ),
    ("h", "3. CTC-7 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Door open or door switch fault", "Close the door; check the switch and its actuator"],
            ["C02", "Pan drive overload", "Check for tablets jammed between the pan and the plenum seal; check the batch size"],
            ["C03", "Inlet air more than 10 °C above its setpoint", "Check the heater contactor and the inlet air sensor"],
            ["C04", "Inlet air above 90 °C, heater limiter tripped", "Find the cause, then reset the limiter by hand"],
            ["C05", "Exhaust air sensor fault", "Check the Pt100 and its cable"],
            ["C06", "Product bed temperature above 45 °C", "Lower the inlet air temperature or raise the spray rate within its limit"],
            ["C07", "Pan pressure not negative", "Check the exhaust fan, its damper and the exhaust filter"],
            ["C08", "Process air flow low", "Check the F7 inlet filter and the HEPA filter differential pressures"],
            ["C09", "Inlet filter differential pressure high", "Change the F7 filter (limit 250 Pa)"],
            ["C10", "HEPA filter differential pressure high", "Change the H14 filter (limit 600 Pa)"],
            ["C11", "Atomising air pressure low", "Check the compressed air supply and the gun air regulator"],
            ["C13", "Spray pump stopped, tube broken", "Replace the peristaltic tube; check the suspension line"],
            ["C14", "Spray pressure high, gun or nozzle blocked", "Clean the nozzle; sieve the suspension"],
            ["C15", "Wash water pump running dry", "Check the water supply and the drain valve"],
            ["C16", "Emergency stop pressed", "Release the stop and reset on the CTC-7"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Coating defects"),
    (
        "table",
        [
            ["Defect", "Possible cause", "Remedy"],
            ["Tablets stuck together in pairs", "Spray rate too high; pan speed too low", "Lower the spray rate; raise the pan speed"],
            ["Rough surface, orange peel", "Droplets drying early; guns too far away; atomising air too high", "Shorten the gun distance; lower the inlet air temperature"],
            ["Film pulled off the logo (picking)", "Bed overwet", "Lower the spray rate; raise the inlet air slightly"],
            ["Chipped edges", "Pan too fast; tablets too soft", "Lower the pan speed; check the hardness (60 N minimum)"],
            ["Colour differs tablet to tablet", "Too little coating; poor mixing", "Check the baffles; coat longer; check the spray patterns overlap"],
            ["Logo filled in (bridging)", "Film too thick or too elastic", "Lower the spray rate; review the formulation with QA"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Cleaning and changing a spray nozzle"),
    (
        "ol",
        [
            "Stop the spray and flush the gun with purified water for 2 minutes.",
            "Swing the gun arm out of the pan and shut off the atomising air at the gun valve.",
            "Remove the air cap CTR-AC15 and unscrew the nozzle with the nozzle key.",
            "Soak nozzle and air cap in warm water; clean the bore with the nozzle brush only, never with a needle or wire.",
            "Refit the nozzle; if the gun drips after the spray stops, fit the needle seal kit CTR-GS2.",
            "Check the spray pattern on test paper: an even oval 70-90 mm wide at the working distance.",
        ],
    ),
    ("h", "6. Wash-in-place (WIP)"),
    (
        "ol",
        [
            "Discharge the batch and vacuum loose dust out of the pan.",
            "Close the door and select WIP on the CTC-7.",
            "The wash nozzles spray water at 60 °C with 1 % detergent CTR-DT1, then rinse with purified water.",
            "Dry with hot air at 80 °C for 30 minutes, the pan turning at 2 rpm.",
            "Inspect the pan perforations and the plenum seal; remove any tablet fragments by hand.",
        ],
    ),
    (
        "p",
        "The PC-150 has an extra set of wash nozzles inside the exhaust plenum; on the PC-75 the plenum is cleaned "
        "by hand through its inspection cover. Cleaning validation and the residue acceptance limits are set by the "
        "user's quality unit and are not part of this manual. The HEPA filter integrity test is done by a certified "
        "contractor after every HEPA change. Spray gun overhaul (needle, needle packing and piston seals) is done to "
        "service instruction CTR-SI-05.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Clean the guns and nozzles; check the spray patterns"],
            ["Weekly", "Check the peristaltic pump tube and the door seal"],
            ["Monthly", "Check the pan drive belt and the plenum seal"],
            ["Every 6 months", "Change the F7 inlet filter, or earlier at 250 Pa"],
            ["Yearly", "Change the HEPA filter if it reaches 600 Pa; calibrate the temperature sensors"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "PC-75", "PC-150"],
            ["Spray nozzle, 1.0 mm", "CTR-N10", "CTR-N10"],
            ["Spray nozzle, 1.2 mm", "CTR-N12", "CTR-N12"],
            ["Air cap", "CTR-AC15", "CTR-AC15"],
            ["Needle seal kit", "CTR-GS2", "CTR-GS2"],
            ["Peristaltic tube, 6.4 mm bore", "CTR-PT64", "CTR-PT64"],
            ["Inlet filter F7", "CTR-F7-75", "CTR-F7-150"],
            ["HEPA filter H14", "CTR-H14-75", "CTR-H14-150"],
            ["Door seal, silicone", "CTR-DS75", "CTR-DS150"],
            ["Plenum seal", "CTR-PS75", "CTR-PS150"],
            ["Detergent, 20 L", "CTR-DT1", "CTR-DT1"],
            ["Plenum wash nozzle set", "-", "CTR-WN150"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Kautmix IM internal rubber mixers
KAUTMIX = [
    ("title", "Kautmix IM Internal Mixers with Tangential Rotors\nOperating and Maintenance Manual - IM-55 and IM-90"),
    (
        "p",
        "Document KMX-BA-IM-05, Edition 2, November 2023. Kautmix Gummimaschinen GmbH. The IM-55 and IM-90 are "
        "internal mixers with two tangential two-wing rotors, a pneumatic ram and a hydraulic drop door, for "
        "masterbatch and final mixing of rubber compounds. Both are run by the KMC-4 mixing controller, which steps "
        "through the recipe by time, batch temperature, mixing energy and ram position. The IM-90 has a larger "
        "chamber, a larger motor, a wider drop door and a fourth temperature control circuit for the drop door.",
    ),
    (
        "warn",
        "WARNING: Never reach into the feed hopper or under the drop door unless the mixer is locked off, the ram is "
        "held in its top position by the ram safety pin and the drop door hydraulics are depressurised. The rotors "
        "grip gloves and sleeves at any speed. Carbon black and many rubber chemicals are harmful: the dust "
        "extraction must run whenever the feed door is open.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IM-55", "IM-90"],
            ["Gross chamber volume", "55 L", "90 L"],
            ["Batch volume at fill factor 0.75", "41 L", "68 L"],
            ["Rotor speed", "10-60 rpm", "8-50 rpm"],
            ["Friction ratio", "1 : 1.12", "1 : 1.12"],
            ["Main motor, AC, variable speed", "370 kW", "630 kW"],
            ["Ram cylinder diameter", "400 mm", "500 mm"],
            ["Ram force at 6 bar", "75 kN", "118 kN"],
            ["Drop door hydraulic pressure", "160 bar", "160 bar"],
            ["Temperature control circuits", "3", "4"],
            ["Hydraulic oil, HLP 46", "120 L", "180 L"],
            ["Weight", "16 t", "26 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "A compound with a density of 1.15 kg/L gives a batch of about 47 kg in the IM-55 and 78 kg in the IM-90 at "
        "a fill factor of 0.75. Fill factors of 0.70 to 0.80 are normal; above 0.80 the ram does not reach its bottom "
        "position and the batch is undermixed. The ram air must be 6 bar at the ram valve; below 6 bar the ram force "
        "falls in proportion. On the IM-55 the drop door shares the chamber side circuit; the IM-90 has its own drop "
        "door circuit.",
    ),
    ("h", "2. Mixing limits"),
    (
        "table",
        [
            ["Limit", "Value"],
            ["Discharge temperature, masterbatch", "165 °C maximum"],
            ["Discharge temperature, final batch with curatives", "110 °C maximum"],
            ["Main motor power peak", "150 % of rated for no more than 30 s"],
            ["Temperature control water", "40-90 °C, at least 2 bar"],
            ["Rotor bearing temperature", "80 °C maximum"],
            ["Dust stop oil pressure", "20-35 bar"],
            ["Ram air at the ram valve", "6 bar"],
            ["Hydraulic oil temperature", "60 °C maximum"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Final batches containing sulphur and accelerators are mixed at no more than 30 rpm on the IM-55 and 25 rpm "
        "on the IM-90, and must be dropped at 110 °C or lower. Masterbatches may reach 165 °C at the drop but never "
        "more; the KMC-4 opens the drop door at the recipe temperature whatever the step. The batch temperature is "
        "measured by the thermocouple in the drop door, which reads low when it is coated with rubber.",
    ),
    ("h", "3. KMC-4 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["D201", "Ram not at its top position at recipe start", "Check the ram air valve and the top position sensor"],
            ["D202", "Ram not down within the recipe time (ram floating)", "Batch too large: check the fill factor and the ram air pressure"],
            ["D203", "Batch temperature above the recipe limit, door opened", "Check the temperature control water; shorten the step"],
            ["D204", "Batch thermocouple fault", "Check the thermocouple in the drop door; clean or replace it"],
            ["D205", "Main motor power above 150 % for more than 30 s", "Lower the ram pressure or the rotor speed; check the fill factor"],
            ["D206", "Rotor bearing temperature above 80 °C", "Check the bearing grease and the bearing cooling"],
            ["D208", "Dust stop oil pressure low", "Check the dust stop oil pump, its filter and the oil level"],
            ["D209", "Drop door not locked", "Check the door lock cylinder and its proximity switch"],
            ["D210", "Drop door hydraulic pressure low", "Check the hydraulic unit and the accumulator"],
            ["D211", "Hydraulic oil above 60 °C", "Check the oil cooler and its water"],
            ["D212", "Temperature control water flow low (circuit number shown)", "Check the pump and the valves of that circuit"],
            ["D213", "Feed door open while mixing", "Close the feed door; check its switch"],
            ["D214", "Dust extraction not running", "Start the extraction; mixing stays blocked"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Scorched lumps in the final batch", "Drop temperature too high; mixing too long", "Lower the rotor speed; shorten the time; check the water"],
            ["Undispersed filler specks", "Fill factor too low or too high; ram pressure low", "Correct the fill factor; check the ram air at 6 bar"],
            ["Batch weights vary", "Feed scales; material lost at the feed door", "Check the scales; check the feed door seal"],
            ["Rubber or powder leaking at the rotor ends", "Dust stop worn or its oil flow low", "Check the dust stop oil; adjust or renew the segments"],
            ["Ram rides on top of the batch", "Batch too large; ram air too low", "Lower the fill factor; check the air"],
            ["Batch sticks to the drop door", "Drop door too cold or too hot", "Check the door circuit (IM-90) or the side circuit (IM-55)"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Checking and adjusting the dust stops"),
    (
        "ol",
        [
            "Run the mixer empty at 20 rpm with the dust stop oil pump on.",
            "Watch the oil at each of the four dust stops in its sight glass: 4-6 drops per minute per dust stop on the IM-55 and 6-8 on the IM-90.",
            "If rubber or powder leaks at a rotor end, stop, lock off and put in the ram safety pin.",
            "Tighten the spring pack screws of that dust stop a quarter turn at a time; the spring pack must not be compressed to less than 42 mm.",
            "Renew the segments (KMX-DS55 or KMX-DS90) when the wear groove can no longer be seen.",
        ],
    ),
    ("h", "6. Changing the hydraulic oil"),
    (
        "ol",
        [
            "Lower the drop door onto its mechanical stop, lock off and open the accumulator drain valve.",
            "Drain the tank and clean it with lint-free cloth.",
            "Change the return filter KMX-HF10.",
            "Fill with KMX-HO46: 120 L on the IM-55, 180 L on the IM-90, up to the upper mark.",
            "Close the accumulator drain, start the pump and cycle the drop door ten times; top up.",
        ],
    ),
    (
        "p",
        "The accumulator nitrogen precharge (90 bar) is checked and refilled by a competent person with the charging "
        "kit, to instruction KMX-SI-09. Worn rotor tips and chamber walls are hard-faced in the Kautmix workshop; the "
        "clearance between the rotor tip and the chamber wall must not exceed 6 mm on the IM-55 or 8 mm on the IM-90 "
        "before the rotors are sent for rebuilding. Main gearbox overhaul is done by Kautmix service.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the dust stop oil drops and the ram air; clean the batch thermocouple"],
            ["Weekly", "Check the drop door lock; check the feed door seal"],
            ["Monthly", "Grease the rotor bearings with KMX-BG2; check the hydraulic oil level"],
            ["Every 4000 h", "Change the hydraulic oil and the return filter"],
            ["Yearly", "Measure the rotor tip clearance; accumulator check (KMX-SI-09)"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "IM-55", "IM-90"],
            ["Dust stop segment set", "KMX-DS55", "KMX-DS90"],
            ["Dust stop oil, 20 L", "KMX-DO68", "KMX-DO68"],
            ["Batch thermocouple, drop door", "KMX-TC3", "KMX-TC3"],
            ["Ram cylinder seal kit", "KMX-RS400", "KMX-RS500"],
            ["Hydraulic oil HLP 46, 20 L", "KMX-HO46", "KMX-HO46"],
            ["Hydraulic return filter", "KMX-HF10", "KMX-HF10"],
            ["Drop door lock cylinder", "KMX-DL55", "KMX-DL90"],
            ["Rotor bearing grease, 18 kg", "KMX-BG2", "KMX-BG2"],
            ["Drop door circuit rotary joint", "-", "KMX-RJ90"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Filarro SL straight-line wire drawing machines
FILARRO = [
    ("title", "Filarro SL Straight-Line Dry Wire Drawing Machines\nOperation and Maintenance Manual - SL-560 and SL-710"),
    (
        "p",
        "Document FLR-MAN-SL-03, Issue 6, May 2024. Filarro Macchine per Trafilatura S.r.l. The SL-560 and SL-710 are "
        "straight-line dry drawing machines for steel wire. Each drawing block (capstan) has its own AC motor, "
        "gearbox and drive; the wire passes straight from block to block, and a dancer arm between blocks trims the "
        "speed of the next block. Drawing soap is fed from a rotating soap box in front of each die. The machines are "
        "built with 4 to 10 blocks; the block diameter gives the model name, 560 mm or 710 mm. The SL-710 is "
        "supplied with a Turks head straightener after the last block; the SL-560 has none.",
    ),
    (
        "warn",
        "WARNING: The wire on the blocks is under high tension and a broken wire whips. Stand clear of the wire path "
        "during start-up and never guide running wire by hand. On a wire break the machine stops but the blocks run "
        "down; wait until every block has stopped. Lock off before changing dies or pointing wire. Wire ends are "
        "sharp: wear cut-resistant gloves and a face shield.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SL-560", "SL-710"],
            ["Block diameter", "560 mm", "710 mm"],
            ["Number of blocks", "4-10", "4-10"],
            ["Inlet rod, max.", "8.0 mm", "14.0 mm"],
            ["Finished wire", "1.6-5.0 mm", "3.0-10.0 mm"],
            ["Max. finishing speed", "20 m/s", "15 m/s"],
            ["Max. block speed", "682 rpm", "404 rpm"],
            ["Motor per block", "37 kW", "75 kW"],
            ["Max. rod tensile strength", "1300 N/mm²", "1300 N/mm²"],
            ["Block cooling water, per block", "3 m³/h", "5 m³/h"],
            ["Die casing", "43 x 25 mm", "50 x 30 mm"],
            ["Gearbox oil per block, ISO VG 220", "25 L", "40 L"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum finishing speed holds for low-carbon wire up to 0.15 % C. For high-carbon wire (0.60 to 0.85 % C) "
        "the finishing speed must be limited to 12 m/s on the SL-560 and 9 m/s on the SL-710, because the wire "
        "heats more. The area reduction per die should be 18-25 % and must never be more than 30 %. The cooling "
        "water must enter the blocks at 15-25 °C and 3-4 bar.",
    ),
    ("h", "2. Threading and running"),
    (
        "cols",
        [
            ("h", "Preparing the rod"),
            (
                "p",
                "Descale the rod in the mechanical descaler or by pickling, and coat it, before the first die. Scale "
                "or rust on the rod wears the first die within hours.",
            ),
            ("h", "Pointing"),
            (
                "p",
                "Point the wire end on the pointing rolls so that it passes through the die with at least 150 mm to "
                "spare. Pull it through with the pulling tongs, never by hand.",
            ),
            ("h", "Threading"),
            (
                "p",
                "Thread the wire through the dies one block at a time. Lay 5 to 8 turns on each block, more on the last "
                "blocks where the wire is thinner, then lead it over the dancer arm to the next die. Set the dancer "
                "arm cylinders to 2-3 bar.",
            ),
            ("h", "Starting"),
            (
                "p",
                "Start at creep speed (0.5 m/s) and check that every dancer arm settles in the middle of its travel. "
                "Then ramp up; the ramp from creep to full speed must take at least 30 s.",
            ),
            ("h", "Wire temperature"),
            (
                "p",
                "The wire temperature on a block must not exceed 150 °C, measured with a contact thermometer on the "
                "last turn; hotter wire strain-ages and turns brittle. Check the wire temperature on every block when "
                "the speed or the die series is changed.",
            ),
            ("h", "Soap"),
            (
                "p",
                "Keep the soap boxes at least two-thirds full. Use calcium soap FLR-SC1 on the first dies and sodium "
                "soap FLR-SN2 on the fine dies. Damp or lumpy soap is not picked up by the wire.",
            ),
            ("warn", "Wire that runs blue or brown has overheated: stop and check the cooling water and the reduction in that die."),
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["W01", "Wire break (block number shown)", "Check the die, the reduction and the rod; re-point and thread"],
            ["W02", "Dancer arm at its end position", "Check the speed trim, the dancer cylinder pressure and the die size"],
            ["W03", "Block motor overload", "Check the die and the soap; the reduction on that block is too high"],
            ["W04", "Block drive fault (drive code on the panel)", "See the drive manual; reset the drive"],
            ["W05", "Block cooling water flow low", "Check the supply at 3-4 bar and the water filter"],
            ["W06", "Cooling water above 30 °C", "Check the cooling tower or the chiller"],
            ["W07", "Soap box motor stopped", "Check the soap box drive and its overload"],
            ["W08", "Die box water flow low", "Check the die box cooling hoses"],
            ["W09", "Take-up full, coil weight reached", "Change the coil"],
            ["W10", "Guard door open", "Close the guard; check the switch"],
            ["W12", "Emergency stop or pull wire operated", "Find the cause, release and reset"],
            ["W13", "Pay-off empty or rod tangle", "Check the pay-off and the rod coil"],
            ["W14", "Block brake pads worn", "Have the brake pads changed before the next shift"],
            ["W15", "Block bearing lubrication low", "Check the central lubrication pump and its reservoir"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Frequent wire breaks", "Rod defects; too much reduction; worn die", "Check the reduction (30 % maximum); change the die; check the rod"],
            ["Scratches or bright lines on the wire", "Die worn or cracked; too little soap", "Change the die; fill the soap boxes"],
            ["Wire blue, overheated", "Poor cooling water; speed too high for the carbon content", "Check the water; lower the speed"],
            ["Soap not taken up", "Soap damp or lumpy; soap box not turning", "Renew the soap; check the box drive"],
            ["Wire diameter out of tolerance", "Die worn oversize", "Measure and change the die"],
            ["Grooves on the block surface", "Normal wear", "Check the depth (section 6)"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a die"),
    (
        "ol",
        [
            "Stop the machine and lock off.",
            "Cut the wire behind the die and pull the end back.",
            "Remove the die from the die box with the die puller; never knock it out with a hammer.",
            "Check the new die size with the die gauge and note it on the die series sheet.",
            "Clean the die seat and fit the new die with its entry cone facing the soap box.",
            "Re-point the wire and thread it as in section 2.",
        ],
    ),
    ("h", "6. Block surfaces"),
    (
        "p",
        "Check the block surfaces every month. Grooves worn by the wire must not be deeper than 0.3 mm on the SL-560 "
        "or 0.4 mm on the SL-710. Worn blocks are resurfaced with tungsten carbide by Filarro; the block has to be "
        "removed for this, to instruction FLR-SI-21. Dies are reground and resized by the user's die shop; Filarro "
        "does not describe die reworking. The gearbox oil is changed every 4000 hours: 25 L per block gearbox on the "
        "SL-560 and 40 L on the SL-710.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the soap levels, the cooling water flow and the wire temperature"],
            ["Weekly", "Empty and clean the soap boxes; check the dancer cylinder pressure"],
            ["Monthly", "Check the block surfaces; check the gearbox oil levels"],
            ["Every 4000 h", "Change the block gearbox oil"],
            ["Yearly", "Check the block brakes, the guards and the pull wire"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "SL-560", "SL-710"],
            ["Soap box drive motor", "FLR-SM05", "FLR-SM05"],
            ["Calcium soap, 25 kg", "FLR-SC1", "FLR-SC1"],
            ["Sodium soap, 25 kg", "FLR-SN2", "FLR-SN2"],
            ["Dancer arm roller", "FLR-DR56", "FLR-DR71"],
            ["Dancer cylinder seal kit", "FLR-DK1", "FLR-DK1"],
            ["Block cooling water filter", "FLR-WF3", "FLR-WF3"],
            ["Gearbox oil ISO VG 220, 20 L", "FLR-GO220", "FLR-GO220"],
            ["Pointing roll set", "FLR-PR5", "FLR-PR10"],
            ["Turks head roller set", "-", "FLR-TH710"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vakotherm-vh-vacuum-hardening-furnace.pdf", "Vakotherm VKT-BA-VH-11 Issue 3 - VH-46 / VH-69", VAKOTHERM),
        ("coatrion-pc-perforated-pan-coater.pdf", "Coatrion CTR-OM-PC-08 Rev C - PC-75 / PC-150", COATRION),
        ("kautmix-im-internal-rubber-mixer.pdf", "Kautmix KMX-BA-IM-05 Ed 2 - IM-55 / IM-90", KAUTMIX),
        ("filarro-sl-wire-drawing-machine.pdf", "Filarro FLR-MAN-SL-03 Issue 6 - SL-560 / SL-710", FILARRO),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 8, 25, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
