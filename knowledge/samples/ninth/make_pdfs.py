"""Generate the PDF manuals of the ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv9 && /tmp/pdfvenv9/bin/pip install fpdf2
    /tmp/pdfvenv9/bin/python knowledge/samples/ninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the operating pages of the strapping machine manual."""
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


# ---------------------------------------------------------------- Kelbrook HB horizontal band saw
KELBROOK = [
    ("title", "Kelbrook HB Series Semi-Automatic Band Saws\nOperation and Maintenance Manual - HB-260 and HB-320"),
    (
        "p",
        "Document KMT-OM-HB-04, Revision B, September 2022. Kelbrook Machine Tools Ltd. This manual covers the "
        "HB-260 and HB-320 semi-automatic double-column horizontal band saws for bar, tube and sections in "
        "steel, stainless steel and non-ferrous metals. The frame feed and the vice are hydraulic; the blade "
        "speed is set by a frequency inverter. The fully automatic HB-400A with bar feed and the Kelbrook VC "
        "vertical contour saws have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Stop the blade and lock the main isolator off before changing the blade, adjusting the "
        "guides or clearing chips from the wheel housings. Always clamp the work in the vice. Wear "
        "cut-resistant gloves when handling blades.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HB-260", "HB-320"],
            ["Cutting capacity, round, at 90°", "260 mm", "320 mm"],
            ["Cutting capacity, rectangular, at 90° (W x H)", "300 x 260 mm", "400 x 320 mm"],
            ["Mitre range", "0° to 60° left", "0° to 45° left"],
            ["Blade size (length x width x thickness)", "3505 x 34 x 1.1 mm", "4115 x 41 x 1.3 mm"],
            ["Blade speed (inverter, stepless)", "20-90 m/min", "20-80 m/min"],
            ["Main motor", "2.2 kW, 400 V 3 ph", "3.0 kW, 400 V 3 ph"],
            ["Blade tension (gauge)", "250 N/mm²", "250 N/mm²"],
            ["Machine weight", "780 kg", "1,150 kg"],
        ],
        (78, 41, 41),
    ),
    (
        "p",
        "Conditions: the capacities in the table apply at 90°. At a 45° mitre the round capacity is 230 mm on "
        "the HB-260 and 280 mm on the HB-320; at 60° (HB-260 only) it is 150 mm.",
    ),
    ("h", "2. Controls"),
    (
        "p",
        "The feed rate valve (scale 0 to 10) sets how fast the saw frame descends in the cut; 0 stops it. Limit "
        "switch SQ3 stops the blade at the end of the cut and the frame returns to the upper limit SQ2; set SQ2 "
        "about 20 mm above the workpiece. The blade tension switch SQ4 and the wheel cover switch SQ5 stop the "
        "machine if the blade breaks or a cover is opened.",
    ),
    ("h", "3. Blade selection and cutting data"),
    (
        "table",
        [
            ["Material", "Blade speed", "Tooth pitch", "Coolant"],
            ["Mild steel (S235, S355)", "60-80 m/min", "4/6 TPI", "5-8 %"],
            ["Stainless steel (304, 316)", "25-35 m/min", "5/8 TPI", "8-10 %"],
            ["Aluminium alloys", "top speed of the machine", "3/4 TPI", "5-8 %"],
        ],
        (62, 42, 28, 28),
    ),
    (
        "p",
        "The tooth pitches apply to solid bar of 50 to 100 mm diameter; for tube and thin sections choose a "
        "finer pitch so that at least three teeth are always in the cut. Aluminium is cut at the top speed: "
        "90 m/min on the HB-260 and 80 m/min on the HB-320.",
    ),
    (
        "p",
        "Running in a new blade: cut at the normal blade speed but with the feed rate valve at half its normal "
        "setting for the first 300 cm² of cut area (about 15 cuts through 50 mm bar), then raise the feed in "
        "steps.",
    ),
    ("h", "4. Changing the blade"),
    (
        "ol",
        [
            "Raise the frame about 100 mm above the vice, set the feed rate valve to 0, switch off and lock the "
            "main isolator.",
            "Open both wheel covers and swing the chip brush away from the blade.",
            "Turn the tension handwheel anticlockwise until the gauge reads 0.",
            "Wearing gloves, lift the blade out of the guide pads and off the wheels.",
            "Fit the new blade with the teeth pointing towards the drive wheel on the cutting side, its back "
            "against the wheel flanges.",
            "Tension the blade to 250 N/mm² on the gauge (the same value on both models).",
            "Set the chip brush to reach the bottom of the tooth gullets, close the covers and run the blade "
            "for 2 minutes without cutting.",
            "Check the tension again, then run the blade in (section 3).",
        ],
    ),
    ("p", "Release the blade tension to 0 when the saw will stand unused for more than 2 days."),
    ("h", "5. Blade guides"),
    (
        "p",
        "Each guide arm holds two carbide side pads and a roller that supports the back of the blade. Set the "
        "side pads with a 0.05 mm feeler gauge so that the blade slides between them without play, and set the "
        "back roller just touching the blade. Before each cut move the movable guide arm to within 10 mm of the "
        "workpiece. Check the pads monthly; pads worn to a groove deeper than 0.2 mm must be replaced (pad set "
        "KB-2210 for the HB-260, KB-2215 for the HB-320).",
    ),
    ("h", "6. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E01", "Blade broken or slack (SQ4 open)", "Fit a new blade or re-tension it"],
            ["E02", "Wheel cover open (SQ5)", "Close both covers"],
            ["E03", "Main motor overload (thermal relay F2)", "Reduce feed or blade speed, check sharpness; reset F2 after 5 min"],
            ["E05", "Vice pressure below 25 bar (switch B2)", "Check the vice has closed on the work; hydraulic leaks"],
            ["E06", "Blade slipping: idler wheel below 80% of set speed", "Check tension, reduce feed, check drive wheel wear"],
            ["E08", "Inverter fault", "Note the inverter code; switch off for 1 min; if it returns call service"],
            ["E09", "Coolant level low", "Top up; the blade stops at the end of the cut"],
        ],
        (16, 72, 72),
    ),
    ("h", "7. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cut runs out of square", "Blunt blade, feed too high, guide arm too far from the work, worn pads", "Replace blade; reduce feed; guide arm within 10 mm; reset pads"],
            ["Chips weld to the teeth", "Coolant too weak, chip brush worn, speed too high", "Check concentration with a refractometer; fit brush KB-1207"],
        ],
        (44, 60, 56),
    ),
    ("h", "8. Lubrication and consumables"),
    (
        "table",
        [
            ["Item", "HB-260", "HB-320"],
            ["Hydraulic oil HLP, ISO VG 32", "12 L", "18 L"],
            ["Worm gearbox oil, synthetic PG, ISO VG 320", "1.8 L", "2.5 L"],
            ["Blade, bimetal M42, 4/6 TPI", "KB-3505-34-46", "KB-4115-41-46"],
            ["Blade, bimetal M42, 5/8 TPI", "KB-3505-34-58", "KB-4115-41-58"],
            ["Carbide guide pad set", "KB-2210", "KB-2215"],
        ],
        (80, 40, 40),
    ),
    ("h", "9. Maintenance intervals"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove chips from the vice, wheel housings and chip tray; check the coolant level"],
            ["Weekly", "Check coolant concentration; grease the vice screw (NLGI 2); check the chip brush"],
            ["Every 2,000 h or yearly", "Change the hydraulic oil; clean the coolant tank"],
            ["Every 4,000 h", "Change the gearbox oil (first change after 500 h)"],
        ],
        (40, 120),
    ),
]

# ---------------------------------------------------------------- Strandell AS arch strapping machine
STRANDELL = [
    ("title", "Strandell AS Series Automatic Arch Strapping Machines\nOperating and Maintenance Manual - AS-85 and AS-105"),
    (
        "p",
        "Document SPS-OM-AS-12, Issue 2, May 2024. Strandell Packaging Systems AB. This manual covers the AS-85 "
        "and AS-105 fully automatic arch strapping machines, which place a polypropylene (PP) strap around a "
        "pack, tension it and join the ends with a heat seal. The Strandell PS series pallet strapping machines "
        "and the TS-1 table strapper have separate manuals.",
    ),
    (
        "warn",
        "WARNING: The heater blade reaches 320 °C and stays hot for 20 minutes after switch-off. Keep hands out "
        "of the arch while the machine is on. Unplug the AS-85, or lock off the isolator of the AS-105, before "
        "opening the side doors.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AS-85", "AS-105"],
            ["Arch opening (width x height)", "850 x 600 mm", "1050 x 800 mm"],
            ["Strap width", "9-12 mm", "9-15.5 mm"],
            ["Strap thickness", "0.55-0.80 mm", "0.55-0.80 mm"],
            ["Strapping rate", "up to 32 straps/min", "up to 26 straps/min"],
            ["Strap tension", "50-450 N", "80-700 N"],
            ["Supply", "230 V 1 ph, 0.75 kW, plug", "400 V 3 ph, 1.1 kW, isolator"],
            ["Weight", "210 kg", "290 kg"],
        ],
        (64, 48, 48),
    ),
    (
        "p",
        "Conditions: the strapping rates apply to 12 mm PP strap, 0.65 mm thick, on a 400 x 300 mm pack with "
        "one strap per cycle. The upper tension limits apply to 12 mm strap 0.80 mm thick; with strap thinner "
        "than 0.65 mm set no more than 300 N on the AS-85 and 450 N on the AS-105, or the strap breaks at the "
        "seal.",
    ),
    ("h", "2. Parameters"),
    ("p", "Parameters are set on the touch display under MENU > SETTINGS."),
    (
        "table",
        [
            ["No.", "Parameter", "Range", "Default"],
            ["P01", "Strap tension", "see technical data", "250 N (AS-85), 400 N (AS-105)"],
            ["P02", "Heater temperature", "200-320 °C", "260 °C"],
            ["P03", "Seal cooling time", "0.2-1.5 s", "0.6 s"],
            ["P04", "Strap feed length", "AUTO or 1.0-6.0 m", "AUTO"],
            ["P05", "Straps per pack", "1-6", "1"],
            ["P07", "Auto start by photocell", "ON / OFF", "OFF"],
            ["P08", "Heater standby delay", "0-60 min (0 = never)", "10 min"],
        ],
        (14, 56, 40, 50),
    ),
    (
        "p",
        "Raise P02 in steps of 10 °C if the seal peels apart; lower it if the strap melts through or strings of "
        "melted PP stick to the heater blade. Cold rooms (below 10 °C) need a higher temperature.",
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Check"],
            ["E1", "Strap did not reach the end of the arch within 1.5 s", "Strap end cut crooked or kinked; strap jammed in the arch; worn feed rollers"],
            ["E2", "Tension not reached within 3 s", "Strap slipping on the tension wheel; P01 above the strap's limit"],
            ["E3", "Heater below set temperature after 3 min", "Heater blade, thermocouple, fuse F4 (4 A T)"],
            ["E4", "Strap not cut, or seal head not at home", "Knife worn or clogged with PP; cam sensor B6"],
            ["E5", "End of strap", "Load a new coil (section 5)"],
            ["E6", "Main motor overload", "Cam jammed; reset after 2 min"],
            ["E8", "Side door open or emergency stop pressed", "Close the doors, release the E-stop, press RESET"],
        ],
        (14, 72, 74),
    ),
    (
        "p",
        "An E1 or E2 leaves a loose strap in the arch: press STRAP EJECT, cut the strap off at the arch exit "
        "and press RESET.",
    ),
    (
        "cols",
        [
            ("h", "4. Operation"),
            ("p", "Switch on at the main switch. The heater reaches the P02 temperature in about 2 minutes and "
                  "READY lights. Place the pack against the back stop, centred under the arch, and press START "
                  "or the foot switch. With P07 set to ON the cycle starts as soon as the pack covers the "
                  "photocell, so keep hands clear of the arch. Use a fixed strap length (P04) for packs narrower "
                  "than 150 mm."),
            ("h", "5. Loading a new strap coil"),
            ("p", "1. Open the dispenser cover and unscrew the outer flange. 2. Fit the new coil so that the "
                  "strap comes off the bottom of the coil, towards the machine. 3. Refit the flange and cut the "
                  "strap end square with scissors; a crooked end causes E1. 4. Push the end through the strap "
                  "guide until the feed rollers take it. 5. Press STRAP FEED once: the machine feeds the strap "
                  "through the arch and cuts off the first loop. 6. Press RESET to clear E5."),
            ("warn", "Do not change strap width without changing the strap guides: 9 mm and 12 mm strap use "
                     "guide sets SP-3109 and SP-3112 on both models; 15.5 mm strap (AS-105 only) uses SP-3115."),
            ("h", "6. Cleaning the sealing area"),
            ("p", "Melted PP builds up on the heater blade and the sealing platen. Clean them at the end of "
                  "every shift: switch off, wait until the display shows the heater below 50 °C, open the front "
                  "door and brush the residue off with the brass brush supplied. Never scrape the heater blade "
                  "with a steel tool. Blow out the arch guides weekly with compressed air at no more than 3 bar; "
                  "dust in the arch causes E1."),
        ],
    ),
    ("h", "7. Replacing the heater blade"),
    (
        "ol",
        [
            "Switch off, unplug or lock off, and wait until the heater blade is below 50 °C.",
            "Open the front door and unplug heater connector X12.",
            "Undo the two M4 screws of the blade holder and pull the blade forwards out of the seal head.",
            "Fit the new heater blade SP-4420 with the coated face upwards and tighten the screws to 1.5 Nm.",
            "Reconnect X12, close the door, switch on and wait for READY.",
            "Make five test straps and pull each seal by hand; none may peel.",
        ],
    ),
    ("h", "8. Lubrication and wear parts"),
    (
        "p",
        "The cam shaft bearings are sealed for life. Once a week put two drops of light machine oil (ISO VG 32) "
        "on the cam followers and the sealing head slides. Never oil the feed rollers, the tension wheel or the "
        "strap path: oil on the strap makes it slip (E2) and spoils the seal.",
    ),
    (
        "table",
        [
            ["Part", "Part number", "Replace"],
            ["Cutter knife", "SP-4410", "every 500,000 cycles"],
            ["Heater blade", "SP-4420", "every 500,000 cycles or when the coating is worn"],
            ["Feed rollers (pair)", "SP-2230", "when the strap slips on feed"],
        ],
        (50, 35, 75),
    ),
    ("p", "The cycle counter is under MENU > SERVICE > COUNTER; reset it after replacing the knife and blade."),
]

# ---------------------------------------------------------------- Hestor HU gas unit heater
HESTOR = [
    ("title", "Hestor HU Series Gas-Fired Unit Heaters\nInstallation, Operation and Service Manual - HU-35 and HU-50"),
    (
        "p",
        "Document HTG-IOM-HU-09, Revision D, October 2023. Hestor Heating Ltd. This manual covers the HU-35 and "
        "HU-50 suspended warm-air unit heaters for factories and warehouses, for natural gas (G20) or propane "
        "(G31). The HU-35 has an on/off burner; the HU-50 has a two-stage (high/low) burner. The HU-25 and "
        "HU-70 are described in separate data sheets, and Hestor RT radiant tube heaters have their own manual.",
    ),
    (
        "warn",
        "WARNING: Installation, gas conversion and service must be carried out by a qualified gas engineer. "
        "Isolate the electricity and the gas before removing any panel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HU-35", "HU-50"],
            ["Heat input (net), high fire", "38.0 kW", "54.0 kW"],
            ["Heat input (net), low fire", "-", "32.4 kW"],
            ["Heat output, high fire", "35.0 kW", "49.8 kW"],
            ["Gas rate G20, high fire", "4.02 m³/h", "5.71 m³/h"],
            ["Gas rate G31, high fire", "2.95 kg/h", "4.20 kg/h"],
            ["Burner injectors G20", "8 x 2.35 mm", "10 x 2.50 mm"],
            ["Burner injectors G31", "8 x 1.45 mm", "10 x 1.55 mm"],
            ["Air flow", "3,400 m³/h", "4,900 m³/h"],
            ["Air temperature rise", "30 K", "30 K"],
            ["Horizontal air throw", "22 m", "27 m"],
            ["Maximum equivalent flue length", "8 m", "6 m"],
            ["Electrical supply", "230 V 1 ph 50 Hz, 0.42 kW", "230 V 1 ph 50 Hz, 0.65 kW"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Conditions: the air throw applies with the unit mounted 3 m above the floor, louvres horizontal and "
        "room air at 15 °C; mounting it higher or angling the louvres downwards shortens the throw. Low fire on "
        "the HU-50 is 60% of the high fire input.",
    ),
    ("h", "2. Gas pressures"),
    (
        "table",
        [
            ["Gas pressure", "HU-35", "HU-50"],
            ["Inlet G20, nominal / min / max", "20 / 17 / 25 mbar", "20 / 17 / 25 mbar"],
            ["Inlet G31, nominal / min / max", "37 / 25 / 45 mbar", "37 / 25 / 45 mbar"],
            ["Burner pressure G20, high fire", "8.4 mbar", "9.6 mbar"],
            ["Burner pressure G20, low fire", "-", "3.5 mbar"],
            ["Burner pressure G31, high fire", "24.5 mbar", "27.0 mbar"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Burner pressures are set with the nominal inlet pressure present at the unit's inlet test point while "
        "the burner runs at high fire. If the working inlet pressure is below the minimum, do not turn up the "
        "burner pressure: the supply pipe is undersized or the meter regulator is faulty; report it to the gas "
        "supplier.",
    ),
    ("h", "3. Sequence of operation"),
    (
        "p",
        "On a heat demand from the room thermostat the combustion fan runs a 30 s pre-purge. When the air "
        "pressure switch proves the flue, the ignition spark runs and the gas valve opens; the flame must be "
        "detected by the flame sensing electrode within the 5 s safety time. About 60 s later, when the heat "
        "exchanger reaches 45 °C, the fan thermostat starts the air fan. When the demand ends the gas valve "
        "closes, the combustion fan post-purges for 30 s and the air fan runs on until the heat exchanger has "
        "cooled to 30 °C. The HU-50 starts at low fire and changes to high fire after 60 s if the second stage "
        "of the thermostat is calling.",
    ),
    (
        "p",
        "The overheat limit thermostat opens at 100 °C and must be reset by hand (red button behind the "
        "right-hand side panel). Never bridge it.",
    ),
    ("h", "4. Lockout codes"),
    (
        "p",
        "The control board has a green and a red LED, visible through the window in the side panel. Green "
        "steady: power on. Green flashing: heat demand. The red LED flashes a code, with a 3 s pause between "
        "repeats.",
    ),
    (
        "table",
        [
            ["Red flashes", "Meaning", "Check"],
            ["1", "Lockout: no flame after 3 ignition attempts", "Gas supply on, air in the pipe after work, ignition gap, flame sensing electrode and flame current"],
            ["2", "Air pressure switch did not close", "Flue or air pipe blocked, combustion fan, sensing hose split or full of water"],
            ["3", "Air pressure switch closed before the fan started", "Switch contacts stuck; replace the switch"],
            ["4", "Overheat limit thermostat open", "Air fan not running (capacitor, motor), air inlet blocked; reset by hand once the cause is found"],
            ["5", "Flame lost 3 times during one demand", "Low inlet pressure, flue gas recirculation, dirty sensing electrode"],
            ["6", "Flame signal before ignition", "Gas valve passing; sensing electrode shorted to earth"],
        ],
        (24, 60, 76),
    ),
    (
        "p",
        "Reset a lockout with the RESET button on the unit or on the remote control panel. Do not reset more "
        "than twice; if the lockout returns, find the cause.",
    ),
    ("h", "5. Commissioning checks"),
    (
        "ol",
        [
            "Purge the gas supply pipe and test it for soundness.",
            "Connect a manometer to the inlet test point and check the working inlet pressure at high fire.",
            "Connect a manometer to the burner test point and compare the reading with the table in section 2; "
            "adjust with the regulator screw on the gas valve if needed (clockwise raises the pressure).",
            "Measure the flame current in series with the sensing electrode: at least 1.0 µA, normally 3 to 6 µA.",
            "Analyse the flue gas at the sampling point: CO2 8.8-9.2% on G20 or 10.5-11.0% on G31, CO below 100 ppm.",
        ],
    ),
    ("h", "6. Annual service (once a year, before the heating season)"),
    (
        "ol",
        [
            "Isolate the gas and electricity and remove the burner access panel.",
            "Withdraw the burner assembly; brush the burner ports and blow out the injectors (never enlarge an "
            "injector with a wire).",
            "Check the ignition electrode gap, 3.5 ± 0.5 mm, and the condition of both electrode ceramics; "
            "replace a cracked electrode.",
            "Brush the heat exchanger tubes from the burner side and vacuum out the soot and scale.",
            "Check the flue and air pipes and the terminal for blockage and damage.",
            "Refit, test the gas joints for soundness and repeat commissioning checks 3 to 5; clean the air fan blades.",
        ],
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Part", "HU-35", "HU-50"],
            ["Ignition electrode", "HU-2104", "HU-2104"],
            ["Flame sensing electrode", "HU-2105", "HU-2105"],
            ["Air pressure switch (setting)", "HU-3310 (0.85 mbar)", "HU-3312 (1.10 mbar)"],
            ["Gas valve", "HU-4001", "HU-4002 (two-stage)"],
            ["Air fan capacitor", "HU-6104 (4 µF)", "HU-6106 (6 µF)"],
        ],
        (64, 48, 48),
    ),
    (
        "p",
        "Conversion from G20 to G31 requires conversion kit HU-CK31 (HU-35) or HU-CK51 (HU-50), which contains "
        "the injectors, a data label and its own instructions.",
    ),
]

# ---------------------------------------------------------------- Brackley RB ribbon blender
BRACKLEY = [
    ("title", "Brackley RB Series Horizontal Ribbon Blenders\nOperation and Maintenance Manual - RB-500 and RB-1000"),
    (
        "p",
        "Document BPE-OM-RB-06, Revision A, February 2024. Brackley Process Engineering Ltd. This manual covers "
        "the RB-500 and RB-1000 horizontal ribbon blenders for dry powders and granules. A double helical "
        "ribbon on a horizontal shaft turns in a U-shaped trough: the outer ribbon moves product towards the "
        "centre, the inner ribbon back towards the ends. The product leaves through a pneumatic flap valve in "
        "the trough bottom. Brackley paddle mixers and the PD paddle dryer have their own manuals.",
    ),
    (
        "warn",
        "DANGER: The ribbon can sever a limb. Never open the lid or reach into the discharge valve with the "
        "motor stopped only by the STOP button: lock the main isolator off. The inlet grid must stay bolted in "
        "place. With combustible dusts, earth the blender and follow the site's hazardous area zoning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RB-500", "RB-1000"],
            ["Total trough volume", "700 L", "1,400 L"],
            ["Working volume (40-70% of total)", "280-500 L", "560-1,000 L"],
            ["Maximum batch mass", "500 kg", "1,000 kg"],
            ["Ribbon shaft speed", "42 rpm", "34 rpm"],
            ["Main motor", "7.5 kW, 400 V 3 ph", "15 kW, 400 V 3 ph"],
            ["Discharge valve", "150 mm pneumatic flap", "200 mm pneumatic flap"],
            ["Ribbon to trough clearance", "3-5 mm", "4-6 mm"],
            ["Packing per gland", "4 rings, 10 mm square", "4 rings, 12.5 mm square"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "Conditions: the batch masses apply to products with a bulk density up to 1.0 kg/L; for denser products "
        "fill by mass, not by volume, so that the motor is not overloaded. The blender may be started full only "
        "with products up to 1.2 kg/L; with denser products start it empty and fill while the ribbon runs. "
        "Below 40% fill the ribbon does not lift the product and it mixes poorly.",
    ),
    ("h", "2. Controls and interlocks"),
    (
        "p",
        "The lid has a coded safety switch S10: the motor stops when the lid is lifted and cannot start until "
        "the lid is closed and RESET is pressed. The discharge flap has two limit switches (closed ZSC, open "
        "ZSO). A speed sensor on the shaft end detects a stopped shaft. The mixing time is set "
        "on the HMI under RECIPE > MIX TIME (1-60 min, default 10 min); the motor stops and the horn sounds for "
        "3 s when the time has run out.",
    ),
    ("h", "3. Alarms"),
    (
        "table",
        [
            ["Alarm", "Meaning", "Action"],
            ["A01", "Lid open (S10)", "Close the lid, press RESET"],
            ["A02", "Motor overload or motor thermistor trip", "Check batch mass and density; let the motor cool; reset Q1"],
            ["A03", "Discharge flap not closed within 5 s", "Product on the seal, low air pressure, limit switch ZSC out of position"],
            ["A04", "Discharge flap not open within 5 s", "Air supply, solenoid valve Y1, actuator"],
            ["A05", "Compressed air low (below 4.5 bar)", "Check the supply and the filter regulator"],
            ["A07", "Shaft not turning while the motor runs", "Sheared key or coupling; isolate and inspect"],
        ],
        (16, 68, 76),
    ),
    ("h", "4. Shaft gland packing"),
    (
        "p",
        "The packing must be tight enough to stop dust escaping but not so tight that the gland runs hot. A "
        "correctly adjusted gland is warm to the touch, below 60 °C. To adjust, with the blender running empty "
        "tighten the two gland nuts evenly by 1/6 of a turn, run for 10 minutes and check for dust and heat; "
        "repeat as needed. When the gland follower is within 3 mm of the housing there is no adjustment left: "
        "repack the gland.",
    ),
    (
        "ol",
        [
            "Lock off the isolator and empty the trough.",
            "Undo the gland nuts and slide the follower back along the shaft.",
            "Pull out all the old rings with a packing extractor; do not score the shaft sleeve.",
            "Inspect the sleeve and replace it if it is grooved deeper than 0.5 mm.",
            "Cut new rings with 45° scarf joints, fit them one at a time and stagger the joints by 90°.",
            "Refit the follower, tighten the nuts finger-tight plus 1/6 turn, then adjust while running as above.",
        ],
    ),
    (
        "p",
        "Packing: braided PTFE with graphite, 10 mm (BR-PK10, RB-500) or 12.5 mm (BR-PK12, RB-1000), sold by "
        "the metre.",
    ),
    ("h", "5. Discharge flap adjustment"),
    (
        "p",
        "The flap must close flush with the inside of the trough and compress its seal by 2 mm. If A03 appears "
        "although the seal is clean and the air pressure is 6 bar, adjust the flap:",
    ),
    (
        "ol",
        [
            "Lock off the isolator and empty the trough.",
            "Close the flap with the manual override on solenoid valve Y1.",
            "Loosen the lock nut on the actuator rod clevis and turn the rod until the flap is flush with the "
            "inside of the trough.",
            "Tighten the lock nut and set limit switch ZSC so that it is made with the flap closed.",
            "Cycle the flap five times and check that neither A03 nor A04 appears.",
        ],
    ),
    ("h", "6. Lubrication"),
    (
        "table",
        [
            ["Point", "RB-500", "RB-1000", "Interval"],
            ["Gearbox oil, ISO VG 220 mineral (CLP)", "4.5 L", "8.0 L", "first change at 500 h, then every 10,000 h or 2 years"],
            ["Shaft bearings, EP2 lithium complex grease", "10 g each", "15 g each", "every 500 h"],
        ],
        (58, 22, 22, 58),
    ),
    (
        "p",
        "For food and feed products use H1 food-grade grease and H1 gear oil of the same viscosity.",
    ),
    ("h", "7. Maintenance intervals"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the glands for dust and heat; clean product off the flap seal"],
            ["Weekly", "Check the gearbox oil level; drain the compressed air filter; test the lid switch (the motor must stop when the lid is raised)"],
            ["Monthly", "Adjust the glands if needed; check that the flap closes flush"],
            ["Yearly", "Check the ribbon to trough clearance at 8 points; check the ribbon welds for cracks; check the earth bonding"],
        ],
        (30, 130),
    ),
    ("h", "8. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Powder leaks at the shaft ends", "Gland loose or packing worn", "Adjust by 1/6 turn; repack when no adjustment is left"],
            ["Poor mix, streaks of one component", "Fill above 70% or below 40%; mixing time too short; ribbon clearance too large", "Correct the fill; lengthen the mixing time; check clearance"],
            ["Motor trips at start", "Started full with a product denser than 1.2 kg/L", "Start empty and fill while running"],
            ["Product left in the trough after discharge", "Ribbon not run during discharge", "Run the ribbon with the flap open"],
        ],
        (48, 62, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kelbrook-hb-horizontal-band-saw.pdf", "Kelbrook KMT-OM-HB-04 Rev B - HB-260 / HB-320", KELBROOK),
        ("strandell-as-arch-strapping-machine.pdf", "Strandell SPS-OM-AS-12 Issue 2 - AS-85 / AS-105", STRANDELL),
        ("hestor-hu-gas-unit-heater.pdf", "Hestor HTG-IOM-HU-09 Rev D - HU-35 / HU-50", HESTOR),
        ("brackley-rb-ribbon-blender.pdf", "Brackley BPE-OM-RB-06 Rev A - RB-500 / RB-1000", BRACKLEY),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 2, 3, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
