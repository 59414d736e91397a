"""Generate the PDF manuals of the hundred-and-twenty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set127-scratch/venv && /tmp/set127-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set127-scratch/venv/bin/python knowledge/samples/hundredtwentyseventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical.
The rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Hudsker HS fish skinning machines
HUDSKER = [
    ("title", "Hudsker HS Fish Skinning Machines\nOperation and Maintenance Manual - HS-420 and HS-560"),
    (
        "p",
        "Document HSK-OM-HS-04, Edition 3, February 2025. Hudsker Fish Machinery. The HS-420 and HS-560 remove "
        "the skin from fresh whitefish and salmon fillets. The fillet is laid skin side down on the infeed belt and "
        "carried tail first onto the toothed gripper roller, which grips the skin and pulls it under a fixed blade; "
        "a pneumatic pressure shoe holds the fillet against the roller. The gap between the blade edge and the "
        "gripper roller (the skin gap) sets how much is taken off with the skin. Apart from the working width and "
        "the values given for each model, the two machines are built alike. The electrical connection and the "
        "compressed air and water supplies up to the machine are the site's responsibility, and the cleaning "
        "chemicals and their concentrations are set by the site's hygiene plan and the chemical supplier, not by "
        "this manual.",
    ),
    (
        "warn",
        "WARNING: The blade and the gripper roller teeth cut. Never reach into the infeed past the finger guard "
        "while the machine runs. Wear cut-resistant gloves when handling the blade, and lock out the main switch "
        "before opening the roller cover.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HS-420", "HS-560"],
            ["Working width", "420 mm", "560 mm"],
            ["Maximum fillet thickness", "40 mm", "50 mm"],
            ["Gripper roller diameter", "110 mm", "125 mm"],
            ["Blade (length x width x thickness)", "440 x 22 x 0.8 mm", "580 x 22 x 0.8 mm"],
            ["Skin gap setting range", "0.3-2.5 mm", "0.3-2.5 mm"],
            ["Infeed belt speed (frequency inverter)", "10-30 m/min", "10-30 m/min"],
            [
                "Capacity, cod fillets 0.4-1.2 kg fed tail first at 20 m/min",
                "up to 40 fillets/min",
                "up to 55 fillets/min (two lanes for fillets up to 0.6 kg)",
            ],
            ["Drive motor, 400 V 3~ 50 Hz", "0.75 kW, 1.9 A", "1.1 kW, 2.6 A"],
            ["Supply fuse", "10 A gG", "10 A gG"],
            ["Compressed air, dry and oil-free, 6-8 bar supply", "40 NL/min", "55 NL/min"],
            ["Spray water (potable), 2-3 bar", "6 L/min", "8 L/min"],
            ["Working height of the infeed belt (adjustable feet)", "950 mm ±30 mm", "950 mm ±30 mm"],
            ["Noise at 1 m while skinning", "below 75 dB(A)", "below 75 dB(A)"],
            ["Dimensions L x W x H", "1350 x 780 x 1180 mm", "1350 x 920 x 1180 mm"],
            ["Mass", "195 kg", "245 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold only for cod fillets of 0.4-1.2 kg at 0-4 °C, fed one at a time tail first at 20 m/min "
        "by a trained operator. Capacities for other species are not given in this manual. The HS is designed for "
        "cod, haddock, saithe and salmon fillets; it is not designed for flatfish fillets (plaice, sole, flounder), "
        "and settings for them must be asked of Hudsker.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine. Long hair must be covered and no loose sleeves, rings or "
            "watches may be worn at the infeed.",
            "Never clear a fillet jammed at the roller while the machine runs. Press the emergency stop, wait for "
            "the roller to stop and lift the pressure shoe with its lever.",
            "The roller cover and the infeed guard are interlocked (H02). Never bridge the interlock switches.",
            "Release the air from the pressure shoe (valve V1) before working at the shoe; it can drop when the "
            "air is switched off.",
            "Keep the floor around the machine free of skin and fish waste: slipping hazard.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Skin gap"),
            (
                "p",
                "Settings for fillets at 0-4 °C: cod and saithe, standard skinning 0.8 mm; cod and saithe, deep "
                "skinning (the fat layer under the skin removed) 1.2 mm; haddock 0.6 mm; salmon with the silver "
                "skin left on 0.4 mm; salmon, deep skinning 1.5 mm. One division of the gap knob is 0.05 mm, so "
                "one full turn (20 divisions) changes the gap by 1.0 mm. Check the gap with the feeler gauges "
                "supplied after every blade change.",
            ),
            ("h", "Pressure shoe"),
            (
                "p",
                "Set 2.5 bar for haddock and salmon and 3.5 bar for cod and saithe on the regulator R1. Never set "
                "more than 4.5 bar: the fillets are crushed and the gripper roller teeth wear faster.",
            ),
            ("h", "Fillet temperature"),
            (
                "p",
                "Skin only fillets with a core temperature of 0-4 °C. Fillets colder than -1 °C (superchilled or "
                "partly frozen) tear at the blade; fillets warmer than 8 °C are soft and the yield falls. Frozen "
                "fillets must never be skinned on the HS.",
            ),
            ("h", "Feeding"),
            (
                "p",
                "Feed each fillet tail first, skin side down, lying flat and not overlapping the one before. On the "
                "HS-560 two fillets of up to 0.6 kg may be fed side by side, at least 40 mm apart.",
            ),
            ("h", "Blade life"),
            (
                "p",
                "Change the blade after 8 h of skinning or when more than 2 in 100 fillets come out with skin left "
                "on, whichever comes first. A blade may be reground once by a grinding service approved by "
                "Hudsker; a reground blade must be at least 20.5 mm wide. The blade must be straight within 0.2 mm "
                "over its length.",
            ),
            ("h", "Roller speed and scraper comb"),
            (
                "p",
                "The gripper roller runs 3 % faster than the infeed belt; this is fixed by the gearing and is not "
                "adjustable. The scraper comb under the roller strips the skin off the teeth; the gap between comb "
                "and roller must be no more than 0.5 mm.",
            ),
            ("h", "Skin loss"),
            (
                "p",
                "For guidance, deep skinning of cod takes off 4-6 % of the fillet weight with the skin and "
                "standard skinning 3-4 %.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["H01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["H02", "Guard open", "Roller cover or infeed guard open. Close it; the machine restarts only with RESET."],
            [
                "H03",
                "Drive overload",
                "Roller blocked by a fillet, skin wound round the roller or the belt jammed. Clear the cause, wait "
                "2 min and press RESET.",
            ],
            [
                "H04",
                "Inverter fault",
                "Note the inverter code on its display and switch off for 1 min. If it returns, call Hudsker service.",
            ],
            [
                "H05",
                "Air pressure low",
                "Supply below 5.0 bar for more than 5 s. Check the site supply and the filter.",
            ],
            [
                "H06",
                "Spray water low",
                "Flow below 3 L/min (HS-420) or 4 L/min (HS-560). Open the water valve, clean the nozzle strainer.",
            ],
            ["H07", "Blade clamp open", "Blade clamp lever not locked. Lock it after checking the blade seat."],
            [
                "H09",
                "Belt slipping",
                "Belt speed more than 10 % below the set speed. Tension the belt, dry and clean the drive drum.",
            ],
            ["H10", "Cabinet hot", "Cabinet above 50 °C. Clean the cabinet fan filter."],
            ["H11", "Scraper comb missing", "Comb not in place after cleaning. Refit it and lock both pins."],
            ["H12", "Service due", "2000 operating hours since the last service. The machine still runs."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Skin left in patches on the fillets",
                "Blade blunt or nicked, skin gap too large, or the gripper roller teeth clogged with skin",
                "Change the blade; check the gap with the feeler gauges; clean the roller with the roller brush",
            ],
            [
                "Flesh torn off with the skin, ragged fillets",
                "Skin gap too small for the species, fillets too cold, or shoe pressure too high",
                "Set the gap for the species; check the fillet temperature; lower the pressure",
            ],
            [
                "Skin winds round the gripper roller",
                "Scraper comb worn or set too far from the roller",
                "Set the comb gap to 0.5 mm or less; replace a worn comb",
            ],
            [
                "Fillets pushed sideways or folded at the roller",
                "Fillet fed head first or not flat, or the infeed belt tracking off",
                "Feed tail first and flat; correct the belt tracking",
            ],
            [
                "Thin strips of skin left along one edge of wide fillets",
                "Blade bent, or the blade not seated evenly in the clamp",
                "Check the blade is straight within 0.2 mm; refit or change it",
            ],
            [
                "Machine stops with H03 several times a shift",
                "Skin winding round the roller, or a worn roller bearing",
                "Check the scraper comb; have the bearings checked",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting and skinning"),
    (
        "ol",
        [
            "Check that the roller cover, the infeed guard and the scraper comb are in place.",
            "Open the air and water valves and check the air supply pressure on the gauge: at least 6 bar.",
            "Switch on the main switch and press RESET.",
            "Set the skin gap and the shoe pressure for the species (section 3).",
            "Start the machine and set the belt speed, usually 20 m/min.",
            "Skin 5 fillets and check them for skin left on and for torn flesh before starting production.",
            "During production, check one fillet in 50 and keep the infeed belt free of skin and trimmings.",
        ],
    ),
    ("h", "7. Changing the blade"),
    (
        "ol",
        [
            "Stop the machine, switch off the main switch and lock it out.",
            "Close the air valve and release the pressure shoe with valve V1.",
            "Open the roller cover.",
            "Put on cut-resistant gloves.",
            "Unlock the blade clamp lever and pull the blade out sideways with the blade holder tool.",
            "Clean the blade seat and the clamp with a brush and water; check the seat for nicks.",
            "Slide the new blade in with the bevel facing up and the edge towards the roller, until it touches the "
            "end stop.",
            "Check the blade protrusion from the clamp with the protrusion gauge: 1.0 mm.",
            "Lock the blade clamp lever.",
            "Set the skin gap again with the feeler gauges (section 8).",
            "Close the roller cover, switch on, reset and skin 5 fillets as a test.",
        ],
    ),
    ("h", "8. Setting the skin gap"),
    (
        "ol",
        [
            "With the machine stopped and locked out, open the roller cover.",
            "Turn the gap knob anticlockwise by one full turn to open the gap.",
            "Slide the feeler gauge for the wanted gap between the blade edge and the roller teeth at the left end.",
            "Turn the gap knob clockwise until the gauge just drags, then check the right end with the same gauge.",
            "If the two ends differ by more than 0.05 mm, loosen the two blade bracket screws, level the bracket "
            "and tighten them again to 12 Nm.",
            "Note the knob reading; close the cover and test with 5 fillets.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "After each shift",
                "Cleaning: foam, rinse with water at no more than 50 °C, remove and brush the scraper comb",
            ],
            ["8 h of skinning, or skin left on more than 2 in 100 fillets", "Change the blade (section 7)"],
            ["Weekly", "Check the comb gap and the belt tracking; check the pressure shoe pad for cuts"],
            ["500 h or 3 months, whichever comes first", "Check the belt tension and the gearbox for leaks"],
            ["2000 h (H12)", "Hudsker service: roller bearings, gripper roller teeth, inverter"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Never use a high-pressure cleaner on the bearings, the gearbox or the control cabinet. The gripper roller "
        "is not reground on site: a worn roller is exchanged through Hudsker service.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HS-420", "HS-560"],
            ["Skinning blade, pack of 10", "HSK-BL-44", "HSK-BL-58"],
            ["Gripper roller (exchange)", "HSK-GR-42", "HSK-GR-56"],
            ["Scraper comb", "HSK-SC-42", "HSK-SC-56"],
            ["Infeed belt", "HSK-IB-42", "HSK-IB-56"],
            ["Pressure shoe pad", "HSK-PP-42", "HSK-PP-56"],
            ["Roller bearing set", "HSK-RB-01", "HSK-RB-02"],
            ["Feeler gauge set 0.3-2.5 mm", "HSK-FG-25", "HSK-FG-25"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Mjolmar SC fish meal cookers
MJOLMAR = [
    ("title", "Mjolmar SC Indirect Steam Cookers for Fish Meal Plants\nOperating Manual - SC-300 and SC-500"),
    (
        "p",
        "Document MJM-OM-SC-11, Edition 2, June 2024. Mjolmar Process Plant. The SC-300 and SC-500 are continuous "
        "indirect steam cookers, the first step of a wet-reduction fish meal and fish oil plant. Raw fish is fed by "
        "the feed screw into a horizontal steam-jacketed shell and carried through it by a hollow, steam-heated "
        "rotor with screw flights. Heating coagulates the protein and frees the oil and water, so that the cooked "
        "fish can be pressed. Apart from the size and the values given for each model, the two cookers are built "
        "alike. The twin screw press, the decanter and the dryer that follow the cooker have their own manuals. The "
        "steam supply up to the cooker's main steam valve is the site's boiler house. The jacket and the rotor are "
        "pressure equipment: their periodic inspection is carried out by the inspection body named by the site "
        "under the national rules, and this manual does not give the inspection intervals.",
    ),
    (
        "warn",
        "WARNING: Steam and condensate burn. Never open the inspection hatches while the cooker is under steam or "
        "contains fish. Never admit steam to the rotor while the rotor is stopped: the shaft heats unevenly and can "
        "bend.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SC-300", "SC-500"],
            [
                "Capacity, whole pelagic fish (herring, sprat, blue whiting) with 5-20 % fat",
                "300 t/24 h (12.5 t/h)",
                "500 t/24 h (20.8 t/h)",
            ],
            ["Shell inside diameter", "1000 mm", "1300 mm"],
            ["Heated length", "10.0 m", "12.0 m"],
            ["Heating surface, jacket and rotor", "62 m²", "104 m²"],
            ["Flight pitch", "500 mm", "500 mm"],
            ["Rotor speed range", "1.0-4.0 rpm", "0.8-3.2 rpm"],
            ["Maximum working steam pressure, jacket and rotor", "6.0 bar(g)", "6.0 bar(g)"],
            ["Safety valve set pressure, jacket and rotor", "6.5 bar(g)", "6.5 bar(g)"],
            [
                "Steam consumption at full capacity, raw fish at 10 °C",
                "2.0 t/h",
                "3.3 t/h",
            ],
            ["Direct steam injection nozzles", "4", "6"],
            ["Condensate traps (jacket + rotor)", "2 + 1", "3 + 1"],
            ["Drive motor, 400 V 3~ 50 Hz", "11 kW", "18.5 kW"],
            ["Gearbox oil ISO VG 320", "22 L", "35 L"],
            ["Mass empty", "13.8 t", "21.5 t"],
            ["Mass in operation, full load", "18.0 t", "27.0 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacities hold for whole pelagic fish of 5-20 % fat, fed evenly, with the jacket and the rotor at "
        "5-6 bar(g). Capacities for whitefish offal, for fish silage and for other raw materials are not given "
        "here; they are available from Mjolmar on request. At steam pressures below 3 bar(g) the capacity falls "
        "roughly in proportion to the pressure.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before entering or opening the cooker, close and lock the main steam valve, open the vent valves, let "
            "the jacket and the rotor fall to 0 bar, and lock out the drive.",
            "The cooker is a confined space. Entry only with the site's entry permit and a standby person.",
            "Never block or adjust the safety valves. Their testing is part of the inspection body's work.",
            "Hot surfaces above 100 °C on the jacket, the rotary joint and the steam pipes: keep the insulation "
            "and the guards in place.",
            "Fish that has been stored warm gives off ammonia and hydrogen sulphide: ventilate the feed bin area.",
        ],
    ),
    ("h", "3. Cooking settings and limits"),
    (
        "cols",
        [
            ("h", "Cooking temperature"),
            (
                "p",
                "The fish leaving the cooker must be at 90-95 °C, measured by the outlet probe TE-2. Below 85 °C "
                "the protein is not fully coagulated and the press cake stays wet. The outlet temperature must "
                "never exceed 100 °C (C05).",
            ),
            ("h", "Residence time"),
            (
                "p",
                "Set the rotor speed so that the fish stays in the cooker for 15-20 min. The fish moves one flight "
                "pitch per rotor revolution, so residence time (min) = heated length (m) / (0.5 m x rotor speed "
                "(rpm)), which is 20 / rpm on the SC-300 and 24 / rpm on the SC-500. Example: an SC-500 at 1.5 rpm "
                "gives 16 min.",
            ),
            ("h", "Steam pressure"),
            (
                "p",
                "Normal working pressure is 4-6 bar(g) in the jacket and the rotor. The pressure must not exceed "
                "6.0 bar(g) in either; the alarms C06 and C07 trip at this value and the safety valves open at 6.5 "
                "bar(g).",
            ),
            ("h", "Heating up from cold"),
            (
                "p",
                "Drain all condensate first. Raise the jacket pressure no faster than 1 bar per 10 min up to the "
                "working pressure. Start the rotor before any steam is admitted to it.",
            ),
            ("h", "Direct steam"),
            (
                "p",
                "Use the direct steam nozzles only to bring the first fish to temperature at start-up, or with raw "
                "material colder than 2 °C. Direct steam condenses into the fish and adds to the stickwater, which "
                "loads the evaporator.",
            ),
            ("h", "Filling and torque"),
            (
                "p",
                "In normal operation the rotor torque is 40-75 % of nominal. Above 90 % for 30 s the drive stops "
                "with C12. Never feed fish to a cold cooker.",
            ),
            ("h", "Raw material quality"),
            (
                "p",
                "Stale raw material cooks and presses badly. Acceptance limits for freshness (for example total "
                "volatile nitrogen) are set by the site's quality laboratory, not by Mjolmar.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["C01", "Emergency stop", "Emergency stop pressed. The feed screw and the steam valves close."],
            ["C02", "Drive overload", "Motor protection tripped. Check for a blockage and for overfilling."],
            [
                "C03",
                "Rotor speed low",
                "Rotor stopped or below 0.5 rpm with the drive on: coupling or shear pin broken. Close the rotor "
                "steam at once.",
            ],
            ["C04", "Outlet temperature low", "Below 85 °C for more than 5 min. See the symptom table."],
            ["C05", "Outlet temperature high", "Above 100 °C. Reduce the steam or increase the feed."],
            ["C06", "Jacket pressure high", "Jacket above 6.0 bar(g). Check the reducing valve of the steam supply."],
            ["C07", "Rotor pressure high", "Rotor above 6.0 bar(g). As C06."],
            [
                "C08",
                "Condensate level high",
                "Level switch in the condensate pot: a trap blocked or the return line closed.",
            ],
            ["C10", "Feed stopped", "Feed screw stopped or the feed bin level below the minimum for 2 min."],
            ["C11", "Hatch open", "An inspection hatch switch open. The drive cannot start."],
            ["C12", "Torque high", "Rotor torque above 90 % for 30 s: overfilled. Stop the feed."],
            ["C13", "Gearbox hot", "Gearbox oil above 85 °C. Check the oil level and the gearbox fan."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Press cake wet and soft, press current low",
                "Fish undercooked: outlet temperature below 85 °C, feed too high for the steam available",
                "Raise the steam pressure (no more than 6.0 bar(g)) or lower the feed; check the traps",
            ],
            [
                "Burnt deposits on the rotor and the shell",
                "Full steam with a low or stopped feed",
                "Reduce the steam when the feed is low; clean at the next stop",
            ],
            [
                "Banging in the steam pipes at start-up",
                "Condensate left in the lines, steam opened too fast",
                "Drain the lines; open the steam slowly (1 bar per 10 min)",
            ],
            [
                "Outlet temperature swings by more than 5 °C",
                "Uneven feed, or a condensate trap sticking",
                "Even out the feed; check the traps (section 8)",
            ],
            [
                "Knocking once per rotor revolution",
                "Bent flight or a foreign object in the cooker",
                "Stop, lock out, empty and inspect through the hatches",
            ],
            [
                "Steam leaking at the rotor rotary joint",
                "Worn rotary joint seal",
                "Have the seal replaced by Mjolmar service",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Starting up from cold"),
    (
        "ol",
        [
            "Check that all inspection hatches are closed and that the drain valves at the bottom are shut.",
            "Open the condensate drains of the jacket and the rotor and drain all condensate from the lines.",
            "Start the rotor at its lowest speed.",
            "Open the main steam valve slightly and raise the jacket pressure by no more than 1 bar per 10 min.",
            "When the jacket is at 1 bar(g), open the rotor steam valve in the same way.",
            "Close the drains when dry steam comes out and switch the condensate traps into service.",
            "When the jacket and the rotor are at 5 bar(g), set the rotor speed for 15-20 min residence time.",
            "Start the feed screw at about half the capacity.",
            "Use direct steam to bring the first fish to 90 °C at the outlet, then close it.",
            "Raise the feed to full capacity over 15 min while watching the outlet temperature and the torque.",
        ],
    ),
    ("h", "7. Stopping and cleaning"),
    (
        "ol",
        [
            "Stop the feed screw and let the rotor run on until the cooker is empty.",
            "Close the rotor steam and then the jacket steam; keep the rotor turning until the jacket is below 1 "
            "bar(g).",
            "Flush the cooker with hot water through the spray pipe for 20 min with the bottom drains open.",
            "Stop the rotor, lock out the drive and open the vent valves.",
            "When the jacket is at 0 bar and below 50 °C, open the hatches and inspect the flights for deposits.",
        ],
    ),
    ("h", "8. Checking the condensate traps"),
    (
        "ol",
        [
            "With the cooker in operation, open the test valve after each trap for a few seconds.",
            "A working trap discharges condensate in bursts, then closes; a little flash steam is normal.",
            "A continuous blow of live steam means the trap is stuck open; a cold trap with no discharge means it "
            "is blocked.",
            "Isolate a faulty trap with its valves, clean the strainer in front of it and test again.",
            "Replace a trap that still fails (part MJM-CT-25).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the outlet temperature record, the torque and the rotary joint for leaks"],
            ["Weekly", "Check the condensate traps (section 8); clean the feed screw"],
            [
                "2000 h or 6 months, whichever comes first",
                "Change the gearbox oil; check the flights through the hatches",
            ],
            ["Yearly", "Mjolmar service: rotary joint, bearings, flight wear, shell thickness readings"],
            ["As set by the inspection body", "Inspection of the jacket, the rotor and the safety valves"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SC-300", "SC-500"],
            ["Rotary joint seal kit", "MJM-RJ-300", "MJM-RJ-500"],
            ["Condensate trap DN 25", "MJM-CT-25", "MJM-CT-25"],
            ["Outlet temperature probe TE-2, Pt100", "MJM-TP-02", "MJM-TP-02"],
            ["Shear pin set", "MJM-SP-11", "MJM-SP-18"],
            ["Inspection hatch gasket", "MJM-HG-10", "MJM-HG-13"],
            ["Direct steam nozzle", "MJM-DN-15", "MJM-DN-15"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cocivar TP-12 tuna precooker
COCIVAR = [
    ("title", "Cocivar TP-12 Tuna Precooker\nOperation and Maintenance Manual"),
    (
        "p",
        "Document CCV-OM-TP12-02, Edition 2, April 2025. Cocivar Cannery Equipment. The TP-12 is a batch steam "
        "precooker for whole tuna before loining and canning. Twelve trolleys of thawed, sorted tuna are wheeled "
        "into an insulated chamber, the air is vented out with steam, and the fish is cooked in saturated steam at "
        "atmospheric pressure until the backbone reaches the end temperature. After a short misting the trolleys "
        "go to the site's cooling room. The thawing tanks, the cooling room and the loining tables are not part of "
        "the TP-12 and are not covered here. End temperatures and cook times form part of the site's HACCP plan; "
        "where this manual gives a value and the HACCP plan a higher one, the HACCP plan applies.",
    ),
    (
        "warn",
        "WARNING: Steam at 100 °C fills the chamber during a cycle. Never open a door before the cycle has ended and "
        "the vent has run for 2 min. Never enter the chamber before it is below 40 °C and the main steam valve is "
        "closed and locked.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TP-12"],
            ["Chamber inside, length x width x height", "7.6 x 2.7 x 2.3 m"],
            ["Trolleys", "12, in two rows of 6, each 1150 x 1150 mm with 14 shelves"],
            ["Maximum load per trolley", "600 kg of fish"],
            ["Maximum batch", "7200 kg of fish"],
            ["Chamber pressure", "atmospheric (vented); relief flap opens at 50 mbar"],
            ["Cooking temperature", "100-102 °C"],
            ["Steam supply at the inlet, DN 65", "5-8 bar(g), reduced to 1.5 bar(g) at the distributor"],
            ["Steam consumption", "peak 3200 kg/h while venting, about 900 kg/h while cooking"],
            ["Misting nozzles", "24, potable water 6 m³/h at 3 bar"],
            ["Core (backbone) probes", "6 x Pt100 on 3 m cables, accuracy ±0.3 °C"],
            ["Chamber probes", "2 x Pt100, top front and bottom rear"],
            ["Doors", "2 (loading and unloading), inflatable seals at 2.0-2.5 bar"],
            ["Exhaust fan", "2.2 kW"],
            ["Electrical supply", "400 V 3~ 50 Hz, 9 kW; controls 24 V DC"],
            ["Condensate drain", "DN 80 to a floor gully with grease trap"],
        ],
        (70, 100),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run cycles. Wear heat-resistant gloves and a face shield when opening the "
            "doors after a cycle.",
            "Before a person enters the chamber, close and lock the main steam valve, switch off and lock out the "
            "control panel and block the door open.",
            "Never tie down or weight the relief flap. The chamber is not designed for pressure.",
            "Floors near the doors are wet and fatty: keep them cleaned during the shift.",
            "The steam safety valve on the supply line belongs to the site's steam system; its testing is done by "
            "the site's inspector and is not covered here.",
        ],
    ),
    ("h", "3. Cycle settings and limits"),
    (
        "cols",
        [
            ("h", "Venting (come-up)"),
            (
                "p",
                "The vent valves stay open until both chamber probes have shown at least 100 °C for 3 min, and "
                "for at least 10 min in total. Only then does the cook time start. Air left in the chamber makes "
                "cold spots, most often on the bottom shelves near the doors.",
            ),
            ("h", "Cooking"),
            (
                "p",
                "The chamber is held at 101 °C (range 100-102 °C). The cook ends when the coldest core probe "
                "reaches the end temperature: 62 °C for skipjack, 65 °C for yellowfin and bigeye, unless the "
                "site's HACCP plan sets a higher value. The end temperature must be held for at least 2 min.",
            ),
            ("h", "Guide cook times"),
            (
                "p",
                "For fish thawed to a backbone temperature of -2 to +2 °C at loading: skipjack 1.5-2.5 kg, 70-90 "
                "min; skipjack 2.5-4.0 kg, 90-120 min; yellowfin 5-10 kg, 150-190 min; yellowfin 10-20 kg, "
                "190-260 min. The core probes, not the time, end the cook. No times are given for fish over 20 kg "
                "or for partly frozen fish; these need trial cooks with the core probes under the site's HACCP "
                "plan.",
            ),
            ("h", "Sorting"),
            (
                "p",
                "Cook one species and one size class per batch. The largest fish in a batch must weigh no more "
                "than 1.5 times the smallest.",
            ),
            ("h", "Probe placement"),
            (
                "p",
                "Place the six core probes in the largest fish, into the backbone just behind the head, on at "
                "least three trolleys: front, middle and rear row, with at least one probe in a fish on the bottom "
                "shelf next to a door.",
            ),
            ("h", "Misting"),
            (
                "p",
                "After the cook the chamber is misted for 20-40 min at 3 bar to cool the skin and stop the cook. "
                "Further cooling in the cooling room is set by the site.",
            ),
            ("h", "Cooking loss"),
            (
                "p",
                "For guidance, skipjack loses 22-28 % of its weight in the precooker; overcooking raises the loss.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop pressed. The steam valve closes and the vents open."],
            ["P02", "Door not locked", "A door is not closed and locked. The cycle cannot start."],
            [
                "P03",
                "Door seal pressure low",
                "Seal pressure below 1.8 bar. Check the air supply and the seal for cuts.",
            ],
            [
                "P04",
                "Steam pressure low",
                "Below 1.0 bar(g) at the distributor for 60 s. Check the site supply and the reducing valve.",
            ],
            [
                "P06",
                "Chamber temperature low",
                "Below 99 °C for more than 3 min after venting. Check the traps and the steam supply.",
            ],
            [
                "P07",
                "Chamber probes differ",
                "The two chamber probes differ by more than 2 °C. Air left in the chamber or a probe fault.",
            ],
            ["P08", "Core probe fault", "A core probe is open or short circuited. Check the cable and the plug."],
            [
                "P09",
                "Cook time exceeded",
                "Guide time plus 50 % reached without the end temperature. Check the fish and the probes.",
            ],
            ["P10", "Misting water low", "Misting pressure below 2 bar. Check the filter and the supply valve."],
            ["P11", "Exhaust fan fault", "Fan motor protection tripped or the fan belt broken."],
            ["P12", "Relief flap open", "Chamber pressure above 50 mbar: vent blocked. Stop the steam."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fish on the bottom shelves near the doors undercooked while the rest is done",
                "Air pocket: venting too short, or the condensate drain blocked",
                "Check the venting settings (at least 10 min); clear the drain; put a probe in a bottom fish",
            ],
            [
                "Cook takes much longer than the guide time",
                "Fish not fully thawed (backbone below -2 °C), steam pressure low, trolleys overloaded",
                "Check the thawing; check the steam at the distributor; load no more than 600 kg per trolley",
            ],
            [
                "Steam escapes round a door during the cook",
                "Seal pressure below 2.0 bar or the seal damaged",
                "Check the seal air supply; replace a cut seal",
            ],
            [
                "Skin split, meat flaking, high cooking loss",
                "Overcooked: end temperature set too high or probes in small fish",
                "Check the end temperature; put the probes in the largest fish",
            ],
            [
                "A core temperature jumps or reads far off",
                "Probe cable crushed in a door or trolley, wet plug",
                "Dry the plug; check the probe (section 7); replace it if needed",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Check that the chamber is empty, the drain is clear and the doors' seals are intact.",
            "Load the trolleys with one species and size class, no more than 600 kg each, fish lying belly down.",
            "Wheel in the 12 trolleys and insert the core probes as described in section 3.",
            "Close and lock both doors; the seals inflate.",
            "Select the recipe for the species and size and check the end temperature shown.",
            "Press START. Venting runs, then the cook.",
            "Watch the core temperatures; the cook ends by itself when the coldest probe has held the end "
            "temperature for 2 min.",
            "Misting runs, then the vent opens for 2 min and END is shown.",
            "Open the unloading door, remove the probes and wheel the trolleys to the cooling room.",
            "Print or save the cycle record for the HACCP file.",
        ],
    ),
    ("h", "7. Checking the core probes"),
    (
        "ol",
        [
            "Once a month, and after any probe has been repaired, check all six core probes and both chamber probes.",
            "Fill an insulated jug with crushed ice and a little potable water and stir it for 2 min.",
            "Put the probe tips 100 mm deep in the ice water next to the reference thermometer.",
            "After 3 min each probe must read 0.0 °C ±0.5 °C.",
            "Then check the probes in the chamber at 100 °C during a test cycle next to the reference thermometer: "
            "each probe must agree with the reference within ±0.5 °C.",
            "Replace a probe that is outside either limit (part CCV-CP-03) and record the check.",
        ],
    ),
    ("h", "8. Cleaning the chamber"),
    (
        "ol",
        [
            "After the last batch, let the chamber cool below 40 °C with the doors open.",
            "Lock out the control panel and close the steam valve.",
            "Remove fat and fish debris from the floor and the drain strainer.",
            "Foam the walls, the floor and the trolley rails with the site's cleaning agent, and rinse.",
            "Wipe the door seals with a soft cloth; never use a scraper on them.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the chamber (section 8); check the door seals and the drain strainer"],
            ["Weekly", "Clean the misting nozzles and the misting filter; check the condensate traps"],
            ["Monthly", "Check the core and chamber probes (section 7)"],
            ["Every 2000 cycles or 12 months, whichever comes first", "Replace both door seals"],
            ["Yearly", "Cocivar service: steam valves, vent valves, relief flap and control calibration"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Core probe Pt100 with 3 m cable", "CCV-CP-03"],
            ["Chamber probe Pt100", "CCV-CH-01"],
            ["Inflatable door seal", "CCV-DS-27"],
            ["Misting nozzle", "CCV-MN-06"],
            ["Condensate trap DN 20", "CCV-CT-20"],
            ["Relief flap gasket", "CCV-RF-05"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Kvarholt HG heading and gutting machines
KVARHOLT = [
    ("title", "Kvarholt HG Heading and Gutting Machines\nOperator's Manual - HG-45 and HG-80"),
    (
        "p",
        "Document KVH-OM-HG-06, Edition 1, November 2024. Kvarholt Fish Machinery. The HG-45 and HG-80 cut the "
        "head off whole round whitefish with a V-cut, open the belly and remove the guts by vacuum, for shore "
        "plants and factory vessels. The operator lays each fish into a pocket of the pocket chain; a light "
        "curtain measures its length and the head cut is placed from that length. Two circular head knives make "
        "the V-cut, the belly knife opens the belly, and the suction nozzle and the belly brush remove the guts "
        "and the black belly lining. The machines are set up for cod, haddock, saithe and pollock; other species "
        "need settings from Kvarholt. Apart from the fish size range and the values given for each model, the two "
        "machines are built alike. The liquid ring vacuum pump has its own manual. Installation on board, "
        "including the foundation and its bolts, is carried out by the shipyard to its own drawings.",
    ),
    (
        "warn",
        "WARNING: The head knives run on after a stop for up to 8 s. Never open the knife guard before the knife "
        "stop lamp is lit. Never put a hand past the stop plate of a pocket while the chain moves.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HG-45", "HG-80"],
            ["Fish length", "35-65 cm", "50-90 cm"],
            ["Fish weight, round", "0.4-2.5 kg", "1.2-7.0 kg"],
            [
                "Capacity, one operator, fish at 0-4 °C",
                "up to 32 fish/min",
                "up to 24 fish/min",
            ],
            ["Head knives, 2 circular, new diameter x thickness", "250 x 2.0 mm", "300 x 2.0 mm"],
            ["Head knife minimum diameter (replace below)", "240 mm", "290 mm"],
            ["Belly knife diameter", "120 mm", "150 mm"],
            ["Vacuum at the suction nozzle", "-0.45 to -0.60 bar", "-0.45 to -0.60 bar"],
            ["Liquid ring vacuum pump", "4.0 kW", "5.5 kW"],
            ["Main drive", "2.2 kW", "3.0 kW"],
            ["Total connected load, 400 V 3~ 50 Hz", "8.5 kW", "11 kW"],
            [
                "Washing water, clean seawater or potable water, 3-4 bar",
                "30 L/min",
                "40 L/min",
            ],
            ["Compressed air 6-7 bar", "120 NL/min", "160 NL/min"],
            ["Mass", "1250 kg", "1600 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The capacity holds with one trained operator feeding bled fish of one species at 0-4 °C. Fish in rigor "
        "(stiff, cannot be bent) does not lie flat in the pockets; the capacity falls and yields for fish in rigor "
        "are not given in this manual.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the main switch and wait for the knife stop lamp before opening any guard.",
            "Wear cut-resistant gloves when handling knives, and carry knives only in the knife box supplied.",
            "On board, secure the machine's covers before sailing in heavy weather, and never work on the machine "
            "alone.",
            "The gut separator fills with fish waste: empty it only with the vacuum pump stopped.",
            "Keep the light curtain window clean; never cover it to make the machine run.",
        ],
    ),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Head cut offset"),
            (
                "p",
                "The head cut is placed from the measured length; the offset moves it from -10 to +10 mm. A "
                "positive offset moves the cut towards the head and leaves less meat on the head. Start values: "
                "cod 0 mm, saithe 0 mm, haddock +4 mm, pollock +2 mm.",
            ),
            ("h", "Head cut loss"),
            (
                "p",
                "Check the head cut against hand-cut reference fish: with 20 fish of the same size, the weight of "
                "the machine-cut heads must be no more than 1.5 % of the round fish weight above the hand-cut "
                "heads. If it is more, adjust the offset by 2 mm at a time.",
            ),
            ("h", "Belly cut depth"),
            (
                "p",
                "Settable 8-25 mm. Cod 14 mm, saithe 14 mm, haddock 12 mm, pollock 13 mm. Too shallow a cut "
                "leaves guts; too deep a cut damages the fillets.",
            ),
            ("h", "Vacuum"),
            (
                "p",
                "Set -0.45 to -0.60 bar at the nozzle gauge. Weaker than -0.40 bar for 5 s stops the machine with "
                "G06. A stronger vacuum than -0.60 bar tears the belly flaps.",
            ),
            ("h", "Fish condition"),
            (
                "p",
                "Feed only bled fish at 0-4 °C, one fish per pocket, belly towards the operator and the head "
                "against the stop plate. Fish outside the length range of the model are rejected with G12.",
            ),
            ("h", "Knife wear"),
            (
                "p",
                "Replace a head knife when its diameter is below 240 mm (HG-45) or 290 mm (HG-80), or when it is "
                "nicked. Knives are not sharpened on board or in the plant: they are sent to Kvarholt or to a "
                "knife grinding service, and the sharpening is not described here.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
            ["G02", "Guard open", "A guard or the knife cover is open. Close it and press RESET."],
            ["G03", "Main drive overload", "Pocket chain blocked or overloaded. Clear the chain and reset."],
            [
                "G04",
                "Pocket chain jam",
                "Torque limiter on the chain drive slipped: a fish caught under a pocket. Clear it and reset the "
                "limiter.",
            ],
            [
                "G05",
                "Length sensor dirty",
                "Light curtain window covered with slime or scales. Wipe it with a soft wet cloth.",
            ],
            [
                "G06",
                "Vacuum low",
                "Weaker than -0.40 bar for 5 s. Check the nozzle, the separator and the vacuum pump water.",
            ],
            ["G07", "Gut separator full", "Level switch in the separator. Stop the pump and empty it."],
            ["G08", "Water pressure low", "Washing water below 2.5 bar. Check the supply and the filter."],
            ["G09", "Air pressure low", "Compressed air below 5 bar. Check the supply."],
            ["G11", "Knife motor overload", "Head knife blocked or blunt. Stop, check the knife and reset."],
            [
                "G12",
                "Fish out of range",
                "Fish shorter or longer than the model's range; it passes uncut to the reject chute.",
            ],
            ["G13", "Service due", "1500 operating hours since the last service. The machine still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Guts and black belly lining left in the fish",
                "Vacuum weak, suction nozzle blocked, gut separator full, belly cut too shallow or brush worn",
                "Clean the nozzle and empty the separator; check the vacuum and the cut depth; replace a worn brush",
            ],
            [
                "Too much meat left on the heads",
                "Offset wrong for the species, light curtain dirty, or fish not against the stop plate",
                "Set the offset; clean the window; feed fish head to the stop plate",
            ],
            [
                "Heads not cut through, ragged cut",
                "Head knives blunt or worn below their minimum diameter",
                "Measure and replace the knives (section 7)",
            ],
            [
                "Belly cut off centre or through the side",
                "Fish fed crooked or the pocket guide worn",
                "Feed the fish straight; replace the pocket guide",
            ],
            [
                "Vacuum pump rumbles and the vacuum falls",
                "Too little service water to the liquid ring pump",
                "Check the service water valve and its strainer",
            ],
        ],
        (50, 62, 58),
    ),
    ("h", "6. Daily start"),
    (
        "ol",
        [
            "Check that all guards are closed and the gut separator is empty.",
            "Open the washing water and the air; check 3-4 bar water and 6-7 bar air.",
            "Switch on, press RESET and start the vacuum pump; check the nozzle gauge.",
            "Select the species; check the offset and the belly cut depth shown.",
            "Start the pocket chain and the knives.",
            "Run 10 fish and check the head cut and the belly cavity before production.",
        ],
    ),
    ("h", "7. Changing the head knives"),
    (
        "ol",
        [
            "Stop the machine, lock out the main switch and wait until the knife stop lamp is lit.",
            "Open the knife cover and put on cut-resistant gloves.",
            "Insert the knife locking pin through the knife and the knife hub.",
            "Unscrew the centre nut; it has a left-hand thread, so turn it clockwise to loosen.",
            "Remove the clamping flange and lift the knife off into the knife box.",
            "Clean the hub and the flange; check the hub for nicks.",
            "Fit the new knife with the rotation arrow pointing in the running direction.",
            "Fit the flange and tighten the centre nut to 45 Nm; remove the locking pin.",
            "Turn the knife by hand and check the runout at the rim with the dial gauge: no more than 0.3 mm.",
            "Repeat for the second knife, close the cover and test with 10 fish.",
        ],
    ),
    ("h", "8. Checking and setting the head cut"),
    (
        "ol",
        [
            "Take 20 fish of the same species and size class from the line before the machine.",
            "Weigh each fish round and number it.",
            "Run 10 of them through the machine and collect the heads in numbered order from the head chute.",
            "Cut the heads of the other 10 by hand at the reference line behind the collar bone.",
            "Weigh the heads and work out the head weight as a percentage of the round weight for each group.",
            "If the machine-cut heads are more than 1.5 % of the round weight above the hand-cut heads, raise "
            "the offset by 2 mm; if the cut goes into the collar bone, lower it by 2 mm.",
            "Repeat the check with new fish after each change until the difference is within 1.5 %.",
            "Save the offset under the species in the settings menu.",
        ],
    ),
    ("h", "9. Cleaning the vacuum system"),
    (
        "ol",
        [
            "At the end of the shift, run the vacuum pump and draw 20 L of clean water through the suction nozzle.",
            "Stop the vacuum pump and empty the gut separator through its bottom valve.",
            "Remove the suction nozzle, brush it out and refit it.",
            "Rinse the separator and close the bottom valve.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Clean the machine and the vacuum system (section 9); wipe the light curtain window"],
            ["Weekly", "Measure the head knife diameters; check the belly brush and the pocket guides"],
            ["250 h or monthly, whichever comes first", "Grease the pocket chain bearings; check the chain tension"],
            ["1500 h (G13)", "Kvarholt service: knife spindles, chain, vacuum pump, light curtain"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HG-45", "HG-80"],
            ["Head knife, circular", "KVH-HK-250", "KVH-HK-300"],
            ["Belly knife", "KVH-BK-120", "KVH-BK-150"],
            ["Belly brush", "KVH-BB-45", "KVH-BB-80"],
            ["Suction nozzle", "KVH-SN-45", "KVH-SN-80"],
            ["Pocket guide", "KVH-PG-45", "KVH-PG-80"],
            ["Knife locking pin", "KVH-LP-01", "KVH-LP-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("hudsker-hs-fish-skinning-machine.pdf", "Hudsker HSK-OM-HS-04 Ed 3 - HS-420 / HS-560", HUDSKER),
        ("mjolmar-sc-fish-meal-cooker.pdf", "Mjolmar MJM-OM-SC-11 Ed 2 - SC-300 / SC-500", MJOLMAR),
        ("cocivar-tp-tuna-precooker.pdf", "Cocivar CCV-OM-TP12-02 Ed 2 - TP-12", COCIVAR),
        (
            "kvarholt-hg-fish-heading-and-gutting-machine.pdf",
            "Kvarholt KVH-OM-HG-06 Ed 1 - HG-45 / HG-80",
            KVARHOLT,
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
