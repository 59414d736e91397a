"""Generate the PDF manuals of the forty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set41venv && /tmp/set41venv/bin/pip install fpdf2 pypdf
    /tmp/set41venv/bin/python knowledge/samples/fortyfirst/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign; no other
unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The rendering helpers
(Manual, render, render_columns) are those of the fortieth set's make_pdfs.py; everything else is new.
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


# ---------------------------------------------------------------- Kalderon UFL underfloor wheel lathes
KALDERON = [
    ("title", "Kalderon UFL Underfloor Wheel Lathes\nOperation and Maintenance Manual - UFL-25 and UFL-32"),
    (
        "p",
        "Document KLD-OM-UFL-05, Edition 2, September 2024. Kalderon Machine Tools. The UFL-25 and UFL-32 are "
        "pit-mounted underfloor wheel lathes that reprofile the wheels of rail vehicles without lifting the vehicle "
        "and without removing the wheelsets. The wheelset is lifted off the rail by two pairs of friction drive "
        "rollers, held down by the axlebox holders and turned by the rollers while one tool slide on each side cuts "
        "the profile. The UFL-25 is built for vehicles up to 25 t axle load (trams, metro cars, multiple units and "
        "coaches); the UFL-32 is the heavy version for locomotives and freight wagons. Apart from the values given "
        "for each model in this manual, both machines are built alike. Both are for standard gauge, 1435 mm; metre "
        "gauge and broad gauge machines are covered in KLD-OM-UFL-07. The pit, its drainage, the rail bridge "
        "foundations and the shunting of vehicles onto the lathe track are the site's.",
    ),
    (
        "warn",
        "WARNING: Before a vehicle is moved onto the lathe track, the overhead line over the lathe track must be "
        "switched off and earthed, or the pantographs of the vehicle locked down. Nobody may be in the pit while the "
        "drive rollers lift a wheelset or while the rail bridge moves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "UFL-25", "UFL-32"],
            ["Maximum axle load", "25 t", "32 t"],
            ["Wheel tread diameter range", "600-1250 mm", "700-1400 mm"],
            ["Wheel width", "125-150 mm", "125-150 mm"],
            ["Track gauge", "1435 mm", "1435 mm"],
            ["Drive rollers, new diameter", "4 x 400 mm", "4 x 400 mm"],
            ["Main drive, four roller motors", "4 x 11 kW", "4 x 15 kW"],
            ["Axlebox holder hold-down force", "2 x 40 kN", "2 x 55 kN"],
            ["Cutting speed", "30-120 m/min", "30-110 m/min"],
            ["Feed", "0.2-2.0 mm/rev", "0.2-2.0 mm/rev"],
            ["Maximum depth of cut per side and pass", "5 mm", "6 mm"],
            ["Diameter difference of the two wheels of one wheelset after machining", "0.2 mm or less", "0.2 mm or less"],
            ["Profile accuracy against the template", "±0.1 mm", "±0.1 mm"],
            ["Machining time, profile only, 3 mm cut per side (typical)", "35 min", "42 min"],
            ["Hydraulic system pressure", "160 bar", "180 bar"],
            ["Hydraulic oil HLP 46, tank volume", "250 L", "320 L"],
            ["Supply 400 V 3~ 50 Hz, connected load", "95 kVA", "125 kVA"],
            ["Supply fuse", "160 A gG", "200 A gG"],
            ["Compressed air for chip blowing and probes", "6 bar, 200 L/min", "6 bar, 200 L/min"],
            ["Machine mass without chip conveyor", "38 t", "49 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The machining time holds for wheels of 240-300 HB, a 3 mm cut per side and the profile S1002, with the "
        "wheelset already lifted and clamped. Hard wheels, flats and build-up make it longer; no other times are "
        "given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained lathe operators may run a cycle. A second person on the platform is required whenever the "
            "pit covers are open.",
            "Chips are sharp and hot (up to 400 °C). Wear cut-resistant gloves and a face shield when clearing the "
            "chip conveyor or the tool area; never clear chips by hand while the cycle runs.",
            "The rail bridge and the axlebox holders move with great force. Keep hands and tools out of the bridge "
            "guides and the holder arms.",
            "Never machine a wheelset with a brake applied on it, and never release the brakes of the whole vehicle: "
            "the other wheelsets hold the vehicle.",
        ],
    ),
    ("h", "3. Operation"),
    (
        "p",
        "The operator works from the control desk on the platform beside the pit. Modes: Setup (jog every axis at "
        "reduced speed, hold-to-run), Manual (single functions such as the rail bridge, the rollers and the axlebox "
        "holders) and Automatic (measure, cut and measure again). The profile library holds up to 80 profiles, each "
        "with its last-turning diameter entered from the vehicle maker's data. Before every cut the measuring probes "
        "record the flange height Sh, the flange thickness Sd, the qR value and the tread diameter of both wheels; "
        "after the cut they record them again and the lathe stores and prints the measurement report.",
    ),
    ("h", "4. Cutting data and limits"),
    (
        "cols",
        [
            ("h", "Cutting speed and feed"),
            (
                "p",
                "Roughing: 80 m/min with a feed of 1.2 mm/rev. Finishing: 100 m/min with a feed of 0.5 mm/rev. "
                "Wheels harder than 300 HB: rough at 60 m/min. Do not rough with a feed below 0.8 mm/rev: the chip "
                "does not break and wraps round the tool.",
            ),
            ("h", "Wheel flats and hardened spots"),
            (
                "p",
                "Flats and skid marks carry a layer of hard martensite. Cut through them at 50 m/min with the hard "
                "insert grade KC-H and a first cut of 1 mm, then continue with normal data. Never cut a flat with "
                "the standard grade KC-S: the insert chips at the same spot on every revolution.",
            ),
            ("h", "Roller slip"),
            (
                "p",
                "The drive rollers transmit the cutting torque by friction alone. When the wheel speed falls more "
                "than 3 % below the roller speed for 2 s, the cycle stops with alarm L09. Grease from the vehicle's "
                "flange lubricators is the usual cause: switch the vehicle's flange lubrication off before it comes "
                "to the lathe and clean the treads with solvent before lifting. Replace the rollers when their "
                "diameter has worn below 385 mm.",
            ),
            ("h", "Diameters"),
            (
                "p",
                "The lathe refuses any cut that would take a wheel below the last-turning diameter of the selected "
                "profile and raises L15; the wheelset must then be exchanged. The limits for diameter differences "
                "between the wheelsets of a bogie or between the bogies of a vehicle are the vehicle maker's; the "
                "lathe only reports the diameters it measures.",
            ),
            ("h", "Hydraulics"),
            (
                "p",
                "The hydraulic unit holds 160 bar (UFL-25) or 180 bar (UFL-32). Oil temperature must stay below "
                "60 °C; above it the cycle stops after the running pass (L04).",
            ),
        ],
    ),
    ("h", "5. Machining a wheelset"),
    (
        "ol",
        [
            "Check that the overhead line over the lathe track is off and earthed, or that the vehicle's "
            "pantographs are locked down.",
            "Move the vehicle at walking pace until the wheelset to be machined stands within ±20 mm of the centre "
            "mark on the rail.",
            "Release the brake of that wheelset only; the other wheelsets stay braked.",
            "Open the rail bridge (Manual > Rail bridge > Open) and wait for the lamp BRIDGE OPEN to light steadily.",
            "Lift the wheelset with the drive rollers until the flanges are about 5 mm clear of the rail.",
            "Bring the axlebox holders onto both axleboxes and clamp them; the desk shows the hold-down force.",
            "Select the vehicle and its profile in the library and enter the wheelset number.",
            "Run the measuring cycle. The probes touch the tread and the flange of both wheels.",
            "Check the proposed depth of cut. The lathe refuses a cut below the last-turning diameter (L15).",
            "Choose the insert grade: KC-S for normal wheels, KC-H where the wheel has flats or hard spots.",
            "Close the chip guards and start the Automatic cycle. Both wheels are cut together.",
            "After the last pass the lathe measures again and prints the report. The diameter difference of the two "
            "wheels must be 0.2 mm or less.",
            "Remove any burr from the back of the flange with a file.",
            "Open the axlebox holders, close the rail bridge and lower the rollers until the wheels stand on the rail.",
            "Apply the brake of the wheelset again before the vehicle is moved to the next wheelset.",
        ],
    ),
    ("h", "6. Changing a cutting insert"),
    (
        "ol",
        [
            "Stop the cycle and switch to Setup.",
            "Move the tool slide to the insert change position (Setup > Tool > Change position).",
            "Press the emergency stop on the desk before reaching into the tool area.",
            "Blow the chips off the insert seat with compressed air; wear a face shield.",
            "Loosen the clamp screw and take out the insert.",
            "Check the seat and the shim for damage; replace a cracked shim.",
            "Fit the new insert (KLD-IN-25S for KC-S, KLD-IN-25H for KC-H) and tighten the clamp screw to 6 Nm.",
            "Release the emergency stop, acknowledge the tool change on the desk and run a measuring cycle before "
            "the next cut.",
        ],
    ),
    ("h", "7. Calibrating the measuring probes"),
    (
        "p",
        "Calibrate every 3 months, after any collision of a probe and whenever L10 is shown. The calibration wheel "
        "KLD-CW-920 is a ground ring of 920.00 mm diameter with the S1002 profile.",
    ),
    (
        "ol",
        [
            "Clean the probe tips and the calibration wheel with a lint-free cloth.",
            "Place the calibration wheel on the left drive rollers with the lifting device and secure it with the "
            "axlebox holder adapter.",
            "Select Setup > Probes > Calibrate and enter the diameter engraved on the wheel.",
            "Start the calibration; the probes touch the wheel at 12 points.",
            "Read the result: every probe must be within ±0.05 mm of the wheel values.",
            "If a probe is outside ±0.05 mm, check the tip for damage, replace it and repeat the calibration.",
            "Repeat steps 2 to 6 on the right rollers.",
            "Remove the calibration wheel and store it in its case.",
        ],
    ),
    ("h", "8. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["L01", "Emergency stop", "A stop button is pressed. Release it and acknowledge."],
            ["L02", "Rail bridge not in position", "Bridge sensor not made. Clear chips from the bridge guides."],
            ["L03", "Hydraulic pressure low", "Below 145 bar (UFL-25) or 165 bar (UFL-32) for 5 s. Check the oil level, the pump and for leaks."],
            ["L04", "Hydraulic oil temperature high", "Above 60 °C. Clean the cooler fins, check the cooler fan."],
            ["L05", "Hydraulic filter clogged", "Pressure drop indicator tripped. Change the filter element."],
            ["L06", "Axlebox holders not clamped", "Holder pressure missing. Check the holder pads and the valve."],
            ["L07", "Roller motor overload", "Cut too deep or feed too high, hard spot. Reduce the cutting data."],
            ["L08", "Wheelset not lifted", "Flange clearance below 3 mm. Lift further, check the roller pressure."],
            ["L09", "Roller slip", "Wheel speed more than 3 % below the rollers for 2 s. Clean the treads and the rollers."],
            ["L10", "Probes not calibrated", "Calibration overdue or failed. Calibrate (section 7)."],
            ["L11", "Measurement out of range", "Wheel outside the diameter range or wrong profile selected."],
            ["L13", "Tool breakage", "Cutting force collapsed. Change the insert (section 6)."],
            ["L14", "Chip conveyor overload", "Chip jam. Reverse the conveyor and clear it with the cycle stopped."],
            ["L15", "Last-turning diameter reached", "No cut possible. The wheelset must be exchanged."],
            ["L16", "Lubricant low", "Central lubrication tank empty. Refill with grease NLGI 2."],
        ],
        (16, 50, 104),
    ),
    ("h", "9. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Chatter marks or a wavy finish on the tread",
                "Greasy or worn drive rollers, holders not clamped, finishing feed too high",
                "Clean the rollers, check the hold-down force, finish at 0.5 mm/rev",
            ],
            [
                "Insert chips at the same spot on every revolution",
                "Wheel flat or skid mark (martensite)",
                "50 m/min, insert grade KC-H, first cut 1 mm",
            ],
            [
                "Diameter difference after machining above 0.2 mm",
                "Probes out of calibration, chips under a probe tip",
                "Clean the probe tips and calibrate with the KLD-CW-920",
            ],
            [
                "Long stringy chips wrap round the tool",
                "Roughing feed too low",
                "Rough at 0.8 mm/rev or more",
            ],
            [
                "Wheel stops turning during the cut, L09",
                "Flange lubricant on the tread",
                "Clean the treads with solvent, switch off the vehicle's flange lubrication",
            ],
        ],
        (56, 57, 57),
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove chips from the pit and the bridge guides; check the hydraulic oil level and the grease tank"],
            ["Weekly", "Clean the drive rollers; check the probe tips for damage"],
            ["3 months or after a collision", "Calibrate the measuring probes (section 7)"],
            ["1000 h or filter indicator", "Change the hydraulic filter element KLD-HF-10"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil (250 L UFL-25, 320 L UFL-32)"],
            ["Yearly", "Measure the roller diameters (replace below 385 mm); geometry check by Kalderon service"],
        ],
        (60, 110),
    ),
    ("h", "11. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Torque"],
            ["Insert clamp screw", "6 Nm"],
            ["Drive roller retaining bolts M24, class 8.8", "640 Nm"],
            ["Axlebox holder pad screws M12", "80 Nm"],
            ["Tool holder wedge screw M16", "200 Nm"],
        ],
        (110, 60),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "UFL-25", "UFL-32"],
            ["Insert, standard grade KC-S", "KLD-IN-25S", "KLD-IN-25S"],
            ["Insert, hard grade KC-H", "KLD-IN-25H", "KLD-IN-25H"],
            ["Drive roller", "KLD-DR-400", "KLD-DR-400H"],
            ["Hydraulic filter element", "KLD-HF-10", "KLD-HF-10"],
            ["Probe tip", "KLD-PT-3", "KLD-PT-3"],
            ["Calibration wheel", "KLD-CW-920", "KLD-CW-920"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Lavrenz TWP-3 train wash plant
LAVRENZ = [
    ("title", "Lavrenz TWP-3 Drive-Through Train Wash Plant\nOperation and Maintenance Manual"),
    (
        "p",
        "Document LVZ-OM-TWP-02, Edition 4, November 2023. Lavrenz Wash Systems. The TWP-3 is a drive-through wash "
        "plant for the sides of trams, metro cars, multiple units and coaches. The vehicle passes at a steady speed "
        "under its own power or behind a shunter. It first passes the detergent arch, then three pairs of vertical "
        "side brushes (B1, B2, B3), then the rinse arch fed with reclaimed water and finally the final rinse arch fed "
        "with reverse osmosis (RO) water, which dries without spots. Used water runs to a three-chamber settling "
        "tank, is filtered and pumped back as reclaimed water. Fronts, ends and roofs are not washed by the TWP-3; "
        "the end wash gantry EWG-1 has its own manual (LVZ-OM-EWG-01). The settling tank, the hall, the drainage "
        "to the sewer and the trade effluent consent are the site's.",
    ),
    (
        "warn",
        "WARNING: Nobody may stand in the wash hall between the arches while the plant is in Automatic. The brushes "
        "start when a vehicle breaks the entry light barrier and swing out without warning. Lock out the main "
        "switch and close the water supply before entering the brush area for any work.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Vehicle speed through the plant", "3-6 km/h, 4 km/h recommended"],
            ["Vehicle width washed", "2200-3150 mm"],
            ["Side brushes", "3 pairs, diameter 1100 mm, height 4000 mm, polyethylene filament"],
            ["Lower edge of the brushes", "250 mm above top of rail"],
            ["Brush speed", "70-110 rpm, 90 rpm default"],
            ["Brush motors", "6 x 3 kW"],
            ["Detergent arch", "24 nozzles per side, 80 L/min at 4 bar"],
            ["Rinse arch, reclaimed water", "160 L/min at 3.5 bar"],
            ["Final rinse arch, RO water", "60 L/min at 2.5 bar"],
            ["RO unit", "1.5 m³/h permeate, conductivity 20 µS/cm or less"],
            ["Reclaim pump", "15 m³/h at 4.5 bar, bag filter 50 µm"],
            ["Fresh water connection", "DN 50, 3-6 bar"],
            ["Water use at 4 km/h", "about 4.5 L per metre of vehicle, of which about 0.9 L fresh"],
            ["Supply", "400 V 3~ 50 Hz, connected load 48 kW, fuse 100 A gG"],
            ["Operating temperature in the hall", "+3 to +40 °C"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The water use holds at 4 km/h with the default program P1. At 3 km/h the use per metre rises by a third; "
        "the plant then also holds the arches on longer. Only the final rinse uses fresh water (RO permeate); the "
        "detergent arch and the rinse arch run on reclaimed water.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Acid detergent burns skin and eyes. Wear goggles, acid-resistant gloves and an apron when changing a "
            "detergent drum. Keep the eye wash station at the chemical store in working order.",
            "Never mix acid and alkaline detergent, not even in a drip tray: dangerous gas can form.",
            "The settling tank is a confined space. Entry only under the site's confined space permit.",
            "Wet rails and the hall floor are slippery; keep the walkways clear of hoses.",
        ],
    ),
    ("h", "3. Programs and settings"),
    (
        "cols",
        [
            ("h", "Wash programs"),
            (
                "p",
                "P1 Standard: alkaline detergent, all brushes, rinse, final rinse. P2 Mirrors: as P1, but brush "
                "pair B1 stays out for the first 1.5 m of each vehicle so that exterior mirrors and cameras pass. "
                "P3 Acid: acid detergent instead of alkaline, for brake dust and rust staining; use no more than "
                "once a week on the same vehicle. P4 Rinse only: no detergent, no brushes.",
            ),
            ("h", "Detergent concentration"),
            (
                "p",
                "Alkaline detergent LVZ-A20: 2-4 %, default 3 %. Acid detergent LVZ-S10: 1-3 %, default 2 %. The "
                "dosing pumps mix the detergent into reclaimed water at the arch. Higher concentrations do not "
                "clean better; they foam in the settling tank and attack seals and rubber.",
            ),
            ("h", "Brush penetration"),
            (
                "p",
                "The brushes press 120 mm into the vehicle side (default, adjustable 80-160 mm). The plant holds "
                "the penetration by the brush motor current: above 8.5 A on a brush motor the brush pulls back "
                "(W05). A brush worn below 950 mm diameter no longer reaches the vehicle side at the default "
                "penetration: replace it.",
            ),
            ("h", "Speed check"),
            (
                "p",
                "Two wheel sensors measure the vehicle speed. Outside 3-6 km/h the brushes pull back and the "
                "arches stop (W09); the vehicle must pass again.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below +3 °C at the hall sensor the plant blocks washing (W12) and drains the arches after every "
                "train. The hall heating and the hall doors are the site's.",
            ),
        ],
    ),
    ("h", "4. Daily start-up"),
    (
        "ol",
        [
            "Walk the hall: no person, tool or hose in the brush area, the entry and exit light barriers clean.",
            "Check the detergent drums: at least one day's stock of LVZ-A20 and LVZ-S10 at the dosing pumps.",
            "Open the fresh water valve and check the supply pressure on the inlet gauge: 3-6 bar.",
            "Switch on the main switch. The control panel runs its self-test (about 60 s).",
            "Start the RO unit and wait until the permeate conductivity is shown at 20 µS/cm or less.",
            "Start the reclaim pump in Manual and check the bag filter pressure gauge: below 1.0 bar difference.",
            "Run each brush pair in Manual for 10 s and watch that it turns freely.",
            "Run program P4 with no vehicle (Test > Arch test) and check every nozzle for a full spray fan.",
            "Read the hall temperature on the panel: washing is blocked below +3 °C.",
            "Switch the plant to Automatic. The green entry signal lights when the plant is ready.",
        ],
    ),
    ("h", "5. Washing a train"),
    (
        "ol",
        [
            "Select the program on the entry panel (P1 unless mirrors or cameras stand out: P2).",
            "Close all windows and doors of the vehicle; fold in mirrors where they can be folded.",
            "Wait for the green entry signal.",
            "Drive in at 4 km/h and hold the speed constant until the last vehicle has left the final rinse arch.",
            "Do not stop in the plant. If the vehicle stops, the brushes pull back automatically and the arches stop.",
            "Check the washed sides at the exit; a wet film without spots is normal.",
        ],
    ),
    ("h", "6. Replacing a side brush"),
    (
        "ol",
        [
            "Switch the plant to Manual and run the brush pair to the service position (Service > Brush > B1, B2 "
            "or B3).",
            "Switch off and lock the main switch; close the water supply to the arches.",
            "Fit the brush lifting frame LVZ-BLF to the top of the brush column.",
            "Attach the chain hoist of the lifting frame (rated 250 kg) to the lifting eye of the brush core.",
            "Remove the splash guard above the brush.",
            "Undo the six M12 screws of the upper core flange.",
            "Undo the six M12 screws of the lower core flange at the gearbox.",
            "Lift the brush out of the column and lower it onto the brush trolley.",
            "Lift the new brush (LVZ-BR-1100) into place with the filament lay pointing as shown by the arrow on the "
            "column.",
            "Fit and tighten the twelve M12 flange screws to 80 Nm.",
            "Refit the splash guard and remove the lifting frame.",
            "Remove the lock, switch on and run the brush in Manual for 1 min; it must run true without knocking.",
            "Reset the brush operating counter under Service > Counters.",
        ],
    ),
    ("h", "7. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["W01", "Emergency stop", "A stop button or the pull cord is operated. Reset it and acknowledge."],
            ["W02", "Fresh water pressure low", "Below 3 bar at the inlet. Check the supply valve and the strainer."],
            ["W03", "Detergent drum empty", "Suction lance float switch. Change the drum."],
            ["W04", "Dosing pump fault", "No stroke feedback. Check the pump, vent the suction hose."],
            ["W05", "Brush overload", "Brush motor above 8.5 A. Penetration too high or an object caught in the brush."],
            ["W06", "Brush drive fault", "Motor protection switch tripped. Check the gearbox and the motor."],
            ["W08", "Reclaim tank level low", "Settling tank below the pump cut-out level. Check for leaks, top up with fresh water."],
            ["W09", "Vehicle speed out of range", "Speed outside 3-6 km/h. Brushes pulled back; the vehicle must pass again."],
            ["W10", "RO conductivity high", "Permeate above 20 µS/cm for 60 s. Change the prefilter, then check the membrane."],
            ["W11", "Bag filter blocked", "Filter difference above 1.0 bar. Change the 50 µm bag."],
            ["W12", "Hall too cold", "Hall sensor below +3 °C. Washing blocked, arches drained."],
            ["W13", "Light barrier dirty", "Barrier signal weak for 10 s. Clean the reflectors and lenses."],
            ["W14", "Vehicle stopped in plant", "No movement for 5 s with a vehicle in the plant. Brushes pulled back."],
            ["W15", "Reclaim pump fault", "Motor protection tripped or dry running. Check the tank level and the pump."],
            ["W16", "Sludge level high", "Sludge probe in chamber 1 covered. Empty the settling tank."],
        ],
        (16, 50, 104),
    ),
    ("h", "8. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "White spots on the windows after drying",
                "RO permeate conductivity high",
                "Change the RO prefilter; if W10 stays, have the membrane checked",
            ],
            [
                "Dirt bands left along the middle of the side",
                "Brushes worn below 950 mm or penetration too low",
                "Measure the brushes, set the penetration back to 120 mm",
            ],
            [
                "Thick foam on the settling tank",
                "Detergent over-dosed",
                "Check the concentration (alkaline 3 %, acid 2 %), calibrate the dosing pump",
            ],
            [
                "Reclaimed water smells of rotten eggs",
                "Sludge left too long, anaerobic tank",
                "Empty the settling tank, then run the tank aerator 2 h a day",
            ],
            [
                "Brushes pull back in mid-train",
                "Vehicle speed outside 3-6 km/h (W09) or brush overload (W05)",
                "Hold 4 km/h; check the penetration setting",
            ],
        ],
        (56, 57, 57),
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up checks (section 4); clean the light barrier lenses"],
            ["Weekly", "Clean the nozzle strainers; check the brush flange screws"],
            ["Monthly", "Calibrate the dosing pumps; change the RO prefilter"],
            ["3 months or W16, whichever comes first", "Empty the sludge from the settling tank"],
            ["6 months", "Change the brush gearbox oil (CLP 220, 1.2 L each)"],
            ["60 000 vehicle passes or 3 years", "Replace the side brushes"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Side brush 1100 x 4000 mm", "LVZ-BR-1100"],
            ["Flat spray nozzle, detergent arch", "LVZ-NZ-40"],
            ["RO prefilter 5 µm", "LVZ-RF-5"],
            ["Reclaim bag filter 50 µm", "LVZ-BF-50"],
            ["Light barrier reflector", "LVZ-LR-2"],
            ["Brush lifting frame", "LVZ-BLF"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Hebstrom BDT bogie drop tables
HEBSTROM = [
    ("title", "Hebstrom BDT Bogie Drop Tables\nOperation and Maintenance Manual - BDT-25 and BDT-40"),
    (
        "p",
        "Document HBS-OM-BDT-03, Edition 1, May 2025. Hebstrom Depot Equipment. A bogie drop table lowers a bogie "
        "out from under a rail vehicle into the pit, so that the bogie can be exchanged without lifting the whole "
        "vehicle. The table is a section of track carried by four screw jacks. In the top position its rails are "
        "locked in line with the depot track; at the bottom it stands on the traverse carriage, which moves the "
        "bogie sideways under the floor to the lift-out position. While the bogie is out, the end of the vehicle body "
        "rests on a pair of body supports. The BDT-25 is built for trams, metro cars and multiple units, the BDT-40 "
        "for locomotives and heavy coaches. Apart from the values given for each model, both tables are built "
        "alike. The pit, the floor covers of the traverse route, the body support foundations and the crane at the "
        "lift-out position are the site's.",
    ),
    (
        "warn",
        "DANGER: Never go under a raised or lowered table, or under a vehicle body, unless the table is at a stop, "
        "the main switch is locked off and the body rests on both body supports with the support pins engaged. The "
        "screw jacks are self-locking, but a worn load nut can fail without warning; see section 6.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BDT-25", "BDT-40"],
            ["Rated load on the table", "25 t", "40 t"],
            ["Body supports, one pair, rated load each", "15 t", "24 t"],
            ["Table length on the rail", "4200 mm", "4800 mm"],
            ["Largest bogie wheelbase", "2700 mm", "3200 mm"],
            ["Track gauge", "1435 mm", "1435 mm"],
            ["Lowering depth, top of rail to bottom position", "3800 mm", "4200 mm"],
            ["Lifting and lowering speed", "0.8 m/min", "0.6 m/min"],
            ["Time for the full stroke", "4 min 45 s", "7 min"],
            ["Screw jacks, trapezoidal spindle", "4 x Tr 100 x 16", "4 x Tr 120 x 16"],
            ["Lifting motors", "2 x 7.5 kW", "2 x 11 kW"],
            ["Jack gearbox oil CLP 220, per jack", "3.5 L", "5.0 L"],
            ["Traverse carriage speed", "5 m/min", "5 m/min"],
            ["Supply 400 V 3~ 50 Hz, fuse", "40 A gG", "63 A gG"],
            ["Table mass without bogie", "9.8 t", "13.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated load is the bogie together with the share of the body it carries until the body supports take "
        "over. Once the body rests on the supports, the table carries the bogie alone. The table is rated for the "
        "whole rated load at any height. The hand drive (section 4) has a 10:1 gearbox on the 16 mm spindle pitch.",
    ),
    ("h", "2. Interlocks and limits"),
    (
        "cols",
        [
            ("h", "Jack synchronisation"),
            (
                "p",
                "Each jack has an absolute encoder. In normal running the four jacks stay within 2 mm of each "
                "other; at a difference of 4 mm the table stops with D06. Do not reset D06 repeatedly: find the "
                "cause first (a slipping coupling, a failing encoder, a jack running dry).",
            ),
            ("h", "Top position"),
            (
                "p",
                "At the top the four locking bolts drive in and lock the table rails in line with the depot track. "
                "The step between a table rail and a depot rail must not exceed 1 mm in height, and the rail gap "
                "must not exceed 5 mm. Vehicles may roll over the table only with all four locking bolts in "
                "(green lamp LOCKED).",
            ),
            ("h", "Body supports"),
            (
                "p",
                "The table may leave the top position with a vehicle on it only when both body supports carry "
                "the body: each support's load cell must read at least 2 t and both support pins must be in. "
                "Otherwise D07 blocks the lowering.",
            ),
            ("h", "Pit edge"),
            (
                "p",
                "A light curtain guards the open pit edge. Breaking it stops the table and the carriage (D10). "
                "The floor covers over the traverse route are open only while the carriage moves.",
            ),
            ("h", "Traverse"),
            (
                "p",
                "The traverse carriage moves only when the table is fully down and the table pins are engaged in "
                "the carriage (D11 otherwise).",
            ),
        ],
    ),
    ("h", "3. Dropping a bogie"),
    (
        "ol",
        [
            "Isolate the vehicle: overhead line off and earthed or pantographs locked down, battery off, parking "
            "brake released on the bogie to be dropped, wheel chocks under another bogie.",
            "Disconnect everything between the bogie and the body: traction motor cables, brake pipes and cables, "
            "earth straps, speed sensor cables, the yaw dampers and the body-to-bogie lateral stops.",
            "Move the vehicle until the bogie stands centrally on the table (marks on the table rails).",
            "Check the LOCKED lamp and that the light curtain at the pit edge is clear.",
            "Bring both body supports under the body lifting points and set the support heads to the body height.",
            "Raise the table by 20-30 mm so that the air springs or the secondary springs are relieved.",
            "Drive both body supports up until they carry the body; each load cell must read at least 2 t.",
            "Engage both support pins.",
            "Release the bogie pivot or the traction centre bolts as the vehicle maker prescribes.",
            "Select Lower on the pendant; the locking bolts retract and the table lowers. Hold the pendant button "
            "for the whole run and watch the bogie clear the body.",
            "Stop at the bottom position; the table pins engage in the traverse carriage.",
            "Open the floor covers (Traverse > Covers open) and move the carriage to the lift-out position.",
            "Lift the bogie out with the crane at the lift-out position.",
            "Put the exchange bogie onto the table rails and secure it with the wheel chocks of the carriage.",
            "Move the carriage back under the vehicle and raise the table in reverse order of steps 1 to 11.",
        ],
    ),
    ("h", "4. Lowering by hand after a power failure"),
    (
        "ol",
        [
            "Lock off the main switch of the table.",
            "Take the hand crank HBS-HC-1 from its holder on the pit wall.",
            "Check that the body supports carry the body and the support pins are in.",
            "Remove the cover of the hand drive on lifting motor 1.",
            "Fit the crank to the hand drive shaft.",
            "Release the motor brake with the brake release lever and hold it.",
            "Turn the crank clockwise to lower; one turn lowers the table by 1.6 mm.",
            "Release the lever every 50 turns and check that the four jacks stay level with the spirit level on "
            "the table.",
            "At the bottom, let go of the brake lever, remove the crank and refit the cover.",
            "Report the hand lowering in the table log; a synchronisation check is due before the next powered run.",
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["D01", "Emergency stop", "A stop button is pressed. Release it and acknowledge."],
            ["D02", "Motor overload", "Motor protection tripped. Check for jamming, then reset."],
            ["D03", "Motor brake not released", "Brake feedback missing. Check the brake air gap and the rectifier."],
            ["D04", "Overload", "Jack load above 110 % of rated load. Remove the excess load."],
            ["D05", "Encoder fault", "No signal from a jack encoder. Check the cable and the encoder."],
            ["D06", "Synchronisation", "Jacks more than 4 mm apart. Find the cause before resetting (section 2)."],
            ["D07", "Body not supported", "Support load cell below 2 t or support pin out."],
            ["D08", "Locking bolts", "Bolts not fully in or out. Check the bolt sensors and the hydraulic pressure."],
            ["D10", "Light curtain", "Pit edge light curtain broken. Clear the pit edge and acknowledge."],
            ["D11", "Table not on carriage", "Table pins not engaged. Lower fully and retry."],
            ["D12", "Safety nut", "Safety nut switch operated: the load nut of a jack has worn. Stop; see section 6."],
            ["D13", "Carriage end limit", "Carriage at an end limit. Reverse it in Manual."],
            ["D14", "Floor covers", "Covers not fully open or closed. Check for debris in the cover track."],
            ["D15", "Lubrication due", "200 cycles since the last greasing. Grease the spindles (section 7)."],
        ],
        (16, 50, 104),
    ),
    ("h", "6. Measuring the safety nut gap"),
    (
        "p",
        "Each jack carries its load on a bronze load nut. Below it a safety nut follows the spindle with a gap that "
        "closes as the load nut wears. The gap is 8.0 mm when new. Replace the load nut when the gap is 5.0 mm or "
        "less; if the gap closes completely the safety nut carries the load and switch D12 stops the table. Measure "
        "every 6 months and after any D12.",
    ),
    (
        "ol",
        [
            "Lower the empty table to 500 mm below the top position.",
            "Lock off the main switch.",
            "Remove the inspection cover on the jack housing.",
            "Clean the gap between the load nut and the safety nut.",
            "Measure the gap at four points round the nut with a feeler gauge set.",
            "Record the smallest value in the table log.",
            "If a gap is 5.0 mm or less, do not use the table: order a load nut (HBS-LN-100 for the BDT-25, "
            "HBS-LN-120 for the BDT-40) and have it replaced by Hebstrom service.",
            "Refit the inspection cover.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each use", "Check the LOCKED lamp, the light curtain and the body support pins"],
            ["200 cycles or 3 months, whichever comes first", "Grease the four spindles (grease NLGI 2, 150 g per spindle)"],
            ["6 months", "Measure the safety nut gap (section 6); check the rail step and gap at the top"],
            ["12 months", "Check the jack gearbox oil level; test the load cells of the body supports with a test weight"],
            ["4 years", "Change the jack gearbox oil (3.5 L BDT-25, 5.0 L BDT-40 per jack)"],
        ],
        (60, 110),
    ),
    ("h", "8. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Table stops part way with D06 again and again",
                "Jack running dry, slipping coupling, encoder",
                "Grease the spindles, check the couplings and encoders",
            ],
            [
                "Squealing from a jack while lifting",
                "Spindle not greased",
                "Grease now; do not wait for D15",
            ],
            [
                "Vehicles jolt over the table at the top",
                "Rail step above 1 mm or rail gap above 5 mm",
                "Have the top limit and the locking bolts readjusted",
            ],
            [
                "Table will not leave the top, D08",
                "Locking bolts not retracted",
                "Check the bolt hydraulic pressure and the bolt sensors",
            ],
            [
                "Lowering blocked, D07, although the supports are up",
                "Support pin not fully in, or a load cell below 2 t",
                "Drive the support up further and engage the pin",
            ],
        ],
        (56, 57, 57),
    ),
]


# ---------------------------------------------------------------- Quaylock QL-FH platform screen doors
QUAYLOCK = [
    ("title", "Quaylock QL-FH Full-Height Platform Screen Doors\nMaintenance Manual"),
    (
        "p",
        "Document QLK-MM-PSD-06, Edition 2, February 2024. Quaylock Transit Systems. The QL-FH is a full-height "
        "glazed screen along the platform edge of a metro station, with one bi-parting sliding door (ASD) opposite "
        "each train door, emergency escape doors (EED) between them and a manual secondary door (MSD) at each end of "
        "the platform. Each sliding door has its own door control unit (DCU), drive and lock. The central controller "
        "(PSC) in the station equipment room links the doors to the signalling system, which commands them to open "
        "and close with the train doors. This manual covers the sliding doors, the escape doors, the local controls "
        "and the PSC. The signalling interface is described in QLK-ID-SIG-02; the half-height QL-HH system has its "
        "own manual. The station fire alarm, the platform lighting and the tunnel ventilation are the operator's.",
    ),
    (
        "warn",
        "WARNING: Work on a door from the track side only under a track possession with the traction current "
        "switched off and earthed. From the platform side, isolate the door at its local control box (LCB) before "
        "opening the header cover: the door can be commanded open or closed by the signalling at any time.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Sliding door clear opening", "2000 mm (two leaves of 1000 mm)"],
            ["Sliding door clear height", "2100 mm"],
            ["Screen height above platform", "2550 mm"],
            ["Opening time (adjustable 2.5-4.0 s)", "3.0 s default"],
            ["Closing time (adjustable 3.0-4.5 s)", "3.5 s default"],
            ["Kinetic energy of the closing leaves", "10 J maximum"],
            ["Static closing force", "150 N maximum"],
            ["Drive", "48 V DC brushless motor, toothed belt AT10, 25 mm wide"],
            ["DCU supply", "110 V DC from the PSD power room"],
            ["Backup batteries", "30 min, and at least 3 open-close cycles of every door"],
            ["Escape door opening force at the push bar", "100 N maximum"],
            ["Design pressure load from passing trains", "±1.2 kPa"],
            ["Rated life of the door mechanism", "5 000 000 cycles"],
        ],
        (80, 90),
    ),
    (
        "p",
        "Opening and closing times are measured from the start of leaf movement to the fully open or fully closed "
        "position. Setting them outside the ranges above is blocked in the maintenance software; the kinetic energy "
        "and the closing force are limited by the DCU whatever the closing time.",
    ),
    ("h", "2. Control levels"),
    (
        "p",
        "The doors obey, from the lowest to the highest priority: the signalling system (normal service), the "
        "platform screen local control panel PSL at the driver's end of the platform (key-operated: open, close, "
        "interlock override), and the local control box LCB at each sliding door (key switch: Auto, Isolated, "
        "Manual open, Manual close). A door with its LCB in Isolated is taken out of the closed-and-locked loop; it "
        "must then be closed and mechanically locked, and its red OUT OF SERVICE lamp lights on the platform side.",
    ),
    ("h", "3. Door control settings"),
    (
        "cols",
        [
            ("h", "Obstacle detection"),
            (
                "p",
                "The DCU watches the motor current and the leaf speed. When a closing leaf meets an obstacle it "
                "stops, reopens by 200 mm, waits 2 s and closes again. After 3 reclosing attempts the door stays "
                "open, alarm P06 is raised and the closed-and-locked signal to the signalling stays off. The "
                "smallest rigid obstacle detected between the leaves is 30 mm wide and 60 mm high.",
            ),
            ("h", "Closed and locked"),
            (
                "p",
                "A door counts as closed and locked when both leaf switches and the lock switch are made. The lock "
                "switch gap must be 1.5 mm ±0.5 mm with the lock engaged. An intermittent loss of closed-and-locked "
                "is nearly always a lock switch set at the edge of this band.",
            ),
            ("h", "Piston effect"),
            (
                "p",
                "Air pushed ahead of an arriving train presses on the leaves. The DCU adds closing current against "
                "it, but never beyond the 150 N force limit; in stations with strong piston wind set the closing "
                "time towards 4.0 s rather than raising any force value.",
            ),
            ("h", "Belt tension"),
            (
                "p",
                "The AT10 belt is set to a deflection of 6 mm under a force of 30 N at the middle of the free span. "
                "A slack belt raises friction and makes the obstacle detection trip without an obstacle.",
            ),
            ("h", "Escape doors"),
            (
                "p",
                "The EEDs open towards the platform with a push bar on the track side and stay in the closed-and-"
                "locked loop through their own switch. An opened EED raises P09 and stops train movement into the "
                "platform until it is closed.",
            ),
        ],
    ),
    ("h", "4. Isolating a faulty sliding door"),
    (
        "ol",
        [
            "Tell the station control room which door is to be isolated (door number on the header).",
            "Put the LCB key switch to Manual close and wait until both leaves are closed.",
            "Check by hand that the leaves are locked: they must not move apart when pulled.",
            "If the door will not close electrically, push the leaves closed by hand after releasing the lock with "
            "the platform release key.",
            "Turn the LCB key switch to Isolated and remove the key.",
            "Check that the red OUT OF SERVICE lamp is lit on the platform side.",
            "Fit the yellow OUT OF SERVICE sign to the glass of both leaves.",
            "Record the isolation in the PSD log with time, door number and reason, and report it for repair.",
        ],
    ),
    ("h", "5. Replacing the drive belt"),
    (
        "ol",
        [
            "Isolate the door (section 4) and switch off its DCU supply breaker in the header.",
            "Open the header cover on the platform side with the header key.",
            "Release the lock manually with the platform release key and move both leaves to half open.",
            "Mark the position of each leaf clamp on the belt with a paint pen.",
            "Slacken the tensioner on the idler pulley (two M8 screws).",
            "Undo the two leaf clamps and take the old belt off the drive and idler pulleys.",
            "Fit the new belt (QLK-BT-AT10) round both pulleys with its teeth in mesh.",
            "Fit the leaf clamps so that both leaves meet at the door centre line within ±2 mm when closed.",
            "Tighten the leaf clamp screws to 12 Nm.",
            "Set the belt tension: 6 mm deflection under 30 N at the middle of the free span; tighten the "
            "tensioner screws to 25 Nm.",
            "Switch on the DCU and run a learning cycle (LCB in Manual close, then Maintenance > Learn on the "
            "laptop): the DCU opens and closes the door twice slowly.",
            "Run five cycles with LCB in Manual open and Manual close, then check the lock switch gap (1.5 mm "
            "±0.5 mm).",
            "Close the header cover, turn the LCB to Auto and remove the OUT OF SERVICE sign.",
            "Record the belt change and reset the belt counter.",
        ],
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and remedy"],
            ["P01", "DCU supply lost", "110 V DC missing at the DCU. Check the header breaker and the feeder."],
            ["P02", "Motor fault", "Motor or drive electronics. Replace the drive unit."],
            ["P03", "Door not closed in time", "Closing took longer than the setting plus 2 s. Check the sill and the belt."],
            ["P04", "Door not opened in time", "Opening too slow. Check the rollers and the belt tension."],
            ["P05", "Lock fault", "Lock switch not made after closing. Check the switch gap and the lock solenoid."],
            ["P06", "Obstacle, door held open", "3 reclosing attempts failed. Remove the obstacle, check the sill guide."],
            ["P07", "Leaf switch", "Leaf switch and encoder disagree. Check the switch and its cam."],
            ["P08", "Manual release used", "Platform release key operated. Reset at the LCB."],
            ["P09", "Escape door open", "An EED is open. Close it; train movement into the platform is stopped."],
            ["P10", "Battery low", "Backup batteries below 100 V DC. Check the charger, test the batteries."],
            ["P12", "Communication lost", "DCU not answering the PSC. Check the network cable and the DCU."],
            ["P13", "Interlock override active", "PSL override key in use. Remove it when the fault is cleared."],
            ["P14", "Door isolated", "LCB in Isolated. Informational."],
            ["P15", "Belt service due", "Cycle counter at 2 000 000. Replace the belt (section 5)."],
            ["P16", "Header temperature high", "Above 60 °C in the header. Check the ventilation slots."],
        ],
        (16, 50, 104),
    ),
    ("h", "7. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Door reopens again and again with nothing in the way",
                "Grit in the sill guide, slack belt, worn rollers",
                "Vacuum the sill guide, check the belt deflection (6 mm at 30 N)",
            ],
            [
                "Train held at the platform, closed-and-locked lost now and then",
                "Lock switch gap at the edge of 1.5 mm ±0.5 mm",
                "Reset the lock switch gap to 1.5 mm",
            ],
            [
                "Leaves slow to close when a train runs in",
                "Piston wind on the leaves",
                "Set the closing time towards 4.0 s",
            ],
            [
                "Leaves do not meet in the middle",
                "Leaf clamp slipped on the belt",
                "Reset the clamps to within ±2 mm of the centre line",
            ],
            [
                "Rumbling noise while the leaves move",
                "Worn carriage rollers",
                "Replace the roller set QLK-RS-4",
            ],
        ],
        (56, 57, 57),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Vacuum the sill guides; check the OUT OF SERVICE lamps"],
            ["Monthly", "Open every EED once with the push bar and check P09; test the PSL functions"],
            ["3 months or 250 000 cycles", "Check the belt tension, the rollers and the lock switch gap of every door"],
            ["12 months", "Battery discharge test by the operator's power team; check all glass for damage"],
            ["2 000 000 cycles or 5 years, whichever comes first", "Replace the drive belt"],
        ],
        (60, 110),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Drive belt AT10, 25 mm", "QLK-BT-AT10"],
            ["Carriage roller set (4 rollers)", "QLK-RS-4"],
            ["Lock solenoid 48 V", "QLK-LS-48"],
            ["Lock switch", "QLK-SW-L1"],
            ["Door control unit", "QLK-DCU-3"],
            ["Platform release key", "QLK-KY-P"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kalderon-ufl-underfloor-wheel-lathe.pdf", "Kalderon KLD-OM-UFL-05 Ed 2 - UFL-25 / UFL-32", KALDERON),
        ("lavrenz-twp-train-wash-plant.pdf", "Lavrenz LVZ-OM-TWP-02 Ed 4 - TWP-3", LAVRENZ),
        ("hebstrom-bdt-bogie-drop-table.pdf", "Hebstrom HBS-OM-BDT-03 Ed 1 - BDT-25 / BDT-40", HEBSTROM),
        ("quaylock-qlfh-platform-screen-doors.pdf", "Quaylock QLK-MM-PSD-06 Ed 2 - QL-FH", QUAYLOCK),
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
