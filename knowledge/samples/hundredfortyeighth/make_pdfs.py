"""Generate the PDF manuals of the hundred-and-forty-eighth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set148-scratch/venv && /tmp/set148-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set148-scratch/venv/bin/python knowledge/samples/hundredfortyeighth/make_pdfs.py

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



# ---------------------------------------------------------------- Karbostell KVC green anode vibrocompactors
KARBOSTELL = [
    ("title", "Karbostell KVC Green Anode Vibrocompactors\nOperation and Maintenance Manual - KVC-16 and KVC-20"),
    (
        "p",
        "Document KBS-OM-KVC-04, Edition 3, March 2025. Karbostell Carbon Machinery. The KVC-16 and KVC-20 form "
        "green anodes for prebaked aluminium reduction cells from hot carbon paste. A weighed paste charge drops "
        "into a heated mould on a vibrating table; a top weight with pneumatic bellows presses on the paste while "
        "two counter-rotating unbalance shafts shake the table, and heated formers shape the stub holes. The "
        "KVC-16 makes anodes up to 1600 mm long with three stub holes, the KVC-20 anodes up to 2000 mm long with "
        "four. Apart from the mould, the top weight, the drives and the items named in this manual, the two models "
        "are built alike. The paste mixer and the weigh hopper above the machine, the anode cooling tunnel after "
        "it and the thermal oil heater each have their own manual. Paste recipes and density targets are set by "
        "the site's carbon plant laboratory.",
    ),
    (
        "warn",
        "WARNING: Hot paste and pitch fumes. Paste leaves the mixer at up to 175 °C and pitch fumes contain "
        "polycyclic aromatic hydrocarbons. Wear the site's fume respirator inside the acoustic hood. Never enter "
        "the hood until the top weight rests on its mechanical locks and the drives are locked out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KVC-16", "KVC-20"],
            ["Mould inside length x width", "1600 x 660 mm", "2000 x 740 mm"],
            ["Green anode height, settable in the recipe", "550-650 mm", "600-700 mm"],
            ["Maximum green anode mass", "1150 kg", "1750 kg"],
            ["Stub hole formers (number x diameter)", "3 x Ø165 mm", "4 x Ø180 mm"],
            ["Top weight mass", "8.5 t", "12.0 t"],
            ["Top weight bellows pressure, settable (default)", "2.5-4.0 bar (3.2 bar)", "3.0-5.0 bar (4.2 bar)"],
            ["Vibration motors, 400 V 50 Hz via frequency converters", "2 x 30 kW", "2 x 45 kW"],
            ["Vibration frequency, settable (default)", "25-35 Hz (30 Hz)", "25-35 Hz (28 Hz)"],
            ["Vibration time, settable (default)", "40-80 s (55 s)", "45-90 s (65 s)"],
            ["Cycle time at default settings, mould fill to anode on the outfeed", "75 s", "90 s"],
            ["Output at default settings", "48 anodes/h", "40 anodes/h"],
            ["Rubber table springs", "16", "20"],
            ["Hydraulic power unit", "22 kW, 160 bar", "30 kW, 180 bar"],
            ["Hydraulic oil HLP 46, tank", "400 L", "550 L"],
            ["Mould and former heating", "thermal oil 180-200 °C", "thermal oil 180-200 °C"],
            ["Machine mass without top weight", "38 t", "52 t"],
            ["Sound pressure 1 m outside the closed acoustic hood", "84 dB(A)", "86 dB(A)"],
        ],
        (86, 44, 44),
    ),
    (
        "p",
        "All process values in this manual hold for paste of calcined petroleum coke and recycled butts with "
        "13.5-15.5 % coal tar pitch of softening point 110-115 °C (Mettler). For other binders and pitches the "
        "site's paste recipe applies; Karbostell gives no paste temperatures for them. Output figures assume an "
        "even paste supply and a free outfeed conveyor.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Before entering the hood, lower the top weight onto its two mechanical locks, switch off and lock out "
            "the vibration drives, the hydraulic power unit and the paste gate, and vent the bellows.",
            "Surfaces of the mould, the formers and the thermal oil lines are at up to 200 °C. Wear heat-resistant "
            "gloves and long sleeves.",
            "Hearing protection is required inside the hood whenever a drive can run.",
            "Never run the vibration drives with the hood doors open; the door switches stop the drives (V01).",
            "Pitch fume exposure limits and the respirator type are set by the site's occupational hygiene plan.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Paste temperature"),
            (
                "p",
                "Paste must reach the weigh hopper at 150-170 °C. Below 145 °C the PLC blocks the next cycle (V04) "
                "because cold paste does not compact and cracks at the stub holes. Above 175 °C the V05 warning "
                "shows: the paste slumps, pitch fumes rise and horizontal cracks appear.",
            ),
            ("h", "Mould and formers"),
            (
                "p",
                "The mould walls are heated to 180-200 °C by thermal oil. The formers must be at least 140 °C "
                "before the first anode after a standstill (V03 below that). The formers are pulled 2-4 s after the "
                "vibration stops; pulling them earlier tears the stub hole walls.",
            ),
            ("h", "Top weight"),
            (
                "p",
                "The top weight lowers onto the paste at no more than 150 mm/s. The bellows pressure is set in "
                "the recipe within the model's range (section 1). A pressure below the range lets the weight "
                "bounce on the paste and gives a rough top face.",
            ),
            ("h", "Table stroke"),
            (
                "p",
                "At the default frequency the table stroke is 3.0-4.5 mm peak to peak, measured by the stroke "
                "sensor on the table. Below 2.5 mm the V06 alarm shows. Hardened or cracked rubber springs and a "
                "shifted unbalance weight are the usual causes.",
            ),
            ("h", "Height and density"),
            (
                "p",
                "Anode height is measured by the laser on the outfeed. Tolerance: ±8 mm of the recipe height; "
                "anodes more than 15 mm off are sent to the reject conveyor automatically.",
            ),
            (
                "p",
                "Green apparent density (kg/dm³) = anode mass (kg) / (length (dm) x width (dm) x height (dm)). "
                "Example, KVC-16: 1080 kg / (16.0 x 6.6 x 6.2) = 1080 / 654.7 = 1.65 kg/dm³. The density target "
                "and its minimum are set in the recipe by the site's carbon plant laboratory; V07 shows when an "
                "anode is more than 0.02 kg/dm³ below the recipe minimum.",
            ),
            ("h", "Bearings"),
            (
                "p",
                "The four unbalance shaft bearings are monitored: alarm at 85 °C (V10), trip at 95 °C (V11). "
                "During the first 8 h after a bearing change, start the running-in timer on the HMI: temperatures "
                "up to 90 °C are then normal and the alarm is raised to 92 °C for that time; the trip stays at "
                "95 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["V01", "Hood door open or emergency stop pressed", "Close the doors, release the stop, reset"],
            ["V02", "Thermal oil at the mould below 175 °C", "Check the thermal oil heater and the mould valves"],
            ["V03", "Former temperature below 140 °C", "Wait for heating; check the former oil hoses"],
            ["V04", "Paste below 145 °C at the weigh hopper, cycle blocked", "Check the mixer discharge temperature"],
            ["V05", "Paste above 175 °C (warning)", "Reduce the mixer temperature; watch for cracks"],
            ["V06", "Table stroke below 2.5 mm", "Check the springs and the unbalance weights (section 7)"],
            ["V07", "Density more than 0.02 kg/dm³ below the recipe minimum", "See the symptom table"],
            ["V09", "Vibration motor overload or converter fault", "Read the converter code; check the cardan shafts"],
            ["V10", "Bearing temperature above 85 °C", "Check grease and vibration; plan a stop"],
            ["V11", "Bearing temperature above 95 °C, drives stopped", "Let cool; inspect the bearing before restart"],
            ["V12", "Top weight not at its upper end position within 20 s", "Check the hydraulic cylinder and valve"],
            ["V13", "Hydraulic oil above 60 °C", "Check the oil cooler and the oil level"],
        ],
        (16, 78, 80),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Cracks around the stub holes",
                "Formers colder than 140 °C, or formers pulled less than 2 s after the vibration stops",
                "Heat the formers to at least 140 °C; set the former pull delay to 2-4 s",
            ],
            [
                "Horizontal cracks halfway up the anode",
                "Paste too hot, or vibration too long for the paste (over-vibration)",
                "Bring the paste to 150-170 °C; shorten the vibration time in 5 s steps",
            ],
            [
                "Low density, open honeycomb on the bottom face",
                "Vibration time too short, table stroke low, or hardened rubber springs",
                "Check the stroke (section 7.2); replace the springs as a full set",
            ],
            [
                "Anode height varies by more than ±8 mm",
                "Weigh hopper charge varies, or paste temperature varies",
                "Check the hopper scale with its test weights; steady the mixer discharge temperature",
            ],
            [
                "Rough top face, top weight bounces",
                "Bellows pressure below the model's range",
                "Set the bellows pressure in the recipe (KVC-16 2.5-4.0 bar, KVC-20 3.0-5.0 bar)",
            ],
            [
                "Anode sticks in the mould when ejected",
                "Mould walls below 175 °C, or worn mould liner plates",
                "Check the thermal oil; change liner plates worn by more than 3 mm",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Operating procedures"),
    ("h", "6.1 Starting after a standstill"),
    (
        "ol",
        [
            "Start the thermal oil circulation and wait until the mould reads 180 °C and the formers at least 140 °C.",
            "Check the hydraulic oil level in the sight glass and start the hydraulic power unit.",
            "Raise the top weight off its mechanical locks and swing the locks clear.",
            "Select the recipe for the anode type on the HMI and check the recipe height and bellows pressure.",
            "Close the hood doors and start the vibration drives in manual for 10 s with the mould empty; the "
            "stroke must read 3.0-4.5 mm.",
            "Switch to automatic. Send the first two anodes to the reject conveyor and check their height and "
            "density before sending anodes to the cooling tunnel.",
        ],
    ),
    ("h", "6.2 Checking the table stroke"),
    (
        "ol",
        [
            "Run the table empty at the default frequency for 30 s and read the stroke on the HMI page VIBRATION.",
            "If it reads below 3.0 mm, stop, lock out and check that all rubber springs sit square on their seats.",
            "Check the unbalance weights: the index marks on the two shafts must line up with the marks on the "
            "housings. Shifted weights are set back to the marks and their M20 bolts tightened to 410 Nm.",
            "Run again and read the stroke. If it is still below 3.0 mm, replace the rubber springs (section 7.3).",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean paste residue from the mould top and the formers; check the stroke reading"],
            ["Weekly", "Grease the top weight guides; check the hood door switches"],
            ["Every 500 h", "Grease the unbalance shaft bearings, 60 g each, with the grease listed in section 9"],
            ["Every 2000 h", "Check the cardan shafts and their bolts; check the liner plates for wear"],
            ["Every 4000 h or 12 months, whichever comes first", "Change the hydraulic oil and the return filter"],
            [
                "Every 12 months or 1.5 million cycles, whichever comes first",
                "Replace the rubber table springs as a full set",
            ],
            ["Every 20 000 h", "Replace the unbalance shaft bearings (Karbostell service)"],
        ],
        (64, 110),
    ),
    ("h", "7.3 Replacing the rubber table springs"),
    (
        "p",
        "Springs are always replaced as a full set (16 on the KVC-16, 20 on the KVC-20); mixing new and old "
        "springs overloads the new ones. Replace them at the interval in the table, or sooner when a spring is "
        "harder than 75 Shore A or has a crack deeper than 5 mm.",
    ),
    (
        "ol",
        [
            "Lower the top weight onto its locks, lock out all drives and let the mould cool below 60 °C.",
            "Fit the four lifting jacks under the table lifting points and raise the table by 20-25 mm, evenly.",
            "Remove the spring bolts (M24) and take out the old springs.",
            "Clean the seats; fit the new springs with their part number facing outwards.",
            "Lower the table evenly onto the springs and tighten the M24 bolts crosswise to 610 Nm.",
            "Run the table empty and check the stroke (section 6.2). Check the bolt torque again after 8 h.",
        ],
    ),
    ("h", "8. Changing a stub hole former"),
    (
        "ol",
        [
            "Lower the top weight onto its locks and lock out; close the former thermal oil valves and let the "
            "former cool below 60 °C.",
            "Disconnect the two thermal oil hoses at their quick couplings and cap them.",
            "Remove the four M16 bolts of the former flange and lift the former out with the hoist.",
            "Fit the new former with a new flange gasket and tighten the bolts to 210 Nm.",
            "Open the oil valves, vent the former at its bleed screw and check for leaks at 180 °C.",
        ],
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "KVC-16", "KVC-20"],
            ["Rubber table spring (one)", "KBS-RS-16", "KBS-RS-20"],
            ["Stub hole former complete", "KBS-SF-165", "KBS-SF-180"],
            ["Mould liner plate set", "KBS-LP-16", "KBS-LP-20"],
            ["Unbalance shaft bearing", "KBS-UB-30", "KBS-UB-45"],
            ["Bellows for top weight", "KBS-BW-85", "KBS-BW-120"],
            ["Bearing grease, high temperature, 18 kg", "KBS-GR-18", "KBS-GR-18"],
            ["Stroke sensor", "KBS-SS-01", "KBS-SS-01"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "Unbalance shaft bearings are changed by Karbostell service only; the bearing is listed for stock. Order "
        "parts with the machine number from the type plate on the hydraulic power unit.",
    ),
]


# ---------------------------------------------------------------- Brennlund BFS anode baking furnace firing system
BRENNLUND = [
    ("title", "Brennlund BFS-40 Firing System\nfor Open-Top Anode Baking Furnaces - Operating Manual"),
    (
        "p",
        "Document BLD-OM-BFS40-07, Edition 2, January 2025. Brennlund Firing Systems. The BFS-40 fires open-top "
        "ring furnaces that bake green anodes packed in coke in pits between hollow flue walls. Each fire is a "
        "group of movable ramps set on the flue peep holes: one exhaust ramp, one zero-point ramp, three burner "
        "ramps and one blowing ramp, with thermocouple and pressure ramps between them. One fire controller runs "
        "one fire; a BFS-40 installation runs up to four fires. The fire moves one section forward at the end of "
        "each fire cycle. The furnace, its refractory and the exhaust manifold are not part of the BFS-40; the "
        "fume treatment centre and its fan have their own manuals, and the baking curve (final anode temperature "
        "and soaking time) is the site's, entered by its process engineers.",
    ),
    (
        "warn",
        "WARNING: Natural gas and open flue peep holes at over 1000 °C. Never look into a peep hole without the "
        "face shield. Before any work on a burner ramp, close its manual gas valve and lock it. A ramp moved by "
        "the crane must be disconnected from gas, compressed air and power first.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BFS-40"],
            ["Fires per installation", "1-4"],
            ["Flues per section (one ramp spans one section)", "6-9, as ordered"],
            ["Burner ramps per fire", "3"],
            ["Injectors per burner ramp", "one per flue, 2 per flue on request"],
            ["Injector capacity, natural gas, at 2.0 bar", "6.0 Nm³/h"],
            ["Gas pressure at the ramp inlet", "2.0-2.5 bar"],
            ["Injector mode", "pulse, 0-100 % duty, period 10 s"],
            ["Fire cycle (time per section), settable", "24-32 h, default 28 h"],
            ["Maximum flue gas temperature", "1250 °C"],
            ["Thermocouples, flue", "type N, Ø8 mm sheathed, 1300 °C"],
            ["Exhaust ramp draft, settable", "-150 to -400 Pa"],
            ["Zero-point ramp pressure setpoint", "0 Pa ±5 Pa"],
            ["Blowing ramp fan", "7.5 kW, 4500 m³/h at 2500 Pa"],
            ["Power per ramp", "400 V 3~, 16 A"],
            ["Compressed air for injector cooling", "6 bar, 25 Nm³/h per burner ramp"],
            [
                "Specific gas consumption, 28 h fire cycle, anodes of 1.0-1.2 t baked to 1100 °C",
                "2.3-2.6 GJ per tonne of baked anode",
            ],
        ],
        (110, 64),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Gas leak test: each burner ramp is leak tested with soapy water at every ramp move, at the couplings "
            "and the flexible hoses.",
            "Flame failure: the injectors fire into flues above 750 °C, where the gas ignites by itself. Below "
            "750 °C in a flue the controller blocks its injector (B05).",
            "Never stand on the furnace cover next to a ramp being lifted by the furnace tending crane.",
            "Positive pressure at a peep hole blows out hot gas and flame: keep the zero-point pressure at its "
            "setpoint and close unused peep holes.",
            "The gas supply up to the ramp connection valves, including its safety shut-off valves, belongs to "
            "the site.",
        ],
    ),
    ("h", "3. Firing settings and limits"),
    (
        "cols",
        [
            ("h", "Preheating zone"),
            (
                "p",
                "In the preheating sections the anodes release pitch volatiles between about 200 °C and 600 °C. "
                "In this range the flue gas temperature must rise by no more than 12 °C/h; faster heating cracks "
                "the anodes. The controller limits the gradient to the recipe value, default 10 °C/h.",
            ),
            ("h", "Burner ramps"),
            (
                "p",
                "Each flue has its own temperature setpoint from the baking curve. The controller holds each flue "
                "within ±10 °C of its curve. A flue more than 25 °C below the curve for 30 min raises B07. No flue "
                "may exceed 1250 °C; at 1250 °C the injector of that flue is blocked (B08).",
            ),
            (
                "p",
                "Gas flow per ramp (Nm³/h) = injectors x injector capacity (Nm³/h) x duty (%) / 100. Example: 8 "
                "injectors x 6.0 Nm³/h x 55 % / 100 = 26.4 Nm³/h. A duty above 90 % for more than 2 h shows that a "
                "flue cannot follow its curve (B09).",
            ),
            ("h", "Draft"),
            (
                "p",
                "The exhaust ramp draft is adjusted so that the zero-point ramp, placed between the preheating and "
                "the burner ramps, reads 0 Pa ±5 Pa. A positive reading means gas escapes at the peep holes; a "
                "reading below -15 Pa draws in false air and cools the preheating zone.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The exhaust gas at the exhaust ramp must stay below 250 °C for the fume treatment centre; above "
                "250 °C the B11 alarm shows and above 280 °C the burner ramps go to low fire. Oxygen in the "
                "exhaust is shown for information; 12-16 % is normal.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "The blowing ramp blows air into the flues of the cooling sections. Anodes must not be unloaded "
                "before the pit reads below 250 °C in all flues; unloading hotter anodes makes them burn in air.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["B01", "Gas pressure at a ramp inlet below 2.0 bar", "Check the site supply and the ramp filter"],
            ["B02", "Gas pressure above 2.5 bar", "Check the site pressure regulator"],
            ["B03", "Compressed air for injector cooling below 5 bar", "Check the air hose and coupling"],
            ["B04", "Thermocouple open circuit", "Change the thermocouple (section 7)"],
            ["B05", "Flue below 750 °C, injector blocked", "Normal at the first burner ramp; else check the curve"],
            ["B06", "Zero-point pressure positive for more than 60 s", "Increase draft at the exhaust ramp"],
            ["B07", "Flue more than 25 °C below curve for 30 min", "See the symptom table"],
            ["B08", "Flue at 1250 °C, injector blocked", "Check the thermocouple position and curve"],
            ["B09", "Injector duty above 90 % for more than 2 h", "See the symptom table"],
            ["B11", "Exhaust gas above 250 °C", "Check the draft and the number of preheating sections"],
            ["B12", "Ramp communication lost", "Check the ramp cable and its plug"],
            ["B13", "Blowing ramp fan fault", "Reset the motor protection; check the fan"],
            ["B14", "Fire cycle timer expired, move not confirmed", "Move the fire (section 6.1)"],
        ],
        (16, 82, 76),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Flames or smoke puffing out of peep holes at the burner ramps",
                "Positive pressure: draft too low at the exhaust ramp, or zero-point ramp out of place",
                "Increase the exhaust ramp draft until the zero-point ramp reads 0 Pa ±5 Pa",
            ],
            [
                "One flue stays well below its curve at 100 % duty",
                "Injector nozzle blocked with soot, or gas pressure below 2.0 bar",
                "Clean or change the injector (section 6.2); check B01",
            ],
            [
                "Whole preheating zone too cold",
                "False air: draft too strong (below -15 Pa at zero point) or open peep holes",
                "Reduce draft; close peep holes and seal the section covers",
            ],
            [
                "Flue temperature jumps by 50 °C or more between readings",
                "Thermocouple touching the flue wall or sheath cracked",
                "Reposition or change the thermocouple",
            ],
            [
                "Tar deposits in the exhaust ramp and manifold",
                "Exhaust too cold or pitch volatiles not burnt in the flues",
                "Check the preheating gradient; see the fume treatment centre's manual",
            ],
            [
                "Cracked baked anodes",
                "Preheating gradient above 12 °C/h, or anodes unloaded above 250 °C",
                "Check the recipe gradient and the unloading temperatures",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Moving the fire"),
    (
        "ol",
        [
            "At the end of the fire cycle (B14 or the timer on the HMI), set the fire to MOVE on the controller. "
            "The burner ramps go to low fire.",
            "Close the manual gas valve of the last burner ramp (nearest the blowing ramp) and disconnect its gas, "
            "air and power.",
            "Lift the ramp with the furnace tending crane and set it down one section forward of the first burner "
            "ramp.",
            "Move the exhaust ramp, the zero-point ramp and the thermocouple ramps one section forward in the same "
            "way, exhaust ramp first.",
            "Move the blowing ramp one section forward; the section it leaves is ready for unloading once all its "
            "flues read below 250 °C.",
            "Reconnect every moved ramp, leak test the gas couplings with soapy water and open the gas valves.",
            "Confirm the move on the HMI. The controller takes the new flue positions and restarts the curve; "
            "check that the zero-point ramp reads 0 Pa ±5 Pa within 15 min.",
        ],
    ),
    ("h", "6.2 Cleaning or changing an injector"),
    (
        "ol",
        [
            "Set the injector to OFF on the ramp panel and close its manual ball valve.",
            "Unscrew the injector from the ramp (left-hand thread) and lift it out of the peep hole with the "
            "injector tongs; lay it on the rack to cool.",
            "Blow the nozzle through with compressed air; a nozzle still blocked or burnt at the tip is changed.",
            "Fit the cleaned or new injector with a new copper sealing ring, hand tight plus a quarter turn.",
            "Open the ball valve, leak test with soapy water and set the injector to AUTO.",
        ],
    ),
    ("h", "6.3 Checking a thermocouple"),
    (
        "ol",
        [
            "Insert the reference thermocouple (type N, with its calibration certificate) in the same flue, next "
            "to the fixed thermocouple and at the same depth.",
            "Wait 10 min and compare both readings at a steady flue temperature.",
            "A difference of more than 8 °C means the fixed thermocouple is changed.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each fire move", "Leak test gas couplings; check hoses and cables for heat damage"],
            ["Weekly", "Clean the injectors of the first burner ramp; check the ramp gas filters"],
            ["Monthly", "Check every flue thermocouple against the reference (section 6.3)"],
            [
                "Every 6 months or 180 fire moves, whichever comes first",
                "Change the flexible gas hoses of the burner ramps",
            ],
            ["Yearly", "Blowing ramp fan bearings; pressure transmitter calibration (Brennlund service)"],
        ],
        (64, 110),
    ),
    (
        "p",
        "Flue wall repairs, flue straightening and refractory work are done by the site's refractory "
        "contractor and are not described here. The exhaust manifold and its dampers are covered by the fume "
        "treatment centre's manual.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Pulse injector complete", "BLD-INJ-60"],
            ["Injector nozzle tip", "BLD-NT-60"],
            ["Copper sealing ring (pack of 50)", "BLD-CR-50"],
            ["Thermocouple type N, 1500 mm", "BLD-TC-N15"],
            ["Flexible gas hose DN25, 2 m", "BLD-GH-25"],
            ["Zero-point pressure transmitter", "BLD-PT-ZP"],
            ["Ramp gas filter element", "BLD-GF-10"],
        ],
        (110, 64),
    ),
]


# ---------------------------------------------------------------- Tendalor PTM pot tending machines
TENDALOR = [
    ("title", "Tendalor PTM Pot Tending Machines\nOperation and Maintenance - PTM-12 and PTM-16"),
    (
        "p",
        "Document TDL-OM-PTM-11, Edition 4, June 2024. Tendalor Potroom Equipment. The PTM-12 and PTM-16 are "
        "overhead travelling machines for prebake potlines. The bridge carries a tool trolley with a turret "
        "(crust breaker, anode tong, cavity cleaning bucket and anode cover material (ACM) feed pipe) and a "
        "separate tapping hoist for the metal tapping crucible. The PTM-12 suits potlines up to 350 kA and "
        "crucibles up to 12 t gross; the PTM-16 potlines up to 500 kA and crucibles up to 16 t gross. Apart from "
        "the capacities, the tools and the items named in this manual, the two models are built alike. The crane "
        "runway, its rails and the conductor rails are the site's; the tapping crucible and the anode beam "
        "raising frame have their own manuals. The anode change and metal tapping schedules are set by the "
        "site's potroom management.",
    ),
    (
        "warn",
        "WARNING: The potline is live. The machine is insulated from the pots by three insulation levels; a "
        "tool touching two pots, or a pot and the building, can carry potline current. Never bridge the "
        "insulation and never touch a pot and the machine structure at the same time.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PTM-12", "PTM-16"],
            ["Potline current, maximum", "350 kA", "500 kA"],
            ["Tapping hoist capacity (crucible tare + metal)", "12 t", "16 t"],
            ["Anode tong capacity (anode assembly)", "2.2 t", "3.0 t"],
            ["Crust breaker chisel force at 6 bar", "60 kN", "80 kN"],
            ["Cavity cleaning bucket", "0.10 m³", "0.14 m³"],
            ["ACM hopper", "5.0 m³", "7.0 m³"],
            ["ACM feed rate", "up to 1.5 t/min", "up to 2.0 t/min"],
            ["Bridge travel speed", "10-100 m/min", "10-80 m/min"],
            ["Tool trolley speed", "5-40 m/min", "5-40 m/min"],
            ["On-board air compressor", "30 kW, 7.5 bar", "37 kW, 7.5 bar"],
            ["Supply (conductor rails), installed power", "400 V 50 Hz, 180 kW", "400 V 50 Hz, 230 kW"],
            ["Span (runway rail centres)", "as ordered, 20-32 m", "as ordered, 20-32 m"],
            ["Machine mass", "85 t", "110 t"],
            ["Maximum wheel load", "220 kN", "270 kN"],
            ["Cabin overpressure, filtered air", "at least 30 Pa", "at least 30 Pa"],
        ],
        (86, 44, 44),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Check the insulation alarm lamp before each shift. With the lamp red, no tool may touch a pot.",
            "Keep the cabin doors closed in the potroom: the cabin filter holds back HF and dust only while the "
            "cabin is at overpressure.",
            "Only one tool may be lowered into a pot at a time.",
            "Tapping: the crucible vacuum and its tapping tube are run from the crucible's own panel; follow the "
            "crucible manual for vacuum and tube handling.",
            "Strong DC magnetic fields near the pots can move loose steel tools: keep the cabin free of loose steel.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tapping hoist"),
            (
                "p",
                "The hoist is rated for the gross load: crucible tare plus metal. Gross load (t) = crucible tare "
                "(t) + metal tapped (t). Example, PTM-12: a crucible of 4.5 t tare with 7.0 t of metal is 11.5 "
                "t, within the 12 t rating. The load cell stops the vacuum tapping at 100 % of the rating and the "
                "hoist overload trips at 110 %.",
            ),
            ("h", "Crust breaker"),
            (
                "p",
                "The chisel force is reached only with the air receiver at 6 bar or more. Strike no more than "
                "three blows at one hole, then move the chisel by at least 100 mm. A chisel shorter than 950 mm "
                "(new 1100 mm) is changed.",
            ),
            ("h", "Anode setting"),
            (
                "p",
                "The new anode is set to the height measured on the spent anode by the laser, corrected by the "
                "recipe offset. Setting tolerance: ±5 mm. The tong releases only when the rod clamp on the anode "
                "beam reads closed.",
            ),
            ("h", "Insulation"),
            (
                "p",
                "Each of the three insulation levels (tools to trolley, trolley to bridge, bridge to runway) must "
                "measure at least 1 MOhm at 1000 V DC. Below 1 MOhm on any level the insulation alarm lamp turns "
                "red (T09). Dust of alumina and bath on the insulators is the usual cause.",
            ),
            ("h", "Cabin"),
            (
                "p",
                "The cabin filter is changed when its differential pressure exceeds 250 Pa or every 3 months, "
                "whichever comes first. The cabin overpressure must read at least 30 Pa with the doors closed; "
                "below 20 Pa T12 shows.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["T01", "Emergency stop", "Release and reset from the cabin"],
            ["T02", "Bridge travel limit or anti-collision sensor", "Move away in the opposite direction"],
            ["T03", "Tool trolley overtravel", "Check the limit switch"],
            ["T04", "Air receiver below 6 bar", "Wait for the compressor; check for leaks"],
            ["T05", "Compressor overtemperature", "Clean the cooler; check the oil level"],
            ["T07", "Anode tong not closed", "Re-grip; check the tong cylinder"],
            ["T08", "Tapping hoist at 110 %, hoist stopped", "Lower the crucible; see section 3"],
            ["T09", "Insulation below 1 MOhm on one level", "Clean the insulators (section 6.2)"],
            ["T10", "ACM hopper empty", "Refill at the ACM silo"],
            ["T11", "Rod clamp not confirmed closed", "Check the clamp on the anode beam"],
            ["T12", "Cabin overpressure below 20 Pa", "Close the doors; check the cabin filter and fan"],
            ["T13", "Laser height measurement failed", "Clean the laser window"],
            ["T14", "Conductor rail collector fault", "Check the collector shoes"],
        ],
        (16, 82, 76),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Chisel bounces off the crust and does not break through",
                "Air below 6 bar, or chisel worn shorter than 950 mm",
                "Wait for 6 bar (T04); change the chisel (section 6.3)",
            ],
            [
                "Insulation alarm after the machine was washed or in humid weather",
                "Wet dust on the insulators bridging one level",
                "Dry and clean the insulators; measure again (section 6.2)",
            ],
            [
                "Anode slips in the tong while lifting a spent anode",
                "Tong jaws worn, or stub frozen into the bath crust",
                "Break the crust around the anode first; check the jaws",
            ],
            [
                "ACM flows in lumps or stops",
                "Damp or caked ACM bridging in the hopper",
                "Use the hopper vibrator; empty damp ACM at the silo",
            ],
            [
                "Tapping stops before the planned metal is in the crucible",
                "Gross load reached 100 % of the rating",
                "Check the crucible tare; the metal that fits = rating - tare",
            ],
            [
                "Cabin smells of fluoride",
                "Cabin filter saturated or doors left open",
                "Change the filter; keep the cabin at 30 Pa or more",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing an anode"),
    (
        "ol",
        [
            "Position the bridge over the pot and the anode to be changed, using the pot map on the HMI.",
            "Break the crust around the spent anode with the crust breaker, no more than three blows per hole.",
            "Measure the spent anode with the laser; the machine stores its height.",
            "Grip the rod with the tong, open the beam rod clamp and lift the spent anode out. Set it on the "
            "butt tray.",
            "Clean the cavity with the bucket: remove crust pieces and sludge from the cavity floor.",
            "Pick up the new anode, lower it into the cavity to the stored height plus the recipe offset (±5 mm) "
            "and close the beam rod clamp.",
            "Cover the new anode with ACM from the feed pipe.",
        ],
    ),
    ("h", "6.2 Checking the insulation"),
    (
        "ol",
        [
            "Park the machine away from the pots, on the maintenance bay, with the tools raised.",
            "Switch off and lock out the machine at the conductor rail isolator.",
            "Clean the insulators of all three levels with a dry cloth and the vacuum cleaner; never with water.",
            "Measure each level with a 1000 V DC insulation tester, for 60 s.",
            "Each level must read at least 1 MOhm. A level below 1 MOhm after cleaning has a damaged insulator: "
            "it is changed before the machine goes back to the pots.",
            "Record the three readings in the insulation log.",
        ],
    ),
    ("h", "6.3 Changing the crust breaker chisel"),
    (
        "ol",
        [
            "Lower the chisel onto the chisel stand on the maintenance bay and lock out the air supply.",
            "Remove the retaining pin and its safety clip.",
            "Pull the worn chisel out with the stand's hoist.",
            "Fit the new chisel (1100 mm), insert the pin and fit a new safety clip.",
            "Strike five test blows on the stand.",
        ],
    ),
    ("h", "6.4 Tapping metal"),
    (
        "ol",
        [
            "Read the crucible tare from its plate and the metal to be tapped from the tapping list; check that "
            "tare plus metal stays within the hoist rating (12 t on the PTM-12, 16 t on the PTM-16).",
            "Hook the crucible on the tapping hoist and drive to the pot. Open the tap hole in the crust with the "
            "crust breaker.",
            "Lower the crucible tapping tube into the metal pad, at least 150 mm below the bath-metal interface "
            "and at least 100 mm above the cathode.",
            "Start the crucible vacuum from the crucible panel. Watch the load display: tapping stops by itself "
            "at 100 % of the rating.",
            "Stop the vacuum when the planned metal is in, raise the tube and let it drain for 10 s over the pot.",
            "Record the metal tapped (load after minus load before) on the HMI; the value goes to the potroom "
            "system.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Insulation lamp check; chisel length; tong jaws"],
            ["Weekly", "Insulation measurement of the three levels (section 6.2); grease the turret"],
            ["Monthly", "Compressor oil level and cooler; brake air gaps of bridge and trolley"],
            ["Every 3 months or at 250 Pa, whichever comes first", "Change the cabin filter"],
            ["Every 4000 h", "Compressor service; check the wheels and rail sweeps"],
            ["Yearly", "Thorough examination of the hoists by the site's competent person"],
        ],
        (64, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "PTM-12", "PTM-16"],
            ["Crust breaker chisel 1100 mm", "TDL-CH-60", "TDL-CH-80"],
            ["Tong jaw set", "TDL-TJ-22", "TDL-TJ-30"],
            ["Insulator, tool level", "TDL-IN-T1", "TDL-IN-T1"],
            ["Insulator, trolley and bridge levels", "TDL-IN-B2", "TDL-IN-B2"],
            ["Cabin filter (HF and dust)", "TDL-CF-04", "TDL-CF-04"],
            ["Bucket cutting edge", "TDL-BE-10", "TDL-BE-14"],
            ["Collector shoe", "TDL-CS-400", "TDL-CS-400"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Kastrell DCV vertical direct chill casting machines
KASTRELL = [
    ("title", "Kastrell DCV Vertical Direct Chill Casting Machines\nOperating and Maintenance Manual - DCV-65 and DCV-90"),
    (
        "p",
        "Document KST-OM-DCV-02, Edition 5, October 2024. Kastrell Casting Systems. The DCV-65 and DCV-90 cast "
        "extrusion billets and rolling slabs by the vertical direct chill (DC) process. A hydraulic platen "
        "carrying the starting blocks lowers into a water-filled casting pit while metal flows from the launder "
        "into water-cooled moulds on the mould table. The DCV-65 casts up to 6.5 m, the DCV-90 up to 9.0 m. "
        "Apart from the cast length, the pit, the platen cylinder, the water system and the items named in this "
        "manual, the two models are built alike. The moulds and hot-top tables, the launder, the in-line "
        "degasser and filter box, and the holding furnace each have their own manuals. Casting recipes (speeds, "
        "water flows and metal temperatures for each alloy and size) are the customer's; Kastrell supplies the "
        "start recipe for 6063 billet only, given below.",
    ),
    (
        "warn",
        "WARNING: Molten aluminium and water can explode. Never start a cast with water standing on the mould "
        "table or starting blocks that are wet or cold. Nobody may stand on the pit edge or the mould table "
        "during the start phase (the first 300 mm of cast).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DCV-65", "DCV-90"],
            ["Maximum cast length", "6.5 m", "9.0 m"],
            ["Maximum platen load (blocks, bottom block carrier and cast)", "40 t", "60 t"],
            ["Platen cylinder plunger diameter", "Ø400 mm", "Ø500 mm"],
            ["Cylinder stroke", "6.8 m", "9.3 m"],
            ["Casting speed, settable", "30-200 mm/min", "30-200 mm/min"],
            ["Speed accuracy above 40 mm/min", "±1 % of setpoint", "±1 % of setpoint"],
            ["Return speed (platen up, empty)", "1.5 m/min", "1.2 m/min"],
            ["Mould water flow, maximum", "450 m³/h", "650 m³/h"],
            ["Mould water pressure at the mould table", "1.5-3.0 bar", "1.5-3.0 bar"],
            ["Mould water temperature at the inlet", "20-35 °C", "20-35 °C"],
            ["Pit depth below the mould table", "7.8 m", "10.5 m"],
            ["Hydraulic power unit", "2 x 37 kW", "2 x 55 kW"],
            ["Hydraulic oil HFC (water glycol), tank", "2500 L", "3800 L"],
            ["Mould table tilt cylinders", "2 x Ø160 mm", "2 x Ø200 mm"],
            ["Machine mass without moulds", "62 t", "88 t"],
        ],
        (86, 44, 44),
    ),
    (
        "p",
        "The hydraulic system runs on fire-resistant HFC fluid only; mineral oil must never be used in the pit "
        "hydraulics. The pit water is pumped out by the site's pit pumps; their control and the water treatment "
        "are the site's.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The pit walls and the starting blocks must carry an intact coating against molten metal. The coating "
            "type and its inspection are set by the site's casthouse safety rules.",
            "Before a cast, check that the pit water level is below the pit level mark (1.5 m under the platen's "
            "lowest position).",
            "Lock the platen on its four mechanical safety pins before anyone enters the pit.",
            "The emergency metal stop (tilt-back of the furnace and closing of the launder gate) is tested each "
            "week; the test is described in the holding furnace manual.",
            "Wear aluminised clothing, face shield and safety boots on the mould table.",
        ],
    ),
    ("h", "3. Cast settings and limits"),
    (
        "cols",
        [
            ("h", "Start recipe, 6063 billet Ø203 mm"),
            (
                "p",
                "Metal at the launder entry 690-700 °C. Butt formation: the platen waits 40-60 s after the moulds "
                "fill. Start speed 50 mm/min for the first 100 mm, then a ramp over 200 mm to the run speed of "
                "110-130 mm/min. Water starts at 60 % of the run flow and ramps to 100 % over the first 150 mm. "
                "Kastrell gives start values for no other alloy or size: these come from the customer's casting "
                "recipes.",
            ),
            ("h", "Water"),
            (
                "p",
                "If the mould water flow falls below 80 % of the recipe setpoint for more than 5 s, the PLC makes "
                "an emergency cast stop (C04): the launder gate closes, the furnace tilts back and the platen "
                "keeps lowering at run speed until the metal in the moulds is solid. Water pressure below 1.5 "
                "bar gives the C05 warning.",
            ),
            ("h", "Cast time"),
            (
                "p",
                "Cast time (min) = cast length (mm) / run speed (mm/min) + start phase (min). Example, DCV-65: 6300 "
                "mm at 120 mm/min = 52.5 min, plus a start phase of 3 min = 55.5 min. Plan the metal in the "
                "furnace for the whole cast time.",
            ),
            ("h", "Platen"),
            (
                "p",
                "The platen must be level within 1.0 mm per metre; check it every month (section 6.3). The speed "
                "may deviate by no more than ±1 % from the setpoint above 40 mm/min; below 40 mm/min the deviation "
                "can reach ±3 % and is not monitored.",
            ),
            ("h", "Bleed-outs"),
            (
                "p",
                "The bleed-out detectors under the mould table stop the metal (C07) when they sense molten metal. "
                "After a bleed-out the cast is finished at run speed; never raise the platen with liquid metal in "
                "the pit.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "Emergency stop", "Release; reset from the control desk"],
            ["C02", "Platen speed deviation above ±1 % for 10 s", "See the symptom table"],
            ["C03", "Hydraulic fluid level low", "Top up with HFC fluid only"],
            ["C04", "Mould water below 80 % of setpoint for more than 5 s, emergency cast stop", "See section 6.2"],
            ["C05", "Mould water pressure below 1.5 bar", "Check the site pumps and strainers"],
            ["C06", "Mould water inlet above 35 °C", "Check the cooling tower"],
            ["C07", "Bleed-out detected", "Emergency cast stop; see section 6.2"],
            ["C08", "Pit water level above the mark", "Check the pit pumps; no cast start"],
            ["C09", "Platen safety pins not withdrawn", "Withdraw the pins before lowering"],
            ["C10", "Mould table not locked", "Lock the table clamps"],
            ["C11", "Hydraulic fluid above 50 °C", "Check the fluid cooler"],
            ["C13", "End of stroke, cast length reached", "Normal end of cast"],
            ["C14", "Encoder fault, platen position lost", "Stop; check the rope encoder"],
        ],
        (16, 82, 76),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Platen jerks or hunts at low casting speed",
                "Air in the cylinder or a worn proportional valve",
                "Bleed the cylinder (section 6.3); check the valve spool",
            ],
            [
                "Bleed-outs in the start phase",
                "Start speed too high, or butt formation time too short",
                "Keep 50 mm/min for the first 100 mm; lengthen the butt time within 40-60 s",
            ],
            [
                "Butts curl and hang on the starting blocks",
                "Water ramp too fast at the start",
                "Start water at 60 % and ramp over 150 mm",
            ],
            [
                "Laps and cold shuts on the billet surface",
                "Metal too cold or casting speed too low",
                "Check the metal at the launder entry (690-700 °C for 6063)",
            ],
            [
                "Platen not level, billets of unequal length",
                "Platen guide rollers worn or platen shifted",
                "Check the level (section 6.3); adjust the guides",
            ],
            [
                "Repeated C05 warnings at the start",
                "Strainers in the mould water line blocked",
                "Clean the strainers; check the site pump pressure",
            ],
        ],
        (50, 62, 62),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Preparing a cast"),
    (
        "ol",
        [
            "Check that the starting blocks are dry, coated and seated in the moulds, and that the block heights "
            "match within 2 mm.",
            "Check the pit: water level below the mark, pit pumps in AUTO, nobody in the pit, safety pins "
            "withdrawn.",
            "Run the water system for 2 min at 100 % of the recipe flow and check every mould for an even water "
            "curtain.",
            "Load the casting recipe for the alloy and size on the control desk and check the start values.",
            "Test the emergency metal stop from the control desk with the launder empty.",
            "Preheat the launder and the hot-top table; report ready to the furnace operator.",
        ],
    ),
    ("h", "6.2 After an emergency cast stop"),
    (
        "ol",
        [
            "Keep everybody away from the mould table and the pit edge.",
            "Let the platen continue lowering at run speed until all metal in the moulds is solid.",
            "Stop the platen, keep the water running at the set flow for at least 10 min.",
            "Find the cause (C04, C07 or another code) before any restart.",
            "Remove the billets only after the pit water has been pumped down to the mark.",
        ],
    ),
    ("h", "6.3 Checking the platen level and bleeding the cylinder"),
    (
        "ol",
        [
            "Raise the platen to the top and set the precision level on the four measuring pads.",
            "Read the level across and along; it must be within 1.0 mm per metre.",
            "Correct with the shims under the bottom block carrier; tighten the carrier bolts to 850 Nm.",
            "To bleed the cylinder, lower the platen by 300 mm, open the bleed valve at the cylinder top by one "
            "turn and close it when fluid runs free of bubbles.",
        ],
    ),
    ("h", "6.4 Changing the hydraulic filters"),
    (
        "ol",
        [
            "Change the filters only with the platen at the top and locked on its safety pins.",
            "Stop both pumps, lock out and wait 5 min; open the accumulator drain valve until the gauge reads 0 bar.",
            "Unscrew the filter bowls, drain them into a tray and take out the elements.",
            "Fit new elements KST-HF-10 with new bowl O-rings wetted with HFC fluid.",
            "Close the accumulator drain, start one pump and check the bowls for leaks at working pressure.",
            "Send the old fluid sample to the fluid supplier's laboratory. Water content of the HFC fluid must stay "
            "within 35-45 %; outside this range the supplier's advice on topping up applies.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each cast", "Check the starting blocks and their coating"],
            ["Weekly", "Test the emergency metal stop; clean the water strainers"],
            ["Monthly", "Platen level check (section 6.3); guide rollers"],
            ["Every 3000 h or 12 months, whichever comes first", "Change the hydraulic filters; HFC fluid sample"],
            ["Every 5 years", "Cylinder seals and rod inspection by Kastrell service"],
        ],
        (64, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "DCV-65", "DCV-90"],
            ["Proportional valve, platen", "KST-PV-40", "KST-PV-50"],
            ["Platen guide roller", "KST-GR-65", "KST-GR-90"],
            ["Rope encoder", "KST-RE-07", "KST-RE-10"],
            ["Bleed-out detector", "KST-BD-01", "KST-BD-01"],
            ["Hydraulic filter element", "KST-HF-10", "KST-HF-10"],
            ["Mould water strainer basket", "KST-WS-200", "KST-WS-250"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("karbostell-kvc-green-anode-vibrocompactor.pdf", "Karbostell KBS-OM-KVC-04 Ed 3 - KVC-16 / KVC-20", KARBOSTELL),
        (
            "brennlund-bfs-anode-baking-furnace-firing-system.pdf",
            "Brennlund BLD-OM-BFS40-07 Ed 2 - BFS-40",
            BRENNLUND,
        ),
        ("tendalor-ptm-pot-tending-machine.pdf", "Tendalor TDL-OM-PTM-11 Ed 4 - PTM-12 / PTM-16", TENDALOR),
        (
            "kastrell-dcv-vertical-direct-chill-casting-machine.pdf",
            "Kastrell KST-OM-DCV-02 Ed 5 - DCV-65 / DCV-90",
            KASTRELL,
        ),
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
