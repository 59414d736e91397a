"""Generate the PDF manuals of the seventy-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set77venv && /tmp/set77venv/bin/pip install fpdf2 pypdf
    /tmp/set77venv/bin/python knowledge/samples/seventyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second set's
make_pdfs.py, except that render_columns balances the two columns (balance=True), so that a short section fills
both columns instead of only the left one; everything else is new.
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
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15, balance=True) as cols:
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


# ---------------------------------------------------------------- Flammbruck DB dryer drum burners
FLAMMBRUCK = [
    ("title", "Flammbruck DB Dryer Drum Burners\nOperation and Maintenance - DB-18 and DB-24"),
    (
        "p",
        "Document FBR-OM-DB-07, Edition 3, February 2025. Flammbruck Thermal Systems. The DB-18 and DB-24 are "
        "dual-fuel burners (natural gas or light fuel oil EL) for the counterflow dryer drums of asphalt batch "
        "plants. Each burner consists of the burner head with flame tube, the combustion air fan, the gas train, the "
        "oil pump set with return-flow nozzle, the gas pilot, the UV flame scanner and the burner management system "
        "(BMS) in the burner control cabinet. Apart from the firing rate and the parts named in this manual, the two "
        "sizes are built alike. This manual covers the DB-18 and the DB-24 only; no other sizes are covered here. "
        "The gas supply up to the burner's main manual shut-off valve is the site's and the gas supplier's "
        "responsibility. The dryer drum, its flights and seals, the exhaust fan and the dust filter belong to the "
        "plant and are described in the plant maker's documents.",
    ),
    (
        "warn",
        "WARNING: Never bridge the flame supervision, the air pressure switch or the valve proving. Never relight the "
        "burner without the full pre-purge. After a B08 (valve proving failed) do not restart: call a gas engineer or "
        "Flammbruck service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DB-18", "DB-24"],
            ["Maximum firing rate", "18 MW", "24 MW"],
            ["Minimum firing rate on natural gas (turndown 4:1)", "4.5 MW", "6.0 MW"],
            ["Minimum firing rate on light fuel oil (turndown 3:1)", "6.0 MW", "8.0 MW"],
            ["Drying capacity at 4 % feed moisture and 170 °C discharge temperature", "200 t/h", "265 t/h"],
            ["Natural gas H (net calorific value 10.0 kWh/m³), flow at maximum rate", "1800 m³/h", "2400 m³/h"],
            ["Gas supply pressure at the gas train inlet", "250-500 mbar", "350-500 mbar"],
            ["Light fuel oil EL (net calorific value 11.86 kWh/kg), flow at maximum rate", "1520 kg/h (1810 L/h)",
             "2025 kg/h (2410 L/h)"],
            ["Oil pump pressure, return-flow nozzle", "25 bar", "28 bar"],
            ["Combustion air fan motor, 400 V 50 Hz", "45 kW, 79 A", "75 kW, 130 A"],
            ["Combustion air at maximum rate on gas, 20 % excess air", "20 700 m³/h", "27 600 m³/h"],
            ["Gas pilot", "150 kW", "150 kW"],
            ["Flame tube length inside the drum", "1.9 m", "2.3 m"],
            ["Suitable dryer drum inside diameter", "2.2-2.6 m", "2.6-3.0 m"],
            ["Noise at 1 m with the fan intake silencer fitted", "85 dB(A)", "87 dB(A)"],
            ["Mass without fan", "1850 kg", "2400 kg"],
        ],
        (94, 38, 38),
    ),
    (
        "p",
        "The drying capacity holds only for a feed moisture of 4 %, a discharge temperature of 170 °C and a dryer "
        "drum in good condition (all flights in place, no air leaks at the drum seals). Each further 1 % of feed "
        "moisture lowers the capacity by about 10 %. Plan the firing rate with about 82 kWh per tonne of aggregate "
        "at 4 % moisture and keep about 10 % of the maximum firing rate in reserve.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this burner and on the plant may operate it. Work on the gas train is for a "
            "qualified gas engineer only.",
            "Never look into the drum through the inspection port without the tinted glass closed. Never open the "
            "burner head while the drum is hot or the exhaust fan is running.",
            "Lock out the burner, the fan and the exhaust fan, close the main manual gas valve and the oil shut-off "
            "valve before any work on the burner head, and check for zero energy.",
            "A gas smell at the gas train: stop the burner, close the main manual valve, ventilate, no sparks, call "
            "the gas engineer.",
            "Oil spills at the pump set are a fire risk next to the hot drum; clean them at once.",
            "The annual inspection of the gas train required by national rules is carried out by a competent person "
            "appointed by the site; this manual does not replace it.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Pre-purge"),
            (
                "p",
                "Before every ignition the BMS purges the drum and the exhaust duct for at least 90 s with the "
                "combustion air damper fully open and the exhaust fan running with its damper at least 50 % open, or "
                "for five changes of the drum and duct volume, whichever is longer. The purge is repeated after "
                "every lockout.",
            ),
            ("h", "Ignition and flame supervision"),
            (
                "p",
                "Pilot safety time 3 s, main flame safety time 3 s. The flame failure response time is no more than "
                "1 s. Ignition always takes place at minimum firing rate.",
            ),
            ("h", "Drum pressure"),
            (
                "p",
                "The burner end of the drum must stay under negative pressure, -0.5 to -1.5 mbar, held by the "
                "exhaust fan damper control of the plant. Above -0.2 mbar for 5 s the burner goes to low fire (B06); "
                "above 0 mbar for 10 s it shuts down.",
            ),
            ("h", "Exhaust temperature"),
            (
                "p",
                "Normal dryer exhaust temperature at the drum outlet is 120-160 °C. Above 180 °C the burner goes to "
                "low fire (B07); above 200 °C it shuts down. The inlet temperature limit of the dust filter is set "
                "in the filter maker's manual, not here.",
            ),
            ("h", "Combustion values"),
            (
                "p",
                "At high fire, measured at the sampling point in the exhaust duct before the dust filter: CO below "
                "400 ppm on gas and below 600 ppm on oil; O2 between 11 and 15 % (this includes the air drawn in at "
                "the drum seals). The emission limits of the plant are set by its permit.",
            ),
            ("h", "Firing rate changes and starts"),
            (
                "p",
                "The ramp from low fire to high fire takes no less than 60 s (factory setting; faster ramps only by "
                "Flammbruck service). No more than 6 burner starts per hour. Oil firing below the minimum firing rate "
                "for oil is blocked by the BMS.",
            ),
            ("h", "Flame shape"),
            (
                "p",
                "The flame shape and length are set by Flammbruck service at commissioning to suit the drum and its "
                "flights. The flame must never touch the flights or the drum shell.",
            ),
        ],
    ),
    ("h", "4. Fault codes (BMS display)"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Flame failure in operation", "Flame lost; check the scanner, fuel pressure and air. Restart "
             "only after the purge."],
            ["B02", "No pilot flame", "Ignition electrode gap (3-4 mm), pilot gas pressure, ignition cable."],
            ["B03", "No main flame", "Main gas valves not opening, oil nozzle blocked, oil valve coil."],
            ["B04", "Gas pressure low", "Supply pressure below the minimum of the technical data; check the "
             "supply, the filter at the gas train inlet."],
            ["B05", "Gas pressure high", "Supply regulator of the site faulty; inform the gas supplier."],
            ["B06", "Drum pressure high", "Above -0.2 mbar: exhaust fan damper, blocked dust filter, drum seal "
             "leaks."],
            ["B07", "Exhaust temperature high", "Above 180 °C: feed interrupted, flights missing, firing rate too "
             "high for the feed."],
            ["B08", "Valve proving failed", "A main gas valve leaks. Do not restart; gas engineer or Flammbruck "
             "service."],
            ["B09", "Oil pressure low", "Below 20 bar: oil filter clogged, pump coupling, air in the suction "
             "line."],
            ["B11", "Combustion air pressure low", "Fan stopped or running backwards, intake blocked, air "
             "pressure switch hose."],
            ["B12", "Scanner self-check failed", "UV scanner faulty; replace it (FBR-UV-2)."],
            ["B13", "Flame simulation", "The scanner sees light before ignition: glowing deposits, daylight "
             "through the inspection port, faulty scanner."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Black smoke at the stack when firing oil", "Oil nozzle worn or partly blocked; oil pump pressure "
             "below the value in the technical data; too little combustion air", "Check the oil pressure (25 bar "
             "DB-18, 28 bar DB-24) and the oil filter; replace the nozzle; check the air damper linkage."],
            ["Brown or yellow plume and oil smell at low fire", "Oil fired near or below its minimum firing rate, "
             "poor atomisation", "Keep oil firing at or above 6.0 MW (DB-18) or 8.0 MW (DB-24); fire gas for "
             "small feed rates."],
            ["Aggregate too cold at high fire", "Feed moisture above 4 % or feed rate above the drying capacity",
             "Reduce the feed by about 10 % for each 1 % of moisture above 4 %."],
            ["Flame pulsates or rumbles", "Drum pressure swinging, exhaust fan control hunting, too little excess "
             "air", "Check the drum pressure (-0.5 to -1.5 mbar) and the exhaust fan control; combustion check."],
            ["Burnt or bent flights near the burner", "Flame too long or off centre", "Stop using high fire; "
             "Flammbruck service resets the flame shape. Flights are repaired by the plant maker."],
            ["Lockout at every ignition (B02)", "Electrode gap wrong, pilot regulator set low", "Set the gap to "
             "3-4 mm; check the pilot gas pressure (35 mbar)."],
            ["Exhaust temperature creeps up over the day", "Flights worn or missing, drum seals leaking", "Inspect "
             "the drum at the next stop; report to the plant maker."],
        ],
        (50, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Starting the burner (daily)"),
    (
        "ol",
        [
            "Open the main manual gas valve or the oil shut-off valve for the fuel selected.",
            "Start the exhaust fan and the dust filter from the plant control; check the drum pressure is between "
            "-0.5 and -1.5 mbar.",
            "Start the drum rotation and the combustion air fan.",
            "Press START on the BMS. The purge runs for at least 90 s; then the pilot and the main flame light at "
            "minimum firing rate.",
            "Start the aggregate feed when the exhaust temperature reaches about 100 °C, and release the firing rate "
            "to automatic.",
        ],
    ),
    ("p", "6.2 Changing from gas to oil during production"),
    (
        "ol",
        [
            "Check that the oil pump set is ready: oil shut-off valve open, oil filter clean, oil temperature at the "
            "pump above 5 °C.",
            "Reduce the feed so that the oil minimum firing rate (6.0 MW DB-18, 8.0 MW DB-24) can hold the discharge "
            "temperature, and bring the burner to low fire.",
            "Turn the fuel selector to OIL. The burner stops on gas, purges for 30 s and relights on oil at "
            "minimum firing rate.",
            "Check the flame through the inspection port and the oil pressure (25 bar DB-18, 28 bar DB-24).",
            "Release the firing rate to automatic and raise the feed again. Changing from oil to gas follows the same "
            "steps.",
        ],
    ),
    ("p", "6.3 Cleaning and checking the UV scanner"),
    (
        "ol",
        [
            "Stop the burner and wait for the end of the post-purge; the scanner may be removed with the fan "
            "running.",
            "Turn the scanner a quarter turn and pull it out of its sight tube. Keep the sight tube purge air "
            "running.",
            "Clean the lens with a dry lint-free cloth; replace the lens (FBR-UVL-2) if it is scratched or "
            "clouded.",
            "Refit the scanner and restart. The flame signal at high fire must be at least 60 % on the BMS "
            "display; below 40 % the BMS warns.",
        ],
    ),
    ("p", "6.4 Replacing the oil nozzle"),
    (
        "ol",
        [
            "Stop the burner, close the oil shut-off valve and lock out the pump set.",
            "Withdraw the oil lance from the burner head (two M12 clamp bolts).",
            "Unscrew the nozzle with the nozzle spanner only; never clamp the lance in a vice.",
            "Fit the new nozzle (FBR-ON-18 or FBR-ON-24) with a new copper seal, tighten to 40 Nm.",
            "Refit the lance, open the valve, run on oil and do the combustion check of 6.5.",
        ],
    ),
    ("p", "6.5 Combustion check"),
    (
        "ol",
        [
            "Run at high fire with a steady feed for at least 15 min.",
            "Measure CO and O2 at the sampling point before the dust filter.",
            "Compare with section 3. If CO is too high or O2 outside 11-15 %, call Flammbruck service; the air/fuel "
            "ratio is not adjusted by the operator.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Check flame picture, drum pressure and exhaust temperature; look for oil and gas leaks."],
            ["Weekly", "Clean the UV scanner lens; check the fan intake screen; drain water from the oil filter "
             "bowl."],
            ["Monthly", "Clean the oil filter insert; check the ignition electrode gap (3-4 mm) and the cable."],
            ["Every 500 h", "Grease the fan motor bearings (20 g each on DB-18, 30 g each on DB-24); check the "
             "damper linkage for play."],
            ["2000 h or at the start of each season, whichever comes first", "Replace the oil nozzle and the "
             "ignition electrode; combustion check; inspect the flame tube for cracks."],
            ["Yearly", "Gas train inspection by a competent person (national rules); BMS safety function test by "
             "Flammbruck service."],
        ],
        (55, 115),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "DB-18", "DB-24"],
            ["UV flame scanner", "FBR-UV-2", "FBR-UV-2"],
            ["Scanner lens with gasket", "FBR-UVL-2", "FBR-UVL-2"],
            ["Ignition electrode", "FBR-IE-18", "FBR-IE-24"],
            ["Oil nozzle, return-flow, with copper seal", "FBR-ON-18", "FBR-ON-24"],
            ["Oil filter insert 100 µm", "FBR-OF-25", "FBR-OF-25"],
            ["Pilot gas regulator", "FBR-PR-1", "FBR-PR-1"],
            ["Air pressure switch", "FBR-APS-3", "FBR-APS-3"],
            ["Flame tube, complete", "FBR-FT-18", "FBR-FT-24"],
            ["Gasket set, burner head", "FBR-GS-18", "FBR-GS-24"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Fan impellers, fan motors and BMS modules are exchanged by Flammbruck service only. Quote the burner serial "
        "number with every order.",
    ),
]


# ---------------------------------------------------------------- Teervald BTH-72 bitumen tank heating
TEERVALD = [
    ("title", "Teervald BTH-72 Electric Heating System for Bitumen Storage Tanks\nInstallation, Operation and "
     "Maintenance"),
    (
        "p",
        "Document TVD-IOM-BTH-04, Edition 2, May 2024. Teervald Heating Technology. The BTH-72 heats vertical, "
        "insulated bitumen storage tanks of 40 to 60 m³ at asphalt mixing plants. It consists of three flanged "
        "heater bundles of 24 kW, each in its own dry fire-tube pocket welded into the tank, so that a bundle can be "
        "withdrawn with the tank full; the control panel with the temperature controller, the bundle contactors and "
        "the safety limiter; a PT100 probe in the bitumen; a sheath thermocouple in each bundle; and a level "
        "interlock that takes the signal of the tank's own level transmitter. The tank, its vent, its insulation and "
        "its level transmitter are not part of the BTH-72. The level transmitter's setting and calibration are in its "
        "own manual. The classification of hazardous areas on and around the tank is the site's.",
    ),
    (
        "warn",
        "WARNING: Never switch on the heating with the bitumen level below 750 mm. A bundle in a pocket that is not "
        "covered with bitumen overheats, cokes the bitumen on the pocket and can ignite vapours in the tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Heating power", "72 kW, three bundles of 24 kW"],
            ["Supply", "400 V 3~ 50 Hz, 104 A at full power"],
            ["Supply fuse", "125 A gG"],
            ["Bundle", "24 kW, 400 V, 34.6 A; nine hairpin elements of 2.67 kW"],
            ["Surface load of the elements", "1.1 W/cm² (no more than 1.2 W/cm² is allowed for bitumen)"],
            ["Fire-tube pocket", "260 mm outside diameter, 2200 mm long, centre 320 mm above the tank floor, top "
             "450 mm above the floor"],
            ["Minimum bitumen level for heating", "750 mm above the tank floor (at least 300 mm over the pockets)"],
            ["Temperature controller range, factory setpoint", "20-200 °C, 160 °C"],
            ["Safety limiter in the bitumen", "210 °C, manual reset"],
            ["Sheath cut-out per bundle (type K thermocouple)", "250 °C, manual reset"],
            ["Bitumen temperature probe", "PT100 class A in a thermowell, 600 mm above the tank floor"],
            ["Heat-up rate, full 50 t tank, 100 mm insulation, 10 °C ambient, no wind", "about 2.5 K/h"],
            ["Heat loss of a 50 m³ tank at 160 °C with the standard 100 mm insulation", "about 6 kW"],
            ["Earth fault protection", "RCD 300 mA per bundle"],
            ["Panel enclosure, terminal boxes", "IP55, IP65"],
            ["Ambient temperature", "-20 to +40 °C"],
            ["Mass of one bundle with flange", "68 kg"],
        ],
        (85, 85),
    ),
    (
        "p",
        "The heat-up rate holds only for a full tank of 50 t with the standard insulation intact and all three "
        "bundles working. Wet or damaged insulation, wind and a failed bundle make it much slower. The supply cable "
        "size depends on the length of the run and is chosen by the site's electrician.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Hot bitumen causes severe burns. Wear heat-resistant gloves, face shield and long sleeves at the tank "
            "manhole, the sampling valve and the bundle flanges.",
            "Water in hot bitumen boils and makes the bitumen foam up to many times its volume. Keep water, steam "
            "and wet equipment away from the tank.",
            "Lock out the bundle at the panel (isolator and padlock) before opening a terminal box; the other "
            "bundles may stay live.",
            "Never work on the tank roof without the site's permit; fumes gather at the vent and the manhole.",
            "Do not reset the safety limiter or a sheath cut-out until the cause is found.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Setpoint"),
            (
                "p",
                "The controller accepts setpoints up to 200 °C. Choose the setpoint from the bitumen supplier's data "
                "sheet for the grade in the tank; Teervald gives no storage temperatures for bitumen grades. Keep "
                "the bitumen at least 30 K below the flash point given by the supplier.",
            ),
            ("h", "Level interlock"),
            (
                "p",
                "Below 750 mm all three bundles switch off and H03 is shown. They may switch on again only above "
                "800 mm. A level signal below 3.6 mA or above 21 mA is treated as low level (H04).",
            ),
            ("h", "Staging"),
            (
                "p",
                "Bundles switch on one after the other, at least 30 s apart, so the supply sees no more than one "
                "step of 34.6 A at a time. Near the setpoint bundle 3 switches off 5 K below the setpoint, bundle 2 "
                "2 K below and bundle 1 at the setpoint; each switches on again 3 K below its off point.",
            ),
            ("h", "Soak mode"),
            (
                "p",
                "While the bitumen is below 100 °C only bundle 1 runs (soak mode), so that solid bitumen around the "
                "pockets softens slowly and any water can escape. If water is suspected, hold the tank at 105-110 "
                "°C for at least 2 h before going higher. Soak mode longer than 48 h gives H12.",
            ),
            ("h", "Sheath temperatures"),
            (
                "p",
                "In normal operation each sheath reads 60-90 K above the bitumen. A difference of more than 120 K "
                "shows coke on the pocket or a level close to the pockets.",
            ),
            ("h", "Currents and insulation"),
            (
                "p",
                "Each bundle draws 34.6 A ±5 %. A bundle current more than 10 % low (below 31 A) means at least one "
                "element has failed. The insulation resistance of a bundle must be at least 1 MOhm at 500 V DC, "
                "measured hot after operation.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Action"],
            ["H01", "PT100 probe fault", "Probe or wiring open or short; all bundles off. Check the probe at the "
             "terminals (about 161 Ohm at 160 °C)."],
            ["H02", "Safety limiter tripped (210 °C)", "Find why the controller did not hold; check the setpoint "
             "and the contactors before resetting."],
            ["H03", "Level below 750 mm", "Heating blocked until the level is above 800 mm."],
            ["H04", "Level signal fault", "Check the transmitter and its loop; see the transmitter's manual."],
            ["H05", "Sheath over-temperature (250 °C)", "Bundle off. Check the level and the sheath difference; "
             "reset at the bundle relay."],
            ["H07", "Bundle current low", "Below 31 A: failed element. Measure resistance and insulation."],
            ["H08", "Bundle current high or unbalanced", "Phase difference above 10 %: short between turns, "
             "loose terminal."],
            ["H09", "Contactor feedback fault", "Contactor did not pull in or stuck; replace it (TVD-K40)."],
            ["H10", "Earth fault (RCD 300 mA)", "Moisture in the terminal box or a damaged element; insulation "
             "test."],
            ["H11", "Panel temperature high", "Above 50 °C inside the panel: fan filter clogged, sun on the panel "
             "door."],
            ["H12", "Soak mode too long", "More than 48 h below 100 °C: bundle 1 not heating or heavy losses."],
        ],
        (16, 50, 104),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Foam or bitumen coming out of the tank vent after a delivery", "Water in the delivery (rain, a wet "
             "tanker, a leaking tanker steam coil) boiling at about 100 °C", "Switch to soak mode, hold 105-110 °C "
             "for at least 2 h, take no further delivery and inform the supplier. Keep people away from the vent."],
            ["Heat-up much slower than 2.5 K/h on a full tank", "One bundle off or failed, wet or damaged insulation",
             "Check the three bundle currents; inspect the insulation cladding."],
            ["One bundle draws clearly less current than the others", "Elements of that bundle have failed",
             "Measure element resistance and insulation; replace the bundle (elements are not changed on site)."],
            ["One sheath reads more than 120 K above the bitumen", "Coke on the pocket, or the level close to the "
             "pockets", "Check the level; have the pocket cleaned when the tank is next emptied (tank cleaning "
             "contractor)."],
            ["RCD trips when a bundle switches on after a standstill", "Moisture in the terminal box or an "
             "element", "Insulation test; dry the terminal box; run the bundle in soak mode and test again."],
            ["Temperature display jumps or shows a very high value", "PT100 wiring open or loose (H01)", "Check the "
             "terminals and the probe."],
            ["Burnt smell, dark flakes in the sample", "Setpoint too high, or heating with a low level",
             "Check the setpoint against the supplier's data sheet and the level interlock."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Heating a tank from cold"),
    (
        "ol",
        [
            "Check the level on the transmitter: at least 750 mm (heating is blocked below it).",
            "Set the controller to the supplier's storage temperature for the grade.",
            "Switch on. Below 100 °C only bundle 1 runs (soak mode).",
            "If water is suspected, hold at 105-110 °C for at least 2 h.",
            "Above 100 °C bundles 2 and 3 join, 30 s apart. Check the three currents: 34.6 A ±5 %.",
        ],
    ),
    ("p", "6.2 Insulation test of a bundle"),
    (
        "ol",
        [
            "Switch the bundle off, lock out its isolator and wait 10 min.",
            "Open the terminal box and disconnect the three supply cores.",
            "Measure between the joined element terminals and the flange with a 500 V DC insulation tester for 60 s.",
            "At least 1 MOhm is required (hot, after operation). A cold bundle after a long standstill may read "
            "lower; dry it in soak mode for 4 h and measure again.",
            "Remove the three delta links and measure each leg: about 20 Ohm at room temperature.",
            "Reconnect, close the terminal box with a new gasket (TVD-TG-1) and remove the lockout.",
        ],
    ),
    ("p", "6.3 Withdrawing and replacing a heater bundle (tank may stay full)"),
    (
        "ol",
        [
            "Switch off and lock out the bundle; wait at least 2 h for the bundle to cool in its dry pocket.",
            "Disconnect the supply cable and the sheath thermocouple in the terminal box.",
            "Support the bundle on the withdrawal rail; the bundle with flange weighs 68 kg.",
            "Remove the flange bolts and withdraw the bundle straight out of the pocket. No bitumen escapes: the "
            "pocket is closed towards the tank.",
            "Look into the pocket with a lamp; remove loose scale. Fit the new bundle with a new flange gasket "
            "(TVD-FG-260), tighten the bolts crosswise.",
            "Reconnect, do the insulation test of 6.2 and switch on.",
        ],
    ),
    ("p", "6.4 Testing the safety limiter and the level interlock"),
    (
        "ol",
        [
            "With the tank hot and the heating on, set the limiter test switch to TEST: the limiter must trip, all "
            "bundles drop out and H02 is shown. Reset.",
            "Ask the site to simulate a low level at the transmitter (below 750 mm): all bundles must switch off "
            "with H03.",
            "Record both results in the tank log.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Read temperature, level and the three bundle currents; look at the vent for foam."],
            ["Monthly", "Check the panel fan filter; compare the sheath temperatures with the bitumen temperature."],
            ["Every 6 months", "Test the safety limiter and the level interlock (6.4); tighten the terminals "
             "of the contactors."],
            ["Yearly or 8000 h of heating, whichever comes first", "Insulation test of every bundle; replace the "
             "terminal box gaskets."],
            ["At every tank cleaning", "Inspect the pockets from the inside of the tank for coke."],
            ["As national rules require", "Periodic inspection of the electrical installation by a qualified "
             "electrician."],
        ],
        (55, 115),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Heater bundle 24 kW, 400 V, with flange", "TVD-HB-24"],
            ["Flange gasket for the 260 mm pocket", "TVD-FG-260"],
            ["PT100 probe insert, 600 mm", "TVD-PT-600"],
            ["Sheath thermocouple, type K", "TVD-TK-3"],
            ["Contactor 40 A AC-1", "TVD-K40"],
            ["Temperature controller", "TVD-TC-2"],
            ["Safety limiter 210 °C", "TVD-SL-210"],
            ["Terminal box lid gasket", "TVD-TG-1"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Glattmoor SH paver screed heating
GLATTMOOR = [
    ("title", "Glattmoor SH Electric Screed Heating\nOperation and Service Manual - SH-250 and SH-300"),
    (
        "p",
        "Document GLM-OSM-SH-02, Edition 5, January 2025. Glattmoor Paving Electrics. The SH-250 and SH-300 heat the "
        "screed plates and tamper bars of extending asphalt paver screeds: the SH-250 for screeds of 2.5 m basic "
        "width (hydraulically extending to 5.0 m), the SH-300 for screeds of 3.0 m basic width (extending to 6.0 "
        "m). Resistance elements lie under each screed plate and in each tamper bar. They are fed by a brushless "
        "generator driven by the paver engine, as an unearthed 400 V IT network watched by an insulation monitor. "
        "The heating controller in the paver's control box holds each of the four zones (left basic, right basic, "
        "left extender, right extender) at the setpoint with a type J thermocouple. The paver, its engine and the "
        "generator drive belt are described in the paver maker's manual; the screed plates, tamper bars and their "
        "fixings in the screed manual. Bolt-on extensions are heated by their own kit; see the extension's manual.",
    ),
    (
        "warn",
        "DANGER: 400 V. Never open a junction box, a connector or the generator terminal box with the engine running. "
        "Never bridge or switch off the insulation monitor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SH-250", "SH-300"],
            ["Screed basic width / largest hydraulic width", "2.5 m / 5.0 m", "3.0 m / 6.0 m"],
            ["Heating zones", "4", "4"],
            ["Screed plate element per zone (cold resistance at 20 °C)", "3.0 kW (53.3 Ohm)", "3.6 kW (44.4 Ohm)"],
            ["Tamper bar element per zone (cold resistance at 20 °C)", "1.0 kW (160 Ohm)", "1.2 kW (133 Ohm)"],
            ["Total heating power", "16.0 kW", "19.2 kW"],
            ["Total heating current at 400 V", "23.1 A", "27.7 A"],
            ["Generator, brushless, 400 V 50 Hz", "22 kVA", "27 kVA"],
            ["Engine speed for rated generator output", "1800-2000 rpm", "1800-2000 rpm"],
            ["Heat-up time from 15 °C to 120 °C, no wind, screed raised", "about 20 min", "about 25 min"],
            ["Setpoint range, factory setting", "60-180 °C, 120 °C", "60-180 °C, 120 °C"],
            ["Over-temperature cut-out per zone", "200 °C", "200 °C"],
            ["Insulation monitor: warning / switch-off", "300 kOhm / 100 kOhm", "300 kOhm / 100 kOhm"],
            ["Zone connectors", "7-pin, IP67", "7-pin, IP67"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat-up times hold only at 15 °C ambient without wind, with the screed raised clear of the ground and "
        "the engine at 1800 rpm or more. At 0 °C or in wind they can double. Each element is connected between two "
        "phases; the resistances above are measured at the zone connector with the element cold.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The screed plates reach 180 °C. Wear heat-resistant gloves at the screed and let it cool before work "
            "on the elements.",
            "Stop the engine and remove the key before unplugging a zone connector.",
            "Keep connectors closed with their caps when unplugged; water in a connector causes insulation faults.",
            "Only a qualified electrician may work on the generator, the controller and the wiring. The periodic "
            "inspection of the electrical installation under national rules is arranged by the paver's owner.",
            "Never pressure-wash the connectors, the junction boxes or the generator.",
        ],
    ),
    ("page",),
    ("h", "3. Temperatures and settings"),
    (
        "cols",
        [
            ("h", "Setpoint"),
            (
                "p",
                "The factory setpoint is 120 °C. Raise it by 10-20 K for stiff mixes or in cold wind. Plates above "
                "160 °C can make the binder bleed and leave shiny streaks. The laying temperature of the mix is set "
                "by the mix design and the site; Glattmoor gives no mix temperatures.",
            ),
            ("h", "Start of paving"),
            (
                "p",
                "Start paving only when every zone shows at least 100 °C. Mix touching a plate below 100 °C sticks "
                "to it and tears the mat.",
            ),
            ("h", "Engine speed"),
            (
                "p",
                "The generator gives 400 V, 50 Hz only at an engine speed of 1800-2000 rpm. Below 1650 rpm the "
                "heating switches off (E24) to protect the generator; it restarts by itself when the engine is back "
                "above 1800 rpm. Heating at idle is therefore not possible.",
            ),
            ("h", "Load shedding"),
            (
                "p",
                "If the total generator load goes above 90 % of its rating, the controller sheds zones, extenders "
                "first (E27), and brings them back one by one after 20 s.",
            ),
            ("h", "Insulation monitor"),
            (
                "p",
                "Below 300 kOhm the monitor warns (E31); the heating continues, but the wet or damaged part must be "
                "found and dried the same day. Below 100 kOhm the heating switches off (E32) and stays off until the "
                "fault is cleared and the monitor reset.",
            ),
            ("h", "Zone balance"),
            (
                "p",
                "While holding, each zone stays within ±10 K of the setpoint. A zone that rises by less than 30 K in "
                "10 min during heat-up gives E26.",
            ),
            ("h", "Element resistance"),
            (
                "p",
                "Cold, at about 20 °C, each element must read within ±10 % of its value in the technical data. "
                "Open circuit or a lower value means the element must be replaced.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E21", "Thermocouple open, zone 1-4", "Check the thermocouple and its plug at the zone connector; "
             "replace (GLM-TJ-1)."],
            ["E22", "Thermocouple reversed or short", "Check the polarity at the connector after a repair."],
            ["E23", "Zone over-temperature (200 °C)", "Zone contactor stuck; zone off until below 180 °C."],
            ["E24", "Engine speed low, heating off", "Below 1650 rpm; raise the engine speed to 1800-2000 rpm."],
            ["E25", "Generator voltage out of range", "Below 360 V or above 440 V: voltage regulator, engine "
             "speed, overload."],
            ["E26", "Zone heats too slowly", "Less than 30 K in 10 min: element open, connector, contactor."],
            ["E27", "Generator overload, zones shed", "Too many consumers; switch off work lights and other "
             "loads."],
            ["E28", "Contactor feedback fault", "Replace the zone contactor."],
            ["E30", "Generator winding temperature high", "Intake clogged with dust, drive belt slipping; let it "
             "cool."],
            ["E31", "Insulation warning, below 300 kOhm", "Heating continues; find the wet or damaged part the "
             "same day."],
            ["E32", "Insulation fault, below 100 kOhm", "Heating off; find the fault before resetting."],
            ["E33", "CAN communication lost", "Check the CAN cable between controller and paver control."],
        ],
        (16, 56, 98),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Mix sticks and the mat tears on one side, first loads of the shift", "That side's zone below 100 °C "
             "when paving started; heat-up cut short", "Wait until every zone shows at least 100 °C; check that "
             "zone for E26 and measure its elements."],
            ["One extender does not heat, no code", "Extender connector not fully home or cable crushed when "
             "extending", "Stop the engine, check the 7-pin connector and the cable along the extender."],
            ["Insulation warning (E31) after rain or washing", "Water in a connector or junction box",
             "Heating may continue at the warning only; dry and reseal the part the same day. At 100 kOhm the "
             "heating switches off."],
            ["Heating switches off when the paver idles", "Normal: below 1650 rpm the heating stops (E24)",
             "Run the engine at 1800-2000 rpm while heating."],
            ["Heat-up much longer than usual", "Wind, cold, screed on the ground, one element open", "Raise the "
             "screed, shield it from wind; measure the element resistances."],
            ["Shiny streaks on the mat", "Plates too hot (above 160 °C)", "Lower the setpoint."],
            ["Zones drop out when vibration and tamper start", "Generator overload (E27)", "Switch off other "
             "loads; check the generator voltage regulator."],
        ],
        (50, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Heating the screed before paving"),
    (
        "ol",
        [
            "Raise the screed clear of the ground and, in wind, close the side plates.",
            "Start the engine and run it at 1800-2000 rpm.",
            "Switch the heating on at the control box; check the setpoint (factory 120 °C).",
            "Watch the four zone temperatures. Start paving only when every zone shows at least 100 °C (about 20 "
            "min for the SH-250 and 25 min for the SH-300 at 15 °C).",
            "Keep the heating on while paving; it holds the setpoint.",
        ],
    ),
    ("p", "6.2 Measuring element resistance"),
    (
        "ol",
        [
            "Stop the engine, remove the key and let the screed cool below 40 °C.",
            "Unplug the zone connector.",
            "Measure between pins 1-2 (plate element) and 3-4 (tamper element) with an ohmmeter.",
            "Compare with the technical data: within ±10 %. Measure pins 1-4 to the screed frame: no continuity.",
            "Cap or refit the connector.",
        ],
    ),
    ("p", "6.3 Replacing a screed plate element"),
    (
        "ol",
        [
            "Stop the engine, remove the key and let the screed cool.",
            "Unplug the zone connector and note the element's cable route.",
            "Remove the screed plate as described in the screed manual.",
            "Take out the element clamps, lift the old element out and fit the new element (GLM-PE-30 for the "
            "SH-250, GLM-PE-36 for the SH-300) flat on the plate with new heat-conducting paste.",
            "Refit the clamps and the plate as in the screed manual, route the cable and plug in.",
            "Measure the resistance (6.2) and heat up once, watching that zone.",
        ],
    ),
    ("p", "6.4 Testing the insulation monitor"),
    (
        "ol",
        [
            "Run the engine at 1800-2000 rpm with the heating on.",
            "Press and hold TEST on the monitor for 3 s: E32 must appear and the heating must switch off.",
            "Press RESET; the heating starts again. Record the test. Test weekly.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Check connectors and cables on the extenders for damage; watch all zones heat up evenly."],
            ["Weekly", "Test the insulation monitor (6.4); clean the generator air intake."],
            ["Every 250 h", "Measure all element resistances (6.2); check connector seals."],
            ["Every 1000 h or yearly, whichever comes first", "Check the generator drive belt as in the paver "
             "manual; tighten the terminals in the control box."],
            ["As national rules require", "Inspection of the electrical installation by a qualified electrician."],
        ],
        (55, 115),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "SH-250", "SH-300"],
            ["Screed plate element", "GLM-PE-30", "GLM-PE-36"],
            ["Tamper bar element", "GLM-TE-10", "GLM-TE-12"],
            ["Thermocouple type J", "GLM-TJ-1", "GLM-TJ-1"],
            ["7-pin connector set with cap", "GLM-C7", "GLM-C7"],
            ["Insulation monitor", "GLM-IM-2", "GLM-IM-2"],
            ["Heating controller", "GLM-HC-4", "GLM-HC-4"],
            ["Generator voltage regulator", "GLM-AVR-22", "GLM-AVR-27"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Generator windings and bearings are repaired by Glattmoor service only.",
    ),
]


# ---------------------------------------------------------------- Walzholt TD tandem roller vibration
WALZHOLT = [
    ("title", "Walzholt TD Tandem Rollers - Vibration System\nService Manual - TD-138 and TD-168"),
    (
        "p",
        "Document WZH-SM-VIB-03, Edition 2, March 2025. Walzholt Compaction. This manual covers only the vibration "
        "system of the articulated tandem rollers TD-138 and TD-168: the vibration pump, the drum motors, the "
        "exciters with their two amplitudes, the rubber buffers and the vibration control. Both drums of each "
        "roller vibrate. Driving, steering, brakes, the travel hydraulics, the water spray system and the cab are in "
        "the operating manual WZH-OM-TD-01; the engine is in the engine maker's manual. Apart from the values in this "
        "manual, the two models are built alike. No other roller models are covered here.",
    ),
    (
        "warn",
        "WARNING: Never vibrate on a standing drum, on concrete, on hard frozen ground or on a drum lifted off the "
        "ground. Vibration on bridge decks and near sensitive buildings only with the approval of the structure's "
        "owner.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TD-138", "TD-168"],
            ["Drum width", "1380 mm", "1680 mm"],
            ["Drum diameter", "1000 mm", "1200 mm"],
            ["Operating mass (with ROPS, water tank half full)", "7.2 t", "10.0 t"],
            ["Static linear load, front drum", "26.1 kg/cm", "29.8 kg/cm"],
            ["Frequency, high amplitude / low amplitude", "55 Hz / 63 Hz", "48 Hz / 57 Hz"],
            ["Nominal amplitude, high / low", "0.50 mm / 0.25 mm", "0.65 mm / 0.31 mm"],
            ["Centrifugal force per drum, high / low", "54 kN / 35 kN", "83 kN / 55 kN"],
            ["Maximum working speed with vibration, high / low amplitude", "6.6 km/h / 7.6 km/h",
             "5.8 km/h / 6.8 km/h"],
            ["Relief valve, vibration circuit", "250 bar", "280 bar"],
            ["Working pressure on asphalt after the start peak", "80-140 bar", "90-160 bar"],
            ["Exciter oil ISO VG 150 (PAO), per drum", "1.4 L", "2.1 L"],
            ["Rubber buffers per drum", "12", "16"],
            ["Engine speed for vibration", "2300 rpm", "2200 rpm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Amplitudes and forces are nominal values for a drum hanging freely on its buffers; on the mat the actual "
        "amplitude depends on the layer and its temperature. The frequencies are reached only at the engine speed "
        "for vibration given above.",
    ),
    (
        "p",
        "Vibration control: the rocker switch on the drive lever selects OFF, MAN or AUTO; the amplitude switch on "
        "the dashboard selects high or low amplitude, and the drum switch front, rear or both. The amplitude is "
        "changed by reversing the direction of rotation of the exciter shaft, which turns a loose eccentric weight "
        "against a fixed one. Change the amplitude only with the vibration off. The display shows the measured "
        "frequency of each drum, the vibration hours and the codes of section 4.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work on the drums, park on level ground, apply the parking brake, fit the articulation lock "
            "and chock both drums.",
            "Exciter housings and hydraulic lines are hot after work; let them cool for at least 30 min.",
            "Hydraulic oil under pressure penetrates skin. Depressurise the circuit before opening any fitting.",
            "Never stand within 1 m of a vibrating drum when checking the frequency; hold the vibrometer at arm's "
            "length on the drum frame.",
            "Vibration near pipes, cables and buildings: the site clears the work area.",
        ],
    ),
    ("h", "3. Compaction settings"),
    (
        "cols",
        [
            ("h", "Impacts per metre"),
            (
                "p",
                "For an even surface drive no faster than the speed that gives at least 30 impacts per metre: v "
                "max (km/h) = frequency (Hz) x 3.6 / 30, or frequency x 0.12. The results are in the technical data. "
                "Faster driving leaves ripples across the mat.",
            ),
            ("h", "AUTO vibration"),
            (
                "p",
                "In AUTO the vibration switches on above 1.0 km/h and off below 0.8 km/h and at every change of "
                "direction, so the drum never vibrates standing still. Keep AUTO on while working on the mat.",
            ),
            ("h", "Choosing the amplitude"),
            (
                "p",
                "Use low amplitude for layers thinner than 40 mm, for wearing courses, for cold or stiff mixes and "
                "on bridges (where approved). Use high amplitude for binder and base courses of 60 mm and more. If "
                "the drum bounces or crushes the aggregate, change to low amplitude or roll static.",
            ),
            ("h", "Rolling pattern"),
            (
                "p",
                "The rolling pattern, the number of passes and the rolling temperatures are set by the site's "
                "compaction trials and the project specification. Walzholt gives none.",
            ),
            ("h", "Start peak"),
            (
                "p",
                "When vibration starts, the pressure rises to the relief valve for up to 3 s while the eccentric "
                "weights accelerate. A peak longer than 5 s gives V13.",
            ),
            ("h", "Frequency and temperature"),
            (
                "p",
                "The measured frequency must be within ±2 Hz of the nominal value. The exciter housing may reach "
                "no more than 80 °C after 30 min of vibration (contact thermometer); above 90 °C stop and find the "
                "cause.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["V10", "No drum speed signal, front or rear", "Sensor gap (1.5 mm), cable, sensor (WZH-SS-1)."],
            ["V11", "Frequency more than 2 Hz below nominal", "Engine below the speed for vibration; pump or "
             "motor worn; measure the pressure."],
            ["V12", "Vibration pressure low", "Below 60 bar with vibration on: coupling, pump, relief valve."],
            ["V13", "Start peak too long", "More than 5 s: exciter bearing tight, oil too cold, too much exciter "
             "oil."],
            ["V14", "Vibration valve solenoid open circuit", "Coil (WZH-SC-24) or connector."],
            ["V15", "Hydraulic oil too hot, vibration off", "Above 90 °C: cooler dirty, fan belt; see the "
             "operating manual."],
            ["V16", "Amplitude change not confirmed", "Direction of rotation not reached; valve spool sticking."],
            ["V18", "Travel speed signal missing", "AUTO not possible; vibration only in MAN."],
            ["V19", "Seat switch open with vibration on", "Vibration stops when the driver leaves the seat."],
            ["V20", "Exciter service due", "Exciter oil change due; reset after the change."],
            ["V21", "Vibration circuit filter clogged", "Replace the element (WZH-HF-10)."],
            ["V22", "CAN fault, vibration module", "Check the module connector and the CAN cable."],
        ],
        (16, 60, 94),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Ripples across the mat at a regular spacing", "Driving faster than the maximum working speed with "
             "vibration", "Keep below 6.6 km/h high / 7.6 km/h low (TD-138) or 5.8 / 6.8 km/h (TD-168)."],
            ["Drum bounces, surface loose, aggregate crushed", "High amplitude on a thin layer, a cold layer or one "
             "already compacted", "Change to low amplitude or roll static."],
            ["Only one drum vibrates", "Solenoid, drum motor or coupling of the other drum", "Check V14; measure "
             "the pressure of that drum."],
            ["Exciter housing above 80 °C", "Exciter oil overfilled, wrong oil, worn bearings", "Check the oil "
             "level (6.3); if the oil is right, exciter repair by Walzholt service."],
            ["Frequency low (V11)", "Engine not at the speed for vibration, worn pump", "Run the engine at the "
             "speed in the technical data; check the pressure (6.2)."],
            ["Strong vibration felt in the cab", "Rubber buffers cracked or loose", "Inspect the buffers; replace "
             "as in 6.4."],
        ],
        (50, 58, 62),
    ),
    ("h", "6. Procedures"),
    ("p", "6.1 Checking the frequency"),
    (
        "ol",
        [
            "Place the roller on a compacted granular surface or a rubber mat, not on asphalt being laid.",
            "Run the engine at the speed for vibration and switch to MAN, high amplitude.",
            "Hold the vibrometer on the drum frame next to the buffer, at arm's length.",
            "Read the frequency; repeat for low amplitude and for the other drum.",
            "Each reading must be within ±2 Hz of the technical data.",
        ],
    ),
    ("p", "6.2 Measuring the vibration pressure"),
    (
        "ol",
        [
            "Connect a 0-400 bar gauge to test point MV on the vibration pump.",
            "Start vibration on a compacted surface: the peak reaches the relief valve setting (250 bar TD-138, 280 "
            "bar TD-168) for up to 3 s.",
            "After the peak the pressure must settle; on asphalt it stays in the working range of the technical "
            "data.",
            "A relief valve that opens lower is replaced, not adjusted.",
        ],
    ),
    ("p", "6.3 Changing the exciter oil"),
    (
        "ol",
        [
            "Run vibration for 5 min so the oil is warm, then park on level ground and secure the roller.",
            "Turn the drum until the drain plug is at the bottom; drain the oil into a container.",
            "Turn the drum until the plug is at the level mark position (marked on the drum face).",
            "Fill with exciter oil ISO VG 150 (PAO): 1.4 L per drum on the TD-138, 2.1 L per drum on the TD-168, "
            "until oil reaches the lower edge of the filler hole.",
            "Fit the plug with a new seal ring, tighten to 80 Nm. Repeat for the other drum and reset V20.",
        ],
    ),
    ("p", "6.4 Replacing rubber buffers"),
    (
        "ol",
        [
            "Park on level ground, secure the roller and support the frame with stands so the buffers are unloaded.",
            "Remove the nuts of the buffer (M16) on the frame side and on the drum side.",
            "Fit the new buffer (WZH-RB-138 or WZH-RB-168), tighten the nuts to 110 Nm.",
            "Replace no more than two buffers on one drum side at a time before lowering the frame.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Look at the buffers and the drum motors for cracks and leaks."],
            ["Every 250 h", "Inspect every buffer. Replace a buffer with cracks deeper than 5 mm or one that has "
             "come loose from its plate."],
            ["First 50 h, then every 500 h", "Check the exciter oil level."],
            ["1500 h or 2 years, whichever comes first", "Change the exciter oil (6.3)."],
            ["Every 1000 h", "Replace the vibration circuit filter (WZH-HF-10); check the frequency (6.1)."],
        ],
        (55, 115),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "TD-138", "TD-168"],
            ["Rubber buffer", "WZH-RB-138", "WZH-RB-168"],
            ["Exciter oil ISO VG 150 (PAO), 5 L", "WZH-EO-150", "WZH-EO-150"],
            ["Drum motor seal kit", "WZH-VM-SK-1", "WZH-VM-SK-2"],
            ["Drum speed sensor", "WZH-SS-1", "WZH-SS-1"],
            ["Vibration valve solenoid coil 24 V", "WZH-SC-24", "WZH-SC-24"],
            ["Vibration circuit filter element", "WZH-HF-10", "WZH-HF-10"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Exciter bearings and eccentric weights are repaired by Walzholt service; they are not sold as single parts.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("flammbruck-db-dryer-drum-burner.pdf", "Flammbruck FBR-OM-DB-07 Ed 3 - DB-18 / DB-24", FLAMMBRUCK),
        ("teervald-bth-bitumen-tank-heater.pdf", "Teervald TVD-IOM-BTH-04 Ed 2 - BTH-72", TEERVALD),
        ("glattmoor-sh-paver-screed-heating.pdf", "Glattmoor GLM-OSM-SH-02 Ed 5 - SH-250 / SH-300", GLATTMOOR),
        ("walzholt-td-tandem-roller-vibration-system.pdf", "Walzholt WZH-SM-VIB-03 Ed 2 - TD-138 / TD-168",
         WALZHOLT),
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
