"""Generate the PDF manuals of the thirty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set36-venv && /tmp/set36-venv/bin/pip install fpdf2 pypdf
    /tmp/set36-venv/bin/python knowledge/samples/thirtysixth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus; no
other unicode, so ohms are written "Ohm"). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers (Manual, render, render_columns) are those of the thirty-fourth set's
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


# ---------------------------------------------------------------- Melkstad MVU milking vacuum units
MELKSTAD = [
    ("title", "Melkstad MVU Milking Vacuum Units\nOperating and Maintenance Manual - MVU-1600 and MVU-2400"),
    (
        "p",
        "Document MST-OM-MVU-04, Edition 4, February 2025. Melkstad Dairy Systems. The MVU-1600 and MVU-2400 "
        "supply the vacuum for milking parlours and pipeline milking systems. Each unit is an oil-lubricated "
        "rotary vane vacuum pump on a common base with its motor, driven by a frequency converter. The MVC-3 "
        "controller holds the system vacuum by changing the pump speed. An interceptor (sanitary trap) protects "
        "the pump from liquid, and an exhaust oil separator catches the oil mist. The model number is the pump "
        "capacity in litres of free air per minute at 50 kPa vacuum. The milking equipment after the "
        "distribution tank (pulsators, clusters, milk line, receiver and milk pump) has its own manuals. The "
        "vacuum supply for a parlour is sized by the installing dealer to ISO 5707, and the unit is connected "
        "and earthed by a qualified electrician.",
    ),
    (
        "warn",
        "WARNING: The MVC-3 restarts the pump by itself after a power cut and whenever the wash programme calls "
        "for vacuum. Switch off and lock the isolator before removing the coupling guard, the pump covers or the "
        "interceptor lid. The pump body and the exhaust pipe reach 90 °C in service.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MVU-1600", "MVU-2400"],
            ["Pump capacity at 50 kPa and 1450 rpm (conditions below)", "1600 L/min free air",
             "2400 L/min free air"],
            ["Motor, 4-pole, 400 V 50 Hz", "4.0 kW", "5.5 kW"],
            ["Rated current", "8.1 A", "10.6 A"],
            ["Speed range on the converter", "600-1450 rpm", "550-1450 rpm"],
            ["Milking units served, conventional parlour (guide)", "up to 16", "up to 24"],
            ["Vacuum set point range / factory setting", "38-50 kPa / 44 kPa", "38-50 kPa / 44 kPa"],
            ["Vanes (4 per rotor), height new / replace at", "34 mm / 28 mm", "38 mm / 32 mm"],
            ["Oil drip rate at 1450 rpm", "14-16 drops/min", "20-24 drops/min"],
            ["Oil reservoir", "2.0 L", "3.0 L"],
            ["Interceptor volume", "40 L", "60 L"],
            ["Sound level at 1 m, full speed", "74 dB(A)", "76 dB(A)"],
            ["Mass with base", "165 kg", "230 kg"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "The capacities are measured to ISO 5707 with the pump at 1450 rpm and a pump body temperature of 60 to "
        "80 °C, at sea level, with a clean inlet filter. At altitude the free-air capacity is lower: above 500 m "
        "the installing dealer corrects the parlour sizing for the site. The number of milking units is a guide "
        "of about 100 L/min per unit for herringbone and parallel parlours with automatic cluster removers. "
        "Rotary parlours, milking robots and parlours with vacuum-driven gates or feeders are sized by the dealer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Never let milk, wash water or chemicals reach the pump. The interceptor float stops the pump (code "
            "E09) when the interceptor fills; drain and clean it before the next milking.",
            "The mechanical backup regulator MBR-1 on the distribution tank opens when the vacuum rises 4 kPa "
            "above the set point. Never remove, block or weigh it down.",
            "Do not touch the pump body or the exhaust pipe while the unit runs or for 30 minutes after it stops.",
            "The exhaust must be piped out of the building; the pump room needs a permanent air inlet.",
            "Converter parameters other than the milking and wash set points are protected; only the Melkstad "
            "dealer changes them.",
        ],
    ),
    ("h", "3. Daily checks"),
    (
        "ol",
        [
            "Before milking, check the oil level in the reservoir sight glass: between MIN and MAX.",
            "Check that the interceptor is empty and its drain valve closed.",
            "Start the unit from the MVC-3. The vacuum must reach the set point within 30 s.",
            "Compare the vacuum gauge at the receiver with the MVC-3 display: they must agree within 1 kPa.",
            "Listen to the pump: a knock or rattle at low speed points to worn or sticking vanes (section 7).",
            "After milking and washing, open the interceptor drain valve and leave it open until the next milking.",
        ],
    ),
    ("h", "4. Operating settings"),
    (
        "cols",
        [
            ("h", "Milking vacuum"),
            ("p", "The set point is the vacuum measured at the receiver. The dealer sets it to suit the height of "
             "the milk line: 42-44 kPa for a low line, 44-46 kPa for a mid-level line and 46-50 kPa for a high "
             "line. The factory setting is 44 kPa. During milking the vacuum at the receiver must stay within "
             "2 kPa of the set point; a larger deviation for 10 s shows as E01 or E02."),
            ("h", "Wash vacuum"),
            ("p", "During the wash programme the controller raises the set point to the wash set point, 50 kPa "
             "as delivered, so that slugs of wash water form in the milk line. The wash set point must not be "
             "higher than 52 kPa."),
            ("h", "Pump speed"),
            ("p", "The converter runs the pump between its minimum speed and 1450 rpm. Below the minimum speed "
             "(600 rpm MVU-1600, 550 rpm MVU-2400) the vanes no longer seal and the oil film fails, so the "
             "minimum speed must not be lowered. A pump that runs at full speed for more than 20 % of the "
             "milking time has too little reserve: look for air leaks and worn vanes before the dealer resizes "
             "the system."),
            ("h", "Oil"),
            ("p", "Use Melkstad VP-68 vacuum pump oil only. In a pump room colder than 5 °C use VP-32 in winter. "
             "The drip rate is set with the needle valve under the reservoir with the pump at full speed: 14-16 "
             "drops per minute (MVU-1600) or 20-24 drops per minute (MVU-2400). Oil use is about 0.15 L "
             "(MVU-1600) or 0.22 L (MVU-2400) per 10 hours of running."),
            ("warn", "Never run the pump without oil dripping, not even for a test. A dry pump scores its "
             "cylinder within minutes."),
        ],
    ),
    ("h", "5. MVC-3 controller codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["E01", "Vacuum low", "Receiver vacuum more than 2 kPa under the set point for 10 s with the pump at "
             "full speed. Look for air leaks and open taps; check the vanes and the inlet filter."],
            ["E02", "Vacuum high", "More than 2 kPa over the set point for 10 s at minimum speed. Check the "
             "sensor line and the set point."],
            ["E03", "Sensor fault", "Vacuum sensor signal out of range. Check the plug and look for milk or water "
             "in the sensor line."],
            ["E04", "Pump hot", "Pump body warmer than 90 °C. Check the drip rate, the oil level and the room "
             "ventilation."],
            ["E05", "Pump overtemperature", "Pump body reached 100 °C; the pump stops. Let it cool before a "
             "restart."],
            ["E06", "Motor overload", "Converter at its current limit for 30 s. Check for sticking vanes and the "
             "supply voltage."],
            ["E07", "Oil level low", "Reservoir float down. Refill with VP-68."],
            ["E09", "Interceptor full", "Float up; pump stopped. Drain and clean the interceptor (section 8) and "
             "find how liquid got into the vacuum line."],
            ["E10", "Phase loss", "A phase is missing at the converter. Call the electrician."],
            ["E11", "Backup regulator open", "The MBR-1 is letting in air: the converter is not controlling. "
             "Check the sensor and the converter."],
            ["E12", "Exhaust back pressure", "More than 0.3 bar in the exhaust: separator element blocked. "
             "Replace it."],
        ],
        (16, 42, 116),
    ),
    (
        "p",
        "The temperature limits hold for a pump room between 5 and 35 °C. A healthy pump body runs at 60 to "
        "80 °C after 30 minutes.",
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Liners squawk and clusters fall off when units are attached",
             "Too little reserve: air leaks, worn vanes, dirty inlet filter",
             "Check the vane height (section 7), the inlet filter and the air leaks; watch whether the pump is "
             "at full speed (E01)."],
            ["Vacuum swings up and down every few seconds", "Water in the sensor line, converter tuning",
             "Drain and dry the sensor line. Tuning is done by the dealer."],
            ["Oil mist or oil drops at the exhaust outlet", "Separator element saturated, drip rate too high",
             "Replace the separator element; set the drip rate (section 4)."],
            ["Pump knocks or rattles at low speed", "Vanes worn, sticking or chipped",
             "Measure and replace the vanes (section 7)."],
            ["Milk or water in the interceptor", "Receiver flooded, milk pump failed, wash valve left open",
             "Clean the interceptor and the vacuum line (section 8); find the cause before milking again."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Measuring and replacing the vanes"),
    (
        "ol",
        [
            "Stop the unit, lock the isolator and let the pump cool below 40 °C.",
            "Drain the oil from the pump sump into a container (about 0.3 L).",
            "Remove the front cover (eight M10 screws) and pull the four vanes out of the rotor slots, noting "
            "which way each one faces.",
            "Measure the height of each vane at both ends. Replace the whole set when any vane is at or below "
            "28 mm (MVU-1600) or 32 mm (MVU-2400), or when a vane is chipped or burnt at its edge.",
            "Clean the slots and the cylinder with a dry cloth, never with solvent. A scored cylinder goes to "
            "the Melkstad dealer.",
            "Fit the new vanes with the bevelled edge facing the direction of rotation (arrow on the cover) and "
            "oil them with VP-68.",
            "Fit a new cover gasket and tighten the cover screws crosswise to 45 Nm.",
            "Run the pump at full speed for 10 minutes with the inlet open, then check the drip rate.",
        ],
    ),
    ("h", "8. Cleaning the interceptor after liquid has entered"),
    (
        "ol",
        [
            "Stop the unit and lock the isolator.",
            "Open the drain valve and let the interceptor empty into a bucket.",
            "Open the lid clamp ring, lift out the float and wash the vessel with warm water and the parlour's "
            "alkaline detergent.",
            "Check that the float moves freely on its guide, refit it and close the lid with a new seal.",
            "Flush the vacuum line between the distribution tank and the interceptor and let it drain.",
            "Run the pump for 15 minutes with the inlet open to dry the line before milking.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 3; drain the interceptor after washing."],
            ["Weekly", "Clean the filter of the MBR-1 backup regulator; check the drip rate."],
            ["Every 500 h", "Clean or replace the inlet filter element; check the coupling."],
            ["Every 2000 h or yearly", "Measure the vanes (section 7); replace the exhaust separator element."],
            ["Yearly", "Dynamic test of the milking installation to ISO 6690 by a certified milking machine "
             "tester (not described in this manual)."],
        ],
        (45, 129),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "MVU-1600", "MVU-2400"],
            ["Front cover screws, M10", "45 Nm", "45 Nm"],
            ["Pump to base, M12", "80 Nm", "80 Nm"],
            ["Coupling hub set screws", "20 Nm", "25 Nm"],
            ["Vane set, 4 vanes", "MVS-16", "MVS-24"],
            ["Inlet filter element", "MVF-50", "MVF-50"],
            ["Exhaust separator element", "MXS-16", "MXS-24"],
            ["Vacuum pump oil, 5 L", "VP-68", "VP-68"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Ruminor VM vertical feed mixer wagons
RUMINOR = [
    ("title", "Ruminor VM Vertical Feed Mixer Wagons\nOperator's Manual - VM-14 and VM-18"),
    (
        "p",
        "Document RMN-OM-VM-06, Edition 2, September 2024. Ruminor Farm Machinery. The VM-14 and VM-18 are "
        "trailed mixer wagons with one vertical auger for total mixed rations (TMR) for cattle. The model number "
        "is the mixing volume in cubic metres. The auger is driven from the tractor PTO at 540 rpm through a "
        "two-speed gearbox and a planetary gearbox under the tub floor. The ration leaves through a hydraulic "
        "door on the right-hand side. Four load cells and the WI-20 indicator weigh the load. This manual covers "
        "the 25 km/h version with hydraulic brakes. The 40 km/h version with air brakes (VM-18 only) is covered "
        "for its brakes, tyres, loads and road use by the supplement RMN-SUP-40. Side and front discharge "
        "conveyors are options with their own instructions.",
    ),
    (
        "warn",
        "DANGER: Never climb into the tub or lean over its rim while the tractor engine runs. The auger knives "
        "cut, and the auger draws in anything it catches. Stop the engine, remove the key and wait for the auger "
        "to stop before any work in the tub.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VM-14", "VM-18"],
            ["Mixing volume, struck", "14 m³", "18 m³"],
            ["Largest permitted load in the tub", "5000 kg", "6500 kg"],
            ["Tractor power needed at the PTO", "60 kW", "75 kW"],
            ["PTO speed", "540 rpm", "540 rpm"],
            ["Auger speed, low / high gear", "22 / 36 rpm", "19 / 31 rpm"],
            ["Auger knives / counter-knives", "6 / 2", "7 / 2"],
            ["Unladen mass", "5200 kg", "6100 kg"],
            ["Tyres, standard", "385/65 R22.5", "435/50 R19.5"],
            ["Tyre pressure, standard tyres (conditions below)", "6.5 bar", "7.0 bar"],
            ["Planetary gearbox oil, EP VG 220", "9 L", "11 L"],
            ["Two-speed gearbox oil, EP VG 220", "3.5 L", "3.5 L"],
            ["PTO shaft protection", "shear bolt M10 8.8", "shear bolt M12 8.8"],
            ["Largest speed on the road", "25 km/h", "25 km/h"],
            ["Weighing accuracy (conditions below)", "±1 % of the load", "±1 % of the load"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "The largest load is the mass that the chassis, the axle and the auger drive are built for. A full tub of "
        "dense silage can exceed it, so load by weight, not by volume: with a ration of 330 kg/m³ a struck tub "
        "holds 4620 kg (VM-14) and 5940 kg (VM-18). The tyre pressures hold for the standard tyres at up to "
        "25 km/h; for any other tyre use the tyre maker's load and pressure table. The weighing accuracy holds "
        "with the wagon standing on level ground (within 2°), the auger stopped and the indicator zeroed empty "
        "on the same spot.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Check the PTO shaft guards before every use. The shaft tubes must overlap by at least 150 mm in the "
            "longest working position.",
            "Engage the PTO with the tractor engine at idle, then bring it up slowly to 540 rpm. Never run the PTO "
            "faster than 540 rpm.",
            "Keep people at least 5 m away from the wagon while the auger turns and while the door opens.",
            "Before uncoupling, lower the support leg onto firm ground and chock the wheels.",
            "Enter the tub only through the open discharge door with the access step fitted, engine off and key "
            "removed, and wear cut-resistant gloves near the knives.",
            "Do not carry people on the wagon or its ladder.",
        ],
    ),
    ("h", "3. Daily checks"),
    (
        "ol",
        [
            "Walk round the wagon: tyres, wheel nuts, lights, hydraulic hoses and the PTO shaft guards.",
            "Look into the tub from the ladder: knives in place, no broken knife bolts, no foreign objects.",
            "Grease the PTO shaft cross joints and sliding tubes.",
            "Clean feed build-up from around the load cells and the frame.",
            "Switch on the WI-20 with the tub empty and zero it on the spot where you will load.",
        ],
    ),
    ("h", "4. Loading and mixing"),
    (
        "cols",
        [
            ("h", "Loading order"),
            ("p", "Load long fibre first: hay and straw, then grass and maize silage, then concentrates and "
             "minerals, and liquids such as molasses or water last. Process the long fibre on its own in low gear "
             "until it has the length you want, before adding the silage. Put in round bales of hay or straw "
             "whole only in low gear, no more than 1 bale (VM-14) or 2 bales (VM-18) at a time."),
            ("h", "Gear"),
            ("p", "Use low gear for straw, hay and bales, and whenever the load is more than 70 % of the largest "
             "load. High gear is for light rations and for discharging. Change gear only with the PTO stopped."),
            ("h", "Mixing time"),
            ("p", "Mix for 3 to 6 minutes after the last ingredient. Mixing for longer than 10 minutes shortens "
             "the fibre and makes the ration pasty."),
            ("h", "Fill level and counter-knives"),
            ("p", "The ration must stay at least 20 cm below the rim of the tub while the auger turns. The "
             "counter-knives have three positions: in (position 3) cuts most, out (position 1) is for rations "
             "without long fibre."),
            ("h", "Discharge"),
            ("p", "Open the door gradually while driving along the feed fence in high gear; a door opened fully "
             "at once drops the ration in heaps."),
            ("warn", "Never put hands or a fork into the tub to break a bridge of straw while the PTO is "
             "engaged."),
        ],
    ),
    ("h", "5. WI-20 indicator codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["W01", "Overload", "Load above the largest load of the model. Unload until the code clears."],
            ["W02", "Unstable", "Readings not steady: wagon moving, auger turning or strong wind."],
            ["W03", "Load cell fault", "A load cell signal is missing or out of range. Check the cables and the "
             "junction box."],
            ["W04", "Zero out of range", "More than 200 kg from the stored zero at power-up. Clean build-up from "
             "the tub and the frame."],
            ["W06", "Low battery", "Supply under 10.5 V. Check the tractor supply cable."],
            ["W07", "Memory full", "Ration log full. Download or clear it."],
            ["W08", "Tilt", "Wagon more than 2° off level. Move it to level ground."],
            ["W09", "Target reached", "The ingredient's target weight is in. Load the next ingredient."],
            ["W10", "Preset alarm", "A weight alarm set by the user was reached."],
            ["W11", "Link lost", "No communication with the loader display."],
            ["W12", "Calibration locked", "A span change needs the dealer code."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Cows sort the ration, long straw left in the trough", "Knives blunt, counter-knives out, straw "
             "not processed first", "Turn or replace the knives (section 7); set the counter-knives in; process "
             "the straw in low gear before the silage goes in."],
            ["Ration pasty, fibre too short", "Mixed too long", "Mix 3 to 6 minutes after the last ingredient."],
            ["Shear bolt breaks when bales go in", "High gear with bales, PTO engaged too fast",
             "Low gear, engage at idle; fit only the bolt of section 10."],
            ["Weight drifts or jumps", "Build-up at the load cells, wagon not level, cable damaged",
             "Clean, level the wagon, check the cables (W03)."],
            ["Ration drops out in heaps", "Door opened too far at once", "Open the door gradually (section 4)."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Turning and replacing the auger knives"),
    (
        "ol",
        [
            "Stop the engine, remove the key, uncouple the PTO shaft and chock the wheels.",
            "Open the discharge door, fit the access step and enter the tub through the door. Wear cut-resistant "
            "gloves.",
            "Check each knife. Turn it over (both edges cut) when its edge is rounded by more than 3 mm; replace it "
            "when it is worn to within 10 mm of a bolt hole, or cracked.",
            "Remove the two bolts of the knife and clean the seat of feed and rust.",
            "Fit the knife with its cutting edge leading in the direction of rotation, with new bolts and nuts, "
            "tightened to 210 Nm.",
            "Replace knives in pairs, opposite each other on the flight, to keep the auger balanced.",
            "Leave the tub, remove the step, close the door and run the empty auger in low gear at idle for 1 "
            "minute; listen for contact.",
            "Check the knife bolts to 210 Nm again after the first 10 loads.",
        ],
    ),
    ("h", "8. Changing the PTO shear bolt"),
    (
        "ol",
        [
            "Stop the engine and remove the key.",
            "Remove the remains of the broken bolt from the shaft yoke.",
            "Fit a new shear bolt of the correct size and grade (section 10) with its nut; never a stronger bolt.",
            "Find why the bolt broke before restarting (section 6).",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 3."],
            ["After the first 10 hours", "Wheel nuts and knife bolts to torque."],
            ["Weekly or every 50 h", "Grease the door slides and the auger top bearing (6 strokes); check the "
             "tyre pressures."],
            ["First 50 h", "Change the planetary gearbox oil."],
            ["Every 500 h or yearly", "Change the oil of both gearboxes; check the brakes."],
            ["Yearly", "Check the weighing with a known load (a weighed bale, or a load weighed on a public "
             "weighbridge). A difference of more than 2 % needs a span calibration by the Ruminor dealer."],
        ],
        (45, 129),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "VM-14", "VM-18"],
            ["Wheel nuts, M22 x 1.5", "450 Nm", "450 Nm"],
            ["Knife bolts, M16 8.8", "210 Nm", "210 Nm"],
            ["Auger to gearbox hub, M20 10.9", "580 Nm", "580 Nm"],
            ["Auger knife", "RMN-KN-14", "RMN-KN-18"],
            ["Counter-knife", "RMN-CK-2", "RMN-CK-2"],
            ["Shear bolt with nut", "RMN-SB-10", "RMN-SB-12"],
            ["Load cell", "RMN-LC-10", "RMN-LC-10"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Knollberg PG roller graders
KNOLLBERG = [
    ("title", "Knollberg PG Roller Graders for Potatoes\nOperating and Maintenance Manual - PG-1200 and PG-1600"),
    (
        "p",
        "Document KNB-OM-PG-03, Edition 3, June 2024. Knollberg Agritechnik. The PG-1200 and PG-1600 are "
        "stationary roller graders for potato stores and packhouses. A receiving hopper with a floor belt feeds "
        "the grading table. The table has three sections of rubber-coated spiral rollers, each section with its "
        "own adjustable gap. Tubers smaller than a section's gap drop through onto a cross conveyor that carries "
        "them out to the side; tubers larger than the last gap leave over the end of the table, so the grader "
        "gives four sizes. The model number is the grading width in millimetres. Onions can be graded with the "
        "smooth roller set KNB-OR (onion kit), which has its own fitting and setting instructions KNB-IN-OR; this "
        "manual covers the spiral rollers for potatoes only. Inspection tables, box fillers and the conveyors "
        "before and after the grader are supplied by others.",
    ),
    (
        "warn",
        "WARNING: Rollers, chains and belts draw in gloves, sleeves and hands. Never reach onto the grading table "
        "to free a stone while the rollers turn: press an emergency stop, lock the main switch, then clear it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PG-1200", "PG-1600"],
            ["Grading width", "1200 mm", "1600 mm"],
            ["Throughput, ware potatoes (conditions below)", "up to 25 t/h", "up to 35 t/h"],
            ["Hopper capacity", "4 m³", "6 m³"],
            ["Grading sections / rollers per section", "3 / 10", "3 / 10"],
            ["Gap range, sections 1 and 2", "25-60 mm", "25-60 mm"],
            ["Gap range, section 3", "40-90 mm", "40-90 mm"],
            ["Roller speed, variable", "40-120 rpm", "40-120 rpm"],
            ["Roller diameter at the spiral, new / replace at", "90 mm / 84 mm", "90 mm / 84 mm"],
            ["Grading table drives", "3 x 0.75 kW", "3 x 1.1 kW"],
            ["Hopper belt drive", "0.55 kW", "0.75 kW"],
            ["Supply", "400 V, 16 A CEE plug", "400 V, 32 A CEE plug"],
            ["Length / width", "5.8 m / 2.1 m", "5.8 m / 2.5 m"],
            ["Mass", "2300 kg", "2900 kg"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "The throughputs hold for dry, soil-free round and round-oval varieties graded between 35 and 65 mm at a "
        "roller speed of 80 rpm. For long-oval varieties deduct 20 %. Wet crop straight from a washer, and crop "
        "carrying heavy soil or many clods, is not covered by these figures: Knollberg advises the settings and "
        "the output to expect case by case.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Emergency stop buttons are fitted on both sides of the hopper and at the end of the table. Test each "
            "one every week.",
            "Run the grader only with the chain guards and the cross conveyor guards in place.",
            "Never stand or kneel on the roller table; work from the walkway.",
            "Lift the grader only by its four lifting eyes.",
            "Pull the CEE plug before any electrical work; electrical work is for a qualified electrician.",
            "Never run the rollers in reverse with crop on the table. Reverse is for freeing a jammed stone at slow "
            "speed with the table empty (section 8).",
        ],
    ),
    ("h", "3. Daily start-up"),
    (
        "ol",
        [
            "Check that the table, the cross conveyors and the walkways are clear, and the guards closed.",
            "Start the conveyors after the grader first (box fillers, inspection tables), then the cross "
            "conveyors, the grading table and last the hopper belt.",
            "Check the gap scales against the settings card of the variety.",
            "Feed a small amount, check the sizes at each outlet, then raise the feed.",
        ],
    ),
    ("h", "4. Grading settings"),
    (
        "cols",
        [
            ("h", "Gap and size"),
            ("p", "The scale at each handwheel shows the clear gap between the rollers in millimetres. Tubers pass "
             "the spiral rollers on their smallest dimension, so for round varieties the square-mesh size used in "
             "trade grading is about 5 mm larger than the roller gap: for a 45 mm square-mesh split set the gap to "
             "40 mm. For long-oval varieties the difference is about 3 mm. Always check the split with a set of "
             "square-mesh sizing gauges on a sample from each outlet."),
            ("h", "Roller speed"),
            ("p", "Faster rollers move the crop on faster and pass more tonnage, but grade less accurately. Start "
             "at 80 rpm. Above 100 rpm tubers bounce and skin; use such speeds only for small, firm crop."),
            ("h", "Crop temperature"),
            ("p", "Grade only when the tuber pulp temperature is at least 8 °C. Colder tubers bruise badly; warm "
             "the crop in store for at least 2 days before grading."),
            ("h", "Drop heights"),
            ("p", "No drop along the line may exceed 300 mm for ware potatoes. Set the cross conveyor discharge "
             "and the box filler to suit, and fit drop curtains where a drop cannot be made lower."),
            ("h", "Feed"),
            ("p", "Feed the table evenly over its full width, no more than one tuber deep. An overfed table lets "
             "small tubers ride over the gaps into the larger sizes."),
            ("warn", "Do not change a gap while the section is loaded with crop: stop the hopper belt and let "
             "the table run empty first."),
        ],
    ),
    ("h", "5. Control panel codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop is pressed. Release it and reset at the panel."],
            ["G02", "Section 1 motor protection", "Drive tripped; usually a stone or clod jammed between the "
             "rollers. Free it (section 8)."],
            ["G03", "Section 2 motor protection", "As G02, for section 2."],
            ["G04", "Section 3 motor protection", "As G02, for section 3."],
            ["G05", "Hopper belt overload", "Hopper overfilled or floor belt jammed."],
            ["G07", "Cross conveyor stopped", "A conveyor after the grader is not running; the hopper belt stops "
             "after 5 s."],
            ["G08", "Hopper empty", "No crop on the floor belt for 60 s."],
            ["G09", "Guard open", "A guard switch is open."],
            ["G10", "Phase sequence", "Two supply phases swapped; call the electrician."],
            ["G11", "Speed sensor fault", "No pulses from a section speed sensor."],
            ["G12", "Service due", "500 h since the last service reset."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Ware-size tubers in the small outlet", "Gap too large, rollers worn, roller speed too low",
             "Check the gaps with the gauge (section 7) and the roller diameters."],
            ["Small tubers among the ware", "Table overfed, speed too high, clods holding gaps open",
             "Reduce the feed to one layer; roller speed 80 rpm."],
            ["Tubers skinned or bruised", "Crop too cold, drops too high, rollers too fast",
             "Pulp at least 8 °C, drops no more than 300 mm, speed at most 100 rpm."],
            ["A section stops with G02, G03 or G04", "Stone or clod jammed between rollers",
             "Free the jam (section 8)."],
            ["Hopper belt slips", "Belt tension low, hopper overfilled", "Tension the floor belt; fill the "
             "hopper no higher than its side boards."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Setting and checking the roller gaps"),
    (
        "ol",
        [
            "Stop the hopper belt, let the table run empty, stop the grader and lock the main switch.",
            "Turn the section's handwheel until the scale shows the gap wanted. Always come to the value from the "
            "larger side, so that the play in the screw is taken up.",
            "Check the gap between three pairs of rollers (first, middle and last) at both ends of the rollers "
            "with the gap gauge KNB-GG-1: all must be within ±1 mm of the scale value.",
            "If the gaps are even but differ from the scale, slacken the pointer screw and set the pointer to the "
            "measured gap. Uneven gaps point to a worn roller bearing: call Knollberg service.",
            "Tighten the handwheel clamp lever.",
            "Grade a sample of at least 50 tubers and check each outlet with the sizing gauges; correct the gap in "
            "1 mm steps.",
            "Write the settings for the variety on its settings card.",
        ],
    ),
    ("h", "8. Freeing a jammed stone"),
    (
        "ol",
        [
            "Press an emergency stop and lock the main switch.",
            "Open the gap of that section fully with its handwheel.",
            "Lift the stone out with the stone tongs from the walkway.",
            "If it is wedged, unlock, run the section in reverse at 40 rpm for no more than 5 s with the table "
            "empty, then stop and lock again.",
            "Reset the gap from the larger side (section 7), reset the motor protection in the panel and restart.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean soil from the rollers and cross conveyors."],
            ["Weekly", "Test the emergency stops; check the chain slack: 10-15 mm at the middle of the span."],
            ["Every 250 h", "Grease the roller bearings on the drive side, 2 strokes each; oil the chains."],
            ["Every 1000 h or yearly", "Measure the roller diameters at the spiral; replace a roller below 84 mm; "
             "check the gearmotor oil levels."],
            ["Every 10,000 h", "Change the gearmotor oil to the gearmotor maker's instructions."],
        ],
        (45, 129),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "PG-1200", "PG-1600"],
            ["Roller bearing housings, M10", "49 Nm", "49 Nm"],
            ["Gearmotor mounting, M12", "86 Nm", "86 Nm"],
            ["Spiral roller, complete", "KNB-SR-1200", "KNB-SR-1600"],
            ["Gap gauge", "KNB-GG-1", "KNB-GG-1"],
            ["Drive chain, 1/2 in", "KNB-CH-08", "KNB-CH-08"],
            ["Hopper floor belt", "KNB-FB-12", "KNB-FB-16"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Strawick RB variable chamber round balers
STRAWICK = [
    ("title", "Strawick RB Variable Chamber Round Balers\nOperator's Manual - RB-160 and RB-180"),
    (
        "p",
        "Document STW-OM-RB-07, Edition 1, April 2025. Strawick Harvest Equipment. The RB-160 and RB-180 are "
        "trailed round balers with a variable chamber formed by four endless belts. They make bales 1.20 m wide "
        "with a diameter set on the control box between 0.90 m and the model's largest diameter, 1.60 m or "
        "1.80 m. A 2.20 m pick-up lifts the swath and a rotor cutter with up to 17 knives feeds it into the "
        "chamber. Bales are wrapped in net. The film binding option, the RB-180 Combi with its bale wrapper, and "
        "the ISOBUS terminal are not covered here: their instructions come with them.",
    ),
    (
        "warn",
        "DANGER: Never go behind the baler or under the raised tailgate unless the tailgate safety valve is "
        "closed. Stop the tractor engine and remove the key before clearing any blockage: the pick-up and the "
        "rotor can move when a blockage lets go.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RB-160", "RB-180"],
            ["Bale diameter, adjustable", "0.90-1.60 m", "0.90-1.80 m"],
            ["Bale width", "1.20 m", "1.20 m"],
            ["Pick-up width", "2.20 m", "2.20 m"],
            ["Rotor cutter knives, at most / theoretical cut length", "17 / 65 mm", "17 / 65 mm"],
            ["Tractor power needed", "55 kW", "70 kW"],
            ["PTO speed", "540 rpm", "540 rpm"],
            ["Main driveline cam clutch", "1500 Nm", "1800 Nm"],
            ["Pick-up slip clutch", "400 Nm", "400 Nm"],
            ["Density pressure, range / factory setting", "40-150 bar / 120 bar", "40-170 bar / 140 bar"],
            ["Net roll, width / largest diameter", "1.23-1.30 m / 300 mm", "1.23-1.30 m / 300 mm"],
            ["Tyres, standard, and pressure", "15.0/55-17, 2.5 bar", "19.0/45-17, 2.0 bar"],
            ["Chain oiler tank", "4.5 L", "4.5 L"],
            ["Main gearbox oil, SAE 80W-90", "2.8 L", "2.8 L"],
            ["Mass", "3250 kg", "3500 kg"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "The density pressures are read at the control box with the hydraulic oil at working temperature. At the "
        "same pressure dry straw gives lighter bales than grass silage. As a guide, a 1.60 m straw bale made at "
        "the factory setting weighs 220 to 280 kg, and a 1.25 m silage bale at 45 % dry matter 650 to 750 kg.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Close the tailgate safety valve before anyone goes under the raised tailgate.",
            "The net knife is sharp: wear gloves when threading net or working near the knife.",
            "Never clear the pick-up or the rotor by hand with the PTO engaged.",
            "Carry a fire extinguisher; blow chaff and dust off the drives and bearings every day. Dry crop "
            "around a hot bearing catches fire.",
            "For road travel close the tailgate, raise and lock the pick-up, switch on the lights; the largest "
            "road speed is 40 km/h.",
            "Never unhitch the baler with a bale in the chamber.",
        ],
    ),
    ("h", "3. Daily checks"),
    (
        "ol",
        [
            "Check the chain oiler tank and top up with chain oil.",
            "Blow chaff off the drives, bearings and the net box.",
            "Check the belts for cuts and the lacing for broken hinges; check the belt tracking.",
            "Check the net: enough on the roll for the day, net running straight over the spreader roller.",
            "Check the tyre pressures and the wheel nuts.",
        ],
    ),
    ("h", "4. Baling settings"),
    (
        "cols",
        [
            ("h", "Density"),
            ("p", "The density pressure is set on the control box. Start at the factory setting, 120 bar "
             "(RB-160) or 140 bar (RB-180). Raise it for straw and dry hay. For grass silage wetter than 35 % dry "
             "matter lower it by 20 bar, or the belts slip and the bale turns badly."),
            ("h", "Diameter"),
            ("p", "Set the bale diameter on the control box. Silage bales must not be larger than 1.40 m "
             "(RB-160) or 1.50 m (RB-180): bigger wet bales overload the tailgate, the belts and the wrapper "
             "that handles them later."),
            ("h", "Net"),
            ("p", "Set the number of net turns on the control box: 2.5 turns for straw and hay, 3 turns for "
             "silage that is wrapped, 4 turns for bales that stay outdoors unwrapped. Use net at least 1.23 m "
             "wide, so that it covers the bale edges."),
            ("h", "Driving"),
            ("p", "Drive along the swath so that the bale fills evenly: about 20 s along the left edge of the "
             "pick-up, then 20 s along the right edge, with gentle turns. Forward speed up to 12 km/h in straw; "
             "slow down as the bale nears its final size."),
            ("warn", "Stop driving forward as soon as the control box calls for net. Baling on during netting "
             "tears the net and winds crop round the net rollers."),
        ],
    ),
    ("h", "5. Control box codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Bale full", "Set diameter reached. Stop and net."],
            ["A02", "Net not cut", "The knife did not reach its end position within 5 s. Check the knife, its "
             "spring and the net arm."],
            ["A03", "Net not running", "No pulses from the net roller after the net start. Net roll empty or "
             "net broken."],
            ["A04", "Tailgate open", "Tailgate sensor not made. Do not bale."],
            ["A05", "Drop floor down", "Raise the drop floor before baling on."],
            ["A06", "Density pressure low", "Less than 30 bar while the bale forms. Check the oil level and the "
             "density valve."],
            ["A07", "Chain oil low", "Top up the chain oiler tank."],
            ["A08", "Fill left", "The left bale end is more than 10 % smaller than the right. Drive more along "
             "the left edge."],
            ["A10", "Fill right", "The right bale end is more than 10 % smaller than the left. Drive more along "
             "the right edge."],
            ["A11", "Speed sensor", "No pulses from the rotor speed sensor."],
            ["A12", "Supply low", "Tractor supply under 11 V."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Bales fat in the middle and soft at the ends (barrel shape)", "Swath kept in the middle of the "
             "pick-up", "Drive along the left and right edges in turn (section 4)."],
            ["Bales larger at one end (cone shape)", "Swath fed to one side", "Follow the A08 and A10 prompts."],
            ["Net winds round the net rollers or the rotor", "Driving on while netting, crop damp",
             "Stop before netting; clean the rollers."],
            ["Net does not reach the bale edges", "Net too narrow, net brake too weak",
             "Use net at least 1.23 m wide; set the net brake."],
            ["Rotor blocks on a lump", "Swath uneven, driving too fast", "Clear it with the drop floor "
             "(section 7)."],
            ["Soft bales at the set pressure", "Oil leak, density valve dirty", "Check for leaks; A06."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Clearing a rotor blockage with the drop floor"),
    (
        "ol",
        [
            "Stop driving forward and disengage the PTO.",
            "Press DROP FLOOR on the control box: the cutter floor lowers by up to 120 mm.",
            "Engage the PTO at low engine speed; the rotor carries the lump into the chamber.",
            "If it does not clear, stop the engine, remove the key, set the knife selector to 0 (all knives out) "
            "and try again.",
            "Raise the floor and reset the knives. A05 must have cleared before you bale on.",
            "Never pull crop out by hand while the PTO is engaged.",
        ],
    ),
    ("h", "8. Loading a net roll"),
    (
        "ol",
        [
            "Stop the engine, remove the key and apply the parking brake.",
            "Open the net box cover on the left side of the baler.",
            "Swing the net brake arm up and lock it with its pin.",
            "Slide the net roll onto the holder so that the net comes off the bottom of the roll towards the "
            "spreader roller.",
            "Lead the net over the spreader roller and between the rubber feed rollers, leaving about 30 cm "
            "hanging beyond the feed rollers. Wear gloves: the knife is sharp.",
            "Take out the pin and let the brake arm rest on the roll.",
            "Close the cover and reset the net counter on the control box.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily or every 10 h", "Checks of section 3; grease the PTO shaft."],
            ["Every 50 h", "Check the drive chains: slack 10-15 mm at the middle of the longest span. Wheel nuts "
             "to 270 Nm."],
            ["Every 250 h or yearly", "Change the main gearbox oil; sharpen or replace the net knife; check the "
             "belt lacing."],
            ["End of season", "Clean the baler, oil the chains, relieve the density pressure and store it under "
             "cover."],
        ],
        (45, 129),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "RB-160", "RB-180"],
            ["Wheel nuts, M18 x 1.5", "270 Nm", "270 Nm"],
            ["Rotor knife holder screws, M12", "85 Nm", "85 Nm"],
            ["Belt set, 4 belts", "STW-BT-160", "STW-BT-180"],
            ["Rotor knife", "STW-RK-17", "STW-RK-17"],
            ["Net knife", "STW-NK-2", "STW-NK-2"],
            ["Lacing kit, one belt", "STW-LK-1", "STW-LK-1"],
        ],
        (80, 47, 47),
    ),
]



def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("melkstad-mvu-milking-vacuum-unit.pdf", "Melkstad MST-OM-MVU-04 Ed 4 - MVU-1600 / MVU-2400", MELKSTAD),
        ("ruminor-vm-tmr-feed-mixer-wagon.pdf", "Ruminor RMN-OM-VM-06 Ed 2 - VM-14 / VM-18", RUMINOR),
        ("knollberg-pg-potato-roller-grader.pdf", "Knollberg KNB-OM-PG-03 Ed 3 - PG-1200 / PG-1600", KNOLLBERG),
        ("strawick-rb-round-baler.pdf", "Strawick STW-OM-RB-07 Ed 1 - RB-160 / RB-180", STRAWICK),
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
