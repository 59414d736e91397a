"""Generate the PDF manuals of the nineteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/nineteenth/make_pdfs.py

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
    """Body text flowing in two columns; used for the extruder, thermoformer and bead mill operating pages."""
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


# ---------------------------------------------------------------- Vextrun EX single-screw extruders
VEXTRUN = [
    ("title", "Vextrun EX Series Single-Screw Extruders\nOperating and Maintenance Manual - EX-60 and EX-75"),
    (
        "p",
        "Document VXT-BA-EX-09, Issue 4, February 2024. Vextrun Kunststofftechnik GmbH. The EX-60 and EX-75 are "
        "single-screw extruders with a grooved, water-cooled feed bush, built for polyolefin pipe and profile "
        "lines. Both have a 33 D barrier screw, a hydraulic slide-plate screen changer and the same VXC-5 "
        "controller; the EX-75 has a larger screw, a larger drive and one more barrel heating zone. The EX-75 "
        "can be ordered with a vented barrel (option V); the EX-60 is always unvented.",
    ),
    (
        "warn",
        "WARNING: Barrel, adapter and die run at up to 300 °C and stay hot for hours after shutdown. Never "
        "stand in front of the die or open the screen changer while the melt pressure gauge shows pressure: "
        "trapped melt can blow out. Never turn the screw against a cold barrel. Lock off the main isolator and "
        "the heater supply before work on the heater bands or the terminal box.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EX-60", "EX-75"],
            ["Screw diameter / length", "60 mm / 33 D", "75 mm / 33 D"],
            ["Screw speed", "15-150 rpm", "12-130 rpm"],
            ["Drive motor, AC, water cooled", "55 kW", "90 kW"],
            ["Max. output, PE 100 pipe grade", "220 kg/h", "350 kg/h"],
            ["Barrel heating zones", "5 x 6 kW", "6 x 8 kW"],
            ["Barrel cooling fans", "5 x 0.25 kW", "6 x 0.25 kW"],
            ["Feed bush cooling water", "0.6 m³/h", "0.9 m³/h"],
            ["Gearbox oil, ISO VG 320", "18 L", "30 L"],
            ["Max. melt pressure (trip)", "400 bar", "400 bar"],
            ["Rupture disc at the adapter", "500 bar", "500 bar"],
            ["Centre height", "1000 mm", "1000 mm"],
            ["Weight without die", "3.2 t", "4.6 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum outputs hold for PE 100 pipe grade at maximum screw speed with feed bush water at 15 °C and "
        "a clean 40/80/40 mesh screen pack. With PP block copolymer the EX-60 reaches 190 kg/h and the EX-75 "
        "300 kg/h. Rigid PVC must not be processed on these screws. The barrel zone setpoints must never exceed "
        "300 °C. The feed bush cooling water must be 12-20 °C; above 20 °C the pellets soften in the grooves and "
        "the output falls.",
    ),
    ("h", "2. Operating the extruder"),
    (
        "cols",
        [
            ("h", "Heating up"),
            (
                "p",
                "Switch on the feed bush water first, then the barrel zones. Heat to the recipe profile, typically "
                "180-210 °C for PE 100. When every zone has reached its setpoint, keep heating for a soak time of "
                "at least 30 minutes (45 minutes on the EX-75) before the screw is started; the VXC-5 blocks the "
                "drive until the soak timer has run out.",
            ),
            ("h", "Starting the screw"),
            (
                "p",
                "Start at 10 rpm with the hopper slide closed to turn out the old melt, then open the slide and "
                "raise the speed in steps of 10 rpm. Watch the melt pressure and the motor load at each step. "
                "The melt pressure before the screen must not exceed 350 bar in production; the VXC-5 warns at "
                "350 bar and stops the drive at 400 bar.",
            ),
            ("h", "Running"),
            (
                "p",
                "Motor load should stay below 90 % of rated current. The gearbox oil may run no more than 50 °C "
                "above ambient and never above 85 °C. A rising pressure difference across the screen of more than "
                "60 bar from the clean value means the screen pack must be changed.",
            ),
            ("h", "Stopping"),
            (
                "p",
                "For a short stop of up to 2 hours, close the hopper slide, run the screw empty at 20 rpm and "
                "lower the zones to 160 °C. For a longer stop purge with PE 100 of a high melt flow rate, run "
                "empty and switch off the heating; leave the feed bush water on until the feed zone is below 60 °C.",
            ),
            ("warn", "Never run the screw empty for more than 2 minutes: the screw flights wear against the barrel."),
        ],
    ),
    ("h", "3. VXC-5 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["X21", "Barrel zone temperature more than 15 °C above its setpoint", "Check the cooling fan of that zone and the thermocouple; check shear heat at high screw speed"],
            ["X22", "Barrel zone temperature more than 15 °C below its setpoint", "Check the heater band current and the solid state relay of that zone"],
            ["X23", "Thermocouple break (zone number on the display)", "Check the plug and the thermocouple; the zone heats at its last output"],
            ["X24", "Heater band current low", "One band of the zone has failed; replace it at the next stop"],
            ["X25", "Melt pressure above 350 bar (warning)", "Check the screen pack and the die temperature; reduce screw speed"],
            ["X26", "Melt pressure above 400 bar, drive stopped", "Find the cause before restarting; never bypass the pressure trip"],
            ["X27", "Melt pressure transducer signal out of range", "Check the cable; replace the transducer if the fault stays"],
            ["X29", "Drive motor overload", "Check for cold material in the barrel and the motor cooling water"],
            ["X30", "Gearbox oil temperature above 85 °C", "Check the oil cooler water and the oil level"],
            ["X31", "Gearbox oil pressure low", "Check the lubrication pump and the suction filter"],
            ["X32", "Feed bush water flow low", "Check the supply at 12-20 °C and the flow switch"],
            ["X33", "Soak timer running, drive blocked", "Wait for the soak time to end; not a fault"],
            ["X34", "Screen changer hydraulic pressure low", "Check the hand pump or the hydraulic unit and the seals"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Output surges, pressure swings", "Feed bush too warm; bridging in the hopper; worn screw", "Check the feed water; check the hopper; measure screw wear"],
            ["Unmelted pellets in the melt", "Barrel too cold; screw speed too high for the profile", "Raise the zones 2 and 3; lower the speed"],
            ["Bubbles or voids in the pipe wall", "Moist material; carbon black masterbatch wet", "Dry the masterbatch; use the vent (EX-75 option V)"],
            ["Yellow or burnt streaks", "Melt too hot; dead spot in the adapter", "Lower the zones; clean the adapter"],
            ["Die lines on the surface", "Degraded melt at the die lips; damaged die", "Clean the die lips"],
            ["Motor load high with normal output", "Screen blocked; melt too cold", "Change the screen; check zone temperatures"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Changing the screen pack"),
    (
        "ol",
        [
            "Prepare a new screen pack VXT-SP60 or VXT-SP75, preheated to process temperature on the changer plate.",
            "Reduce the screw speed to 20 rpm.",
            "Operate the screen changer: the slide plate moves the new screen into the melt channel in one stroke.",
            "Check that the melt pressure settles and note the new clean pressure difference.",
            "Wearing heat-resistant gloves, remove the old pack from the outer cavity with a brass tool.",
            "Clean the breaker plate cavity with a brass brush; never use steel tools on the sealing surfaces.",
        ],
    ),
    ("h", "6. Changing the gearbox oil"),
    (
        "ol",
        [
            "Stop the extruder and let the gearbox cool to below 60 °C, then lock off.",
            "Drain the oil through the drain valve and clean the magnetic drain plug.",
            "Change the suction filter VXT-OF12.",
            "Fill with VXT-GO320: 18 L for the EX-60 and 30 L for the EX-75, to the middle of the sight glass.",
            "Run for 10 minutes at 30 rpm without material and check the oil pressure and the level.",
        ],
    ),
    (
        "p",
        "Pulling the screw for inspection needs the screw extraction rig and is done to service instruction "
        "VXT-SI-03 by Vextrun service or trained staff. Screw and barrel wear is measured at the same time; the "
        "clearance between the flights and the barrel must not exceed 0.45 mm on the EX-60 or 0.55 mm on the "
        "EX-75.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the melt pressure reading at start-up; check the feed water flow"],
            ["Weekly", "Check the heater band currents on the VXC-5; clean the cooling fan grilles"],
            ["Every 4000 h", "Change the gearbox oil and the suction filter; check the rupture disc"],
            ["Every 8000 h", "Pull the screw and measure wear (VXT-SI-03); check the thrust bearing"],
            ["Yearly", "Calibrate the melt pressure transducer; check the heater terminals for tightness"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "EX-60", "EX-75"],
            ["Heater band, ceramic", "VXT-HB60", "VXT-HB75"],
            ["Thermocouple, type J", "VXT-TCJ", "VXT-TCJ"],
            ["Melt pressure transducer, 700 bar", "VXT-MP700", "VXT-MP700"],
            ["Rupture disc, 500 bar", "VXT-RD500", "VXT-RD500"],
            ["Screen pack 40/80/40 mesh, 10 pcs", "VXT-SP60", "VXT-SP75"],
            ["Gearbox oil ISO VG 320, 20 L", "VXT-GO320", "VXT-GO320"],
            ["Gearbox suction filter", "VXT-OF12", "VXT-OF12"],
            ["Vent port insert and seal", "-", "VXT-VP75 (option V)"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Formaxa TF roll-fed thermoformers
FORMAXA = [
    ("title", "Formaxa TF Roll-Fed Thermoformers\nOperator and Maintenance Manual - TF-600 and TF-760"),
    (
        "p",
        "Document FMX-OM-TF-22, Version 3.1, June 2024. Formaxa Packaging Systems Ltd. The TF-600 and TF-760 "
        "are roll-fed pressure and vacuum thermoformers with in-mould cutting for cups, lids and trays from PS, "
        "PET and PP film. The film is carried by spike chains through a top and bottom ceramic heater, formed with "
        "compressed air and plug assist, cut in the mould and stacked. Both models use the FTC-8 touch panel; the "
        "TF-760 has a larger forming area, a stronger toggle and a servo plug assist.",
    ),
    (
        "warn",
        "WARNING: The heater elements run at up to 550 °C and the film can catch fire if the chains stop with the "
        "heater over the film. The forming station closes with up to 700 kN. Never reach into the forming or "
        "stacking station while the machine is in AUTO; use the inching mode with the guard key. Lock off before "
        "changing moulds or heater elements.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TF-600", "TF-760"],
            ["Max. forming area", "600 x 400 mm", "760 x 560 mm"],
            ["Max. forming depth", "120 mm", "150 mm"],
            ["Film width", "320-640 mm", "400-800 mm"],
            ["Film thickness", "0.2-1.8 mm", "0.2-1.8 mm"],
            ["Max. reel diameter", "1000 mm", "1200 mm"],
            ["Dry cycles per minute", "max. 30", "max. 25"],
            ["Closing force, toggle", "400 kN", "700 kN"],
            ["Heaters, top and bottom", "144 x 250 W = 36 kW", "232 x 250 W = 58 kW"],
            ["Forming air pressure", "max. 6 bar", "max. 6 bar"],
            ["Compressed air use at 6 bar", "1800 NL/min", "2800 NL/min"],
            ["Mould cooling water, 10-15 °C", "1.5 m³/h", "2.2 m³/h"],
            ["Connected load, 400 V 50 Hz", "55 kW", "85 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Dry cycle rates are measured without film, with the shortest index and no heating time. In production "
        "the rate depends on the heating time: 0.5 mm PS cups usually run at 24-28 cycles per minute on the "
        "TF-600, 0.8 mm PET trays at 14-18. PP needs about 20 % more heating time than PS of the same thickness. "
        "The maximum index stroke is 420 mm on the TF-600 and 600 mm on the TF-760. Plug assist is pneumatic on "
        "the TF-600 and servo driven on the TF-760.",
    ),
    ("h", "2. Setting up and running"),
    (
        "cols",
        [
            ("h", "Chain rails"),
            (
                "p",
                "Set the rail spread so that each row of spikes holds the film 8-12 mm from its edge. Both rails "
                "must be parallel to within ±0.5 mm over the heater length; a rail that runs out lets the film "
                "pull off the spikes when it softens.",
            ),
            ("h", "Heater settings"),
            (
                "p",
                "Element setpoints range from 200 to 550 °C. For PET the element setpoints must not exceed "
                "420 °C, or the film crystallises and turns white. The bottom heater is usually set 30-60 °C "
                "below the top. After a heater setpoint change, wait 10 minutes for the elements to settle before "
                "judging the parts.",
            ),
            ("h", "Forming"),
            (
                "p",
                "Forming air must not exceed 6 bar. Use 3-4 bar for thin cups and up to 6 bar for deep trays with "
                "sharp corners. The mould temperature must be held at the setpoint ±2 °C; cold moulds give stress "
                "whitening, warm moulds distorted parts.",
            ),
            ("h", "Film sag"),
            (
                "p",
                "Softened film sags between the chains. Sag must be no more than 25 mm at the heater exit on the "
                "TF-600 and no more than 35 mm on the TF-760, or the film touches the bottom heater. The sag "
                "support air keeps it within limits.",
            ),
            ("warn", "If the chains stop with film in the heater, the heater shuttles out automatically. Never "
             "disable the shuttle."),
        ],
    ),
    ("h", "3. FTC-8 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["F101", "Heater shuttle did not move out within 2 s after a chain stop", "Danger of fire: check the shuttle cylinder and its air supply at once"],
            ["F102", "Heater element zone current low (zone number shown)", "Find the failed element with the heater map; replace it"],
            ["F103", "Heater thermocouple open", "Check the pilot element thermocouple and its plug"],
            ["F104", "Forming air pressure below 2.5 bar", "Check the air supply and the forming air valve"],
            ["F105", "Mould cooling water flow or temperature out of range", "Check the chiller and the mould hoses"],
            ["F106", "Toggle not locked at the end of closing", "Check the toggle lubrication and the mould height setting"],
            ["F107", "Chain index position error", "Check the chain tension and the index servo"],
            ["F108", "Film reel empty or film break", "Load a new reel and splice the film"],
            ["F110", "Stacker jam, parts not removed", "Clear the stacker; check the counting setting"],
            ["F111", "Plug assist servo fault (TF-760)", "Read the drive code on the FTC-8; check the plug for collisions"],
            ["F112", "Central lubrication level low", "Fill the reservoir with FMX-LG2 grease"],
            ["F113", "Guard door open", "Close the door and reset"],
            ["F114", "Skeleton winder torque limit reached", "Check the skeleton for tears and the winder clutch"],
            ["F115", "Film temperature at the heater exit outside the window", "Check the pyrometer window and the heater settings"],
            ["F116", "Emergency stop", "Release the button and reset"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Part defects"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Webbing at the corners", "Film too hot; too much sag; plug too slow", "Lower the heat; raise the sag air; speed up the plug"],
            ["Thin corners, heavy rim", "Film too cold at the centre; no plug assist", "Raise the centre heaters; adjust the plug depth"],
            ["White stress marks", "Mould too cold; film too cold", "Raise the mould water temperature or the heat"],
            ["Parts not fully formed", "Forming air too low or too short; vents blocked", "Raise the air; clean the mould vents"],
            ["Hairs on the cut edge", "Dull cutting edges; wrong cut timing", "Have the knives resharpened; check the timing"],
            ["Film pulls off the spikes", "Rails not parallel; film too hot at the edges", "Align the rails; lower the edge heaters"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Replacing a ceramic heater element"),
    (
        "ol",
        [
            "Switch off the heaters and wait until the heater map shows all elements below 60 °C.",
            "Lock off the heater supply.",
            "Shuttle the heater bank out to the service position.",
            "Unscrew the element wires at the terminal rail and pull the element out of its holder.",
            "Fit the new FMX-CE250 element and connect it to the same terminals.",
            "Switch on and check on the heater map that the zone current is back to normal.",
        ],
    ),
    ("h", "6. Changing the mould"),
    (
        "ol",
        [
            "Run the film out of the forming station and switch off the forming air.",
            "Close the mould water valves and blow out the mould with compressed air.",
            "Lower the table to the change position, lock off and unclamp the mould halves.",
            "Roll the mould out on the change cart FMX-MC1 and roll the new one in.",
            "Clamp the mould, connect the water and air and set the mould height on the FTC-8.",
            "Load the product recipe and run 20 cycles before releasing production.",
        ],
    ),
    (
        "p",
        "Resharpening of the steel cutting knives is done by the Formaxa tool shop; send the cutting plate with "
        "form FMX-TS-5. The knives may be reground at most four times.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the pyrometer window; check the chain spikes for film residue"],
            ["Weekly", "Check the chain tension; check the central lubrication level"],
            ["Every 1000 h", "Check the toggle pins for play; clean the heater reflectors"],
            ["Every 3000 h", "Replace the forming air valve seals with kit FMX-VS3"],
            ["Yearly", "Check the heater shuttle response time (max. 2 s); service the index servo"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "TF-600", "TF-760"],
            ["Ceramic heater element, 250 W", "FMX-CE250", "FMX-CE250"],
            ["Pilot element with thermocouple", "FMX-CT250", "FMX-CT250"],
            ["Spike chain, per metre", "FMX-SC12", "FMX-SC16"],
            ["Forming air valve seal kit", "FMX-VS3", "FMX-VS3"],
            ["Central lubrication grease, 1 kg", "FMX-LG2", "FMX-LG2"],
            ["Pyrometer", "FMX-PY4", "FMX-PY4"],
            ["Plug assist servo motor", "-", "FMX-PS760"],
            ["Pneumatic plug cylinder", "FMX-PC600", "-"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Indumelt IF coreless induction furnaces
INDUMELT = [
    ("title", "Indumelt IF Coreless Induction Melting Furnaces\nOperating Manual - IF-250 and IF-500"),
    (
        "p",
        "Document IND-OM-IF-14, Revision E, January 2024. Indumelt Foundry Equipment Oy. The IF-250 and IF-500 "
        "are medium-frequency coreless induction furnaces for melting steel, cast iron and copper alloys. Each "
        "has a steel-shell tilting furnace body with a water-cooled copper coil, a refractory lining rammed in "
        "place, a hydraulic tilt and a thyristor (SCR) power supply with the IMP-2 control panel. The IF-500 has "
        "twice the crucible volume, a larger power supply and a hydraulic swing lid.",
    ),
    (
        "warn",
        "DANGER: Water in contact with molten metal causes explosions. Never charge wet, oily, frozen or closed "
        "scrap (tubes, cans). Wear aluminised protective clothing and a face shield at the furnace platform. "
        "Persons with pacemakers or metal implants must keep at least 5 m from the coil while power is on. Never "
        "switch off the coil cooling water while there is metal in the furnace, even after a power failure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IF-250", "IF-500"],
            ["Crucible capacity, steel", "250 kg", "500 kg"],
            ["Crucible capacity, copper alloys", "310 kg", "620 kg"],
            ["Rated power", "250 kW", "400 kW"],
            ["Frequency", "1000 Hz", "1000 Hz"],
            ["Melt rate, steel to 1600 °C", "400 kg/h", "650 kg/h"],
            ["Supply transformer", "315 kVA, 400 V", "500 kVA, 400 V"],
            ["Coil cooling water flow", "6 m³/h", "10 m³/h"],
            ["Lining thickness, new", "80 mm", "95 mm"],
            ["Tilt angle / hydraulic pressure", "95° / 120 bar", "95° / 120 bar"],
            ["Lid", "manual cover", "hydraulic swing lid"],
            ["Furnace body weight, lined", "1.9 t", "3.1 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The melt rates hold at full rated power from a hot crucible with dry, clean steel scrap of a good packing "
        "density; a cold first melt of the day takes about 25 % longer. For grey iron the capacity is the same as "
        "for steel. The tapping temperature must never exceed 1650 °C: above this the silica lining erodes rapidly. "
        "Coil cooling water must enter at 35 °C or less, leave at no more than 55 °C and be at least 5 °C above the "
        "dew point of the furnace hall, or the coil sweats and the ground leak detector may trip.",
    ),
    ("h", "2. Melting"),
    (
        "p",
        "Before the first melt, check the coil water flow, the ground leak detector reading and the lining. "
        "A new lining must be sintered to the Indumelt sintering schedule IND-SS-2 before the first production "
        "melt; the schedule is supplied with the lining material and is not repeated in this manual.",
    ),
    (
        "ol",
        [
            "Switch on the coil cooling water and the power supply cooling; check the flow on the IMP-2.",
            "Check that the ground leak detector shows more than 8 kOhm.",
            "Charge a starter block or heavy pieces in the bottom, then lighter scrap; never force charge into the crucible.",
            "Start at 50 % power for 5 minutes, then raise to full power.",
            "Keep adding charge as the bath forms, never more than the crucible capacity.",
            "Take a temperature with the dip thermocouple before tapping; deslag with the skimmer.",
            "Tilt slowly to tap into the preheated ladle; return the furnace to upright and reduce power to holding.",
        ],
    ),
    (
        "p",
        "Bridging: if the charge welds together above the bath, switch the power down to 30 % at once. A bridge "
        "traps superheated metal below it, which can attack the lining in minutes. Break the bridge from above "
        "with a bar only when the power is down.",
    ),
    ("h", "3. IMP-2 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["M01", "Coil cooling water flow low", "Power is reduced to 20 %; check the pump and the strainer; never switch the water off"],
            ["M02", "Coil water outlet temperature above 55 °C", "Check the cooler and the inlet temperature (max. 35 °C)"],
            ["M03", "Power supply cooling water temperature high", "Check the heat exchanger of the closed circuit"],
            ["M04", "Ground leak detector below 8 kOhm (warning)", "Metal is approaching the coil; measure the lining and plan a reline"],
            ["M05", "Ground leak detector below 2 kOhm, power off", "Empty the furnace at once; do not restart until the lining has been inspected"],
            ["M06", "Overcurrent in the inverter", "Check for a short in the coil leads; reset once only"],
            ["M07", "SCR module overtemperature", "Check the cooling water of the power supply and the module heat sinks"],
            ["M08", "Supply phase missing or undervoltage", "Check the supply fuses and the transformer"],
            ["M09", "Frequency outside 800-1200 Hz", "The load has changed strongly; check the lining and the charge level"],
            ["M10", "Capacitor bank fault", "Check the capacitor fuses; call Indumelt service"],
            ["M12", "Tilt hydraulic pressure low", "Check the oil level and the pump; do not tilt with a full crucible"],
            ["M13", "Emergency stop pressed", "Release and reset; the cooling keeps running"],
            ["M14", "Lid not closed (IF-500)", "Close the lid; power is limited to 50 % with the lid open"],
            ["M15", "Earth fault in the coil circuit", "Call Indumelt service; do not apply power"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Power will not reach the setpoint", "Charge too light or loose; frequency at its limit", "Add heavier charge; check for M09"],
            ["Melting slower than usual", "Thin charge; lid open; lining too thick with slag build-up", "Clean slag from the walls; close the lid"],
            ["Coil water outlet hot", "Low flow; scale in the coil; inlet too warm", "Clean the strainer; descale by service"],
            ["Ground leak reading falls from heat to heat", "Lining wear; metal penetration", "Measure the lining; reline when due"],
            ["Metal sticks to the crucible wall at the slag line", "Slag build-up", "Deslag while hot with the skimmer"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Lining wear and relining"),
    (
        "p",
        "Measure the lining after every 10 heats with the lining gauge IND-LG1 at the slag line and at the bottom. "
        "The lining must be renewed when the remaining wall is less than 40 mm on the IF-250 or less than 50 mm "
        "on the IF-500, or earlier if the ground leak reading stays below 8 kOhm. A typical silica lining lasts "
        "80-120 heats in steel. Knock-out of the old lining, ramming and sintering are done to IND-SS-2.",
    ),
    ("h", "6. Checking the ground leak probe"),
    (
        "ol",
        [
            "With the furnace empty and cold, lock off the power supply.",
            "Check that the stainless steel wires of the probe IND-GLP1 in the bottom of the lining are visible and not covered by slag.",
            "Measure the resistance between the probe terminal and the coil: more than 1 MOhm with a dry lining.",
            "Press TEST on the IMP-2: the display must show the M04 warning and then the M05 trip.",
            "Reset and record the test in the furnace log.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every heat", "Check the ground leak reading; deslag; check the coil water temperatures"],
            ["Every 10 heats", "Measure the lining with IND-LG1"],
            ["Weekly", "Clean the coil water strainer; check the tilt cylinder hoses"],
            ["Monthly", "Test the ground leak detector (section 6); check the water chemistry"],
            ["Yearly", "Coil insulation test and capacitor check by Indumelt service"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "IF-250", "IF-500"],
            ["Ground leak probe", "IND-GLP1", "IND-GLP1"],
            ["Dip thermocouple tips, 100 pcs", "IND-DT100", "IND-DT100"],
            ["Silica lining mass, 25 kg bag", "IND-SM25", "IND-SM25"],
            ["Coil grout, 25 kg", "IND-CG25", "IND-CG25"],
            ["SCR module", "IND-SCR25", "IND-SCR40"],
            ["Tilt cylinder seal kit", "IND-TS25", "IND-TS50"],
            ["Coil water strainer element", "IND-WS6", "IND-WS10"],
            ["Swing lid refractory", "-", "IND-LR50"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Perlmahl BM horizontal bead mills
PERLMAHL = [
    ("title", "Perlmahl BM Horizontal Agitator Bead Mills\nOperating Instructions - BM-20 and BM-50"),
    (
        "p",
        "Document PMH-BA-BM-06, Edition 5, October 2023. Perlmahl Dispergiertechnik AG. The BM-20 and BM-50 are "
        "horizontal agitator bead mills for the wet fine grinding of paints, inks, pigment pastes and agrochemical "
        "suspensions. A disc agitator drives grinding beads in a jacketed chamber; the product is pumped through "
        "the chamber and leaves through a slotted screen cartridge that holds the beads back. Both models share "
        "the double mechanical seal design, the pressure-fed barrier fluid system and the PBC-1 control.",
    ),
    (
        "warn",
        "CAUTION: Never start the agitator with beads in a dry chamber: the beads pack and the discs break. Never "
        "open the chamber or the screen housing under pressure. Solvent-based products: the mill must be earthed "
        "and the barrier fluid must be compatible with the solvent. Lock off before opening the chamber.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BM-20", "BM-50"],
            ["Grinding chamber, gross volume", "20 L", "50 L"],
            ["Agitator disc diameter", "250 mm", "340 mm"],
            ["Max. agitator speed", "1070 rpm", "790 rpm"],
            ["Max. tip speed", "14 m/s", "14 m/s"],
            ["Drive motor", "22 kW", "45 kW"],
            ["Throughput, depending on product", "100-1000 L/h", "250-2500 L/h"],
            ["Bead size", "0.6-2.5 mm", "0.6-2.5 mm"],
            ["Max. product pressure in the chamber", "3 bar", "3 bar"],
            ["Cooling water for jacket and seal", "0.8 m³/h", "1.6 m³/h"],
            ["Barrier fluid tank", "6 L", "6 L"],
            ["Weight, empty", "1.4 t", "2.6 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The bead filling is given as bulk volume in per cent of the gross chamber volume. With beads of 0.8 mm and "
        "larger fill 80-85 %: 16-17 L on the BM-20, 40-42 L on the BM-50. With beads below 0.8 mm fill no more "
        "than 75 %. With yttrium-stabilised zirconia beads (bulk density 3.7 kg/L) 17 L weigh about 63 kg. With "
        "glass beads the tip speed must not exceed 10 m/s. The slots of the screen cartridge must be no wider than "
        "one third of the smallest bead diameter.",
    ),
    ("h", "2. Operation"),
    (
        "cols",
        [
            ("h", "Before starting"),
            (
                "p",
                "Check the barrier fluid level in the tank and the barrier pressure. The barrier pressure must be "
                "at least 1 bar above the highest product pressure in the chamber and no more than 6 bar. Open the "
                "cooling water to the jacket and the seal.",
            ),
            ("h", "Filling the chamber"),
            (
                "p",
                "Start the product pump at its lowest speed and fill the chamber until product runs out of the "
                "screen. Only then start the agitator at 50 % speed.",
            ),
            ("h", "Grinding"),
            (
                "p",
                "Raise the agitator to the recipe tip speed and the pump to the recipe throughput. The product "
                "outlet temperature must stay below the limit of the product, and never above 60 °C with "
                "solvent-based products. The chamber pressure must not exceed 3 bar; the PBC-1 stops the pump at "
                "2.5 bar and the agitator at 3 bar.",
            ),
            ("h", "Fineness"),
            (
                "p",
                "Take samples at the outlet every 30 minutes and check them with a grindometer. If the fineness "
                "is not reached, lower the throughput or make a second pass; raising the tip speed above the "
                "recipe value wears beads and discs quickly.",
            ),
            ("h", "Emptying and cleaning"),
            (
                "p",
                "Pump the product out with a thinner or solvent of the same system until the outlet runs clear, "
                "with the agitator at 30 % speed. Stop the agitator before the pump. Beads may stay in the "
                "chamber, covered with solvent, for up to a week.",
            ),
        ],
    ),
    ("h", "3. PBC-1 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["G01", "Chamber pressure above 2.5 bar, pump stopped", "Screen blocked or product too viscous; clean the screen cartridge"],
            ["G02", "Chamber pressure above 3 bar, agitator stopped", "Clean the screen; check the bead filling and the product viscosity"],
            ["G03", "Product outlet temperature above the limit", "Check the cooling water flow and temperature; reduce the tip speed"],
            ["G04", "Barrier fluid pressure less than 1 bar above the chamber pressure", "Check the barrier tank pressure and the nitrogen supply"],
            ["G05", "Barrier fluid level low", "Top up with PMH-BF1; a falling level means the seal leaks into the product"],
            ["G07", "Drive motor overload", "Bead filling too high or product too thick; check the motor current"],
            ["G08", "Cooling water flow low", "Check the supply and the flow switch"],
            ["G09", "Product pump motor fault", "Check the pump motor protection"],
            ["G10", "Agitator speed deviation", "Check the drive belt tension and the speed sensor"],
            ["G11", "Screen housing cover not closed", "Close and lock the cover"],
            ["G12", "Earthing monitor fault", "Check the earthing clamp on the product container"],
            ["G13", "Chamber not filled: agitator start blocked", "Run the pump until product leaves the screen"],
            ["G14", "Emergency stop", "Release and reset"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Beads in the product", "Screen slot too wide or damaged; screen cartridge seal", "Check the cartridge; replace it"],
            ["Pressure rises slowly during the run", "Screen blinding; product thickening", "Clean the screen; check the viscosity"],
            ["Fineness not reached", "Throughput too high; beads worn or too few", "Lower the throughput; check the bead filling"],
            ["Product gets too hot", "Cooling water too warm or too little; tip speed too high", "Check the water; lower the tip speed"],
            ["Barrier fluid discoloured", "Product passing the inner seal", "Plan seal replacement"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Cleaning the screen cartridge"),
    (
        "ol",
        [
            "Stop the agitator and the pump and let the chamber pressure fall to zero.",
            "Lock off the mill.",
            "Open the screen housing cover and pull the screen cartridge out with the extractor tool.",
            "Clean it in solvent with a soft brush from the inside outwards; never use a steel brush.",
            "Check the slots against the light: a slot that has opened up means the cartridge must be replaced.",
            "Fit the cartridge with a new O-ring PMH-OR95 and close the cover.",
        ],
    ),
    ("h", "6. Draining and changing the beads"),
    (
        "ol",
        [
            "Flush the product out (section 2) and stop the mill.",
            "Place a bead container under the bead drain at the bottom of the chamber and open the drain.",
            "Rinse the remaining beads out with solvent at the inlet.",
            "Sieve the beads; beads that pass a sieve of 80 % of the nominal size are discarded.",
            "Close the drain, fill the chamber with solvent to one third and fill the beads through the filling funnel.",
        ],
    ),
    (
        "p",
        "Replacing the double mechanical seal is done to Perlmahl instruction PMH-MS-04 with the seal assembly "
        "jig; it is not described here. The barrier fluid is changed every 2000 hours; the BM-20 and the BM-50 "
        "both take 6 L of PMH-BF1.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the barrier fluid level and pressure; check the outlet temperature"],
            ["Weekly", "Clean the screen cartridge; check the drive belts"],
            ["Every 500 h", "Measure the disc wear; check the bead filling and top up"],
            ["Every 2000 h", "Change the barrier fluid; check the mechanical seal"],
            ["Yearly", "Pressure test of the jacket by service; check the earthing"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "BM-20", "BM-50"],
            ["Screen cartridge, slot 0.2 mm", "PMH-SC20-02", "PMH-SC50-02"],
            ["Screen cartridge, slot 0.4 mm", "PMH-SC20-04", "PMH-SC50-04"],
            ["Cartridge O-ring", "PMH-OR95", "PMH-OR140"],
            ["Agitator disc, hardened steel", "PMH-AD250", "PMH-AD340"],
            ["Double mechanical seal", "PMH-MS20", "PMH-MS50"],
            ["Barrier fluid, 5 L", "PMH-BF1", "PMH-BF1"],
            ["Drive belt set", "PMH-DB22", "PMH-DB45"],
            ["Zirconia beads 1.0 mm, 25 kg", "PMH-ZB10", "PMH-ZB10"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("vextrun-ex-single-screw-extruder.pdf", "Vextrun VXT-BA-EX-09 Issue 4 - EX-60 / EX-75", VEXTRUN),
        ("formaxa-tf-thermoformer.pdf", "Formaxa FMX-OM-TF-22 V3.1 - TF-600 / TF-760", FORMAXA),
        ("indumelt-if-induction-furnace.pdf", "Indumelt IND-OM-IF-14 Rev E - IF-250 / IF-500", INDUMELT),
        ("perlmahl-bm-bead-mill.pdf", "Perlmahl PMH-BA-BM-06 Ed 5 - BM-20 / BM-50", PERLMAHL),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 8, 18, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
