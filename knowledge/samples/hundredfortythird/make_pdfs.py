"""Generate the PDF manuals of the hundred-and-forty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set143-scratch/venv && /tmp/set143-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set143-scratch/venv/bin/python knowledge/samples/hundredfortythird/make_pdfs.py

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



# ---------------------------------------------------------------- Curvesta FG freeform lens generators
CURVESTA = [
    ("title", "Curvesta FG Freeform Lens Generators\nOperation and Maintenance Manual - FG-41 and FG-42"),
    (
        "p",
        "Document CVS-OM-FG-04, Edition 3, March 2025. Curvesta Surfacing Systems. The FG-41 and FG-42 are CNC "
        "generators that cut the back surface of plastic spectacle lenses: freeform, progressive, toric and "
        "spherical. The lens is held on its alloyless block in a collet chuck. A milling spindle roughs the blank and "
        "cribs it down to the diameter the job asks for, then a fast tool servo (FTS) turning axis with a natural "
        "diamond tool cuts the final surface. The FG-42 has a longer FTS stroke, a stronger milling spindle and a "
        "larger coolant tank for high powers and large blanks; apart from the values given for each model, the two "
        "generators are built alike. The surface of each job is calculated by the lab's lens design software and "
        "sent through the lab management system (LMS); the generator does not calculate designs and does not decide "
        "lens thickness. The coolant chiller, the compressed air supply and the collection of swarf and used coolant "
        "are the site's.",
    ),
    (
        "warn",
        "WARNING: Never defeat the door interlock or reach into the work area while a spindle turns. The diamond "
        "tool and the PCD cutter are razor sharp even when stopped: handle them by the shank only. Dry swarf is "
        "combustible; empty the swarf basket every shift and keep swarf containers away from heat.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FG-41", "FG-42"],
            ["Lens blank diameter", "55-80 mm", "55-90 mm"],
            ["Maximum blank thickness", "22 mm", "30 mm"],
            ["FTS stroke (largest sag difference within one revolution)", "12 mm", "20 mm"],
            ["Work spindle speed, turning", "300-3000 rpm", "300-3500 rpm"],
            ["Milling spindle", "3.0 kW, 24 000 rpm", "4.5 kW, 30 000 rpm"],
            ["PCD milling cutter diameter", "20 mm", "24 mm"],
            ["Turning tool", "natural diamond, nose radius 2.0 mm", "natural diamond, nose radius 2.0 mm"],
            [
                "Typical cycle time, polycarbonate 70 mm blank, -4.00 D progressive, roughing to fine cut",
                "85 s",
                "70 s",
            ],
            ["Surface roughness after the fine cut, new tool, CR-39", "Ra 0.25 µm or better", "Ra 0.25 µm or better"],
            ["Coolant tank", "120 L", "160 L"],
            ["Coolant temperature at the nozzle", "20-24 °C", "20-24 °C"],
            ["Compressed air, 6-8 bar, dry and oil-free", "180 L/min", "240 L/min"],
            ["Supply 400 V 3~ 50 Hz", "12 kVA, fuse 20 A", "16 kVA, fuse 25 A"],
            ["Noise at 1 m while roughing", "74 dB(A)", "76 dB(A)"],
            ["Footprint W x D, height", "1100 x 1650 mm, 1950 mm", "1250 x 1750 mm, 1950 mm"],
            ["Mass", "1450 kg", "1720 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Cycle times are for polycarbonate. CR-39 and 1.60 lenses take about 10 % longer and 1.74 lenses about 25 % "
        "longer, because the roughing depth per pass is smaller. Glass lenses cannot be generated on either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Curvesta or by the lab's trained operators may run the generator.",
            "Wear safety glasses and nitrile gloves when handling coolant; the concentrate irritates the skin.",
            "Switch to SETUP mode before any work in the work area. In SETUP mode the spindles turn only with the "
            "hold-to-run key and no faster than 100 rpm.",
            "Never start a job with a cracked or chipped block: the lens can be thrown against the door.",
            "The door window is a safety part. Replace it after any impact, crack or heavy scratching; never clean it "
            "with solvents.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Roughing depth by material"),
            (
                "p",
                "Maximum milling depth per pass: 5.0 mm for CR-39 and 1.60, 4.0 mm for polycarbonate and Trivex, "
                "3.0 mm for 1.67 and 1.74. The job file sets the number of passes. Never raise the depths in the "
                "MATERIAL table above these values; G07 follows.",
            ),
            ("h", "Fine cut"),
            (
                "p",
                "Fine cut feed 0.06-0.12 mm per revolution. The time of the fine cut is: Fine cut time (s) = lens "
                "radius (mm) / feed (mm/rev) / spindle speed (rev/s). Example: a 35 mm radius at 0.10 mm/rev and "
                "1500 rpm (25 rev/s) takes 35 / 0.10 / 25 = 14 s.",
            ),
            ("h", "Centre thickness"),
            (
                "p",
                "The generator refuses (G12) a job whose centre thickness is below 1.0 mm for polycarbonate and "
                "Trivex, or below 1.5 mm for all other materials. The thickness itself is set by the lens design "
                "software, not on the generator.",
            ),
            ("h", "Warm-up"),
            (
                "p",
                "After a standstill of more than 4 h, run program WARM before cutting: 15 min on the FG-41, 20 min on "
                "the FG-42. A cold work spindle grows by up to 15 µm as it warms, which shows as a power error on the "
                "first lenses.",
            ),
            ("h", "Coolant"),
            (
                "p",
                "Curvesta coolant CA-7 in water at 3-5 %. Concentration (%) = refractometer reading (°Brix) x 1.8. "
                "Example: 2.2 °Brix x 1.8 = 4.0 %. Below 3 % add concentrate; above 5 % add water. The pH must stay "
                "between 8.5 and 9.5.",
            ),
            ("h", "Air supply"),
            (
                "p",
                "The generator stops with G02 when the air pressure at the machine falls below 5.5 bar for more than "
                "3 s. The collet needs at least 4.5 bar to clamp (G06).",
            ),
            ("h", "Tool centre height"),
            (
                "p",
                "The diamond tip must sit on the spindle centre within ±5 µm. An error shows as a small raised pip or "
                "a dimple at the lens centre; correct it with section 7.",
            ),
            ("h", "Diamond tool life"),
            (
                "p",
                "Turn the tool to a fresh cutting point, or replace it, after 2500 lenses or when Ra exceeds 0.4 µm, "
                "whichever comes first. Polycarbonate wears the tool about twice as fast as CR-39. A tool can be "
                "turned twice; after that it goes back to Curvesta for relapping.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Door open", "Door or interlock open. Close the door and press RESET."],
            [
                "G02",
                "Air pressure low",
                "Below 5.5 bar for more than 3 s. Check the site supply and the filter regulator at the machine.",
            ],
            ["G03", "Coolant level low", "Top up with CA-7 premixed at 4 %."],
            [
                "G04",
                "Coolant temperature",
                "Outside 18-26 °C at the nozzle. Check the chiller (see its own manual) and the coolant flow.",
            ],
            ["G05", "No block detected", "Block missing, wrong block type or dirty block sensor in the chuck."],
            ["G06", "Chuck not clamped", "Clamping air below 4.5 bar or collet worn."],
            [
                "G07",
                "Milling spindle overload",
                "Cutter blunt, or roughing depth too high for the material. Check the MATERIAL table.",
            ],
            [
                "G08",
                "FTS following error",
                "Sag change too fast for the speed. The job is repeated once at 80 % speed automatically.",
            ],
            ["G10", "Tool not measured", "A tool was changed without TOOLSET. Run TOOLSET (section 7)."],
            [
                "G11",
                "Job file missing",
                "Job not found or unreadable. Check the LMS connection; the network is the lab's IT.",
            ],
            [
                "G12",
                "Job outside machine range",
                "Sag larger than the FTS stroke, blank too large, or centre thickness below the minimum.",
            ],
            ["G13", "Axis limit", "An axis reached its limit switch. Press RESET and HOME."],
            ["G14", "Service due", "2000 h or 12 months since the last Curvesta service. The generator still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fine, evenly spaced rings still visible after polishing",
                "Fine cut feed too high, or the diamond worn",
                "Check the feed (0.12 mm/rev at most); turn or replace the tool (section 7)",
            ],
            [
                "Small raised point or dimple at the lens centre",
                "Tool centre height off",
                "Set the centre height (section 7, steps 6 to 8)",
            ],
            [
                "Wavy chatter marks on high minus lenses",
                "Lens not firm on the block, worn collet",
                "Check block adhesion; replace the collet CVS-CL-43",
            ],
            [
                "Lens comes off the block while roughing",
                "Block adhesive under-cured, or roughing too deep",
                "Check the blocker (see its manual); check the MATERIAL table",
            ],
            [
                "All lenses off in power by the same amount",
                "Wrong tool radius after a tool change, or wrong material index in the job",
                "Run TOOLSET again; check the material in the job",
            ],
            [
                "Long strings of swarf wrap round the chuck",
                "Coolant flow low, nozzles blocked",
                "Clean the nozzles; the flow must be at least 6 L/min at the nozzle",
            ],
            [
                "Power error on the first lenses of the morning only",
                "Warm-up skipped",
                "Run WARM after every standstill of more than 4 h",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Starting the generator"),
    (
        "ol",
        [
            "Check the air gauge at the filter regulator: 6-8 bar.",
            "Check the coolant level in the sight glass of the tank.",
            "Switch on the main switch and wait for the control to start (about 90 s).",
            "Press HOME: all axes move to their reference positions.",
            "If the generator has stood for more than 4 h, run WARM and wait until it ends (15 min FG-41, 20 min "
            "FG-42).",
            "Check the coolant temperature on the display: 20-24 °C.",
            "Scan the job barcode on the tray, fit the block into the chuck with its notch on the alignment pin and "
            "press CLAMP.",
            "Close the door and press START.",
        ],
    ),
    ("h", "7. Changing the diamond tool and setting the centre height"),
    (
        "ol",
        [
            "Finish the running job, open the door and select SETUP mode.",
            "Loosen the two M4 clamping screws of the tool holder and take out the old tool by its shank.",
            "Clean the tool seat with a lint-free cloth and isopropanol.",
            "Fit the new (or turned) tool CVS-DT-20 against the stop and tighten the screws to 2.5 Nm.",
            "Run TOOLSET: the laser tool setter measures the tool radius and position, and G10 clears.",
            "Cut a test lens: a plano surface on a CR-39 blank with program TEST-CH.",
            "Look at the lens centre with the 10x measuring loupe and measure the diameter of any pip or dimple. "
            "Enter it under TOOLSET > CENTRE; the control corrects the tool height by half that diameter.",
            "Cut a second test lens. No pip or dimple may be visible under the loupe.",
            "Reset the tool counter under SERVICE > TOOL.",
        ],
    ),
    ("h", "8. Changing the coolant"),
    (
        "ol",
        [
            "Stop the generator and switch off the coolant pump.",
            "Take out the swarf basket and empty it into the site's swarf container.",
            "Pump the old coolant into drums with the drain pump. Used coolant is collected by a licensed waste "
            "contractor arranged by the site; never pour it into a drain.",
            "Clean the tank and replace the 100 µm bag filter CVS-BF-100.",
            "Fill with 115 L of water and 4.8 L of CA-7 (FG-41), or 154 L of water and 6.4 L of CA-7 (FG-42).",
            "Run the pump for 5 min and check the concentration with the refractometer: 3-5 %.",
            "Reset the coolant counter under SERVICE > COOLANT.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Empty the swarf basket; wipe the chuck and the collet; check the air and coolant level"],
            ["Weekly", "Check the coolant concentration and pH"],
            ["2500 lenses or Ra above 0.4 µm", "Turn or replace the diamond tool (section 7)"],
            ["Monthly", "Replace the bag filter; clean the tool setter window"],
            ["6 months or 1000 h, whichever comes first", "Change the coolant (section 8)"],
            ["12 months or 2000 h (G14)", "Curvesta service: spindle run-out, FTS calibration, axis backlash"],
            ["10 000 h", "Milling spindle bearings exchanged by Curvesta service (no user procedure)"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FG-41", "FG-42"],
            ["Natural diamond turning tool R 2.0 mm", "CVS-DT-20", "CVS-DT-20"],
            ["PCD milling cutter", "CVS-MC-20", "CVS-MC-24"],
            ["Collet for 43 mm blocks", "CVS-CL-43", "CVS-CL-43"],
            ["Bag filter 100 µm", "CVS-BF-100", "CVS-BF-100"],
            ["Coolant CA-7, 20 L", "CVS-CA7-20", "CVS-CA7-20"],
            ["Door window", "CVS-DW-41", "CVS-DW-42"],
            ["Block sensor", "CVS-BS-01", "CVS-BS-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vaporell VE anti-reflective vacuum coating chambers
VAPORELL = [
    (
        "title",
        "Vaporell VE Anti-Reflective Vacuum Coating Chambers\nOperation and Maintenance Manual - VE-900 and VE-1100",
    ),
    (
        "p",
        "Document VPL-OM-VE-07, Edition 2, June 2024. Vaporell Coating Systems. The VE-900 and VE-1100 are box "
        "coaters for anti-reflective (AR) coatings on hard-coated plastic spectacle lenses. The lenses sit in rings on "
        "a rotating flip dome. An end-Hall ion source cleans the surface, an electron beam gun evaporates the oxide "
        "layers, a resistance boat evaporates the hydrophobic top coat and a quartz crystal monitor controls the "
        "thickness of each layer. The VE-1100 has a larger dome, chamber and pumps; apart from the values given for "
        "each model, the two coaters are built alike. The layer stacks (recipes) are not part of this manual: they "
        "come with the lab's recipe package from Vaporell process engineering. Cleaning the lenses before coating is "
        "covered by the cleaning line's own manual. Cooling water, nitrogen, compressed air and the exhaust of the "
        "roughing pump are provided by the site.",
    ),
    (
        "warn",
        "DANGER: The electron beam gun works at 10 kV. Never open the gun cover or the HV cabinet before the HV is "
        "switched off and the gun has been earthed with the earthing rod after a wait of at least 5 min. The HV "
        "supply may only be repaired by Vaporell service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VE-900", "VE-1100"],
            ["Dome diameter", "900 mm", "1100 mm"],
            ["Lens capacity per batch, 70 mm lenses", "96", "150"],
            ["Chamber inside, W x H x D", "1000 x 1100 x 1000 mm", "1200 x 1300 x 1200 mm"],
            ["Roughing pump (dry screw)", "100 m³/h", "160 m³/h"],
            ["Turbomolecular pump", "2100 L/s", "3200 L/s"],
            ["Base pressure, clean empty chamber, after 12 h pumping", "2.0E-6 mbar", "3.0E-6 mbar"],
            [
                "Pump-down to the start pressure of 3.0E-5 mbar, full load of dry lenses, trap cold",
                "11 min",
                "14 min",
            ],
            ["Electron beam gun, 10 kV", "6 kW, 4-pocket crucible", "10 kW, 6-pocket crucible"],
            ["Resistance boats for the top coat", "2", "3"],
            ["Door-to-door batch time, 4-layer AR and top coat, both sides, full load", "38 min", "46 min"],
            ["Cooling water 18-22 °C, 3-5 bar", "15 L/min", "22 L/min"],
            ["Supply 400 V 3~ 50 Hz", "35 kVA", "50 kVA"],
            ["Nitrogen for venting, dry, 2-3 bar", "about 500 L per batch", "about 750 L per batch"],
            ["Mass", "2300 kg", "3100 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Pump-down and batch times hold only for lenses dried as in section 6 with the water vapour trap cold. Wet "
        "lenses, wet ring holders or freshly tinted lenses can double the pump-down time.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained by Vaporell or by the lab's trained staff may run batches.",
            "The crucible and the boats stay hot for about 20 min after a batch. Use the tongs supplied.",
            "Wear an FFP3 mask, gloves and safety glasses when changing the shields: the oxide flakes are fine dust.",
            "Vent only with dry nitrogen. Nitrogen displaces oxygen; keep the room ventilation running.",
            "The chamber shields the soft X-rays produced by the gun. Never run the gun with a viewport cover or "
            "a flange removed.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Lens temperature"),
            (
                "p",
                "Plastic lenses are coated without substrate heating. The dome thermocouple must stay below 75 °C for "
                "CR-39 and 1.60-1.74 lenses with hard coat, and below 65 °C for polycarbonate and Trivex. The "
                "process pauses with V11 when the limit set in the recipe is reached.",
            ),
            ("h", "Ion pre-clean"),
            (
                "p",
                "60-120 s at 100-120 V with argon and oxygen. A longer pre-clean roughens the hard coat and lowers "
                "adhesion.",
            ),
            ("h", "Evaporation rates"),
            (
                "p",
                "SiO2 0.8-1.0 nm/s, ZrO2 0.3-0.4 nm/s, top coat 8-12 nm in total from the boat. Rates above these "
                "make the material spit. Pre-melt new crucible material for 60 s at low power before the first "
                "batch.",
            ),
            ("h", "Pressures"),
            (
                "p",
                "Deposition does not start above 3.0E-5 mbar. With oxygen backfill for ZrO2 the process pressure is "
                "1.5E-4 to 2.5E-4 mbar.",
            ),
            ("h", "Tooling factor"),
            (
                "p",
                "The crystal does not sit in the dome, so each material has a tooling factor (TF). New TF = old TF x "
                "measured thickness / displayed thickness. Example: old TF 1.12, displayed 100 nm, measured on a "
                "witness lens 94 nm: 1.12 x 94 / 100 = 1.05. Change a TF by no more than 10 % at a time.",
            ),
            ("h", "Quartz crystal"),
            (
                "p",
                "6.0 MHz gold crystals. Replace the crystal when its frequency has fallen below 5.4 MHz or the monitor "
                "shows less than 15 % life, whichever comes first, and always after a crystal failure (V09).",
            ),
            ("h", "Venting and unloading"),
            (
                "p",
                "The trap defrosts automatically (4 min) before the chamber is vented. Open the door only at "
                "atmosphere. Unload polycarbonate only when the dome reads below 45 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["V01", "Door not sealed", "Door open or the door seal not pulled in. Clean the O-ring and close again."],
            [
                "V02",
                "Cooling water",
                "Flow below 12 L/min (VE-900) or 18 L/min (VE-1100). Check the site supply and the strainer.",
            ],
            ["V03", "Rough vacuum", "Not below 0.1 mbar within 6 min. Door seal, vent valve or roughing pump."],
            [
                "V04",
                "High vacuum",
                "Not below 3.0E-5 mbar within 25 min. Wet lenses, leaking door seal or trap not cold.",
            ],
            ["V05", "Gun arcing", "More than 5 arcs in 60 s. Material spitting or dirty gun; clean the gun area."],
            ["V06", "HV fault", "HV supply fault. Call Vaporell service; the HV supply is not user serviceable."],
            ["V07", "Crucible position", "Pocket position not confirmed. Check the crucible drive for flakes."],
            ["V09", "Crystal failure", "Crystal dead or contact lost. Replace the crystal (section 7)."],
            ["V10", "Rate unstable", "Rate outside ±15 % of the setpoint for 10 s. Check the material level."],
            ["V11", "Lens temperature", "Dome temperature limit of the recipe reached; the process pauses."],
            ["V12", "Nitrogen low", "Vent nitrogen below 1.5 bar. The chamber stays under vacuum."],
            ["V13", "Service due", "1500 batches or 12 months since the last Vaporell service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Residual AR colour changes from batch to batch",
                "Crystal near the end of its life, or a tooling factor that has drifted",
                "Replace the crystal; check the TF with a witness lens",
            ],
            [
                "Fine cracks (crazing) in the AR after a few days",
                "Lenses too hot in the process, or the hard coat not fully cured",
                "Check the dome temperature limit; check the hard coat cure with the hard coating line",
            ],
            [
                "AR comes off in the tape test",
                "Pre-clean too short, lenses not dry, residue from cleaning",
                "Check the pre-clean time and the drying; check the cleaning line",
            ],
            [
                "Small spots or pinholes on many lenses",
                "Material spitting: not pre-melted, or rate too high",
                "Pre-melt the material; keep to the rates in section 3",
            ],
            [
                "Pump-down much slower than usual",
                "Wet lenses or rings, dirty door seal, trap not cold",
                "Dry the lenses and rings; clean the seal; check the trap",
            ],
            [
                "Water no longer beads on the finished lenses",
                "Top coat boat empty, or the tablet too old",
                "Fit a new top coat tablet in every batch",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a batch"),
    (
        "ol",
        [
            "Dry the cleaned lenses for at least 30 min at 55-60 °C in the lab's drying cabinet, polycarbonate at "
            "50 °C.",
            "Fit the lenses in the rings and the rings in the dome, first side to be coated facing down.",
            "Check the crucible pockets: SiO2 granules up to 2 mm below the rim, ZrO2 pieces covering the bottom.",
            "Put a new top coat tablet in the boat.",
            "Check the crystal life on the monitor: at least 15 %.",
            "Close the door, select the recipe and press START.",
            "The coater pumps down, pre-cleans, coats the first side, flips the dome and coats the second side, "
            "ending with the top coat.",
            "At END the trap defrosts and the chamber is vented with nitrogen.",
            "Unload; for polycarbonate wait until the dome is below 45 °C.",
            "Write the batch number on the job trays and test one witness lens with the tape test.",
        ],
    ),
    ("h", "7. Replacing the quartz crystal"),
    (
        "ol",
        [
            "Vent the chamber (MANUAL > VENT) and open the door.",
            "Pull the crystal holder off the sensor head.",
            "Lift out the retainer and the old crystal with the plastic tweezers; never touch a crystal with fingers.",
            "Fit a new crystal VPL-QC-6, gold side towards the sources, and refit the retainer.",
            "Push the holder back onto the sensor head until it clicks.",
            "On the monitor select CRYSTAL > NEW: the frequency must read between 5.98 and 6.00 MHz.",
            "Close the door and pump down.",
        ],
    ),
    ("h", "8. Changing the chamber shields"),
    (
        "ol",
        [
            "Let the chamber cool for at least 30 min after the last batch, then vent and open the door.",
            "Put on an FFP3 mask, gloves and glasses.",
            "Switch off the HV and earth the gun with the earthing rod.",
            "Take out the side shields and the gun shield and place them in the shield box for cleaning.",
            "Vacuum the chamber floor with the lab's HEPA vacuum cleaner; never blow out with compressed air.",
            "Fit the clean shield set VPL-SH-900 (VE-900) or VPL-SH-1100 (VE-1100).",
            "Clean the door O-ring with a lint-free cloth and isopropanol.",
            "Close the door and pump down for at least 2 h before the next batch.",
        ],
    ),
    (
        "p",
        "The used shields are bead blasted and cleaned by an outside cleaning service; this manual does not cover "
        "shield cleaning.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Check the crucible fill and the top coat boat; wipe the door seal"],
            ["Daily", "Check the cooling water flow and the nitrogen pressure"],
            ["40 batches, or when flakes fall on lenses, whichever comes first", "Change the shields (section 8)"],
            ["Weekly", "Clean the door O-ring; check the dome rotation and the flip"],
            ["4000 h", "Roughing pump service (see the pump maker's manual)"],
            ["12 months or 1500 batches (V13)", "Vaporell service: HV supply, gun, turbopump check, leak test"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VE-900", "VE-1100"],
            ["Quartz crystals 6.0 MHz, pack of 10", "VPL-QC-6", "VPL-QC-6"],
            ["Crucible liner set", "VPL-CL-4", "VPL-CL-6"],
            ["Door O-ring", "VPL-OR-900", "VPL-OR-1100"],
            ["Shield set", "VPL-SH-900", "VPL-SH-1100"],
            ["Ion source filament", "VPL-IF-05", "VPL-IF-05"],
            ["Resistance boats, pack of 20", "VPL-TB-20", "VPL-TB-20"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Lustrovik PL freeform lens polishers
LUSTROVIK = [
    ("title", "Lustrovik PL Freeform Lens Polishers\nOperation and Maintenance Manual - PL-1 and PL-2"),
    (
        "p",
        "Document LSV-OM-PL-02, Edition 1, October 2024. Lustrovik Lens Finishing. The PL-1 and PL-2 polish the back "
        "surface of plastic spectacle lenses after freeform generating. A flexible air-backed tool carrying a "
        "polishing pad follows the surface under CNC control while a recirculating slurry does the polishing. The "
        "PL-1 polishes one lens per cycle; the PL-2 has two spindles and polishes the two lenses of a pair together. "
        "Apart from the values given for each model, the two polishers are built alike. The polishing programme of "
        "each job comes with the job file from the lens design software. The slurry chiller is a separate unit with "
        "its own manual, and used slurry is disposed of as the site's waste rules require.",
    ),
    (
        "warn",
        "CAUTION: Keep hands out of the work area while the spindles turn. Slurry is slippery: clean up spills at once. "
        "Wear gloves and glasses when handling slurry concentrate.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PL-1", "PL-2"],
            ["Lenses per cycle", "1", "2"],
            ["Lens diameter", "55-85 mm", "55-85 mm"],
            ["Tool spindle speed", "200-1800 rpm", "200-1500 rpm"],
            ["Lens spindle speed", "100-1200 rpm", "100-1000 rpm"],
            ["Tool pressure (air)", "0.5-2.5 bar", "0.5-2.5 bar"],
            ["Standard polishing time, CR-39, one cycle", "90 s", "110 s"],
            ["Throughput, CR-39, standard programme", "up to 40 lenses/h", "up to 65 lenses/h"],
            ["Slurry tank", "40 L", "60 L"],
            ["Slurry flow per spindle", "1.5-2.5 L/min", "1.5-2.5 L/min"],
            ["Slurry temperature at the nozzle", "14 °C ±2 °C", "14 °C ±2 °C"],
            ["Compressed air, 6-8 bar", "120 L/min", "200 L/min"],
            ["Supply 400 V 3~ 50 Hz", "3.5 kVA, fuse 10 A", "5.5 kVA, fuse 16 A"],
            ["Noise at 1 m", "68 dB(A)", "70 dB(A)"],
            ["Mass, tank empty", "620 kg", "840 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the polisher or change programmes.",
            "Never open the door during a cycle; the door stays locked until both spindles stand still.",
            "Switch off and lock the main switch before working on the slurry pump or the tank.",
            "Slurry on the floor makes it slippery. Use the drip tray under the tank and clean up at once.",
        ],
    ),
    ("h", "3. Process limits and settings"),
    (
        "cols",
        [
            ("h", "Slurry types"),
            (
                "p",
                "LP-12 for CR-39, 1.56 and 1.60. LP-20 for polycarbonate, Trivex, 1.67 and 1.74. Never mix the two "
                "in one tank; change the whole slurry when changing type (section 8).",
            ),
            ("h", "Slurry density"),
            (
                "p",
                "Density (g/cm³) = mass of a 100 mL sample (g) / 100. Example: a 100 mL sample weighing 112 g gives "
                "1.12 g/cm³. Keep LP-12 at 1.10-1.14 g/cm³ and LP-20 at 1.14-1.18 g/cm³. Above the range add "
                "demineralised water in 0.5 L steps; below it add slurry concentrate.",
            ),
            ("h", "Slurry change"),
            (
                "p",
                "Change the slurry after 15 lenses per litre of tank volume, that is 600 lenses (PL-1) or 900 lenses "
                "(PL-2), or after 14 days, whichever comes first.",
            ),
            ("h", "Pad life"),
            (
                "p",
                "Replace the polishing pad after 40 cycles with CR-39 and 1.60, or after 25 cycles with "
                "polycarbonate, Trivex, 1.67 and 1.74, or sooner if haze appears. On the PL-2 always change both "
                "pads together.",
            ),
            ("h", "Tool pressure"),
            (
                "p",
                "Set by the programme, 0.8-1.6 bar for the standard programmes. Above 2.0 bar the edge of a thin "
                "minus lens can be turned down: never set a manual override above 2.0 bar.",
            ),
            ("h", "Polishing time by material"),
            (
                "p",
                "Polishing time (s) = standard time for CR-39 (s) x material factor. Factors: 1.0 for CR-39 and 1.60, "
                "1.3 for polycarbonate and Trivex, 1.4 for 1.67 and 1.74. Example: polycarbonate on the PL-1 takes "
                "90 x 1.3 = 117 s.",
            ),
            ("h", "Stock removal"),
            (
                "p",
                "The standard programmes remove 3-8 µm. A correctly polished lens differs from the generated surface "
                "by less than 0.03 D.",
            ),
        ],
    ),
    ("h", "4. Error codes"),
    (
        "table",
        [
            ["Code", "Error", "Cause and action"],
            ["E101", "Door open", "Door open or lock not engaged. Close the door."],
            ["E102", "Air pressure low", "Below 5.5 bar at the machine. Check the site supply."],
            [
                "E103",
                "Slurry flow low",
                "Below 1.2 L/min on a spindle. Clean the nozzle and the 200 µm suction sieve; check the level.",
            ],
            [
                "E104",
                "Slurry temperature",
                "Outside 10-18 °C. Check the chiller (see its own manual) and the hoses to it.",
            ],
            ["E105", "No tool", "Tool or pad not detected. Fit the tool; check the pad."],
            [
                "E106",
                "Tool pressure",
                "Tool pressure not reached within 5 s. Membrane leaking: replace the tool LSV-TM-01.",
            ],
            ["E107", "Chuck not clamped", "Lens chuck not clamped. Check the block and the collet."],
            ["E109", "No programme", "The job file holds no polishing programme. Ask for the job to be resent."],
            ["E110", "Pad counter", "Pad life reached (warning). Replace the pad (section 6)."],
            ["E111", "Slurry change due", "Lens count or 14 days reached (warning). Change the slurry (section 8)."],
            ["E112", "Service due", "2000 h or 12 months since the last Lustrovik service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Haze or grey patches left after the cycle",
                "Pad worn, slurry density low, or slurry too warm",
                "Replace the pad; check the density (section 7) and the slurry temperature",
            ],
            [
                "Edge of thin minus lenses rolled off, prism at the edge",
                "Tool pressure too high (manual override)",
                "Remove the override; never more than 2.0 bar",
            ],
            [
                "Fine scratches (sleeks) on many lenses",
                "Dirty slurry: swarf carried over from the generator, or dried slurry flakes",
                "Change the slurry; rinse the lenses after generating; clean the splash guard",
            ],
            [
                "Power changed by more than 0.03 D after polishing",
                "Wrong programme or wrong pad type for the material",
                "Check the programme and the pad type",
            ],
            [
                "Slurry foams in the tank",
                "Level low, or air drawn in at the pump suction",
                "Top up; check the suction hose clamps",
            ],
            [
                "E106 again and again",
                "Cut membrane",
                "Replace the tool LSV-TM-01; check pads for grit",
            ],
            [
                "First lenses after a long weekend come out hazy",
                "Slurry settled, density low at the nozzle",
                "Run STIR before production (section 9)",
            ],
            [
                "One spindle of the PL-2 polishes worse than the other",
                "Pads of different age, or one nozzle partly blocked",
                "Change both pads together; clean the nozzles",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing a polishing pad"),
    (
        "ol",
        [
            "Wait for the end of the cycle and open the door.",
            "Pull the old pad off the tool by its tab.",
            "Rinse the tool face with water and dry it with a lint-free cloth. Look for cuts in the membrane; a cut "
            "membrane means a new tool.",
            "Take the backing off the new pad (LSV-PD-60 for CR-39 and 1.60, LSV-PD-60P for the other materials) and "
            "centre it on the tool with the centring ring.",
            "Press the pad on firmly for 10 s.",
            "Run PAD PRIME: the pad is wetted with slurry for 30 s.",
            "Reset the pad counter under SERVICE > PAD; E110 clears.",
        ],
    ),
    ("h", "7. Checking and correcting the slurry density"),
    (
        "ol",
        [
            "Let the slurry circulate for at least 5 min so that it is fully stirred.",
            "Fill the 100 mL measuring cylinder to the mark from the return nozzle.",
            "Weigh it on the lab balance with the empty cylinder tared.",
            "Divide the mass in g by 100 to get the density in g/cm³.",
            "Compare with the range for the slurry type: add water in 0.5 L steps if it is too high, concentrate if "
            "it is too low.",
            "Circulate for 5 min and measure again.",
            "Write the result in the slurry log.",
        ],
    ),
    ("h", "8. Changing the slurry"),
    (
        "ol",
        [
            "Stop the polisher at the end of a cycle and switch off the slurry pump.",
            "Open the drain valve and run the slurry into drums.",
            "Take out the 200 µm suction sieve and wash it.",
            "Flush the tank and the lines with 10 L of water and drain again.",
            "Fill with demineralised water and concentrate in the ratio printed on the concentrate label; the ratio "
            "depends on the slurry lot.",
            "Circulate for 10 min and check the density (section 7).",
            "Reset the slurry counter under SERVICE > SLURRY; E111 clears.",
        ],
    ),
    ("h", "9. Starting after a standstill"),
    (
        "p",
        "Slurry settles in the tank and the lines when the polisher stands. After a standstill of more than 48 h "
        "the settled slurry must be stirred up before the first lens, or the first lenses polish slowly and the "
        "density reading is wrong.",
    ),
    (
        "ol",
        [
            "Check the slurry level in the tank: between the MIN and MAX marks.",
            "Switch on the main switch and the slurry chiller.",
            "Select SERVICE > STIR: the pump runs with the return valve fully open for 15 min (PL-1) or 20 min "
            "(PL-2).",
            "Check that slurry comes out of every nozzle in a steady stream.",
            "Wait until the display shows the slurry at 14 °C ±2 °C.",
            "Check the density (section 7).",
            "Polish one test lens with the TEST programme and check it under the inspection lamp before starting "
            "production.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the slurry level and temperature; rinse the splash guard"],
            ["Daily", "Check the slurry density (section 7)"],
            ["40 or 25 cycles by material", "Replace the pads (section 6)"],
            ["600 lenses (PL-1) or 900 lenses (PL-2), or 14 days, whichever comes first", "Change the slurry"],
            ["Monthly", "Clean the nozzles; check the suction hose and the tool membranes"],
            ["12 months or 2000 h (E112)", "Lustrovik service: spindles, axes, pressure regulator"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PL-1", "PL-2"],
            ["Polishing pads for CR-39 and 1.60, box of 100", "LSV-PD-60", "LSV-PD-60"],
            ["Polishing pads for polycarbonate and high index, box of 100", "LSV-PD-60P", "LSV-PD-60P"],
            ["Tool with membrane", "LSV-TM-01", "LSV-TM-01"],
            ["Slurry concentrate LP-12, 10 kg", "LSV-LP12-10", "LSV-LP12-10"],
            ["Slurry concentrate LP-20, 10 kg", "LSV-LP20-10", "LSV-LP20-10"],
            ["Slurry pump", "LSV-SP-40", "LSV-SP-60"],
            ["Suction sieve 200 µm", "LSV-FM-200", "LSV-FM-200"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dioptrax PM-50 lens power mapper
DIOPTRAX = [
    ("title", "Dioptrax PM-50 Lens Power Mapper\nUser and Maintenance Manual"),
    (
        "p",
        "Document DPX-UM-PM50-01, Edition 2, February 2025. Dioptrax Metrology. The PM-50 measures the power of a "
        "spectacle lens over its whole area in one shot with a Hartmann-Shack wavefront sensor working in "
        "transmission. It shows maps of sphere, cylinder and axis, finds the reference points of progressive lenses "
        "from their micro-engravings, and compares the values at the reference points with the tolerance table "
        "chosen for the job. The tolerance tables are entered and approved by the lab's quality department from the "
        "standards the lab works to; the PM-50 is delivered without tables. Job data come from the lab management "
        "system (LMS) over the network, which is set up by the lab's IT.",
    ),
    (
        "warn",
        "CAUTION: Do not look into the measuring aperture from above while the light source is on. Disconnect the "
        "mains plug before cleaning the optics.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PM-50"],
            ["Method", "Hartmann-Shack wavefront sensor, in transmission"],
            ["Lens diameter", "20-90 mm, measuring aperture up to 80 mm"],
            ["Sphere range", "-20.00 to +20.00 D"],
            ["Cylinder range", "0 to 8.00 D"],
            ["Prism range", "0 to 10 cm/m (prism dioptres)"],
            ["Display resolution", "0.01 D, axis 1°"],
            [
                "Sphere accuracy",
                "±0.02 D within ±5.00 D; ±0.04 D from 5.00 to 10.00 D; ±0.08 D beyond 10.00 D",
            ],
            ["Cylinder accuracy", "±0.03 D for cylinders up to 4.00 D"],
            ["Axis accuracy", "±1° for cylinders of 0.50 D or more"],
            ["Spatial resolution of the map", "1.0 mm"],
            ["Measuring time", "4 s per lens, map and report"],
            ["Light source", "LED, 546 nm, life about 30 000 h"],
            ["Lowest lens transmission that can be measured", "8 %"],
            ["Operating conditions", "15-35 °C, 20-80 % RH without condensation"],
            ["Supply", "100-240 V, 50/60 Hz, 60 W"],
            ["Size and mass", "360 x 420 x 520 mm, 18 kg"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The accuracies hold at 20-25 °C room temperature, after the 30 min warm-up, for a clean and dry lens lying "
        "correctly on the three-point support, and within 24 h of a passed daily verification.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The PM-50 is a class 1 LED product; no special eye protection is needed in normal use.",
            "Use only the mains cable supplied, plugged into an earthed socket.",
            "Keep liquids away from the instrument. Wipe lenses dry before measuring.",
            "Do not open the housing: there are no user serviceable parts inside.",
        ],
    ),
    ("h", "3. Measurement settings and limits"),
    (
        "cols",
        [
            ("h", "Warm-up"),
            (
                "p",
                "Allow 30 min after switching on. Results taken before the end of the warm-up are marked WU on the "
                "report and M08 is shown. Room temperature changes of more than 5 °C in an hour also move readings.",
            ),
            ("h", "Placing the lens"),
            (
                "p",
                "Lay the lens convex side up on the three-point support, centred within ±5 mm of the cross mark. Edged "
                "lenses smaller than 40 mm go on the small support ring DPX-SR-3.",
            ),
            ("h", "Reference wavelength"),
            (
                "p",
                "Results are given for the e-line (546 nm) by default. SETUP > WAVELENGTH switches to the d-line "
                "(587.6 nm); which line is used is the lab's choice and must match its tolerance tables.",
            ),
            ("h", "Prism at a point"),
            (
                "p",
                "The prism shown at a point follows Prentice's rule: Prism (cm/m) = decentration from the optical "
                "centre (cm) x power in that meridian (D). Example: 3 mm from the centre of a -4.00 D lens gives 0.3 x "
                "4.00 = 1.20 cm/m.",
            ),
            ("h", "Spherical equivalent"),
            (
                "p",
                "Spherical equivalent (D) = sphere + cylinder / 2. Example: +1.25 / -0.50 gives +1.00 D.",
            ),
            ("h", "Daily verification"),
            (
                "p",
                "With the reference lens set RL-5 (-10.00, -5.00, 0.00, +5.00 and +10.00 D). Each reading must be "
                "within ±0.03 D of the certified value, or ±0.05 D for the two 10.00 D lenses. If a lens fails, "
                "re-zero (section 8) and repeat; if it fails again, stop using the PM-50 and call Dioptrax service.",
            ),
            ("h", "Tolerance check"),
            (
                "p",
                "PASS or FAIL uses the table chosen under SETUP > TOLERANCE. The PM-50 only compares; it never "
                "changes a table. Tables are protected by the QA password.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "No lens", "No lens on the support, or the lens lies outside the aperture."],
            ["M02", "Lens not centred", "More than 5 mm off the cross mark. Re-centre the lens."],
            ["M03", "Unstable", "Lens moved or the bench vibrates. Do not touch the lens during the 4 s."],
            [
                "M04",
                "Signal too weak",
                "Lens transmission below 8 % (dark tint, mirror) or dirty optics. Clean the window; measure before "
                "tinting.",
            ],
            ["M05", "Out of range", "Power outside the measuring range."],
            ["M06", "Engravings not found", "Micro-engravings not found. Mark the lens and use MANUAL REF."],
            ["M08", "Warm-up", "Less than 30 min since switching on."],
            ["M09", "Verification due", "More than 24 h since the last passed daily verification."],
            ["M10", "Reference lens failed", "A reference lens outside its tolerance (section 6)."],
            ["M11", "Job not found", "The LMS holds no job of that number, or the link is down."],
            ["M12", "Calibration due", "12 months since the Dioptrax calibration."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cylinder shown on a lens known to be spherical, axis different every time",
                "Lens tilted on the support, or dust on the support pins",
                "Clean the pins; lay the lens again, convex side up",
            ],
            [
                "Readings creep during the first hour of the morning",
                "Warm-up not finished, or the room warming up quickly",
                "Wait for the 30 min warm-up; keep the room stable",
            ],
            [
                "Dark sunglass lenses will not measure",
                "Transmission below 8 %",
                "Measure before tinting or mirroring",
            ],
            [
                "Add reads low on progressive lenses",
                "Reference points in the wrong place: engravings missed or marked wrongly",
                "Check the engraving positions; mark again and use MANUAL REF",
            ],
            [
                "All readings off by about the same amount",
                "Zero shifted",
                "Re-zero (section 8) and run the daily verification",
            ],
            [
                "Blotchy map with holes in it",
                "Water drops or smears on the lens",
                "Clean and dry the lens",
            ],
            [
                "Marking dots are not on the optical centre",
                "Pen cartridge dry or the pen holder bent",
                "Fit a new cartridge DPX-MP-5; call service if the dots stay off",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily verification"),
    (
        "ol",
        [
            "Switch on and wait for the end of the 30 min warm-up.",
            "Clean the reference lenses of the set RL-5 with the cloth in the case.",
            "Select SERVICE > DAILY CHECK.",
            "Measure the lenses in the order shown on the screen, each convex side up in the centre of the support.",
            "Compare each reading with the certified value: within ±0.03 D, or ±0.05 D for the 10.00 D lenses. The "
            "PM-50 shows PASS or M10.",
            "If M10 is shown, re-zero (section 8) and run the check again.",
            "Sign the verification record; the PM-50 stores the result with the date.",
        ],
    ),
    ("h", "7. Measuring a progressive lens"),
    (
        "ol",
        [
            "Enter or scan the job number; the PM-50 loads the prescription and the design from the LMS.",
            "Lay the lens convex side up on the support with the engravings roughly horizontal.",
            "Press MEASURE and keep your hands off the bench for 4 s.",
            "The PM-50 finds the engravings and places the distance, near and prism reference points.",
            "If M06 is shown, mark the engravings with a lens marker, select MANUAL REF and touch the two marks on "
            "the screen.",
            "Read the values at the reference points; the add is the near power minus the distance power.",
            "Check the PASS or FAIL result against the tolerance table shown in the report header.",
            "Send the report to the LMS with SEND.",
        ],
    ),
    ("h", "8. Re-zeroing and cleaning the support"),
    (
        "ol",
        [
            "Take any lens off the support.",
            "Blow dust off the support pins and the protective window with the air bulb; never use compressed air.",
            "Wipe the window with the lens cloth moistened with isopropanol if smears remain.",
            "Select SERVICE > ZERO and press START with the aperture empty; the zero takes 10 s.",
            "Measure the 0.00 D reference lens: it must read within ±0.03 D.",
        ],
    ),
    ("h", "9. Measuring single vision lenses and pairs"),
    (
        "ol",
        [
            "Scan the job number, or select FREE MEASURE for a lens without a job.",
            "Lay the right lens convex side up on the support, centred on the cross mark.",
            "Press MEASURE. For a single vision lens the PM-50 finds the optical centre and shows sphere, cylinder, "
            "axis and the prism at the fitting point from the job.",
            "Press MARK if the lens must be dotted: the marking pen sets three dots, the middle one on the optical "
            "centre.",
            "Lay the left lens on the support and press MEASURE again.",
            "The pair report shows both lenses, the difference in vertical prism between them and the PASS or FAIL "
            "of each value.",
            "Send the report to the LMS with SEND, or print it.",
        ],
    ),
    (
        "p",
        "The report shows the job number, the tolerance table used, the wavelength, the date of the last passed "
        "daily verification, the values at the reference points and the maps. Reports are kept in the PM-50 for 90 "
        "days; long-term storage of records is the LMS's, not the instrument's.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every day of use", "Daily verification (section 6)"],
            ["Weekly", "Clean the support pins and the protective window (section 8)"],
            ["12 months (M12)", "Calibration by Dioptrax service, with a calibration certificate"],
            ["2 years", "Recertification of the reference lens set RL-5 by an accredited calibration laboratory"],
            ["About 30 000 h", "LED replaced by Dioptrax service"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts and accessories"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Reference lens set RL-5 with certificate", "DPX-RL5"],
            ["Small support ring for lenses under 40 mm", "DPX-SR-3"],
            ["Protective window", "DPX-PW-01"],
            ["Three-point support pins, set of 3", "DPX-SP-3"],
            ["Dust cover", "DPX-DC-50"],
            ["Marking pen cartridges, pack of 5", "DPX-MP-5"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("curvesta-fg-freeform-lens-generator.pdf", "Curvesta CVS-OM-FG-04 Ed 3 - FG-41 / FG-42", CURVESTA),
        (
            "vaporell-ve-anti-reflective-vacuum-coating-chamber.pdf",
            "Vaporell VPL-OM-VE-07 Ed 2 - VE-900 / VE-1100",
            VAPORELL,
        ),
        ("lustrovik-pl-freeform-lens-polisher.pdf", "Lustrovik LSV-OM-PL-02 Ed 1 - PL-1 / PL-2", LUSTROVIK),
        ("dioptrax-pm-lens-power-mapper.pdf", "Dioptrax DPX-UM-PM50-01 Ed 2 - PM-50", DIOPTRAX),
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
