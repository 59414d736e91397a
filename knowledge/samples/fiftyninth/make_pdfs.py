"""Generate the PDF manuals of the fifty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set59venv && /tmp/set59venv/bin/pip install fpdf2 pypdf
    /tmp/set59venv/bin/python knowledge/samples/fiftyninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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



# ---------------------------------------------------------------- Kessaro SC slot-die electrode coaters
KESSARO = [
    ("title", "Kessaro SC Slot-Die Electrode Coaters\nOperation and Maintenance - SC-700 and SC-1400"),
    (
        "p",
        "Document KSR-OM-SC-04, Edition 3, March 2025. Kessaro Coating Technik. The SC-700 and SC-1400 are "
        "roll-to-roll coating lines for lithium-ion battery electrodes. A slot die meters the slurry onto aluminium "
        "foil (cathodes) or copper foil (anodes) carried on a backing roll, and a flotation dryer drives off the "
        "solvent: NMP for cathode slurries, water for anode slurries. The line consists of the unwinder, the coating "
        "station with the slot die and its gap drives, the dryer, the coating weight gauge and the rewinder. The "
        "SC-700 has three dryer zones and the SC-1400 four; apart from the width, the dryer and the values given for "
        "each model, the two lines are built alike. The slurry and its formulation, the thermal oil "
        "heater, the NMP solvent recovery unit on the dryer exhaust and the room climate are the site's and are not "
        "covered by this manual.",
    ),
    (
        "warn",
        "WARNING: NMP vapour is harmful and combustible. Never run the dryer with the exhaust fan stopped and never "
        "bypass the LEL monitors. The dryer skin and the thermal oil lines can reach 160 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SC-700", "SC-1400"],
            ["Maximum coating width", "700 mm", "1400 mm"],
            ["Foil width", "720-800 mm", "1420-1500 mm"],
            ["Foil thickness, aluminium (cathode) and copper (anode)", "Al 10-20 µm, Cu 6-12 µm", "Al 10-20 µm, Cu 6-12 µm"],
            ["Line speed", "2-40 m/min", "5-80 m/min"],
            ["Wet coating thickness", "50-400 µm", "50-400 µm"],
            ["Coating weight accuracy (3 sigma), under the conditions stated below the table", "±1.0 %", "±1.5 %"],
            ["Slurry pump (progressive cavity), flow range", "0.2-4.0 L/min", "0.5-10.0 L/min"],
            ["Slurry pressure at the die inlet, maximum", "6 bar", "6 bar"],
            ["Slurry filter bag before the die", "100 µm", "100 µm"],
            ["Dryer zones x zone length", "3 x 6 m", "4 x 8 m"],
            ["Dryer air temperature, maximum", "160 °C", "160 °C"],
            ["Dryer heating (thermal oil, supply temperature up to 250 °C)", "240 kW", "480 kW"],
            ["Dryer exhaust airflow", "12000 Nm³/h", "24000 Nm³/h"],
            ["Web tension, unwinder and rewinder", "30-300 N", "60-600 N"],
            ["Unwinder roll, maximum diameter and mass", "800 mm, 500 kg", "1000 mm, 1200 kg"],
            ["Backing roll diameter", "300 mm", "400 mm"],
            ["Backing roll runout, maximum", "2 µm", "3 µm"],
            ["Electrical supply 400 V 3~ 50 Hz, installed power without dryer heating", "85 kW", "140 kW"],
            ["Overall line length", "26 m", "42 m"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The coating weight accuracy holds only for slurries of 2000 to 10000 mPa·s (measured at a shear rate of "
        "10 1/s), at line speeds above 5 m/min and with the coating gap set as in section 7. At the start of a roll "
        "and after each splice, allow 30 m of web before judging the coating weight. The residence time in the dryer "
        "is the dryer length divided by the line speed: 18 m at 40 m/min gives 27 s on the SC-700, 32 m at 80 m/min "
        "gives 24 s on the SC-1400.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the line. Lock out the coating station before reaching between the die "
            "and the backing roll: the die approach drive and the roll form a crushing point.",
            "Wear nitrile gloves and safety goggles when handling cathode slurry or cleaning parts wetted with NMP. "
            "The safety data sheet of each slurry applies; it is issued by the site, not by Kessaro.",
            "Do not open the dryer doors while the dryer air is above 60 °C.",
            "The foil, the rollers and the die must be earthed. A charged web can ignite NMP vapour. Check the "
            "earthing brushes on the unwinder and the rewinder every week.",
            "The coating weight gauge holds a sealed radioactive source. Only persons named by the site's radiation "
            "protection officer may open the gauge head; the gauge supplier's manual applies.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Wet thickness and pump flow"),
            (
                "p",
                "The pump flow needed for a wet thickness is Q = W x v x t, with Q in mL/min, the coated width W in "
                "m, the line speed v in m/min and the wet thickness t in µm. Example: 0.70 m x 20 m/min x 150 µm = "
                "2100 mL/min. The recipe calculates the flow; use the formula to check it. If the result is outside "
                "the model's pump range, the speed or the thickness must change.",
            ),
            ("h", "Coating gap"),
            (
                "p",
                "Set the gap between the die lips and the foil on the backing roll to 1.5 to 2.5 times the wet "
                "thickness, never below 80 µm. The two gap indicators (drive side and operator side) must agree "
                "within 5 µm. A larger difference gives a coating that is heavier on one side.",
            ),
            ("h", "Dryer"),
            (
                "p",
                "Zone setpoints come from the recipe, 160 °C at most. Set the first zone at least 20 °C below the "
                "hottest zone: drying too fast at the start skins the surface and cracks cathode coatings. A zone "
                "more than 10 °C above its setpoint raises K07 and its heating valve closes.",
            ),
            ("h", "Solvent vapour"),
            (
                "p",
                "An LEL monitor measures the NMP concentration in the exhaust of each zone. At 25 % of the LEL it "
                "raises K09 and the line slows to half speed. At 40 % of the LEL it raises K11: the slurry pump and "
                "the line stop, the heating closes and the dryer goes on purging with fresh air for at least 10 min "
                "before it can be restarted.",
            ),
            ("h", "Web tension and splices"),
            (
                "p",
                "A tension more than 15 % away from its setpoint for 3 s raises K03. Splice with Kessaro splice tape "
                "only, and make no more than one splice per 500 m of foil.",
            ),
            ("h", "Coating weight"),
            (
                "p",
                "The gauge compares the dry coating weight with the recipe across the width. A deviation beyond the "
                "model's coating weight accuracy over more than 20 m of web raises K13; the line keeps running and "
                "the section is marked for rejection.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["K01", "Emergency stop", "An emergency stop pressed or the safety circuit open. Release, check the line, press RESET."],
            ["K02", "Web break", "Web break sensor at the coater or after the dryer. Stop the pump, rethread with the leader strip."],
            ["K03", "Tension deviation", "More than 15 % from the setpoint for 3 s: dancer sticking, a splice, or a roll out of round."],
            ["K04", "Edge guide limit", "The edge guide reached the end of its travel: the roll is telescoped or was wound off-centre."],
            ["K05", "Slurry pressure high", "Above 6 bar at the die inlet: filter bag blocked, gap closed, slurry too viscous. The pump stops."],
            ["K06", "Slurry tank low", "Day tank below 10 %. Refill from the mixing room."],
            ["K07", "Dryer overtemperature", "A zone more than 10 °C above its setpoint. Check the thermal oil valve of the zone."],
            ["K08", "Exhaust fan fault", "Fan stopped or airflow below 70 % of the setpoint. The line stops."],
            ["K09", "LEL warning", "25 % of the LEL in a zone exhaust. Line at half speed; check the dampers and the fan."],
            ["K11", "LEL shutdown", "40 % of the LEL. Pump and line stop, dryer purges for at least 10 min."],
            ["K12", "Thermal oil flow low", "Flow switch open. The heater and its pumps are the site's; call the site's maintenance."],
            ["K13", "Coating weight", "Outside the model's coating weight accuracy over more than 20 m."],
            ["K14", "Die gap drive", "A gap servo has a following error, or the two sides differ by more than 5 µm."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Thin lines (streaks) running along the machine direction",
                "A particle or a gel caught between the die lips, or agglomerates passing the filter",
                "Clean the lip gap with the brass shim (section 8); replace the 100 µm filter bag if its pressure "
                "drop has risen by 1 bar or more",
            ],
            [
                "Edges more than 5 % heavier than the centre (edge bead)",
                "Slurry viscosity low, or the edge shims worn",
                "Have the viscosity checked; fit new edge shims",
            ],
            [
                "Bars across the web at regular spacing",
                "Pump pulsation from a worn stator, or vibration of the die support",
                "Compare the spacing with the pump speed; replace the stator if they match",
            ],
            [
                "Cracks in the dried cathode coating",
                "First dryer zone too hot, drying too fast",
                "Set the first zone at least 20 °C below the hottest zone",
            ],
            [
                "Coating heavier on one side across the whole roll",
                "Gap indicators differ by more than 5 µm",
                "Reset the coating gap (section 7)",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Starting a coating run"),
    (
        "ol",
        [
            "Check that the exhaust fan runs and no LEL alarm is shown. The dryer must have been at its setpoints "
            "for at least 15 min.",
            "Load the foil roll on the unwinder and splice it to the leader strip in the line.",
            "Set the web tension from the recipe and start the line at the lowest speed (2 m/min SC-700, 5 m/min "
            "SC-1400).",
            "Check that the 100 µm filter bag is fitted and that the day tank stirrer runs.",
            "Purge the die into the purge tray until slurry without bubbles flows along the full width, about 30 s.",
            "Move the die to the coating position; the gap drives close to the recipe gap.",
            "Start the pump at the recipe flow; coating starts on the moving web.",
            "Raise the line speed to the recipe speed in steps of no more than 5 m/min; the pump follows the speed.",
            "After 30 m, check the coating weight on the gauge and the edges by eye, and have the first-off sample "
            "checked by the laboratory.",
        ],
    ),
    ("h", "7. Setting the coating gap"),
    (
        "ol",
        [
            "Stop the line and move the die to the purge position.",
            "Wipe the lips and the backing roll with a lint-free cloth moistened with NMP (cathode) or deionised "
            "water (anode).",
            "Move the die to the coating position in jog mode with the gap at 500 µm.",
            "Place a 100 µm gauge foil KSR-GG-1 between the lip and the roll at each end of the die.",
            "Close each side in 1 µm steps until its gauge foil can just be pulled out with a light drag.",
            "Press SET 100 on each side: both indicators now read 100 µm. Remove the gauge foils.",
            "Move the die back 1 mm and return it: both indicators must repeat within 2 µm.",
            "Enter the recipe gap, 1.5 to 2.5 times the wet thickness and never below 80 µm, and check that the two "
            "indicators agree within 5 µm.",
        ],
    ),
    ("h", "8. Cleaning the slot die on the line"),
    (
        "ol",
        [
            "Stop the pump and the line, close the die inlet valve and move the die to the purge position.",
            "Lock out the coating station.",
            "Put on nitrile gloves and safety goggles.",
            "Wipe the lips with a lint-free cloth moistened with NMP (cathode) or deionised water (anode).",
            "If a particle is caught in the slot, draw the brass shim KSR-BS-01 (0.1 mm) once through the slot from "
            "the centre to each end. Never use steel tools or abrasives on the lips: their edges are ground to 1 µm.",
            "Remove the lockout, open the inlet valve and purge at 0.5 L/min for 30 s. The slurry must flow evenly "
            "along the whole width.",
            "If the streak remains, the die must be split and cleaned on the bench as set out in the slot die manual "
            "KSR-DM-02. Never split the die on the line.",
        ],
    ),
    ("h", "9. Replacing the slurry filter bag"),
    (
        "ol",
        [
            "Stop the pump and close the valves before and after the filter housing.",
            "Open the vent valve and drain the housing into a closed container until the gauge reads 0 bar.",
            "Open the clamp lid and lift out the used bag.",
            "Fit a new bag KSR-FB-100, check the lid O-ring and close the clamp.",
            "Open the outlet valve, then slowly the inlet valve, and vent until slurry comes out of the vent valve.",
            "Note the pressure drop of the clean filter. Replace the bag when it has risen by 1 bar or more, or "
            "after 5 days, whichever comes first.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Check the LEL monitor display and the exhaust airflow; wipe the die lips"],
            ["Weekly", "Check the earthing brushes; clean the backing roll; check that the dancer rollers move freely"],
            ["Monthly", "Test the LEL monitors with test gas under the site's gas detection procedure"],
            ["Filter pressure drop up 1 bar, or 5 days", "Replace the slurry filter bag (section 9)"],
            [
                "6 months or 3000 h, whichever comes first",
                "Check the backing roll runout (2 µm SC-700, 3 µm SC-1400); grease the roller bearings with KSR-GR-2",
            ],
            [
                "12 months",
                "Kessaro service: inspection of the die lips (regrinding at the Kessaro works), calibration of the gap "
                "drives. The coating weight gauge is calibrated by its supplier.",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SC-700", "SC-1400"],
            ["Filter bag 100 µm, pack of 10", "KSR-FB-100", "KSR-FB-100"],
            ["Edge shim set", "KSR-ES-700", "KSR-ES-1400"],
            ["Die lip seal kit", "KSR-LS-700", "KSR-LS-1400"],
            ["Brass cleaning shim 0.1 mm", "KSR-BS-01", "KSR-BS-01"],
            ["Gauge foil 100 µm", "KSR-GG-1", "KSR-GG-1"],
            ["Pump stator", "KSR-PS-4", "KSR-PS-10"],
            ["Earthing brush", "KSR-EB-01", "KSR-EB-01"],
            ["Bearing grease, 400 g", "KSR-GR-2", "KSR-GR-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Presswald EC electrode calenders
PRESSWALD = [
    ("title", "Presswald EC Electrode Calenders\nOperating and Maintenance Instructions - EC-600 and EC-800"),
    (
        "p",
        "Document PRW-BA-EC-07, Edition 2, June 2024. Presswald Roll Technology. The EC-600 and EC-800 are two-high "
        "roll presses that compact dried, coated electrode webs to their final thickness and density. Two hydraulic "
        "cylinders press the bearing chocks of the upper roll down onto wedge gap stops; servo-driven wedges on each "
        "side set the roll gap in steps of 1 µm. Both rolls are heated by thermal oil flowing through drilled "
        "channels just below the roll surface. The EC-600 has rolls of 600 mm diameter and the EC-800 rolls of "
        "800 mm; apart from the sizes, the forces and the values given for each model, the two calenders are built "
        "alike. The thermal oil heater, the cooling water for the hydraulic unit and the target density of each "
        "electrode (set in the recipe by process engineering) are outside this manual.",
    ),
    (
        "warn",
        "WARNING: The roll nip draws in hands, gloves and cloths at any speed. Never touch or clean turning rolls by "
        "hand; use the cleaning bar with both hands on its handles (section 8). The roll surfaces run at up to "
        "140 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EC-600", "EC-800"],
            ["Roll diameter x face width", "600 x 800 mm", "800 x 1000 mm"],
            ["Maximum electrode width", "700 mm", "900 mm"],
            ["Maximum roll force (both cylinders together)", "1570 kN", "2750 kN"],
            ["Maximum line load at full electrode width", "2.2 kN/mm", "3.1 kN/mm"],
            ["Hydraulic cylinders", "2 x Ø 200 mm", "2 x Ø 250 mm"],
            ["Maximum hydraulic pressure", "250 bar", "280 bar"],
            ["Roll gap range", "0.02-1.50 mm", "0.02-2.00 mm"],
            ["Gap setting resolution", "1 µm", "1 µm"],
            ["Line speed", "5-60 m/min", "10-100 m/min"],
            ["Roll surface temperature", "20-100 °C", "20-140 °C"],
            ["Roll temperature uniformity across the face", "±2 °C", "±2 °C"],
            ["Roll surface: hardness and roughness", "HRC 62-66, Ra 0.05 µm maximum", "HRC 62-66, Ra 0.05 µm maximum"],
            ["Roll runout, maximum", "2 µm", "3 µm"],
            ["Minimum roll diameter after regrinding", "590 mm", "788 mm"],
            ["Main drives", "2 x 45 kW", "2 x 90 kW"],
            ["Hydraulic oil HLP 46, tank", "160 L", "250 L"],
            ["Hydraulic oil temperature in operation", "30-55 °C", "30-55 °C"],
            ["Electrode thickness tolerance after calendering", "±2 µm", "±3 µm"],
            ["Mass of the calender", "18 t", "34 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The roll force is the hydraulic pressure times the area of the two cylinders: 2 x 31416 mm² x 25 N/mm² = "
        "1570 kN on the EC-600 and 2 x 49087 mm² x 28 N/mm² = 2750 kN on the EC-800. The thickness tolerance holds "
        "only for electrodes whose coating weight varies by no more than ±1.5 %, with the roll temperature within "
        "±2 °C across the face and after the rolls have been at temperature for at least 60 min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the calender and the hydraulic unit before any work at the nip or on the cylinders. The "
            "hydraulic accumulator keeps its pressure after switch-off: drain it with valve V12 until the gauge "
            "reads 0 bar.",
            "The trip wires on both sides of the nip stop the drives and open the gap. Test them at the start of "
            "each shift.",
            "Wear heat-resistant gloves near the rolls and the thermal oil hoses.",
            "Roll removal, roll changes and regrinding are done by Presswald service only, with the Presswald roll "
            "change frame. This manual does not describe them.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Roll contact"),
            (
                "p",
                "The rolls must never run in contact under load. With a roll force above 50 kN the gap must stay at "
                "20 µm or more; the control refuses smaller settings.",
            ),
            ("h", "Force balance"),
            (
                "p",
                "Load cells under the chocks measure the rolling force on each side. The two sides must be within 10 % "
                "of each other; a larger difference points to a web running off centre, a tapered coating or a "
                "foreign body in the nip (P04).",
            ),
            ("h", "Heating and cooling"),
            (
                "p",
                "Heat the rolls at no more than 2 °C per minute, and only with the rolls turning at 5 m/min or more. "
                "Cool them down at the same rate. Faster changes stress the roll surface and can crack it. The ramp "
                "is set in SET > HEAT > RAMP; the default is 2 °C per minute.",
            ),
            ("h", "Compaction per pass"),
            (
                "p",
                "Reduce the coating thickness by no more than 40 % in one pass. Higher compaction needs a second pass, "
                "or the uncoated edges wave and the foil can tear.",
            ),
            ("h", "Coating density"),
            (
                "p",
                "Coating density = (electrode areal mass - foil areal mass) / (electrode thickness - foil thickness). "
                "With areal masses in mg/cm² and thicknesses in µm, multiply the result by 10 to get g/cm³. Example: "
                "(45.0 - 4.1) / (136 - 15) x 10 = 3.38 g/cm³. The target density is in the recipe.",
            ),
            ("h", "Hydraulic oil temperature"),
            (
                "p",
                "Normal 30-55 °C. At 60 °C the control shows P06 and limits the roll force to 50 %; at 70 °C the "
                "hydraulic pump stops and the gap opens.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Emergency stop or trip wire pulled. Clear the nip, reset the trip wire, press RESET."],
            ["P02", "Hydraulic pressure high", "Above 250 bar (EC-600) or 280 bar (EC-800). Check the pressure control valve."],
            ["P03", "Gap deviation", "Gap more than 5 µm from the setpoint for 2 s: wedge drive, load cell or a hard particle in the nip."],
            ["P04", "Force difference", "Sides differ by more than 10 %: web off centre, tapered coating or a foreign body."],
            ["P05", "Roll temperature", "Roll surface more than 3 °C from the setpoint: thermal oil flow or heater (site)."],
            ["P06", "Hydraulic oil hot", "60 °C reached: cooler fouled or cooling water missing. Force limited to 50 %."],
            ["P07", "Hydraulic oil low", "Level switch open: find the leak, top up with HLP 46."],
            ["P09", "Drive overload", "Main drive current above 110 % for 10 s: gap too small for the coating."],
            ["P10", "Web break", "Web break sensor after the nip. Open the gap and rethread."],
            ["P11", "Edge guide limit", "The web edge guide reached the end of its travel."],
            ["P12", "Thickness out of tolerance", "Gauge reading outside the model's tolerance over more than 10 m."],
            ["P13", "Cleaning pad worn", "Cleaning bar pads worn through. Replace them (PRW-CP-1)."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Electrode thicker on one side across the whole roll",
                "Gap not parallel, or one wedge drive slipping",
                "Check the gap parallelism (section 7)",
            ],
            [
                "Thickness rises and falls regularly, with a period equal to the roll circumference (1885 mm EC-600, "
                "2513 mm EC-800)",
                "Roll runout or a worn roll bearing",
                "Have the runout measured: 2 µm maximum (EC-600), 3 µm (EC-800); above that, call Presswald service",
            ],
            [
                "Wavy or wrinkled uncoated edges after the nip",
                "Coated area stretched more than the edge: line load too high or more than 40 % reduction in one pass",
                "Split the compaction into two passes",
            ],
            [
                "Coating sticks to the roll, black marks on the roll surface",
                "Roll dirty, or roll temperature outside the recipe",
                "Clean the rolls (section 8); check the roll temperature",
            ],
            [
                "Electrode curls across its width after the nip",
                "Upper and lower roll at different temperatures",
                "Bring both rolls within 2 °C of each other",
            ],
            [
                "Roll force drops during the shift, P06",
                "Hydraulic oil at 60 °C: cooler fouled or cooling water off",
                "Check the cooling water (site) and clean the oil cooler",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Heating up and starting"),
    (
        "ol",
        [
            "Start the hydraulic unit and the thermal oil circulation, and run the rolls at 5 m/min.",
            "Heat to the recipe temperature at no more than 2 °C per minute.",
            "Wait at least 60 min at temperature before production.",
            "Thread the web with the gap fully open.",
            "Set the web tension and close the gap to the recipe value in steps of no more than 50 µm.",
            "Measure the thickness at the drive side, the centre and the operator side.",
            "Raise the speed to the recipe speed.",
        ],
    ),
    ("h", "7. Checking the gap parallelism"),
    (
        "ol",
        [
            "Have the rolls at operating temperature for at least 60 min, turning at 5 m/min.",
            "Set the gap to 0.200 mm.",
            "Feed three Presswald gauge strips PRW-GS-100 (soft aluminium, 1.00 mm) through the nip at the drive "
            "side, the centre and the operator side.",
            "Measure the flattened part of each strip with a micrometer.",
            "The drive side and operator side strips must agree within 2 µm, and the centre strip must be within "
            "3 µm of their mean.",
            "If the sides differ by more, enter the difference in SET > GAP > TILT; the wedge on the thicker side "
            "moves in.",
            "Repeat steps 3 to 5 until the sides agree within 2 µm, then save and record the values.",
        ],
    ),
    ("h", "8. Cleaning the rolls"),
    (
        "ol",
        [
            "Stop production, open the gap fully and run the rolls at 5 m/min in inch mode.",
            "Place the cleaning bar with pads PRW-CP-1 on its rests on the operator side and press it lightly "
            "against the roll with both hands on the handles.",
            "For coating stuck to the roll, first lower the roll temperature to 50 °C or below, then use pads "
            "moistened with isopropanol.",
            "Never use knives, scrapers or abrasive pads on the rolls.",
            "Inspect the surface under the inspection lamp. A mark that can be felt with a fingernail must be "
            "reported to Presswald service.",
        ],
    ),
    ("h", "9. Changing the hydraulic return filter"),
    (
        "ol",
        [
            "Stop production, open the gap and switch off the hydraulic unit.",
            "Drain the accumulator with valve V12 until the gauge reads 0 bar.",
            "Unscrew the filter bowl and remove the element.",
            "Fit a new element PRW-HF-10 (10 µm) and check the bowl O-ring.",
            "Screw the bowl on by hand and tighten a further quarter turn.",
            "Start the hydraulic unit, check for leaks and reset the filter indicator.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Test the trip wires; check the roll surfaces; check the oil level and temperature"],
            ["Weekly", "Check the cleaning pads; check the thickness gauge with its reference foil"],
            ["Monthly", "Check the gap parallelism (section 7)"],
            ["Filter indicator red, or 2000 h", "Change the hydraulic return filter (section 9)"],
            [
                "6 months",
                "Oil sample: change the oil if it is worse than ISO 4406 18/16/13 or after 8000 h, whichever comes "
                "first",
            ],
            [
                "12 months",
                "Presswald service: roll runout, roll bearings, load cell calibration, accumulator pre-charge",
            ],
        ],
        (55, 115),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "EC-600", "EC-800"],
            ["Hydraulic return filter element 10 µm", "PRW-HF-10", "PRW-HF-10"],
            ["Cleaning pads, set of 10", "PRW-CP-1", "PRW-CP-1"],
            ["Gauge strips 1.00 mm, pack of 50", "PRW-GS-100", "PRW-GS-100"],
            ["Cylinder seal kit", "PRW-SK-200", "PRW-SK-250"],
            ["Wedge drive servo motor", "PRW-WM-06", "PRW-WM-08"],
            ["Load cell", "PRW-LC-800", "PRW-LC-1400"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Nevafluo EF electrolyte filling stations
NEVAFLUO = [
    ("title", "Nevafluo EF Electrolyte Filling Stations\nOperating Manual - EF-8 and EF-16"),
    (
        "p",
        "Document NVF-OM-EF-03, Edition 1, October 2024. Nevafluo Liquid Systems. The EF-8 and EF-16 fill hard-case "
        "prismatic and cylindrical lithium-ion cells with electrolyte through the fill hole. The cells arrive in "
        "carriers, are weighed (pre-weigh), filled under vacuum in the filling chamber by ceramic piston dosing "
        "pumps, soaked by vacuum and pressure cycles, and weighed again (post-weigh). The EF-8 has eight filling heads "
        "for large cells, the EF-16 sixteen heads for smaller cells; apart from the heads, the pumps, the scales and "
        "the values given for each model, the two stations are built alike. The station stands in the dry room. The "
        "dry room, the electrolyte supply system up to the station's inlet valve, the exhaust and the sealing of the "
        "fill hole after filling are the site's and are not covered here.",
    ),
    (
        "warn",
        "WARNING: Electrolyte contains LiPF6, which forms hydrofluoric acid (HF) with moisture. HF burns may not hurt "
        "at first. Wear butyl gloves, a face shield and the chemical apron for any work on wetted parts. Calcium "
        "gluconate gel must be kept at the station; first aid follows the site's HF procedure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EF-8", "EF-16"],
            ["Filling heads", "8", "16"],
            ["Output, maximum (conditions below the table)", "12 cells/min", "24 cells/min"],
            ["Dose per cell", "50-600 g", "20-300 g"],
            ["Dosing pump, ceramic piston, volume per stroke", "50 mL", "25 mL"],
            [
                "Dosing accuracy (mean of 5 doses)",
                "±0.5 % of the dose or ±0.3 g, whichever is greater",
                "±0.5 % of the dose or ±0.15 g, whichever is greater",
            ],
            ["Chamber vacuum before filling", "1 kPa abs", "2 kPa abs"],
            ["Vacuum pump", "dry screw pump, 160 m³/h", "dry screw pump, 250 m³/h"],
            ["Soak pressure, dry nitrogen", "up to 0.4 MPa", "up to 0.4 MPa"],
            ["Checkweighers, range and resolution", "0-6 kg, 0.02 g", "0-1.5 kg, 0.01 g"],
            ["Electrolyte inlet pressure (inert gas blanket)", "0.5-2.0 bar", "0.5-2.0 bar"],
            ["Electrolyte temperature at the pumps", "18-28 °C", "18-28 °C"],
            ["Buffer tank", "20 L", "20 L"],
            ["Dew point inside the station enclosure", "-45 °C or drier", "-45 °C or drier"],
            ["Nitrogen, dew point -60 °C or drier, 6 bar", "150 NL/min", "220 NL/min"],
            ["Electrical supply 400 V 3~ 50 Hz", "22 kVA", "30 kVA"],
            ["Mass", "4.8 t", "6.2 t"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The output holds for a dose of 100 g (EF-8) or 60 g (EF-16) with the default soak programme of three "
        "vacuum and pressure cycles; larger doses and longer soaks lower it. The dosing accuracy holds with the "
        "electrolyte at 18-28 °C and the density of the lot entered in the recipe.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained in handling electrolyte may open the enclosure or work on wetted parts.",
            "Never use water or alcohol on parts wetted with electrolyte: with the salt residue they form HF. Clean "
            "with DMC (dimethyl carbonate) only.",
            "Spilled electrolyte is absorbed with the site's spill kit; used absorbent and waste electrolyte are "
            "disposed of under the site's procedure.",
            "The HF sensor in the enclosure exhaust gives a warning at 0.5 ppm (F14) and stops the station at 2 ppm "
            "(F15). Leave the area at F15 and follow the site's alarm procedure.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Fill weight and reject window"),
            (
                "p",
                "Fill weight = post-weigh - pre-weigh. A cell is rejected (NOK) when its fill weight is outside the "
                "reject window, default ±1.0 % of the target dose, settable from ±0.5 % to ±3.0 %. Never set the "
                "window narrower than the model's dosing accuracy. Three NOK cells in a row on one head stop that "
                "head (F10).",
            ),
            ("h", "Dose volume"),
            (
                "p",
                "The pumps dose a volume. The control converts the target mass with the density entered in the "
                "recipe from the certificate of the electrolyte lot: dose in mL = target mass / density. Example on "
                "the EF-8: 300 g at 1.25 g/mL is 240 mL, which the 50 mL pump delivers in 5 strokes.",
            ),
            ("h", "Chamber vacuum and leak check"),
            (
                "p",
                "Before each fill the chamber is evacuated to the model's vacuum. With the valve to the pump closed "
                "the pressure must then rise by no more than 0.2 kPa in 60 s; otherwise F04 is shown and the cells "
                "are not filled.",
            ),
            ("h", "Soak programme"),
            (
                "p",
                "Default: three cycles of vacuum for 30 s followed by dry nitrogen at 0.4 MPa for 60 s. The control "
                "refuses soak pressures above 0.4 MPa.",
            ),
            ("h", "Electrolyte temperature and standing time"),
            (
                "p",
                "Outside 18-28 °C at the pumps dosing stops (F09), because the density, and with it the dosed mass, "
                "changes with temperature. Electrolyte that has stood in the buffer tank for more than 72 h without "
                "flow must be returned to the supply system or discarded under the site's procedure.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["F02", "Enclosure door open", "A door or glove port cover open. Close it; the enclosure purges for 5 min."],
            ["F03", "Dew point high", "Enclosure dew point above -45 °C. Filling stops; check the dry room air and the purge."],
            ["F04", "Chamber leak", "Pressure rise above 0.2 kPa in 60 s: chamber seal, nozzle seal, or a cell not seated."],
            ["F05", "Vacuum not reached", "Chamber vacuum not reached within 45 s: vacuum pump, valve or seals."],
            ["F06", "Dosing pump stall", "Piston blocked, usually by crystallised salt. Clean the pump head (Nevafluo service if it repeats)."],
            ["F07", "Inlet pressure low", "Electrolyte inlet below 0.5 bar. The supply system is the site's."],
            ["F08", "Buffer tank low", "Level below the minimum. Check the inlet valve and the supply."],
            ["F09", "Electrolyte temperature", "Outside 18-28 °C at the pumps."],
            ["F10", "Fill weight NOK", "Three NOK cells in a row on one head: the head is stopped."],
            ["F12", "Checkweigher", "Reading not stable within 3 s (draught, vibration, static) or test overdue."],
            ["F13", "Nozzle drip", "Drip sensor found liquid below a head after the dose. Check the nozzle seal."],
            ["F14", "HF warning", "HF in the enclosure exhaust above 0.5 ppm. Find the spill or leak."],
            ["F15", "HF alarm", "HF above 2 ppm. The station stops; leave the area."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One head always fills light, white crust on its nozzle tip",
                "Lithium salt crystallised in the nozzle after the solvent evaporated",
                "Clean the nozzle in DMC (section 8); check the nozzle seal",
            ],
            [
                "Electrolyte foams out of the fill hole",
                "Vacuum released too fast, or the whole dose given in one shot",
                "Split the dose in two with a soak between; check the vent valve restrictor",
            ],
            [
                "Fill weights scatter on all heads",
                "Checkweighers disturbed by draught from the purge, by vibration or by static on the carriers",
                "Check the scale shields and the carrier earthing; do the checkweigher test (section 9)",
            ],
            [
                "Chamber slow to reach vacuum, F04 or F05",
                "Chamber seal or nozzle seals worn, or a carrier not seated",
                "Check the seals and the carrier; replace worn seals",
            ],
            [
                "Fill weights creep low during the shift",
                "Electrolyte warming up in the buffer tank, so its density falls",
                "Check the electrolyte temperature and the density in the recipe",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Priming the dosing lines after an electrolyte change"),
    (
        "ol",
        [
            "Put on butyl gloves, face shield and apron.",
            "Select SERVICE > PRIME. Remove the carriers and fit the priming tray under the heads.",
            "Enter the density from the certificate of the new lot in the recipe.",
            "Check that the inlet pressure is 0.5-2.0 bar and open the inlet valve.",
            "Start PRIME: each pump makes 10 full strokes into the priming tray.",
            "Check that every head gives a jet without bubbles; repeat PRIME if not.",
            "Drain the priming tray into the waste electrolyte container.",
            "Do the dose check (section 7) before production.",
        ],
    ),
    ("h", "7. Dose check"),
    (
        "ol",
        [
            "Select SERVICE > DOSE CHECK and place a PTFE beaker NVF-DB-1 with its lid on the checkweigher.",
            "Tare, then let the head dose the target dose five times into the beaker, weighing after each dose.",
            "The mean of the five doses must be within the model's dosing accuracy of the target, and no single "
            "dose more than twice that away.",
            "If not, correct the stroke factor (SET > PUMP n > FACTOR) and repeat the check.",
            "Empty the beaker into the waste electrolyte container.",
        ],
    ),
    ("h", "8. Cleaning a nozzle"),
    (
        "ol",
        [
            "Park the head: SERVICE > HEAD n > PARK.",
            "Put on butyl gloves, face shield and apron.",
            "Remove the nozzle with a quarter turn anticlockwise.",
            "Soak the tip in DMC in the closed cleaning cup for 10 min. Never use water or alcohol.",
            "Blow through the nozzle with dry nitrogen.",
            "Replace the nozzle seal if it is hard or cracked.",
            "Refit the nozzle, prime the head with 5 strokes and do the dose check.",
        ],
    ),
    ("h", "9. Checkweigher test"),
    (
        "ol",
        [
            "Do the test daily, with the enclosure closed and the purge running.",
            "Place the test weights (EF-8: 1 kg and 5 kg; EF-16: 100 g and 1 kg, class F1) on each checkweigher.",
            "Each reading must be within ±0.06 g (EF-8) or ±0.03 g (EF-16) of the weight.",
            "If a scale fails, stop its line of heads and have it adjusted by Nevafluo service or the site's "
            "metrology; operators do not adjust the scales.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Each shift", "Wipe the nozzle tips with a dry lint-free cloth; check the drip tray"],
            ["Daily", "Checkweigher test (section 9); check the enclosure dew point record"],
            ["Weekly", "Check the chamber and nozzle seals; wipe the chamber with DMC"],
            ["500 h or 3 months, whichever comes first", "Replace the nozzle seals"],
            ["2000 h", "Vacuum pump: replace the exhaust filter"],
            ["12 months", "Nevafluo service: pistons and cylinders, scale calibration, HF sensor calibration"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "EF-8", "EF-16"],
            ["Filling nozzle", "NVF-NZ-08", "NVF-NZ-16"],
            ["Nozzle seal, pack of 10", "NVF-NS-08", "NVF-NS-16"],
            ["Chamber seal", "NVF-CS-08", "NVF-CS-16"],
            ["Ceramic piston and cylinder set", "NVF-PC-50", "NVF-PC-25"],
            ["Vacuum pump exhaust filter", "NVF-VF-160", "NVF-VF-250"],
            ["PTFE dose check beaker with lid", "NVF-DB-1", "NVF-DB-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Umbrivis XR-90 X-ray cell inspection
UMBRIVIS = [
    ("title", "Umbrivis XR-90 Inline X-Ray Cell Inspection System\nOperation and Maintenance"),
    (
        "p",
        "Document UMB-OM-XR90-02, Edition 2, February 2025. Umbrivis X-Ray Systems. The XR-90 inspects assembled "
        "lithium-ion cells (cylindrical cells of 18 to 46 mm diameter and prismatic cells up to 60 mm thick) with a "
        "microfocus X-ray tube and a flat panel detector in a lead-shielded cabinet. Its software measures the anode "
        "overhang, the distance by which the anode extends beyond the cathode at the ends of the jelly roll or "
        "stack, at up to eight positions per view, and sorts each cell OK or NOK against the limits of the recipe. "
        "The acceptance limits of each cell type come from the cell design and are entered by process engineering; "
        "Umbrivis does not give them. Registration of the system with the authority, the appointment of a radiation "
        "protection officer (RPO) and the leakage radiation surveys are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The XR-90 is a full protection installation only with all covers fitted and both door interlocks "
        "working. Never defeat an interlock, never switch on the tube with a cover removed, and never reach into the "
        "cabinet through the cell transfer openings.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "XR-90"],
            ["X-ray tube", "Microfocus, sealed, tungsten target"],
            ["Tube voltage", "40-130 kV"],
            ["Tube current", "10-300 µA"],
            ["Tube power, maximum", "39 W"],
            ["Focal spot", "5 µm up to 8 W; larger above 8 W (section 3)"],
            ["Detector", "Flat panel, CsI scintillator, 1536 x 1536 pixels, 100 µm pixel pitch"],
            ["Source to detector distance (SDD)", "600 mm, fixed"],
            ["Source to object distance (SOD)", "60-300 mm"],
            ["Geometric magnification", "2x to 10x"],
            ["Throughput, 21700 cells, two views per cell", "up to 20 cells/min"],
            ["Overhang measurement accuracy (conditions below the table)", "±20 µm"],
            ["Repeatability (3 sigma)", "15 µm or better"],
            ["Leakage radiation at 10 cm from any accessible surface", "below 1 µSv/h"],
            ["Tube cooling", "Closed circuit, coolant Umbrivis UC-1, 3 L"],
            ["Ambient temperature", "15-30 °C"],
            ["Electrical supply", "230 V 1~ 50 Hz, 3.0 kVA"],
            ["Cabinet mass (lead shielding)", "3600 kg; the floor must carry at least 20 kN/m² (site)"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The measurement accuracy holds at a magnification of 5x or more, with the tube power at 8 W or lower, with a "
        "detector calibration less than 7 days old and after a passed reference check. The throughput holds for "
        "21700 cells with two views and 4 frames per view.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Umbrivis or by the site's RPO may operate the XR-90.",
            "The yellow X-RAY ON lamps on the cabinet light whenever the tube is on. If a lamp fails, the tube cannot "
            "be switched on (R11) until the lamp is replaced.",
            "Opening a door or a service cover switches the tube off at once. Test the interlocks every month.",
            "The cabinet monitor at the transfer openings switches the tube off above 1 µSv/h (R12). Inform the RPO "
            "before restarting.",
            "Do not stack material on the cabinet roof and do not drill or screw anything into the cabinet walls: "
            "the lead lining must stay intact.",
        ],
    ),
    ("h", "3. Imaging settings"),
    (
        "cols",
        [
            ("h", "Magnification and pixel size"),
            (
                "p",
                "The geometric magnification is M = SDD / SOD. With the fixed SDD of 600 mm a cell placed 200 mm "
                "from the source is imaged at M = 3. The pixel size at the cell is the detector pixel pitch divided "
                "by M: 100 µm / 3 = 33 µm. Overhang measurement needs M = 5 or more (SOD 120 mm or less).",
            ),
            ("h", "Focal spot and tube power"),
            (
                "p",
                "Up to 8 W the focal spot is 5 µm. Above 8 W it grows by about 1 µm per W, so 15 W gives about "
                "12 µm, and edges blur at high magnification. For overhang measurement keep the tube power at 8 W or "
                "lower. Use higher powers only for thick prismatic cells at a magnification of 3x or less.",
            ),
            ("h", "Frames and noise"),
            (
                "p",
                "Frame time 33-1000 ms, 1-32 frames averaged per view. Noise falls with the square root of the number "
                "of frames: 4 frames halve it, 16 frames quarter it, at the cost of throughput.",
            ),
            ("h", "Tube conditioning"),
            (
                "p",
                "A tube that has been off for more than 8 h must be conditioned before use with programme COND-S, "
                "which takes 20 min. After more than 30 days off, or after a tube exchange, run COND-L, 60 min. Until "
                "the conditioning has run, the software blocks tube voltages above 60 kV (R04).",
            ),
            ("h", "Reference check"),
            (
                "p",
                "Measure the reference cell UMB-RC-21 (a 21700 cell with certified overhangs) at the start of each "
                "shift and every 4 h. Each measured position must be within ±20 µm of its certificate value; "
                "otherwise R09 is shown and the geometry must be recalibrated by a trained person before production "
                "goes on.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["R02", "Door interlock", "A door or service cover open. The tube is off."],
            ["R03", "Tube arcing", "Tube voltage collapsed. Run COND-S; if arcing repeats, call Umbrivis service."],
            ["R04", "Conditioning required", "Tube off more than 8 h (COND-S) or more than 30 days (COND-L)."],
            ["R05", "Tube overtemperature", "Coolant above 45 °C: coolant level low or cooling fan blocked."],
            ["R06", "Detector temperature", "Detector outside 20-40 °C: cabinet air conditioning."],
            ["R07", "Calibration overdue", "Detector offset and gain calibration older than 7 days."],
            ["R09", "Reference check failed", "A position outside ±20 µm of the certificate."],
            ["R10", "Cell handling", "Gripper or rotary axis fault; cell not in the measuring position."],
            ["R11", "Warning lamp", "An X-RAY ON lamp failed. Replace it (UMB-LP-24)."],
            ["R12", "Radiation monitor", "Above 1 µSv/h at a transfer opening. Tube off; inform the RPO."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Images grainy and noisy",
                "Too few frames, tube current low, or an old detector calibration",
                "Use more frames (4 frames halve the noise); run the offset and gain calibration (section 7)",
            ],
            [
                "Anode and cathode edges blurred",
                "Tube power above 8 W (focal spot larger), or the cell moving during the exposure",
                "Set the tube power to 8 W or lower; check the gripper holds the cell firmly",
            ],
            [
                "Fine lines or stripes in every image",
                "Detector pixel defects, or a gain calibration taken with a cell in the beam",
                "Run the offset and gain calibration with the beam path empty",
            ],
            [
                "Overhang values drift during the shift",
                "Cabinet temperature changing, or the tube target warming",
                "Keep the 4 h reference check; check the cabinet air conditioning",
            ],
            [
                "Many cells NOK at the same overhang position only",
                "Cell turned in the gripper because the jaws are worn, so the position is measured at a slant",
                "Replace the gripper jaws (UMB-GJ-21) and repeat the reference check",
            ],
            [
                "Tube does not reach the set voltage, R03",
                "Tube not conditioned, or ageing",
                "Run COND-S; if it repeats, Umbrivis service",
            ],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Starting the system each shift"),
    (
        "ol",
        [
            "Turn the key switch to ON and check that the X-RAY ON lamps are off.",
            "Check that both doors are closed and that the interlock status shows green.",
            "If R04 is shown, run the conditioning programme asked for (COND-S or COND-L).",
            "Load the recipe of the cell type.",
            "Run the reference check: the reference cell UMB-RC-21 is measured three times.",
            "If every position is within ±20 µm of the certificate, start production.",
        ],
    ),
    ("h", "7. Offset and gain calibration of the detector"),
    (
        "ol",
        [
            "Remove all cells from the beam path and the transfer; the path must be empty.",
            "Close the doors.",
            "Select SERVICE > DETECTOR > CALIBRATE.",
            "Offset: the software takes 64 dark frames with the tube off.",
            "Gain: set the tube voltage of the recipe and 8 W; the software takes 64 bright frames at each of four "
            "intensity levels.",
            "Accept the updated defect pixel map.",
            "Check the flat field image: no lines or structures may be visible.",
            "The calibration is valid for 7 days, or until the recipe voltage changes by more than 10 kV, whichever "
            "comes first.",
        ],
    ),
    ("h", "8. Topping up the tube coolant"),
    (
        "ol",
        [
            "Switch the tube off and wait at least 30 min.",
            "Open the service cover on the left side; the interlock keeps the tube off.",
            "Read the level in the reservoir sight glass: it must be between MIN and MAX.",
            "Top up with Umbrivis coolant UC-1 (UMB-UC-1) only; never use water.",
            "Close the cover and run COND-S before production.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Start of each shift and every 4 h", "Reference check with UMB-RC-21"],
            ["Weekly, at least every 7 days", "Offset and gain calibration (section 7); clean the cell grippers"],
            ["Monthly", "Check the coolant level; test the emergency stops and the door interlocks"],
            ["12 months", "Umbrivis service: geometry calibration, tube and detector check, coolant change"],
            ["As required by the authority", "Leakage radiation survey, arranged by the site's RPO"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Reference cell 21700 with certificate", "UMB-RC-21"],
            ["Tube coolant UC-1, 1 L", "UMB-UC-1"],
            ["X-RAY ON warning lamp", "UMB-LP-24"],
            ["Door interlock switch", "UMB-IS-02"],
            ["Gripper jaw set, 21700", "UMB-GJ-21"],
            ["X-ray tube assembly (exchanged by Umbrivis service only)", "UMB-XT-130"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kessaro-sc-slot-die-electrode-coater.pdf", "Kessaro KSR-OM-SC-04 Ed 3 - SC-700 / SC-1400", KESSARO),
        ("presswald-ec-electrode-calender.pdf", "Presswald PRW-BA-EC-07 Ed 2 - EC-600 / EC-800", PRESSWALD),
        ("nevafluo-ef-electrolyte-filling-station.pdf", "Nevafluo NVF-OM-EF-03 Ed 1 - EF-8 / EF-16", NEVAFLUO),
        ("umbrivis-xr-x-ray-cell-inspection-system.pdf", "Umbrivis UMB-OM-XR90-02 Ed 2 - XR-90", UMBRIVIS),
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
