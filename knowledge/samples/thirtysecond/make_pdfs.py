"""Generate the PDF manuals of the thirty-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set32venv && /tmp/set32venv/bin/pip install fpdf2 pypdf
    /tmp/set32venv/bin/python knowledge/samples/thirtysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirtieth set's
make_pdfs.py.
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


# ---------------------------------------------------------------- Brevant VM vertical machining centres
BREVANT = [
    ("title", "Brevant VM Vertical Machining Centres\nOperating and Maintenance Manual - VM-850 and VM-1060"),
    (
        "p",
        "Document BRV-OM-VM-04, Edition 2, May 2025. Brevant Machine Tools GmbH. The VM-850 and VM-1060 are "
        "three-axis vertical machining centres with a BT40 spindle and an arm-type tool changer; the number is the "
        "X travel in millimetres. The BX-7 CNC control has its own operator manual, BRV-OM-BX7-01. The chip "
        "conveyor (option CC) is described in BRV-OM-CC-02, the 20 bar through-spindle coolant unit (option TSC) in "
        "BRV-OM-TSC-01, and the spindle oil cooler in its maker's manual, supplied with the machine.",
    ),
    (
        "warn",
        "WARNING: Never run the spindle in automatic mode with the door open or the door interlock bridged. A "
        "broken tool leaves the spindle at the speed of a bullet.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VM-850", "VM-1060"],
            ["Travel X / Y / Z", "850 / 510 / 560 mm", "1060 / 610 / 610 mm"],
            ["Table working surface", "1000 x 500 mm", "1200 x 600 mm"],
            ["Table load, spread evenly over the table", "500 kg", "800 kg"],
            ["Spindle taper and speed range", "BT40, 60-12000 rpm", "BT40, 60-10000 rpm"],
            ["Spindle motor, continuous rating / 30 min rating", "11 kW / 15 kW", "15 kW / 18.5 kW"],
            ["Rapid traverse X / Y / Z", "36 / 36 / 30 m/min", "30 / 30 / 24 m/min"],
            ["Tool magazine, arm type", "24 pockets", "30 pockets"],
            ["Largest tool diameter, neighbouring pockets full / neighbouring pockets empty", "80 mm / 125 mm",
             "80 mm / 150 mm"],
            ["Longest tool from gauge line / heaviest tool", "300 mm / 7 kg", "300 mm / 8 kg"],
            ["Coolant tank", "250 L", "330 L"],
            ["Electrical connection, 400 V 3~ 50 Hz", "25 kVA, fuse 50 A", "32 kVA, fuse 63 A"],
            ["Machine mass", "5400 kg", "7100 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "A fixture standing on a small area of the table needs Brevant's approval. A tool larger than 80 mm must be "
        "entered as a large tool in the tool table, so that the magazine keeps both neighbouring pockets empty. "
        "Positioning accuracy to ISO 230-2 is 0.008 mm (VM-850) and 0.010 mm (VM-1060), at 20 °C ±1 °C after the "
        "warm-up program.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "In setting mode with the door open the machine allows 2 m/min feed and 50 rpm, only while the enabling "
            "button is held.",
            "The polycarbonate door window loses strength with age and coolant: replace it when cracked, and in any "
            "case 2 years after fitting.",
            "Tool holders run above 8000 rpm must be balanced to G2.5 at 12000 rpm.",
            "The tool is held by disc springs and released by air: hold a heavy tool from below before pressing the "
            "tool release button.",
            "Lock the main switch before work in the working area, the magazine or the chip conveyor.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check the air gauge at the maintenance unit: 6 bar.",
            "Check the way lube reservoir (2 L, ISO VG 68 way oil); fill to the upper mark if below the middle.",
            "Check coolant level and concentration (section 4). Top up with premixed coolant, never with water.",
            "Switch on and reference the axes, Z first.",
            "Run the spindle warm-up program (section 4) before the first part.",
        ],
    ),
    ("h", "4. Machining settings"),
    (
        "cols",
        [
            ("h", "Spindle warm-up"),
            ("p", "Run program O9001 on the VM-850 and O9002 on the VM-1060. After an overnight stop one run (10 min) "
             "is enough. After a standstill of more than 3 days, or in a shop colder than 15 °C, run it twice "
             "(20 min). Parts machined cold can be out by up to 0.02 mm in Z and in bore size during the "
             "first hour."),
            ("h", "Tool clamping"),
            ("p", "The drawbar clamps the pull stud with a disc spring pack. The clamping force is 8 kN ±0.5 kN when "
             "new and must not fall below 7 kN; check it every 6 months (section 7). Use only pull studs to MAS 403 "
             "BT40, 45° type (BRV-PS-40); other pull studs are not gripped fully and a tool can fall out."),
            ("h", "Coolant"),
            ("p", "Keep the concentration at 5-8 % for steel and cast iron (the refractometer reading times the "
             "factor on the coolant's data sheet) and the pH between 8.5 and 9.5. For aluminium and other "
             "non-ferrous metals the concentration is given by the coolant supplier. Replace the coolant when the "
             "pH stays below 8.5 after topping up, or when it smells."),
            ("warn", "Use the through-spindle coolant only with tools that have coolant holes: a tool without holes "
             "lets 20 bar act on the rotary union seal. TSC settings are in BRV-OM-TSC-01."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["101", "Air pressure low", "Below 5 bar at the inlet for more than 2 s. Feed hold."],
            ["102", "Way lube level low", "The running program finishes; the next cycle start is blocked."],
            ["103", "Spindle overload", "Load above 120 % for more than 10 s. Reduce depth or feed; check the "
             "tool."],
            ["104", "Spindle temperature", "Warning when a bearing is warmer than 50 °C; the spindle stops at "
             "58 °C. Check the spindle oil cooler (cooler maker's manual)."],
            ["105", "Tool unclamp fault", "Unclamp sensor not switched within 1.5 s. Check air, pull stud and "
             "clamping force."],
            ["106", "Magazine count lost", "Reference the magazine in the service menu, then check the tool table."],
            ["107", "Tool change arm not home", "Turn the arm home with the ATC recovery key (BRV-OM-BX7-01)."],
            ["108", "Door interlock", "Door opened or lock not confirmed."],
            ["110", "Coolant level low", "The coolant pump stops. Top up with premix."],
            ["111", "Chip conveyor overload", "See BRV-OM-CC-02."],
            ["112", "Axis overtravel", "Move the axis back in handwheel mode."],
            ["113", "Encoder battery low", "Below 4.8 V. Replace the cells within 2 weeks (section 8)."],
            ["114", "Emergency stop", "A stop button is pressed or the safety relay has tripped."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Chatter marks on milled faces", "Long tool overhang, worn inserts, weak part clamping",
             "Shortest holder, new inserts, clamp close to the cut; lower the speed in 10 % steps."],
            ["Bores and Z depths drift during the first hour", "Machine not warm",
             "Run the warm-up program (section 4) before the first part."],
            ["Tool slips in the taper or drops", "Wrong pull stud or low clamping force",
             "Check the pull stud type; measure the clamping force (section 7)."],
            ["Steps at the quadrant points of a milled circle", "Backlash of an axis",
             "Record a circle test. Compensation and ballscrew work are done by Brevant service."],
            ["Spindle noisy at high speed", "Unbalanced holder or damaged bearings",
             "Try a balanced holder. Spindle bearings are replaced by Brevant service only."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Checking the tool clamping force"),
    ("p", "Use the force gauge BRV-FG-40, shaped like a BT40 holder. Check every 6 months and after a tool has "
     "dropped."),
    (
        "ol",
        [
            "Select setting mode, stop the spindle and clean the spindle taper.",
            "Zero the gauge dial with the gauge out of the spindle.",
            "Insert the gauge while pressing the tool release button, then let go: the drawbar clamps it.",
            "Release and clamp the gauge three times and take the lowest reading.",
            "At 7.5 kN or more the clamping is in order. Between 7 and 7.5 kN, check again after 3 months. Below "
            "7 kN stop using the machine and call Brevant service; the disc spring pack is replaced by Brevant "
            "service only.",
            "Record the reading in the machine log.",
        ],
    ),
    ("h", "8. Replacing the encoder battery cells"),
    (
        "p",
        "The absolute encoders keep the axis positions on four D cells (6 V) in the electrical cabinet. Replace the "
        "cells with the control switched on; with the control off the axis positions are lost and must be set "
        "again by Brevant service. The cabinet is live during this work: a qualified electrician only.",
    ),
    (
        "ol",
        [
            "Leave the main switch on and press the emergency stop.",
            "Open the cabinet; the battery box is on the left wall beside the X axis drive.",
            "Replace all four cells with new alkaline D cells (BRV-BT-6), minding the polarity. Never replace only "
            "some of them.",
            "Close the box and the cabinet, release the emergency stop and reset alarm 113.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the spindle taper and the working area; checks of section 3."],
            ["Weekly", "Coolant concentration and pH; skim tramp oil; clean the magazine pockets."],
            ["Monthly", "Clean the air filter and the cabinet cooler mats; look at the way wipers."],
            ["Every 6 months", "Tool clamping force (section 7); empty and clean the coolant tank."],
            ["Yearly", "Machine level, within 0.02 mm/m both ways; way lube filter BRV-LF-2; encoder cells."],
        ],
        (35, 139),
    ),
    ("h", "10. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Pull stud in BT40 holder", "M16", "35 Nm"],
            ["T-slot clamping nuts, 18 mm slots", "M16", "at most 120 Nm"],
            ["Levelling screw lock nuts", "M24", "250 Nm"],
            ["Way cover and wiper screws", "M6", "9 Nm"],
        ],
        (90, 40, 44),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "VM-850", "VM-1060"],
            ["Pull stud, BT40 45°", "BRV-PS-40", "BRV-PS-40"],
            ["Way wiper set X / Y / Z", "BRV-WW-85", "BRV-WW-106"],
            ["Door window, polycarbonate", "BRV-DW-85", "BRV-DW-106"],
            ["Encoder battery cells, 4 x D", "BRV-BT-6", "BRV-BT-6"],
            ["Coolant pump", "BRV-CP-25", "BRV-CP-33"],
            ["Clamping force gauge, BT40", "BRV-FG-40", "BRV-FG-40"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Solvaro HW hot plate welding machines
SOLVARO = [
    ("title", "Solvaro HW Hot Plate Welding Machines\nOperating and Maintenance Manual - HW-60 and HW-90"),
    (
        "p",
        "Document SLV-OM-HW-03, Edition 1, February 2025. Solvaro Kunststofftechnik GmbH. The HW-60 and HW-90 are "
        "vertical hot plate welding machines for thermoplastic parts such as lamp housings, washer fluid "
        "reservoirs, air ducts and battery boxes. Two tool carriers move pneumatically and the heating plate "
        "shuttles in between. The HW-90 can also weld without contact (the plate heats the parts by radiation from "
        "a small gap). Tools are made to the customer's part drawing and come with a tool data sheet. The fume "
        "extraction hood is supplied by others and run to its supplier's instructions.",
    ),
    (
        "warn",
        "WARNING: The heating plate stays hot for more than an hour after switching off. Wear heat-resistant gloves "
        "for all work at the plate.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HW-60", "HW-90"],
            ["Largest heating plate, width x depth", "600 x 400 mm", "900 x 600 mm"],
            ["Heating power / heating zones", "6 kW / 3 zones", "12 kW / 4 zones"],
            ["Plate temperature range", "150-300 °C", "150-450 °C"],
            ["Welding methods", "Contact", "Contact or non-contact"],
            ["Joining force at 6 bar air", "0.5-12 kN", "1-25 kN"],
            ["Tool mass per carrier (upper or lower), including the tool plate", "60 kg", "120 kg"],
            ["Tool carrier stroke", "300 mm", "400 mm"],
            ["Heating plate travel time, in or out", "1.2 s", "1.6 s"],
            ["Compressed air, dry and oil-free / air per cycle", "6 bar / 12 NL", "6 bar / 25 NL"],
            ["Supply 400 V 3~ 50 Hz, connected load / fuse", "8 kVA / 16 A", "15 kVA / 25 A"],
            ["Machine mass", "1900 kg", "3200 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The changeover time is the time from the plate leaving the parts to the parts touching. With the carriers "
        "stopping just clear of the plate it is about 1.5 s on the HW-60 and 2.0 s on the HW-90.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "A light curtain guards the front; rear and side panels are interlocked.",
            "Overheated PTFE gives off harmful fumes. Never heat a PTFE-coated or PTFE-wrapped plate above 270 °C, "
            "and keep the extraction running whenever the plate is hot.",
            "Do not weld PVC or POM on these machines: both release corrosive or toxic gases at the plate.",
            "Before reaching between the tools, park the plate, lower the upper carrier onto the safety blocks "
            "SLV-SB and switch off the air.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Switch on the extraction, then the machine, and select the tool data set; the tool's code plug must "
            "match it.",
            "Let the plate heat up: about 25 min (HW-60) or 40 min (HW-90) to 250 °C. Start is blocked until all "
            "zones are within 10 K of the set point; then let the plate settle for another 10 min.",
            "Look at the plate face: the coating must be smooth, with no bare spots or burnt residue.",
            "Weld three parts, check flash and part length, and test the first part as its test instruction asks.",
        ],
    ),
    ("h", "4. Welding settings"),
    (
        "cols",
        [
            ("h", "Cycle"),
            ("p", "A weld runs through five phases: matching (the parts are pressed on the plate until they reach "
             "the matching stops), heating (the parts rest on the plate with little force while the heat soaks "
             "in), changeover (the plate moves out, the parts come together), joining (the parts are pressed "
             "together to the joining stops) and cooling (held under force until solid)."),
            ("h", "Starting values"),
            ("p", "For unfilled polypropylene (PP) with a 2.5-3.5 mm wall, contact heating: plate 240 °C (range "
             "230-250 °C), matching 6 s with 0.5 mm displacement, heating 15-20 s, changeover no more than 2 s, "
             "joining displacement 1.0 mm, cooling 15 s. For PE-HD use 220-240 °C and 20-25 s heating, the other "
             "values as for PP. Other resins, glass-filled grades and all non-contact welding are set up in "
             "welding trials with the Solvaro application lab; no values are given here."),
            ("h", "Joining force"),
            ("p", "Set the joining force from the joint area: 0.5-1.0 N/mm² for PP and PE-HD. A joint 4 mm wide and "
             "500 mm long (2000 mm²) thus needs 1.0-2.0 kN. Too much force squeezes the melt out into flash and "
             "leaves a cold weld."),
            ("h", "Changeover"),
            ("p", "The melt skin cools fast. Keep the changeover as short as the tools allow. Beyond 3 s the weld "
             "strength falls sharply and the machine stops with W06 (limit adjustable, 3.0 s as delivered)."),
            ("h", "Plate surface"),
            ("p", "Contact plates are PTFE-coated or wrapped in PTFE-glass cloth and run at 270 °C at most. "
             "Non-contact plates are bare and run at 380-450 °C, on the HW-90 only."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Zone below set point", "A zone more than 10 K below its set point; start blocked until it "
             "recovers."],
            ["W02", "Zone over temperature", "A zone more than 15 K above its set point; its heaters switch off. If "
             "it repeats, replace the zone's solid-state relay."],
            ["W03", "Thermocouple open", "The zone shows 999. Check the plug and the thermocouple (type J)."],
            ["W04", "Air pressure low", "Below 5 bar for 1 s. The cycle stops with the plate parked."],
            ["W05", "Light curtain", "Interrupted while closing. Clear the field and start again."],
            ["W06", "Changeover too long", "Longer than the set limit. Check the plate drive and carrier speeds."],
            ["W08", "Matching stops not reached", "Plate too cold or parts longer than allowed."],
            ["W09", "Joining position out of window", "Final position more than 0.2 mm from the set joining "
             "displacement."],
            ["W10", "Tool code mismatch", "The code plug does not match the selected data set."],
            ["W11", "Plate not in end position", "Plate not in park or weld position within 3 s."],
            ["W12", "Tool plate not locked", "A quick clamp of a tool plate is open."],
            ["W13", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 48, 110),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Threads of melt (stringing) as the plate pulls away", "Plate too hot, heating too long, worn coating",
             "Lower the plate temperature in steps of 10 K; clean the plate; replace worn cloth."],
            ["Weak weld, breaks along the seam with a smooth face", "Changeover too long, plate too cold, joining "
             "displacement too small", "Shorten the changeover; raise the temperature in 5 K steps; add joining "
             "displacement in 0.2 mm steps."],
            ["Melt sticks to the plate", "Coating damaged, plate above 270 °C",
             "Clean at temperature with a wooden spatula and a dry cotton cloth, never with steel tools. Damaged "
             "coatings are renewed by Solvaro service."],
            ["Parts too short, large flash", "Displacement or force too large",
             "Reduce matching and joining displacement; set the force as in section 4."],
            ["Melt on one side of the joint only", "A zone cold, or plate not parallel to the tools",
             "Check the zones (section 7); plate parallelism is set by Solvaro service."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Checking the plate temperature"),
    (
        "p",
        "The display shows a thermocouple inside each zone, not the surface. Check the surface every 6 months and "
        "after a thermocouple change, with a contact thermometer and surface probe (accuracy ±1 K).",
    ),
    (
        "ol",
        [
            "Heat the plate to 240 °C and let it settle for 30 min in the park position.",
            "Mark three points on each zone: the middle and both ends of the zone.",
            "Wearing heat-resistant gloves, hold the probe on each point until the reading is steady, about 10 s.",
            "Average the three readings of each zone. The average must be within ±5 K of the displayed value, and "
            "all readings over the plate within 10 K of each other.",
            "If a zone is off by no more than 10 K, enter the difference as the zone offset in the service menu. "
            "If it is off by more, replace the zone's thermocouple SLV-TC-J.",
            "Record readings and offsets in the machine log.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean and inspect the plate surface; check that the extraction runs."],
            ["Weekly", "Clean the carrier guide rods and grease them lightly."],
            ["Monthly", "Drain and clean the air filter; test the light curtain with the test rod."],
            ["Every 6 months", "Check the plate temperature (section 7)."],
            ["Every 50,000 cycles", "Replace the PTFE-glass cloth, sooner when worn through."],
            ["Yearly", "Stopping time of the light curtain measured by a competent person."],
        ],
        (40, 134),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Heating plate to plate carrier, plate hot", "M8", "18 Nm"],
            ["Tool plate quick clamps, setting screw", "M10", "35 Nm"],
            ["Heater cartridge clamp strips", "M5", "4 Nm"],
            ["Carrier guide rod clamps", "M12", "70 Nm"],
        ],
        (90, 40, 44),
    ),
    (
        "p",
        "Tighten the plate screws again after the first heat-up of a new plate: they loosen as the plate expands.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HW-60", "HW-90"],
            ["Heater cartridges, 230 V", "SLV-HC-500, 500 W, 12 per plate", "SLV-HC-750, 750 W, 16 per plate"],
            ["Thermocouple type J, one per zone", "SLV-TC-J", "SLV-TC-J"],
            ["PTFE-glass cloth, per plate", "SLV-PC-60", "SLV-PC-90"],
            ["Solid-state relay, one per zone", "SLV-SR-25", "SLV-SR-40"],
            ["Safety blocks, pair", "SLV-SB-2", "SLV-SB-3"],
            ["Guide bush, tool carrier", "SLV-GB-40", "SLV-GB-50"],
        ],
        (70, 52, 52),
    ),
]

# ---------------------------------------------------------------- Vellquist HC horizontal cartoners
VELLQUIST = [
    ("title", "Vellquist HC Horizontal Cartoners\nOperating and Maintenance Manual - HC-80 and HC-150"),
    (
        "p",
        "Document VQP-OM-HC-06, Edition 4, January 2025. Vellquist Packaging AB. The HC-80 and HC-150 are "
        "horizontal end-load cartoners for blister cards, tubes, bottles and sachets. They take a flat carton from "
        "the magazine, open it into a bucket conveyor, push the product in from the side and close both ends with "
        "tuck flaps or hot melt. The HC-80 runs intermittently, the HC-150 continuously; the number is the largest "
        "output in cartons per minute. The leaflet folder LF-3 has its own manual, VQP-OM-LF-03. The hot melt unit "
        "is run to its own maker's manual and the glue is chosen with the glue supplier. The code reading camera "
        "is set up by its maker.",
    ),
    (
        "warn",
        "WARNING: The pushers are driven by the main servo and move again as soon as start is pressed. Lock the main "
        "switch before reaching into the bucket chain or the pusher area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HC-80", "HC-150"],
            ["Largest output", "80 cartons/min", "150 cartons/min"],
            ["Motion", "Intermittent", "Continuous"],
            ["Carton size range, length x width x height, measured flat-folded and erected",
             "55-200 x 15-80 x 12-70 mm", "70-220 x 20-100 x 15-90 mm"],
            ["Carton board", "250-450 g/m²", "250-450 g/m²"],
            ["Bucket pitch", "127 mm", "152.4 mm"],
            ["Carton magazine length", "1000 mm", "1600 mm"],
            ["Main drive", "Servo motor 2.0 kW", "Servo motor 4.5 kW"],
            ["Vacuum pump", "1.1 kW, 40 m³/h", "2.2 kW, 100 m³/h"],
            ["Compressed air", "6 bar, 200 NL/min", "6 bar, 350 NL/min"],
            ["Rated current, 400 V 3~ 50 Hz", "10 A", "18 A"],
            ["Machine mass", "2300 kg", "3600 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The largest output holds for tuck-end cartons of 300-350 g/m² board up to 150 mm long, with the product "
        "fed in a steady stream. With hot melt closing the output is limited to 60 cartons/min (HC-80) and 120 "
        "cartons/min (HC-150). With leaflet insertion the output depends on the leaflet and is given in "
        "VQP-OM-LF-03. Store cartons for at least 24 h at 18-25 °C and 40-60 % relative humidity before use; damp "
        "or warped cartons are the most common cause of picking faults.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "All guards are interlocked. With a guard open the machine runs only in inching mode at 5 cartons/min "
            "while the hold-to-run button is held.",
            "Hot melt nozzles and hoses are at glue temperature. Wear gloves and safety glasses when working on "
            "them.",
            "The pusher overload clutch protects the machine, not people.",
        ],
    ),
    ("h", "3. Format changeover"),
    (
        "p",
        "Each format has a set of change parts marked with its format number and colour. A changeover takes about "
        "20 min on the HC-80 and 30 min on the HC-150.",
    ),
    (
        "ol",
        [
            "Run the machine empty and stop it.",
            "Select the new format number on the panel; the servo axes move to the format positions (on the "
            "HC-150 this includes the bucket width).",
            "Lock the main switch.",
            "Change the pusher heads and, on the HC-80, the bucket inserts. Tighten the pusher head screws to 10 Nm.",
            "Set the magazine side guides to the carton width plus 1 mm and lock them.",
            "Fit 20 mm suction cups for cartons up to 30 mm wide, 30 mm cups for wider cartons.",
            "Change the tuck blades and folding ploughs of the format.",
            "Unlock the main switch and inch one carton through, checking each station.",
            "Run 20 cartons, check them with the format gauge, then release production.",
        ],
    ),
    ("h", "4. Format settings"),
    (
        "cols",
        [
            ("h", "Magazine"),
            ("p", "Guides tighter than the carton width plus 1 mm bend the cartons; looser guides let them skew. "
             "Keep the magazine at least a quarter full. The feed belts stop when fewer than 100 cartons are left "
             "(E22)."),
            ("h", "Vacuum"),
            ("p", "Picking needs at least -0.6 bar at the suction cups, measured with a carton on the cups. Below "
             "-0.5 bar the machine stops with E21. Replace cups that are hard or cracked."),
            ("h", "Pushers"),
            ("p", "The pusher heads must clear the bucket walls by 2-3 mm each side, and the stroke ends with the "
             "product 1-2 mm inside the carton end. The overload clutch releases at 150 N on the HC-80 and 250 N "
             "on the HC-150, measured at the pusher head; do not set it higher."),
            ("h", "Closing"),
            ("p", "Set the tuck blades so that the flap goes in by its full tuck length without touching the "
             "product. With hot melt, the glue temperature, nozzle size and open time are set on the hot melt unit "
             "to the glue supplier's data sheet; on the cartoner the glued flaps must stay under the compression "
             "belts for at least 1.5 s."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E21", "No carton picked", "Vacuum below -0.5 bar, worn cups or warped cartons."],
            ["E22", "Magazine low", "Fewer than 100 cartons. Refill."],
            ["E23", "Carton not open", "Erecting check failed; carton rejected."],
            ["E24", "Bucket empty", "No product, no carton. After 5 empty buckets in a row the machine stops."],
            ["E25", "Pusher overload", "Overload clutch released. Clear the jam and reset (section 7)."],
            ["E26", "Flap closing jam", "Carton stuck at the tuck station."],
            ["E27", "Glue unit not ready", "See the hot melt unit's manual."],
            ["E29", "Reject bin full", "Empty the bin."],
            ["E30", "Code reading failure", "Wrong or missing code on the carton; carton rejected."],
            ["E31", "Vacuum pump overload", "Motor protection tripped; check the pump filter."],
            ["E32", "Guard open", "Close the guard."],
            ["E33", "Servo drive fault", "Read the code on the drive display and see the drive manual."],
            ["E34", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["No carton picked, or two at once", "Low vacuum, worn cups, tight guides, warped cartons",
             "Check the vacuum (at least -0.6 bar); new cups; guides at width plus 1 mm; store cartons as in "
             "section 1."],
            ["Carton skewed in the bucket, not square", "Magazine guides too loose, worn bucket inserts",
             "Set the guides; replace worn inserts."],
            ["End flap not tucked, carton end open", "Plough or tuck blade set wrong, stiff board",
             "Reset the ploughs and tuck blades; report stiff board to the carton supplier."],
            ["Glued ends spring open after the machine", "Glue too cold or open time too long, short compression",
             "Check the hot melt unit against the glue data sheet; keep at least 1.5 s compression."],
            ["Product crushed at the pusher", "Pusher head out of line, carton too small",
             "Align the pusher head (2-3 mm clearance); check the carton size."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Clearing a pusher jam (E25)"),
    (
        "ol",
        [
            "Lock the main switch; the machine has stopped where the clutch released.",
            "Open the guard and remove the product and the carton from the bucket at the pusher.",
            "Push the pusher bar back by hand until the clutch ball snaps into its seat; it engages in one "
            "position only.",
            "Close the guard, unlock, reset E25 and inch one full cycle before restarting.",
            "If E25 comes back more than three times in a shift, check the product length against the carton and "
            "the clutch release force.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Remove carton dust from magazine and pick-up; check the suction cups."],
            ["Weekly", "Clean the vacuum filter; check the bucket chain for stiff links."],
            ["Monthly", "Oil the bucket chain with food-grade chain oil; check the clutch release force."],
            ["Every 6 months", "Pusher chain tension: 5-8 mm deflection at mid-span under 20 N."],
            ["Every 10,000 h", "Change the main gearbox oil, CLP 220: 1.2 L (HC-80), 2.0 L (HC-150)."],
        ],
        (35, 139),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Pusher head screws", "M6", "10 Nm"],
            ["Bucket insert screws", "M5", "6 Nm"],
            ["Sprocket clamping sets", "M8", "35 Nm"],
            ["Machine feet lock nuts", "M20", "150 Nm"],
        ],
        (90, 40, 44),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HC-80", "HC-150"],
            ["Suction cup, 20 mm", "VQP-SC-20", "VQP-SC-20"],
            ["Suction cup, 30 mm", "VQP-SC-30", "VQP-SC-30"],
            ["Vacuum filter element", "VQP-VF-1", "VQP-VF-2"],
            ["Pusher overload clutch", "VQP-OC-15", "VQP-OC-25"],
            ["Bucket chain, per metre", "VQP-BC-127", "VQP-BC-152"],
            ["Pusher head blank", "VQP-PH-80", "VQP-PH-150"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Korvell EF vacuum filling machines
KORVELL = [
    ("title", "Korvell EF Vacuum Filling Machines\nOperating and Maintenance Manual - EF-210 and EF-240"),
    (
        "p",
        "Document KVA-OM-EF-02, Edition 2, April 2025. Korvell Assembly Systems. The EF-210 and EF-240 fill the "
        "closed circuits of vehicles on the final assembly line: they evacuate the circuit, test it for leaks and "
        "fill it under pressure. The EF-210 fills brake and clutch systems with brake fluid; the EF-240 fills "
        "engine and battery cooling circuits with premixed coolant. Both share frame, control, hose boom and "
        "adapter coupling; the fluid modules differ. The filling data of each vehicle type (volumes, pressures, "
        "times) come from the vehicle maker's filling specification and are entered by the plant's process "
        "engineering. Reservoir adapters are made by Korvell to the vehicle maker's drawing. The ABS/ESC unit of a "
        "vehicle is bled with the vehicle maker's diagnostic routine, not by this machine.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EF-210", "EF-240"],
            ["Fluid", "Brake fluid DOT 4 or DOT 5.1, glycol based", "Premixed coolant, glycol and water"],
            ["Storage tank", "60 L", "250 L"],
            ["Fill volume per vehicle", "0.3-2.5 L", "3-25 L"],
            ["Vacuum pump, oil-sealed rotary vane", "25 m³/h", "65 m³/h"],
            ["Target vacuum", "2 mbar abs", "20 mbar abs"],
            ["Fill pressure, adjustable", "2-6 bar", "1-3 bar"],
            ["Flow meter accuracy", "±0.5 % of reading", "±1 % of reading"],
            ["Adapter hose length", "4.5 m", "4.5 m"],
            ["Typical cycle time", "60 s", "90 s"],
            ["Rated current, 400 V 3~ 50 Hz", "10 A", "16 A"],
            ["Mass, empty", "680 kg", "920 kg"],
        ],
        (76, 49, 49),
    ),
    (
        "p",
        "The flow meter accuracy holds for fluid between 15 and 35 °C; outside this range the machine blocks "
        "filling (A09). The cycle times are for a tight circuit; a vehicle that needs a second evacuation takes "
        "about twice as long.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Brake fluid harms eyes and skin and strips paint. Wear safety glasses and nitrile gloves; wash spilled "
            "fluid off paint at once with plenty of water.",
            "Coolant contains ethylene glycol, which is poisonous if swallowed.",
            "Never connect a brake fluid hose to the coolant machine or the other way round. The couplings are "
            "coded red (brake fluid) and green (coolant) and must not be altered. Coolant or mineral oil in a "
            "brake system destroys its seals.",
            "Before opening a fluid module, vent the adapter with program P97 and lock the main switch.",
            "Keep the vacuum pump exhaust connected to the plant's extraction: it carries oil mist and fluid vapour.",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check the tank level (at least one third full) and the fluid temperature on the panel.",
            "EF-210 only: look at the tank breather. Replace the desiccant cartridge KVA-DC-1 when more than two "
            "thirds of it has turned from orange to green.",
            "Check the adapter seal for cuts and swelling.",
            "Connect the adapter to the test vessel and run program P99. A failed P99 means a leak in the "
            "machine, the hose or the adapter seal, not in a vehicle.",
            "Drain the condensate trap of the vacuum pump and check its oil level (middle of the sight glass).",
        ],
    ),
    ("h", "4. Filling settings"),
    (
        "cols",
        [
            ("h", "Cycle"),
            ("p", "1. Seal check: the adapter is pressurised with 0.5 bar air, which must hold for 2 s. "
             "2. Evacuation down to the target vacuum. 3. Vacuum leak test: the pump valve closes and the pressure "
             "rise is measured. 4. Filling under pressure until the set volume has passed the flow meter. 5. Level "
             "correction: the adapter sucks back fluid above the reservoir's fill line (EF-210) or tops up to it "
             "(EF-240). 6. Release: the adapter vents and may be taken off."),
            ("h", "Vacuum and leak test limits"),
            ("p", "EF-210: target 2 mbar, reached within 45 s; leak test 10 s, with a rise of no more than 0.5 mbar. "
             "EF-240: target 20 mbar, reached within 60 s; leak test 15 s, rise not above 3 mbar. These are the "
             "machine's limits. A vehicle specification may set tighter ones, never wider ones."),
            ("h", "Fill pressure"),
            ("p", "Brake systems are filled at 4 bar unless the vehicle specification says otherwise; cooling "
             "circuits at 1.5-2 bar. The EF-240 never fills above 3 bar: radiators and heater cores can burst."),
            ("h", "Fluid quality"),
            ("p", "More than 0.2 % water (2000 ppm) in the brake fluid: empty and refill the tank. Brake fluid takes "
             "up water from the air, so fill the EF-210 tank only from sealed drums and send a tank sample to the "
             "plant lab every month. Coolant comes premixed from the plant's mixing station; its mixing ratio is the "
             "vehicle maker's and is checked by the plant lab."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Adapter seal leak", "Seal check pressure fell within 2 s. Reseat the adapter; check its seal."],
            ["A02", "Vacuum not reached", "Target not reached in time. Leak or open bleed screw in the vehicle: "
             "vehicle to rework. If several vehicles in a row, run P99."],
            ["A03", "Leak test failed", "Pressure rise above the limit. As A02."],
            ["A04", "Fill pressure low", "Fill pressure not reached within 5 s. Check the fill pump and strainer."],
            ["A05", "Volume deviation", "Filled volume outside ±2 % of the set volume."],
            ["A06", "Tank level low", "20 % left. Refill."],
            ["A07", "Tank empty", "Below 5 %; filling blocked."],
            ["A08", "Vacuum pump hot", "Check its oil level and ventilation."],
            ["A09", "Fluid temperature", "Fluid outside 15-35 °C; filling blocked."],
            ["A10", "Flow meter fault", "No pulses during filling."],
            ["A12", "Adapter not parked", "Adapter not back in its holder within 30 s of release."],
            ["A13", "No filling program", "No program stored for the vehicle code read by the scanner."],
            ["A14", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Soft brake pedal after filling", "Air left in the system: limits changed, machine leak, ABS/ESC unit "
             "not bled", "Run P99; check the vehicle's filling record and the limits of section 4. The ABS/ESC "
             "bleeding follows the vehicle maker's routine."],
            ["Fluid drips when the adapter comes off", "Adapter taken off before release, worn seal",
             "Wait for the release signal; replace the seal (section 7)."],
            ["A02 or A03 on many vehicles in a row", "Leak on the machine side",
             "Run P99; replace the adapter seal; check the hose couplings."],
            ["Reservoir overfilled", "Level correction tube worn or too short",
             "Check the tube against the adapter drawing."],
            ["Vacuum pump slow to pull down", "Pump oil old or diluted with fluid vapour",
             "Change the pump oil (section 8)."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Replacing the adapter seal"),
    (
        "ol",
        [
            "Park the adapter and run program P97 to vent it.",
            "Wear glasses and gloves. Hold the adapter over the drip tray and unscrew the adapter nose with the "
            "wrench KVA-AW-1.",
            "Lift the old seal out with the plastic hook, never with a screwdriver.",
            "Clean the seal groove with a lint-free cloth moistened with the fill fluid; never use solvent or "
            "mineral oil on the EF-210.",
            "Fit the new seal: KVA-AS-21 (black with a red dot) on the EF-210, KVA-AS-24 (black with a green dot) "
            "on the EF-240. Do not mix them up.",
            "Screw the nose back on and tighten it to 25 Nm.",
            "Run P99 on the test vessel before filling vehicles.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Start-up checks of section 3, including P99."],
            ["Weekly", "Clean the tank outlet strainer."],
            ["Monthly", "EF-210: tank sample to the plant lab (section 4)."],
            ["Every 500 h", "Change the vacuum pump oil: 0.5 L (EF-210) or 1.0 L (EF-240) of KVA-VO-100; sooner "
             "if the oil turns milky."],
            ["Every 6 months or 20,000 cycles", "Replace the adapter seal (section 7)."],
            ["Yearly", "Flow meter calibration, by Korvell service or the plant's calibration lab."],
        ],
        (45, 129),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Adapter nose on adapter body", "M30 x 1.5", "25 Nm"],
            ["Hose couplings on the fluid module", "G 1/2", "40 Nm"],
            ["Flow meter flange screws", "M6", "8 Nm"],
            ["Vacuum pump feet", "M10", "40 Nm"],
        ],
        (90, 40, 44),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "EF-210", "EF-240"],
            ["Adapter seal", "KVA-AS-21", "KVA-AS-24"],
            ["Adapter hose, 4.5 m", "KVA-AH-21", "KVA-AH-24"],
            ["Breather desiccant cartridge", "KVA-DC-1", "-"],
            ["Tank outlet strainer", "KVA-ST-50, 50 µm", "KVA-ST-150, 150 µm"],
            ["Vacuum pump oil, 1 L", "KVA-VO-100", "KVA-VO-100"],
            ["Test vessel", "KVA-TV-1", "KVA-TV-4"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brevant-vm-vertical-machining-centre.pdf", "Brevant BRV-OM-VM-04 Ed 2 - VM-850 / VM-1060", BREVANT),
        ("solvaro-hw-hot-plate-welding-machine.pdf", "Solvaro SLV-OM-HW-03 Ed 1 - HW-60 / HW-90", SOLVARO),
        ("vellquist-hc-horizontal-cartoner.pdf", "Vellquist VQP-OM-HC-06 Ed 4 - HC-80 / HC-150", VELLQUIST),
        ("korvell-ef-vacuum-fluid-filling-machine.pdf", "Korvell KVA-OM-EF-02 Ed 2 - EF-210 / EF-240", KORVELL),
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
