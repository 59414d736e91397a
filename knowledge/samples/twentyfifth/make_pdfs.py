"""Generate the PDF manuals of the twenty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set25venv && /tmp/set25venv/bin/pip install fpdf2 pypdf
    /tmp/set25venv/bin/python knowledge/samples/twentyfifth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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
    """Body text flowing in two columns; used for the shoe press, lehr and wave soldering setting pages."""
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


# ---------------------------------------------------------------- Trondell NX shoe press sections
TRONDELL = [
    ("title", "Trondell NX Shoe Press Sections\nOperation and Maintenance Manual - NX-540 and NX-660"),
    (
        "p",
        "Document TPM-OM-NX-04, Edition 2, May 2024. Trondell Paper Machinery AB. The NX-540 and NX-660 are two-nip "
        "press sections for board and packaging paper machines: a double-felted roll press followed by a closed shoe "
        "press, in which a polyurethane belt runs over an oil-lubricated shoe against a counter roll. The NX-660 is the "
        "wider section; apart from the width and the items named in this manual the two are built alike. The online "
        "belt monitor (option B) is available for the NX-660 only.",
    ),
    (
        "warn",
        "WARNING: A closed nip draws in hands and tools faster than anyone can react. Open and lock both presses "
        "before working inside the frame, and depressurise the shoe oil unit before opening any hose.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "NX-540", "NX-660"],
            ["Trim width", "5400 mm", "6600 mm"],
            ["Felt width", "5800 mm", "7000 mm"],
            ["Design speed", "1200 m/min", "1100 m/min"],
            ["First press linear load, maximum", "120 kN/m", "120 kN/m"],
            ["Shoe press linear load, maximum", "1000 kN/m", "1000 kN/m"],
            ["Shoe length (machine direction)", "250 mm", "250 mm"],
            ["Shoe press total force at 1000 kN/m", "5400 kN", "6600 kN"],
            ["Shoe loading cylinders (bore 250 mm)", "18", "22"],
            ["Loading oil pressure at 1000 kN/m", "61 bar", "61 bar"],
            ["Shoe press belt inside diameter", "1500 mm", "1500 mm"],
            ["Counter roll diameter", "1500 mm", "1600 mm"],
            ["Counter roll crown (on the diameter)", "0.35 mm", "0.45 mm"],
            ["Shoe oil flow", "180 L/min", "220 L/min"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The total force is the linear load times the trim width; each loading cylinder carries 300 kN at full load "
        "on both sections. At full load the mean pressure in the nip is 1000 kN/m over the 250 mm shoe, 4 MPa. The "
        "counter roll crowns are ground for a linear load of 800 kN/m; at other loads the profile is trimmed with "
        "the shoe's edge zones (section 2).",
    ),
    ("h", "2. Operating limits"),
    (
        "cols",
        [
            ("h", "Linear load"),
            (
                "p",
                "Load the shoe press to no more than 1000 kN/m. Below 300 m/min the oil film under the shoe is thin, so "
                "the linear load is limited to 400 kN/m; the TPC control holds it there while the speed signal is "
                "below 300 m/min, but check the load after running in manual mode. Raise or lower the load no faster "
                "than 50 kN/m per second.",
            ),
            ("h", "Shoe oil"),
            (
                "p",
                "Hold the shoe oil inlet temperature at 40-45 °C. At 50 °C the TPC warns (E-21); at 55 °C it relieves "
                "the load to 100 kN/m (E-22). The shoe oil flow must stay at or above 80 % of the table value, that "
                "is 144 L/min on the NX-540 and 176 L/min on the NX-660; below it the load is relieved (E-23).",
            ),
            ("h", "Edge zones"),
            (
                "p",
                "The two outermost loading cylinders at each side form the edge zones and are set separately from the "
                "centre cylinders. The pressure of an edge zone may differ from the centre pressure by no more than "
                "15 % of the centre pressure.",
            ),
            ("h", "Felt conditioning"),
            (
                "p",
                "Run the high-pressure showers at 20 bar for the first 48 hours of a new felt and at 25-30 bar after "
                "that; never above 35 bar. The showers oscillate over at least two nozzle spacings (2 x 100 mm). The "
                "uhle box vacuum should be 30-50 kPa on the first press felts and 40-60 kPa on the shoe press felts.",
            ),
            ("h", "Dryness"),
            (
                "p",
                "After the press the web should reach 48-52 % dry content for 120 g/m² testliner at design speed with "
                "felts older than three days. A lower dry content in the first three days of a new felt is normal.",
            ),
            (
                "warn",
                "Never run the shoe press with a dry belt: the shoe oil must flow before the nip closes and keep "
                "flowing until the nip is open.",
            ),
        ],
    ),
    ("h", "3. TPC alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E-21", "Shoe oil inlet temperature 50 °C (warning)", "Check the cooling water flow through the shoe oil cooler and the cooler's thermostat valve"],
            ["E-22", "Shoe oil inlet temperature 55 °C, load relieved to 100 kN/m", "Find the cooling fault; the load cannot be raised again until the oil is below 48 °C"],
            ["E-23", "Shoe oil flow below 80 % of the set flow, load relieved", "Check the pressure filter TPM-OF25 and the shoe oil pump; look for a kinked supply hose"],
            ["E-24", "Shoe oil tank level low", "Top up with TPM-SO68 (ISO VG 68); look for leaks at the belt heads"],
            ["E-25", "Belt head air pressure below 0.15 bar", "Check the belt head seals and the air regulator (set 0.25 bar)"],
            ["E-26", "Loading pressures of front and back side differ by more than 3 bar", "Check the loading valves and the pressure transmitters"],
            ["E-27", "Felt guide at its end position", "Stop and check the felt for a wrinkle or a folded edge before it runs off; check the guide paddle"],
            ["E-28", "Uhle box vacuum below 25 kPa", "Check the vacuum pump and the uhle box covers; look for a worn or loose cover strip"],
            ["E-30", "Web break in the press section", "The presses open; clean the felts before threading again"],
            ["E-31", "Drive torques of shoe roll and counter roll differ by more than 10 %", "Check the belt for slip or damage; check the load sharing setting of the drives"],
            ["E-32", "Counter roll vibration above 4.5 mm/s (warning)", "Check the roll bearings and the felts for a seam mark; plan a stop"],
            ["E-33", "Counter roll vibration above 7.1 mm/s, press opened", "Do not close the press until the cause is found; call Trondell service"],
            ["E-34", "Oil on the outside of the belt (option B, NX-660 only)", "Stop and inspect the belt for cracks and the belt heads for a leak"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Crushing (web blown apart in the nip)", "Load raised too fast or too high for a wet, heavy web; felts filled", "Lower the load and raise it again in steps; condition or change the felts"],
            ["Sheet wetter at the edges than in the middle", "Edge zone pressure too low", "Raise the edge zones, keeping within 15 % of the centre pressure"],
            ["Web follows the counter roll", "Doctor blade worn or counter roll cover dirty", "Change the doctor blade; clean the counter roll"],
            ["Blisters or cracks on the belt", "Belt at the end of its life, or run dry", "Stop and inspect; the belt is changed to TPM-SI-09"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Closing and loading the shoe press"),
    (
        "ol",
        [
            "Check that both felts are threaded, tensioned to 3-5 kN/m and guided.",
            "Start the shoe oil unit; check that the inlet temperature is 40-45 °C and the flow is at the table value.",
            "Set the belt head air to 0.25 bar.",
            "Start the press drives at threading speed with the nip open and let the shoe oil circulate to warm the shoe and the belt.",
            "Close the nip at the minimum load of 100 kN/m.",
            "Raise the load no faster than 50 kN/m per second to the production value, keeping to 400 kN/m until the speed is above 300 m/min.",
            "Check the cross-direction moisture profile and set the edge zones.",
        ],
    ),
    ("h", "6. Changing a press felt"),
    (
        "ol",
        [
            "Open both presses, stop the drives and lock out the drives and the felt stretcher.",
            "Release the felt tension and retract the felt guide.",
            "Take out the back-side spacers of the felt run rolls and the press frame.",
            "Cut the old felt off. Pull the new felt on from the back side with its running arrow in the direction of run.",
            "Refit the spacers and tighten their bolts to 540 N m on the NX-540 or 650 N m on the NX-660.",
            "Tension the felt to 3 kN/m and run it slowly with the showers on for at least 30 min before threading the web.",
            "Set the high-pressure showers to 20 bar for the first 48 hours.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Check the shoe oil temperature, flow and level; check the felt guides"],
            ["Daily", "Check the high-pressure shower nozzles; clear blocked nozzles with the needle tool TPM-NT1"],
            ["Every felt change", "Check the uhle box covers"],
            ["Every 2000 h", "Change the shoe oil pressure filter element TPM-OF25 (earlier at alarm E-23)"],
            ["Every 8000 h", "Have the shoe oil analysed; change it if the water content is above 0.1 %"],
        ],
        (50, 120),
    ),
    (
        "p",
        "The shoe oil unit is a separate unit with its own manual, TPM-OM-LU-02. The shoe press belt is changed by "
        "Trondell service with the belt change rig to instruction TPM-SI-09; the belt change is not described here. "
        "The counter roll is reground in the roll shop to instruction TPM-SI-12 when its cover is worn or marked; the "
        "crowns in section 1 are the crowns to grind.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "NX-540", "NX-660"],
            ["Shoe press belt", "TPM-BL54", "TPM-BL66"],
            ["Shoe oil pressure filter element, 25 µm", "TPM-OF25", "TPM-OF25"],
            ["Shoe oil ISO VG 68, 200 L", "TPM-SO68", "TPM-SO68"],
            ["High-pressure shower nozzle, 1.2 mm", "TPM-SN12", "TPM-SN12"],
            ["Counter roll doctor blade", "TPM-DB54", "TPM-DB66"],
            ["Uhle box cover strip", "TPM-UC54", "TPM-UC66"],
            ["Belt head seal kit", "TPM-HS15", "TPM-HS15"],
            ["Nozzle needle tool", "TPM-NT1", "TPM-NT1"],
            ["Belt monitor sensor (option B)", "-", "TPM-BM1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ostrana GL annealing lehrs
OSTRANA = [
    ("title", "Ostrana GL Annealing Lehrs for Container Glass\nOperation and Maintenance Manual - GL-20 and GL-28"),
    (
        "p",
        "Document OGT-OM-GL-03, Revision 5, January 2025. Ostrana Glass Thermal s.r.o. The GL-20 and GL-28 are "
        "gas-fired annealing lehrs with a wire-mesh belt for soda-lime container glass (bottles and jars) from IS "
        "machines. The ware enters hot, is reheated and held at the annealing temperature in the soak section, cooled "
        "under control through the controlled cooling section and then cooled quickly with fan air. The GL-28 is the "
        "wider and longer lehr; otherwise the two are built alike. The lehr loader (stacker) and the cold end coating "
        "hood are separate units with their own manuals, OGT-OM-LS-02 and OGT-OM-CE-01.",
    ),
    (
        "warn",
        "WARNING: Ware, belt and casing in the soak section are at over 500 °C. Wear heat-resistant gloves and a face "
        "shield when taking ware off the belt near the entry, and never climb onto the lehr casing. Gas work on the "
        "burners is done by a qualified gas engineer only.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "GL-20", "GL-28"],
            ["Belt width", "2000 mm", "2800 mm"],
            ["Overall length", "30.0 m", "36.0 m"],
            ["Soak section length", "9.0 m", "11.0 m"],
            ["Controlled cooling section length", "8.0 m", "10.0 m"],
            ["Belt speed", "0.3-3.0 m/min", "0.3-3.0 m/min"],
            ["Burners (soak zones 1 and 2)", "4 x 120 kW", "6 x 120 kW"],
            ["Total burner input", "480 kW", "720 kW"],
            ["Recirculation fans", "4", "6"],
            ["Cooling fans (rapid cooling)", "3", "4"],
            ["Glass throughput, maximum", "40 t/day", "60 t/day"],
            ["Gas supply pressure", "50-100 mbar", "50-100 mbar"],
            ["Electrical supply", "400 V 3~ 50 Hz", "400 V 3~ 50 Hz"],
            ["Belt", "Wire mesh, steel 1.4828", "Wire mesh, steel 1.4828"],
            ["Weight", "38 t", "52 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Burner inputs are net inputs on natural gas (H-gas). The lehrs are built for natural gas; running them on LPG "
        "needs another burner set, which is arranged with Ostrana.",
    ),
    ("h", "2. Annealing and cooling"),
    (
        "cols",
        [
            ("h", "Annealing temperature"),
            (
                "p",
                "Soda-lime container glass is annealed at 545-565 °C; set both soak zones to 555 °C unless the glass "
                "maker's data say otherwise. Each soak zone must hold within ±5 °C of its setpoint. Never set a soak "
                "zone above 580 °C: the ware sags and deforms.",
            ),
            ("h", "Soak time and belt speed"),
            (
                "p",
                "The ware must spend at least 6 min in the soak section if its thickest wall is up to 4 mm, and at "
                "least 10 min if it is 4-6 mm. Ware with walls above 6 mm needs a curve from Ostrana's process "
                "department. The belt speed must not exceed the soak length divided by the soak time: 1.5 m/min "
                "(GL-20) and 1.8 m/min (GL-28) for walls up to 4 mm, 0.9 m/min (GL-20) and 1.1 m/min (GL-28) for "
                "walls of 4-6 mm.",
            ),
            ("h", "Controlled cooling"),
            (
                "p",
                "Through the controlled cooling section the ware must cool no faster than 15 °C per minute until it is "
                "below 480 °C. Faster cooling there leaves strain in the glass.",
            ),
            ("h", "Exit temperature"),
            (
                "p",
                "Ware should leave the lehr at 80-120 °C for the cold end coating. Above 150 °C (alarm H13) the ware "
                "can check on the cold conveyor; below 80 °C the coating does not bond.",
            ),
            ("h", "Heating up and cooling down"),
            (
                "p",
                "From cold, heat the soak zones no faster than 100 °C per hour with the belt running at 0.5 m/min; a "
                "cold start to 555 °C therefore takes at least 5.4 hours. Cool down no faster than 50 °C per hour, "
                "with the belt running, until the soak zones are below 200 °C.",
            ),
            (
                "warn",
                "Never stop the belt while the soak zones are above 200 °C: the belt sags and stretches. On a mains "
                "failure the emergency drive turns the belt (H14).",
            ),
        ],
    ),
    ("h", "3. Strain check"),
    (
        "p",
        "Check the annealing at least once a shift and after every job change. Take three pieces from each IS section "
        "group after the lehr exit and view them in the polariscope against the strain discs OGT-PS1. Retained "
        "strain must be no higher than real temper number 2. If a piece reads 3, raise the soak temperature by 5 °C or "
        "slow the belt, and check again after one belt pass. Ware that reads 4 or higher is held; the quality "
        "department decides whether it is re-annealed or scrapped.",
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Belt drive stopped or drive fault", "Restart the drive; if it will not run, switch to the emergency drive at once"],
            ["H02", "Belt slip: speed sensor differs from drive speed by more than 5 %", "Check the belt tension weights and the lagging of the drive drum"],
            ["H03", "Zone temperature more than 15 °C below setpoint", "Check the burner of that zone and the gas pressure"],
            ["H04", "Zone temperature more than 15 °C above setpoint", "Check the burner control valve; check that the zone's recirculation fan runs"],
            ["H05", "Flame failure (burner number shown)", "Reset once; if it trips again, check the flame rod OGT-FR2 and the ignition electrode OGT-IE2"],
            ["H07", "Gas pressure below 40 mbar", "Check the supply pressure and the gas filter; the burners shut down at 35 mbar"],
            ["H08", "Gas pressure above 120 mbar", "Check the governor; call the gas engineer"],
            ["H09", "Recirculation fan stopped, burners of that zone shut down", "Check the fan motor and its V-belts; never run a zone without its fan"],
            ["H10", "Combustion air fan fault", "Check the fan motor and the air pressure switch"],
            ["H11", "Thermocouple failure", "Change the thermocouple OGT-TK6 (type K)"],
            ["H12", "Belt tracking at its limit", "Track the belt (section 6)"],
            ["H13", "Exit temperature above 150 °C", "Check that all cooling fans run and that their dampers are open"],
            ["H14", "Mains failure, belt on the emergency drive", "Restore the mains; the emergency drive turns the belt at 0.3 m/min for up to 8 h"],
        ],
        (16, 72, 82),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Ware breaks in the soak section", "Ware cooled too far before the lehr", "Shorten the transfer from the IS machine; check the first soak zone"],
            ["Checks or cracks appear after the lehr", "Exit temperature too high or rapid cooling uneven", "Check the exit temperature (80-120 °C) and the cooling fans"],
            ["High strain in the polariscope", "Soak temperature too low or soak time too short", "Raise the soak temperature by 5 °C or slow the belt (section 2)"],
            ["Ware falls over on the belt", "Belt speed changed too abruptly or belt damaged", "Change the speed in steps of 0.1 m/min; check the belt for lifted wires"],
            ["Marks on the ware bottoms", "Belt dirty or carbon build-up", "Run the belt brush; check the belt for damaged wires"],
            ["Belt runs to one side", "Belt tracking out", "Track the belt (section 6)"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Tracking the belt"),
    (
        "ol",
        [
            "Watch the belt for two full revolutions and mark where it runs against the edge guides.",
            "At the exit end, turn the tracking roller adjuster on the side the belt runs towards, a quarter turn at a time.",
            "Wait one full belt revolution after each adjustment; at 3.0 m/min a revolution takes 20 min on the GL-20 and 24 min on the GL-28.",
            "Never adjust the tracking roller at the entry end while the soak zones are hot.",
            "If the belt still touches a guide after three adjustments, check the belt for stretching on one side; the belt is shortened or changed by Ostrana service (instruction OGT-SI-05).",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Strain check (section 3); check the exit temperature"],
            ["Daily", "Clean the belt brush; look at the burner flames through the sight glasses"],
            ["Weekly", "Check the fan V-belts; grease the fan bearings with 2 shots of OGT-HG2 each"],
            ["Every 3 months", "Clean the combustion air filters; check the belt drive chain and its tension"],
            ["Yearly", "Combustion check and gas train leak test by the gas engineer; check the thermocouples against a reference"],
        ],
        (40, 130),
    ),
    (
        "p",
        "The combustion settings (air to gas ratio) are set by the gas engineer to the burner data sheet and are not "
        "given here.",
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Spare part", "GL-20", "GL-28"],
            ["Thermocouple, type K, 600 mm", "OGT-TK6", "OGT-TK6"],
            ["Flame rod", "OGT-FR2", "OGT-FR2"],
            ["Ignition electrode", "OGT-IE2", "OGT-IE2"],
            ["Belt drive chain", "OGT-DC20", "OGT-DC28"],
            ["Fan bearing unit", "UC210", "UC212"],
            ["High-temperature grease, 400 g", "OGT-HG2", "OGT-HG2"],
            ["Belt brush", "OGT-BB20", "OGT-BB28"],
            ["Polariscope strain discs", "OGT-PS1", "OGT-PS1"],
            ["Wire-mesh belt, per metre", "OGT-WB20", "OGT-WB28"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Timbrook BH band headrigs
TIMBROOK = [
    ("title", "Timbrook BH Band Headrigs\nOperation and Maintenance Manual - BH-1500 and BH-1800"),
    (
        "p",
        "Document TSS-OM-BH-05, Issue 4, March 2025. Timbrook Sawmill Systems Ltd. The BH-1500 and BH-1800 are vertical "
        "band headrigs for breaking down logs on a carriage; the number is the wheel diameter in millimetres. The "
        "bottom wheel is driven; the top wheel sits on a hydraulic-pneumatic strain system and is tilted to track the "
        "blade. The laser blade deviation monitor (option D) is available for the BH-1800 only. The log carriage and "
        "its setworks are a separate machine with their own manual, TSS-OM-LC-02.",
    ),
    (
        "warn",
        "WARNING: A blade that breaks can leave the wheel housing at speed. Never open a wheel door until both wheels "
        "stand still; without the brake they run on for up to 3 min. Handle blades with cut-resistant gloves, teeth "
        "away from the body, always two people.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BH-1500", "BH-1800"],
            ["Wheel diameter", "1500 mm", "1800 mm"],
            ["Wheel face width", "200 mm", "250 mm"],
            ["Wheel centre distance, blade strained", "2550 mm", "2970 mm"],
            ["Blade length", "9.8 m", "11.6 m"],
            ["Blade width, new", "200 mm", "260 mm"],
            ["Blade width, end of life", "150 mm", "200 mm"],
            ["Blade thickness", "1.47 mm", "1.65 mm"],
            ["Tooth pitch", "45 mm", "50 mm"],
            ["Wheel speed", "650 rpm", "570 rpm"],
            ["Blade speed", "51 m/s", "54 m/s"],
            ["Strain force", "60 kN", "85 kN"],
            ["Maximum cut height", "1100 mm", "1400 mm"],
            ["Main motor", "110 kW", "160 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The blade length is 3.14 times the wheel diameter plus twice the centre distance. Half the strain force acts "
        "in each side of the blade, which gives about 100 N/mm² in a new blade on both headrigs.",
    ),
    ("h", "2. Cutting limits"),
    ("p", "Bite per tooth and feed speed:"),
    (
        "ul",
        [
            "The bite (feed per tooth) should be 0.8-1.2 mm in softwood and 0.5-0.8 mm in hardwood.",
            "The feed speed is the bite times the blade speed divided by the tooth pitch. The carriage must therefore not feed faster than about 80 m/min (BH-1500) and 78 m/min (BH-1800) in softwood, and about 54 m/min (BH-1500) and 52 m/min (BH-1800) in hardwood.",
            "These feed speeds hold for cuts up to 600 mm deep. In deeper cuts the gullets fill with sawdust: feed no faster than 75 % of them.",
            "In frozen logs (wood below -5 °C) use the hardwood feed speeds for softwood as well.",
        ],
    ),
    ("p", "Strain, guides and tracking:"),
    (
        "ul",
        [
            "Set the strain so that the strain gauge reads the strain force of section 1. In cutting it must not fall below 90 % of that value (SB-12).",
            "Release the strain when the headrig is to stand for more than 2 hours, so that the blade and the wheels are not left under load.",
            "Set the saw guide pads 0.15-0.25 mm from the blade on each side.",
            "The guide lubricant, water with 2 % guide oil TSS-GO5, must flow at 0.5-1.0 L/h to each guide; without it the pads burn (SB-15).",
            "Tilt the top wheel so that the gullet bottoms run 3-5 mm in front of the front edge of the wheels. The teeth must never touch the wheels.",
        ],
    ),
    ("p", "Blade life:"),
    (
        "ul",
        [
            "Change the blade after 4 h of cutting in softwood and 2 h in hardwood, or earlier when it dulls.",
            "Take a blade with a crack in a gullet out at once and send it to the filing room.",
            "Blades are ground, swaged, shaped and tensioned in the filing room to instruction TSS-SI-03; this work is not described here.",
        ],
    ),
    ("h", "3. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["SB-10", "Emergency stop pressed", "Release and reset; find out why it was pressed"],
            ["SB-11", "Wheel door open", "Close and latch both wheel doors"],
            ["SB-12", "Strain below 90 % of the set value; main motor braked", "Check the strain pressure regulator and the air supply; look for a blade that has stretched"],
            ["SB-13", "Strain accumulator pre-charge low", "Have the nitrogen pre-charge checked by a trained fitter to TSS-SI-07"],
            ["SB-14", "Blade break detector tripped; brake applied", "Keep clear until the wheels stop; lock out before opening the doors"],
            ["SB-15", "Guide lubricant flow missing", "Check the lubricant tank, the pump and the nozzles at the guides"],
            ["SB-16", "Main motor over temperature", "Check the motor fan; check the feed speed against section 2"],
            ["SB-17", "Blade deviation above 1.5 mm (warning, option D)", "Check the bite, the guides and the sharpness of the blade"],
            ["SB-19", "Blade deviation above 3 mm, carriage feed stopped (option D)", "Back the carriage out of the cut; change the blade if it is dull"],
            ["SB-20", "Brake lining worn", "Change the brake pads TSS-BP4"],
            ["SB-21", "Top wheel at the upper end of its lift", "The blade has stretched; send it to the filing room"],
            ["SB-22", "Wheel bearing temperature above 80 °C", "Check the bearing grease; stop and call Timbrook service if it keeps rising"],
            ["SB-23", "Wheel scraper air pressure low", "Check the air supply to the scrapers (set 3 bar)"],
        ],
        (18, 72, 80),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Washboard (regular waves on the sawn face)", "Bite too large, strain low or guides too far from the blade", "Lower the feed speed; check the strain; set the guides to 0.15-0.25 mm"],
            ["Snaking (wavy cut through the log)", "Dull blade, or feed too fast for the wood so the gullets overload", "Change the blade; slow the feed (section 2)"],
            ["Cracks in the gullets", "Blade overstrained or run too long", "Check the strain setting; keep to the blade change times"],
            ["Blade runs forward off the wheels", "Top wheel tilt wrong", "Track the blade so that the gullets run 3-5 mm in front of the wheel edge"],
            ["Burn marks on the sawn face", "Dull blade or guide pads too close", "Change the blade; check the guide gap"],
            ["Sawdust builds up on the wheels", "Scraper worn or scraper air low", "Change the scraper blade; set the scraper air to 3 bar"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing a blade"),
    (
        "ol",
        [
            "Stop the headrig, wait until both wheels stand still and lock out the main motor and the carriage.",
            "Open both wheel doors and retract the guides.",
            "Lower the top wheel with the strain valve until the blade hangs slack.",
            "Two people lift the blade off the wheels, teeth away from the body, and hang it on the blade rack.",
            "Fit the new blade with the teeth pointing down on the cutting side and centre it on the wheels.",
            "Strain the blade to 60 kN (BH-1500) or 85 kN (BH-1800).",
            "Turn the wheels by hand for two revolutions and check the tracking (gullets 3-5 mm in front of the wheel edge).",
            "Set the guides to 0.15-0.25 mm, close the doors and run the saw idle for 1 min before cutting.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every blade change", "Clean the wheels and the scrapers; check the guide pads"],
            ["Every shift", "Check the guide lubricant flow; test the brake"],
            ["Weekly", "Grease the wheel bearings: 4 shots (BH-1500) or 6 shots (BH-1800) of TSS-GR2 each"],
            ["Every 500 h", "Have the strain accumulator pre-charge checked"],
            ["Every 2000 h", "Check the wheel faces for wear; wheel crowning and regrinding by Timbrook service"],
        ],
        (40, 130),
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Spare part", "BH-1500", "BH-1800"],
            ["Saw guide pad set", "TSS-GP200", "TSS-GP260"],
            ["Guide oil, 5 L", "TSS-GO5", "TSS-GO5"],
            ["Wheel scraper blade", "TSS-WS20", "TSS-WS25"],
            ["Brake pad set", "TSS-BP4", "TSS-BP4"],
            ["Blade break sensor", "TSS-BB1", "TSS-BB1"],
            ["Bearing grease, 400 g", "TSS-GR2", "TSS-GR2"],
            ["Deviation laser head (option D)", "-", "TSS-LD1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Lotwell WS wave soldering machines
LOTWELL = [
    ("title", "Lotwell WS Wave Soldering Machines\nOperation and Maintenance Manual - WS-350 and WS-450"),
    (
        "p",
        "Document LEE-OM-WS-08, Edition 6, September 2024. Lotwell Electronics Equipment GmbH. The WS-350 and WS-450 "
        "are inline wave soldering machines for through-hole and mixed-technology printed circuit boards. A finger "
        "conveyor carries the boards over a spray fluxer, three bottom preheat zones and a solder pot with a chip wave "
        "and a main (laminar) wave. The number is the widest board the conveyor takes, in millimetres; apart from the "
        "width and the items named, the two machines are built alike. Nitrogen inerting (option N) is available for "
        "the WS-450 only. The machines are made for lead-free solder only, SAC305 and SN100C. Tin-lead and other "
        "leaded alloys must not be used in them, and no settings are given for them.",
    ),
    (
        "warn",
        "WARNING: The solder is at up to 275 °C. Wear a face shield, heat-resistant gloves and long sleeves when "
        "removing dross or topping up. Never put wet or cold bars into the pot: moisture turns to steam and throws "
        "solder out. The flux is flammable; no open flame near the fluxer.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WS-350", "WS-450"],
            ["Board width", "50-350 mm", "50-450 mm"],
            ["Conveyor speed", "0.4-2.0 m/min", "0.4-2.0 m/min"],
            ["Conveyor angle", "6° (5-7° adjustable)", "6° (5-7° adjustable)"],
            ["Preheat zones", "3 x 400 mm", "3 x 600 mm"],
            ["Preheat power", "9.0 kW", "13.5 kW"],
            ["Solder pot content (SAC305)", "320 kg", "420 kg"],
            ["Pot heating", "8 kW", "10 kW"],
            ["Pot heat-up time, full, from 20 °C", "150 min", "170 min"],
            ["Main wave contact length", "50 mm", "50 mm"],
            ["Flux tank", "5 L", "5 L"],
            ["Compressed air", "5-6 bar, 150 L/min", "5-6 bar, 200 L/min"],
            ["Electrical supply", "400 V 3~, 32 A", "400 V 3~, 40 A"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Process settings"),
    (
        "cols",
        [
            ("h", "Solder temperature"),
            (
                "p",
                "Set the pot to 260 °C for SAC305 (range 255-265 °C) and to 265 °C for SN100C (range 260-270 °C). "
                "Never set the pot above 275 °C: the pot coating and the impeller wear fast above it. The safety "
                "thermostat switches the heating off at 280 °C (F3).",
            ),
            ("h", "Contact time"),
            (
                "p",
                "The contact time on the main wave should be 2-4 s. It is the contact length divided by the conveyor "
                "speed: with the 50 mm contact length, run the conveyor at 0.75-1.5 m/min. Boards thicker than 2.4 mm "
                "need 3-4 s, that is 0.75-1.0 m/min.",
            ),
            ("h", "Preheat"),
            (
                "p",
                "The top side of the board should reach 90-110 °C before the wave with water-based (VOC-free) flux and "
                "80-100 °C with alcohol-based flux, heating no faster than 2 °C per second. Measure it with a profile "
                "board; the zone setpoints depend on the board and are not given here.",
            ),
            ("h", "Fluxer"),
            (
                "p",
                "Check the spray once a shift with a test board covered with thermal paper: the pattern must be even "
                "across the board, with no stripes. Spray at 0.4-0.6 bar at the nozzle. The standard nozzle is 0.8 mm "
                "(LEE-SN08); use 0.6 mm (LEE-SN06) for low-solids fluxes and 1.2 mm (LEE-SN12) for high-solids and "
                "water-based fluxes.",
            ),
            ("h", "Bath analysis"),
            (
                "p",
                "Copper dissolves from the boards into the bath. Keep the copper content at or below 0.9 % for SAC305 "
                "and at or below 1.0 % for SN100C. At the limit, drain part of the bath and top up with copper-free "
                "alloy from the solder supplier. A sample is analysed by the solder supplier's laboratory every 3 "
                "months in one-shift operation and every month in three-shift operation.",
            ),
            ("h", "Wave height"),
            (
                "p",
                "Set the main wave so that the board dips into it by one half to two thirds of its thickness. Solder "
                "must never flood the top side of the board.",
            ),
            (
                "warn",
                "Never add leaded solder to the pot, not even to top up: one leaded bar contaminates the whole bath.",
            ),
        ],
    ),
    ("h", "3. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["F1", "Emergency stop pressed", "Release and reset"],
            ["F2", "Solder more than 10 °C below its setpoint; wave pumps blocked", "Wait for the pot to heat; check the heaters if it takes longer than the heat-up time in section 1"],
            ["F3", "Solder above 280 °C; heating switched off by the safety thermostat", "Let the pot cool; check the controller and the pot thermocouple LEE-TC3"],
            ["F4", "Solder level low", "Top up with clean, dry bars, one bar at a time"],
            ["F5", "Wave pump motor overload", "Clean dross out of the pump duct and off the impeller"],
            ["F6", "Preheat zone over temperature", "Check the zone's thermocouple and its solid-state relay"],
            ["F7", "Flux level low", "Fill the flux tank"],
            ["F8", "Flux spray not detected", "Clean the spray nozzle with the flux maker's thinner; check the air pressure"],
            ["F9", "Board jam: board not at the exit sensor in time", "Remove the board; check the conveyor width against the board"],
            ["F10", "Conveyor width drive fault", "Check the width motor and its limit switches"],
            ["F11", "Finger chain slack", "Tension the chain (section 6)"],
            ["F13", "Compressed air below 4.5 bar", "Check the air supply"],
            ["F14", "Extraction air flow low", "Check the fume extraction unit and its filters (separate unit with its own manual)"],
            ["F15", "Nitrogen flow low (option N, WS-450 only)", "Check the nitrogen supply"],
            ["F16", "Pot drive in/out fault", "Check the pot drive limit switches"],
        ],
        (16, 72, 82),
    ),
    ("h", "4. Solder defects"),
    (
        "table",
        [
            ["Defect", "Possible cause", "Remedy"],
            ["Bridging between leads", "Too little flux, preheat too low or contact time too short", "Check the flux spray; raise the preheat; slow the conveyor within 0.75-1.5 m/min"],
            ["Icicles (solder spikes)", "Solder too cold or board leaves the wave at the wrong angle", "Check the pot temperature; check the conveyor angle (6°)"],
            ["Poor hole fill", "Preheat too low, too little flux or contact time too short", "Raise the top-side temperature to the top of its range; check the flux"],
            ["Solder balls on the underside", "Flux not dried before the wave, or moisture in the board", "Raise the preheat; bake boards that have taken up moisture"],
            ["Dull, grainy joints", "Bath contaminated (copper)", "Have the bath analysed (section 2)"],
            ["Skips behind tall parts", "Shadowing by the part body, or chip wave off", "Turn the board round; switch on the chip wave"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Procedures"),
    ("p", "5.1 Removing dross (every shift)"),
    (
        "ol",
        [
            "Stop the conveyor and switch off the wave pumps; leave the pot heating on.",
            "Put on the face shield, the gloves and the apron.",
            "Skim the dross from the surface towards the front of the pot with the perforated ladle LEE-DL1 and lift it into the steel dross bin.",
            "Do not stir the bath and do not scrape the pot walls.",
            "Top up to the level mark with clean, dry bars, one bar at a time.",
            "Let the solder come back to its setpoint, then start the wave pumps and check the wave height.",
        ],
    ),
    ("p", "5.2 Starting from cold"),
    (
        "ol",
        [
            "Switch on the pot heating; the pot needs 150 min (WS-350) or 170 min (WS-450) from 20 °C.",
            "When the pot has reached its setpoint, let the solder soak so that it is molten right to the bottom before you start the wave pump.",
            "Switch on the preheat, the fume extraction and the fluxer air.",
            "Set the conveyor width to the board width plus 0.5-1.0 mm.",
            "Run a profile board if the product has changed, and a thermal paper test of the flux spray.",
        ],
    ),
    (
        "p",
        "The wave pump impeller and shaft are changed by Lotwell service to instruction LEE-SI-04. The fume extraction "
        "unit is a separate unit with its own manual.",
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Remove the dross (5.1); flux spray test"],
            ["Weekly", "Clean the conveyor fingers in the finger cleaner; clean the fluxer housing"],
            ["Monthly", "Clean dross out of the wave nozzles and the pump duct; tension the finger chain to a sag of 10-15 mm"],
            ["Every 3 months", "Bath analysis (monthly in three-shift operation)"],
            ["Yearly", "Check the pot heater elements and test the safety thermostat"],
        ],
        (40, 130),
    ),
    ("h", "7. Spare parts"),
    (
        "table",
        [
            ["Spare part", "WS-350", "WS-450"],
            ["Conveyor fingers, titanium, per metre", "LEE-FT35", "LEE-FT45"],
            ["Main wave nozzle", "LEE-WN35", "LEE-WN45"],
            ["Chip wave nozzle", "LEE-CN35", "LEE-CN45"],
            ["Spray nozzle 0.6 mm", "LEE-SN06", "LEE-SN06"],
            ["Spray nozzle 0.8 mm (standard)", "LEE-SN08", "LEE-SN08"],
            ["Spray nozzle 1.2 mm", "LEE-SN12", "LEE-SN12"],
            ["Pot thermocouple", "LEE-TC3", "LEE-TC3"],
            ["Dross ladle", "LEE-DL1", "LEE-DL1"],
            ["Preheat heater element", "LEE-PH4", "LEE-PH6"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("trondell-nx-shoe-press-section.pdf", "Trondell TPM-OM-NX-04 Ed 2 - NX-540 / NX-660", TRONDELL),
        ("ostrana-gl-annealing-lehr.pdf", "Ostrana OGT-OM-GL-03 Rev 5 - GL-20 / GL-28", OSTRANA),
        ("timbrook-bh-band-headrig.pdf", "Timbrook TSS-OM-BH-05 Issue 4 - BH-1500 / BH-1800", TIMBROOK),
        ("lotwell-ws-wave-soldering-machine.pdf", "Lotwell LEE-OM-WS-08 Ed 6 - WS-350 / WS-450", LOTWELL),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 10, 1, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
