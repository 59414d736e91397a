"""Generate the PDF manuals of the seventy-second set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set72venv && /tmp/set72venv/bin/pip install fpdf2 pypdf
    /tmp/set72venv/bin/python knowledge/samples/seventysecond/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus;
no other unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The
rendering helpers (Manual, render, render_columns) are those of the forty-second set's make_pdfs.py;
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


# ---------------------------------------------------------------- Regalvik RSK single-mast pallet stacker cranes
REGALVIK = [
    ("title", "Regalvik RSK Pallet Stacker Cranes\nOperation and Maintenance Manual - RSK-10 and RSK-15"),
    (
        "p",
        "Document RGV-OM-RSK-04, Edition 3, March 2025. Regalvik Storage Systems. The RSK-10 and RSK-15 are "
        "single-mast, rail-guided stacker cranes for automated high-bay pallet warehouses. Each crane runs on a floor "
        "rail, is guided at the top by a guide rail fixed to the rack, draws its power from a conductor rail and talks "
        "to the warehouse control system through an optical data link. The load is handled by single-deep telescopic "
        "forks. Apart from the payload, the mast height, the drives, the hoist ropes and the items named in this "
        "manual, the two models are built alike. The cranes are rated for an ambient of 0 to +40 °C; cold store "
        "versions (suffix -C) are covered by the supplement RGV-OM-RSK-04-C, not by this manual.",
    ),
    (
        "p",
        "The rack structure, its periodic inspection and the sprinkler system belong to the site. The interface to the "
        "warehouse control system is described in RGV-IF-WCS-02, and the conductor rail and its current collectors in "
        "the conductor rail maker's manual. The periodic thorough examination of the crane required by national rules "
        "is arranged by the site with a competent person; this manual does not replace it.",
    ),
    (
        "warn",
        "WARNING: Never enter an aisle unless the crane in it has been locked out by the aisle access procedure in "
        "section 7. The aisle door interlock and the key transfer system are the only protection against a crane "
        "moving at up to 4 m/s. Never bridge a door switch or a light barrier.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RSK-10", "RSK-15"],
            ["Payload, pallet and load together", "1000 kg", "1500 kg"],
            ["Pallet size (length x width)", "1200 x 800 mm", "1200 x 1000 mm"],
            ["Maximum load height including the pallet", "1800 mm", "1600 mm"],
            ["Maximum mast height", "40 m", "32 m"],
            ["Travel speed", "4.0 m/s", "3.5 m/s"],
            ["Travel acceleration and service deceleration", "0.5 m/s²", "0.4 m/s²"],
            ["Hoist speed, loaded / empty", "1.5 / 1.8 m/s", "1.2 / 1.5 m/s"],
            ["Fork speed, loaded", "0.8 m/s", "0.7 m/s"],
            ["Travel drives, two per crane, 400 V", "2 x 11 kW", "2 x 15 kW"],
            ["Hoist drive", "22 kW", "30 kW"],
            ["Fork drive", "2.2 kW", "3.0 kW"],
            ["Supply fuse at the conductor rail feed", "80 A gG", "100 A gG"],
            ["Positioning accuracy, travel / hoist", "±3 mm / ±2 mm", "±3 mm / ±2 mm"],
            ["Hoist ropes, two, 6x36 IWRC, nominal diameter", "12 mm", "14 mm"],
            ["Rope discard diameter (90 % of nominal)", "10.8 mm", "12.6 mm"],
            ["Overload cut-off (110 % of payload)", "1100 kg", "1650 kg"],
            [
                "Double cycles per hour, FEM 9.851 reference cycle in an aisle 100 m long and 30 m high",
                "34",
                "29",
            ],
            ["Emergency stop distance from full travel speed, maximum", "10.3 m", "8.0 m"],
            ["Crane mass without load", "9.8 t", "12.5 t"],
            ["Floor rail", "A55 crane rail", "A65 crane rail"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The double cycle figure holds only in automatic mode, with the standard forks and single-deep storage, in an "
        "aisle no longer than 100 m and no higher than 30 m. In longer or higher aisles the crane makes fewer cycles; "
        "Regalvik gives the figure for a given layout on request.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by Regalvik or by the site's trained maintenance staff may operate the crane in "
            "manual mode or enter an aisle.",
            "Work on the mast above 2 m only from the crane's maintenance platform, wearing a harness clipped to the "
            "anchor point on the mast. Never climb the rack.",
            "Each aisle door has a safety switch with guard locking. The door opens only after the aisle key has been "
            "taken from the key transfer box, which in turn releases the key only when the crane main switch is off.",
            "The contour check at the input station keeps pallets that are too big or too heavy out of the rack. Never "
            "move a rejected pallet into the rack by hand or with a forklift.",
            "Lifting and carrying persons on the crane carriage is forbidden.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Braking"),
            (
                "p",
                "The service deceleration equals the acceleration in the technical data. An emergency stop brakes with "
                "at least 0.8 m/s². The stopping distance from full travel speed must therefore be no more than v² / "
                "(2 x 0.8 m/s²) plus 0.3 m for the reaction time: 10.3 m for the RSK-10 and 8.0 m for the RSK-15. A "
                "longer distance at the yearly brake test means the travel brakes need attention.",
            ),
            ("h", "Aisle ends"),
            (
                "p",
                "In the last 15 m of the aisle the safe speed monitor compares the travel speed with the braking "
                "curve. "
                "A crane faster than the curve is stopped at once (E104). The end buffers are rated for an impact at "
                "1.0 m/s.",
            ),
            ("h", "Contour and weight check"),
            (
                "p",
                "At the input station the pallet may overhang by no more than 50 mm on each side, at the front and at "
                "the back. The load height including the pallet must not exceed 1800 mm (RSK-10) or 1600 mm (RSK-15). "
                "The pallet is weighed on the input conveyor; pallets heavier than the payload are rejected with E111 "
                "before they reach the crane.",
            ),
            ("h", "Load monitoring"),
            (
                "p",
                "A load cell at the rope anchorage switches off the hoist at 110 % of the payload (E106). A slack "
                "rope is "
                "detected when the rope force drops below 30 % of the weight of the empty carriage (E107).",
            ),
            ("h", "Fork centre"),
            (
                "p",
                "The crane only travels or hoists with the forks centred within ±5 mm. Forks outside this band stop "
                "the crane with E109.",
            ),
            ("h", "Rails"),
            (
                "p",
                "The floor rail must be straight within ±2 mm over any 10 m and level within ±5 mm over the full "
                "length "
                "of the aisle; the top guide rail straight within ±3 mm over any 10 m. Rail clips and their fixings "
                "are "
                "laid and tightened as set out in the rack builder's installation drawing.",
            ),
            ("h", "Hoist ropes"),
            (
                "p",
                "Replace both ropes together when either rope has worn to the discard diameter, when 10 or more wires "
                "are broken over a length of 6 rope diameters, or when the rope is kinked, crushed or has a broken "
                "strand, whichever is found first.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["E101", "Emergency stop", "An emergency stop pressed at the crane, an aisle door or the control desk."],
            ["E102", "Aisle door open", "Aisle door open or its guard locking not engaged. Close and lock the door."],
            [
                "E103",
                "Travel drive fault",
                "Drive inverter tripped. Read the inverter code on the crane cabinet display before resetting.",
            ],
            [
                "E104",
                "Overspeed at aisle end",
                "Travel speed above the braking curve in the last 15 m. Check the laser distance reading and the "
                "travel brakes.",
            ],
            [
                "E105",
                "Position signal lost",
                "Laser distance sensor has no reflection: reflector dirty, frosted or knocked out of line.",
            ],
            ["E106", "Overload", "Rope force above 110 % of the payload. Lower the load and check its weight."],
            ["E107", "Slack rope", "Carriage resting on an obstacle or a rope broken. Do not hoist; inspect first."],
            [
                "E109",
                "Forks not centred",
                "Fork position more than 5 mm from centre before a travel or hoist move.",
            ],
            [
                "E110",
                "Location occupied",
                "The fork sensors found a pallet in a location the control system gave as empty.",
            ],
            [
                "E111",
                "Contour check failed",
                "Overhang, load height or weight outside the limits at the input station.",
            ],
            ["E112", "Data link lost", "Optical data link interrupted for more than 2 s. Clean the data link lenses."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Crane stops in the aisle with E105 several times a shift",
                "Laser reflector at the aisle end dirty or frosted, or the sensor window misted",
                "Clean the reflector and the sensor window; check that the beam hits the middle of the reflector",
            ],
            [
                "Pallets sent back from the input station with film tails or cartons sticking out",
                "Contour check failed (E111): overhang more than 50 mm",
                "Rewrap or restack the pallet; clean the contour light barriers",
            ],
            [
                "Mast sways and the crane takes long to settle at a location",
                "Top guide rollers worn, gap to the guide rail above 2 mm",
                "Set the roller gap to 1 mm; replace rollers with flats or cracks",
            ],
            [
                "Forks stop halfway out when storing (E109 or E110)",
                "Pallet in the rack pushed back or crooked, broken bottom boards",
                "Recover the pallet in manual mode (section 8)",
            ],
            [
                "Hoist ropes squeal or vibrate",
                "Ropes dry or a sheave groove worn",
                "Lubricate the ropes; check the sheave grooves with the groove gauge",
            ],
            [
                "Crane travels slower than usual in automatic mode",
                "Reduced speed set by the control system after an E104, or a travel brake dragging",
                "Acknowledge E104 at the desk; check the brake air gap",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the crane in automatic mode"),
    (
        "ol",
        [
            "Check that all aisle doors are closed and locked and that all aisle keys are back in the key transfer "
            "box.",
            "Switch on the crane main switch at the aisle end.",
            "Turn the mode selector on the crane cabinet to AUTO.",
            "At the control desk, acknowledge any fault shown and press RESET.",
            "Press START. The crane makes a reference move to the home position at reduced speed.",
            "When the status light shows steady green, release the aisle to the warehouse control system.",
        ],
    ),
    ("h", "7. Aisle access (locking out the crane)"),
    (
        "ol",
        [
            "At the control desk, take the aisle out of service; the crane finishes its order and moves to the parking "
            "position at the aisle end.",
            "Turn the mode selector on the crane cabinet to MANUAL and press the emergency stop on the cabinet.",
            "Switch off the crane main switch at the aisle end and lock it with your personal padlock.",
            "Turn the key in the key transfer box: it releases the aisle key only with the main switch off.",
            "Open the aisle door with the aisle key and take the key with you into the aisle.",
            "Hang the sign PERSON IN AISLE on the door.",
            "Enter the aisle. Use the maintenance platform and a harness for any work above 2 m.",
            "To leave, check that no tools or persons remain in the aisle, close the door and return the key to the "
            "key transfer box before removing your padlock.",
        ],
    ),
    ("h", "8. Recovering a pallet in manual mode"),
    (
        "ol",
        [
            "Lock out the crane (section 7) and look at the pallet and the forks from the maintenance platform.",
            "If the pallet is broken or the load has shifted, remove the load by hand first.",
            "Leave the aisle, return the key and remove your padlock.",
            "Switch on the main switch, select MANUAL and take the hand-held pendant from the cabinet.",
            "Move the forks back to the centre at creep speed (0.1 m/s), holding the enable switch.",
            "Move the crane to the input station at creep speed and put the pallet down there.",
            "Report the location to the control system as blocked until it has been checked.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the laser sensor windows and the contour light barriers; check the aisle doors"],
            ["Weekly", "Test every emergency stop and aisle door switch"],
            ["Every 3 months or 500 h, whichever comes first", "Check the hoist ropes (section 3); lubricate them"],
            ["6 months", "Check the travel wheels: replace when the tread is worn by 3 mm (Regalvik service)"],
            ["6 months", "Check the top guide rollers and set their gap to 1 mm"],
            ["12 months", "Brake test, load monitoring test with test weights of 1100 kg (RSK-10) or 1650 kg (RSK-15)"],
            ["12 months", "Thorough examination by a competent person (arranged by the site)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RSK-10", "RSK-15"],
            ["Hoist rope set (two ropes, cut to mast height)", "RGV-HR-12", "RGV-HR-14"],
            ["Travel wheel with bearing", "RGV-TW-400", "RGV-TW-500"],
            ["Top guide roller", "RGV-GR-10", "RGV-GR-10"],
            ["Laser distance sensor", "RGV-LD-200", "RGV-LD-200"],
            ["Hoist brake pad set", "RGV-BP-22", "RGV-BP-30"],
            ["Contour light barrier pair", "RGV-CL-02", "RGV-CL-02"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Sortavia XB-240 cross-belt sorter
SORTAVIA = [
    ("title", "Sortavia XB-240 Cross-Belt Sorter\nOperation and Maintenance Manual"),
    (
        "p",
        "Document SRT-OM-XB240-02, Edition 2, June 2024. Sortavia Parcel Systems. The XB-240 is a horizontal loop "
        "sorter for parcels, polybags and cartons in distribution and e-commerce centres. A train of 240 carriers runs "
        "round a closed loop, driven by linear induction motors. Each carrier has a short belt conveyor across the "
        "direction of travel, driven by its own 48 V motor; the belt takes the item on at the induction and throws it "
        "off into the destination chute. Power reaches the carriers without contact, through a cable laid along the "
        "track and a pick-up coil under each carrier.",
    ),
    (
        "p",
        "The sorting plan (which item goes to which chute) comes from the site's warehouse management system. The "
        "induction conveyors are covered by SRT-OM-IC-01, the scanner tunnel by its maker's manual, and the chutes, "
        "platforms and fire protection by the site's drawings. This manual covers the loop sorter itself.",
    ),
    (
        "warn",
        "WARNING: The carrier train can start at any time while the sorter is in automatic mode. Before reaching "
        "into the loop or crossing it, stop the sorter with a pull cord or emergency stop and lock out the main "
        "switch. Never stand in a chute.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "XB-240"],
            ["Number of carriers", "240"],
            ["Carrier pitch", "0.8 m"],
            ["Loop length (240 carriers at 0.8 m pitch)", "192 m"],
            ["Carrier belt, width across travel x length along travel", "1000 x 700 mm"],
            ["Item weight", "0.05-30 kg on one carrier; up to 50 kg on two carriers in dual mode"],
            ["Item size, maximum", "800 x 600 x 600 mm"],
            ["Item size, minimum", "100 x 100 x 10 mm"],
            ["Sorter speed", "2.0 m/s standard, settable 1.2-2.5 m/s"],
            ["Carriers passing the induction per hour at 2.0 m/s", "9000"],
            ["Linear induction motors", "12 x 4 kW"],
            ["Carrier belt motor", "48 V DC, 150 W"],
            ["Contactless power, output at the carrier", "48 V DC nominal"],
            ["Induction stations", "4, at 45° to the loop"],
            ["Chute positions", "120 (60 on each side)"],
            ["Supply", "400 V 3~ 50 Hz, 63 A"],
            ["Ambient temperature", "+5 to +40 °C, not for cold stores"],
            ["Noise at 1 m from the loop, 2.0 m/s", "no more than 70 dB(A)"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The carrier count per hour is the speed divided by the pitch: 2.0 m/s / 0.8 m x 3600 s = 9000 carriers per "
        "hour, and 11 250 at 2.5 m/s. How many items an hour this gives depends on the induction rate, the share of "
        "items in dual mode and the sorting plan, all set by the site; Sortavia does not state an item rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Pull cords run along both sides of the loop. A pull on the cord stops the whole sorter in less than 2 s.",
            "Guard doors in the fence have safety switches. An open door stops the sorter (S02).",
            "The contactless power cable carries 20 kHz at up to 500 V. Only qualified electricians may open its "
            "junction boxes.",
            "Use the maintenance station for all work on carriers. It is the only place where the carrier train can be "
            "locked mechanically with the train lock pin.",
            "Wear hearing protection if the site's noise assessment asks for it.",
        ],
    ),
    ("h", "3. Sorter settings and limits"),
    (
        "cols",
        [
            ("h", "Sorter speed"),
            (
                "p",
                "Standard 2.0 m/s. Settable from 1.2 to 2.5 m/s in steps of 0.1 m/s under SETUP > LOOP. The sorter "
                "stops "
                "with S04 above 110 % of the set speed and with S05 below 90 % of it for more than 5 s.",
            ),
            ("h", "Induction belt speed"),
            (
                "p",
                "At 45° the induction belt must run faster than the loop so that the item meets the carrier with no "
                "speed difference along the loop: induction belt speed = sorter speed / cos 45° = 1.41 x sorter speed. "
                "This gives 2.83 m/s at 2.0 m/s and 3.54 m/s at 2.5 m/s. The induction follows the sorter speed "
                "automatically when AUTO SYNC is on.",
            ),
            ("h", "Item position"),
            (
                "p",
                "After induction the item must sit within ±150 mm of the carrier centre. The carrier belt corrects the "
                "position on the way; an item still off centre at the first chute is recirculated.",
            ),
            ("h", "Recirculation"),
            (
                "p",
                "An item that cannot be sorted (no read, chute full, off centre) goes round again. After 3 rounds it "
                "is "
                "sent to the reject chute. If more than 3 % of the items in one hour are recirculated the sorter "
                "raises "
                "S13; it keeps running.",
            ),
            ("h", "Discharge offset"),
            (
                "p",
                "The moment a carrier belt starts is set for each chute by the discharge offset, settable ±50 ms in "
                "steps of 5 ms. A negative offset starts the belt earlier.",
            ),
            ("h", "Pick-up coil gap"),
            (
                "p",
                "The gap between the pick-up coil and the power cable must be 6 mm ±2 mm along the whole loop. A gap "
                "above 8 mm lets the carrier voltage fall below 42 V (S09).",
            ),
            ("h", "Carrier gap and wheels"),
            (
                "p",
                "The gap between two carriers is 8-12 mm. Running wheels are 100 mm polyurethane wheels: replace a "
                "wheel "
                "when it is worn to below 96 mm diameter, when the tread is cracked or flat, or after 20 000 h, "
                "whichever comes first.",
            ),
        ],
    ),
    ("h", "4. Status and fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Pull cord or emergency stop", "A cord pulled or a button pressed. Reset the switch, then RESET."],
            ["S02", "Guard door open", "A fence door open. Close it and check that nobody is inside."],
            ["S03", "Linear motor drive fault", "A drive tripped. The drive number is shown; read its code."],
            ["S04", "Overspeed", "Loop speed above 110 % of the set speed."],
            ["S05", "Underspeed", "Loop speed below 90 % of the set speed for more than 5 s: a jam or a drive down."],
            [
                "S06",
                "Carrier count",
                "The home sensor did not count 240 carriers in a round: a flag missing or a carrier coupling broken.",
            ],
            ["S08", "Carrier belt motor", "A carrier motor failed; the carrier number is shown. It is not loaded."],
            [
                "S09",
                "Carrier voltage low",
                "Below 42 V on a carrier: pick-up coil gap too large or power cable damaged at that point.",
            ],
            ["S10", "No read", "The scanner tunnel sent no code for the item. The item is recirculated."],
            ["S11", "Chute full", "Chute full sensor covered for more than 5 s. Items for that chute recirculate."],
            ["S12", "Chute entry jam", "Item caught at a chute entry; the loop stops."],
            ["S13", "Recirculation high", "More than 3 % of the items in one hour recirculated."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Items land in the chute after the right one",
                "Carrier belt starts too late for that chute, or a belt slipping",
                "Set the discharge offset of the chute earlier (negative) in steps of 5 ms and run the chute test; "
                "check "
                "the belt tension",
            ],
            [
                "Items land in the chute before the right one",
                "Carrier belt starts too early for that chute",
                "Set the discharge offset later (positive) in steps of 5 ms",
            ],
            [
                "Round or light items roll off on the bends",
                "Items off centre, or the speed too high for them",
                "Check the item position at the induction; send such items in trays",
            ],
            [
                "Many no-reads (S10)",
                "Labels on the bottom or side faces, scanner window dirty",
                "Clean the scanner windows; see the scanner maker's manual for the settings",
            ],
            [
                "A loud clunk once every round of the loop",
                "A running wheel flat or a carrier coupling worn",
                "Run the noise loop test (SERVICE > NOISE) to find the carrier; replace the running wheel if below 96 "
                "mm or flat",
            ],
            [
                "S09 always at the same place on the loop",
                "Pick-up coil gap above 8 mm there, or the power cable damaged",
                "Measure the coil gap at that place; set to 6 mm",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Walk round the loop: nobody inside the fence, all guard doors closed, all pull cords set.",
            "Switch on the main switch. The contactless power starts and the carrier voltages are checked.",
            "At the sorter panel press RESET, then START. The loop runs one round at 0.5 m/s to count the carriers.",
            "After the count the loop speeds up to the set speed and the inductions are released.",
            "To stop, press STOP INDUCTION, wait until all items on the loop have been sorted (at most 3 rounds), "
            "then press STOP.",
        ],
    ),
    ("h", "7. Replacing a carrier belt"),
    (
        "ol",
        [
            "In SERVICE > CARRIER enter the carrier number; the loop brings the carrier to the maintenance station "
            "at 0.3 m/s and stops.",
            "Switch off the main switch, lock it with your padlock and fit the train lock pin.",
            "Unplug the carrier motor connector.",
            "Slacken the two belt tension screws on the idler side until the belt is loose.",
            "Remove the four screws of the side plate on the idler side and take the side plate off.",
            "Slide the old belt off and the new belt SRT-CB-1000 on, with the arrow in the running direction.",
            "Refit the side plate and tighten its screws to 8 Nm.",
            "Tighten the tension screws evenly until the belt deflects no more than 4 mm under 20 N at its centre.",
            "Plug in the motor, remove the train lock pin and your padlock, switch on and run SERVICE > BELT TEST "
            "for that carrier: the belt must run straight in both directions.",
        ],
    ),
    ("h", "8. Chute test after a change of discharge offset"),
    (
        "ol",
        [
            "Select SERVICE > CHUTE TEST and enter the chute number.",
            "Induct ten test items of 0.5 kg and ten of 10 kg at the set speed.",
            "Check that all twenty land in the middle of the chute.",
            "Change the offset by 5 ms if they land at the near or far edge, and repeat.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the scanner windows; check the chutes and the reject chute"],
            ["Weekly", "Test each pull cord and guard door switch"],
            ["Monthly", "Check the carrier belt tension on 20 carriers; run the noise loop test"],
            ["6 months or 2000 h, whichever comes first", "Check the running wheels and couplings of all carriers"],
            ["12 months", "Insulation test of the contactless power cable; pick-up coil gaps; Sortavia service"],
            ["As required", "Linear motor stators: exchanged by Sortavia service only"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Carrier belt 1000 mm", "SRT-CB-1000"],
            ["Running wheel 100 mm with bearings", "SRT-RW-100"],
            ["Carrier belt motor 48 V 150 W", "SRT-CM-150"],
            ["Pick-up coil", "SRT-PC-48"],
            ["Pull cord switch", "SRT-PS-02"],
            ["Carrier coupling", "SRT-CC-08"],
            ["Scanner window (tunnel)", "see the scanner maker's manual"],
        ],
        (90, 80),
    ),
]

# ---------------------------------------------------------------- Frosthelm BF blast freezers
FROSTHELM = [
    ("title", "Frosthelm BF Pallet Blast Freezers\nUser and Maintenance Manual - BF-6 and BF-12"),
    (
        "p",
        "Document FHM-UM-BF-03, Edition 2, October 2024. Frosthelm Cold Systems. The BF-6 and BF-12 are insulated "
        "blast freezing rooms for whole pallets of packed food, for 6 and 12 pallets. Air at -35 °C is blown through "
        "the pallet rows by the evaporator fans and back over the evaporator coils. The BF-6 has one evaporator with "
        "three fans; the BF-12 has two evaporators with two larger fans each. Apart from the size, the evaporators, "
        "the fans, the door and the items named in this manual, the two freezers are built alike.",
    ),
    (
        "p",
        "The remote condensing unit and the refrigerant circuit are supplied by the refrigeration contractor and are "
        "covered by the condensing unit maker's manual; work on them is for a certified refrigeration engineer only. "
        "The heated floor under the freezer, the electrical supply and the product freezing specification of the "
        "site's food safety plan are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: Before entering the freezer, stop the fans with the FANS OFF key at the door panel: the air "
        "stream at -35 °C causes frostbite within minutes. Never work alone inside. The door opens from inside by the "
        "push bar even when locked, and the red PERSON TRAPPED button inside sounds the alarm outside.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BF-6", "BF-12"],
            ["Pallet positions, 1200 x 1000 mm, load height up to 1800 mm", "6", "12"],
            ["Load per batch, at most 1000 kg per pallet", "6 t", "12 t"],
            ["Room air set point, default (range)", "-35 °C (-40 to -18 °C)", "-35 °C (-40 to -18 °C)"],
            ["Refrigeration capacity at -42 °C evaporating", "60 kW", "115 kW"],
            ["Evaporators", "1", "2"],
            ["Evaporator fans", "3 x 3.0 kW", "4 x 4.0 kW"],
            ["Air flow", "75 000 m³/h", "144 000 m³/h"],
            ["Fan motor current at -35 °C (400 V)", "6.1 A", "7.8 A"],
            ["Fan motor overload setting", "6.4 A", "8.2 A"],
            ["Electric defrost heaters, 2.0 kW elements", "18 (36 kW)", "36 (72 kW)"],
            ["Freezing time, standard load (see below)", "22 h", "24 h"],
            ["Door, clear opening (width x height)", "1500 x 2500 mm", "2000 x 2800 mm"],
            ["Door frame heater, 40 W per metre", "320 W", "384 W"],
            ["Heated pressure relief valves", "1", "2"],
            ["Insulated panels, PIR", "200 mm", "200 mm"],
            ["Supply fuse, 400 V 3~", "125 A", "250 A"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The freezing time is for the standard load only: pallets of 10 kg cartons of meat, at most 1000 kg per "
        "pallet, "
        "loaded at no more than +5 °C and frozen until the core probe reads -18 °C, with the carton layers spaced by "
        "the "
        "Frosthelm spacer grids and the room at -35 °C. Loading product warmer than +5 °C lengthens the freezing time "
        "by about 10 % for every 5 K; product warmer than +10 °C must not be loaded. Freezing times for other products "
        "and packs are not given here: Frosthelm will run a load test on request.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear freezer clothing, gloves and a hat for every entry. Stay no longer than 15 min at a time inside "
            "while "
            "the room is colder than -25 °C.",
            "Test the PERSON TRAPPED alarm and the door push bar every month (maintenance table).",
            "Keep the floor free of ice; ice on the floor near the door is a sign of warm air getting in.",
            "Switch off and lock the main isolator before working on the fans or the heaters.",
        ],
    ),
    ("h", "3. Freezing and defrost settings"),
    (
        "cols",
        [
            ("h", "Freezing batch"),
            (
                "p",
                "A batch starts with the START BATCH key and ends when the core probe reads the end temperature, "
                "default -18 °C. The freezer then goes to holding at -25 °C until the door is opened. If the end "
                "temperature is not reached within 1.5 times the freezing time the freezer raises AL32.",
            ),
            ("h", "Core probe"),
            (
                "p",
                "The core probe is a 150 mm PT100 needle probe on a 5 m lead. It goes into the slowest freezing "
                "product: "
                "a carton at the centre of the middle pallet, halfway up, 50 mm deep into the product.",
            ),
            ("h", "Defrost"),
            (
                "p",
                "Electric defrost, by default every 6 h during holding and once when a batch ends. A defrost ends when "
                "the coil reaches +10 °C or after 40 min, whichever comes first. An end on time raises AL24. After the "
                "drip time of 5 min the fans restart only when the coil is colder than -5 °C.",
            ),
            ("h", "Heater check"),
            (
                "p",
                "Each 2.0 kW element at 400 V has a resistance of 400² / 2000 = 80 ohm when cold. Readings of 72-88 "
                "ohm "
                "(±10 %) are good; an element outside this range is replaced. The insulation resistance of each heater "
                "group must be at least 2 Mohm at 500 V DC.",
            ),
            ("h", "Fan current"),
            (
                "p",
                "Cold air is denser: at -35 °C it is 1.23 times as dense as at +20 °C, and the fans take more power. "
                "The current in the technical data is for -35 °C. In a warm room at the start of a pull-down the fan "
                "motors draw about 5.0 A (BF-6) or 6.3 A (BF-12). Do not raise the overload settings above the values "
                "in the technical data.",
            ),
            ("h", "Door and pressure relief"),
            (
                "p",
                "The door may stay open for no more than 3 min at a time (AL25). The door frame heater keeps the seal "
                "free of ice. The heated pressure relief valves let air in or out as the room cools and warms; with a "
                "failed heater they freeze shut and the panels can bow.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "AL21",
                "Room temperature high",
                "Room more than 5 K above the set point for 30 min after the pull-down. Check the coil and the "
                "condensing unit.",
            ],
            ["AL22", "Core probe fault", "Probe open or short circuit, or not plugged in. Check the lead and plug."],
            ["AL23", "Fan overload", "A fan motor overload tripped; the fan number is shown."],
            [
                "AL24",
                "Defrost ended on time",
                "Coil did not reach +10 °C in 40 min: a heater group failed or the coil was heavily iced.",
            ],
            ["AL25", "Door open", "Door open for more than 3 min."],
            ["AL26", "Person trapped", "PERSON TRAPPED button pressed inside. Open the door and check at once."],
            ["AL28", "Condensing unit fault", "Fault signal from the condensing unit. See its maker's manual."],
            ["AL29", "Low suction pressure", "Signal from the condensing unit: coil iced or refrigerant short."],
            ["AL30", "Drain line heater", "Drain line heater current missing. Check its fuse F12."],
            ["AL31", "Relief valve heater", "Pressure relief valve heater current missing. Check its fuse F13."],
            ["AL32", "Freezing time exceeded", "End temperature not reached within 1.5 times the freezing time."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Freezing takes much longer than the stated time",
                "No spacer grids between carton layers, pallets stretch wrapped all round, product loaded warmer "
                "than +5 °C, or the coil iced",
                "Use the spacer grids and take off the stretch film; start a manual defrost",
            ],
            [
                "Ice building up on the ceiling and floor just inside the door",
                "Warm, moist air getting in: door seal damaged, door frame heater failed or the door left open",
                "Check the door seal and the frame heater (fuse F11); keep door openings short",
            ],
            [
                "Coil still partly iced after a defrost",
                "A heater element failed, defrost ended on time (AL24)",
                "Check the heaters (section 8)",
            ],
            [
                "Wall panels bowing, door hard to open after a pull-down",
                "Pressure relief valve frozen shut (AL31)",
                "Check the valve heater and its fuse F13; free the valve",
            ],
            [
                "Fan overload trips during pull-down",
                "Overload set below the value in the technical data, or a fan blade iced",
                "Check the setting; defrost; check the blade for ice",
            ],
            [
                "Water dripping from the coil tray onto the floor",
                "Drain line frozen: drain line heater failed (AL30)",
                "Check the heater and fuse F12; thaw the drain line",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Loading and starting a freezing batch"),
    (
        "ol",
        [
            "Check that the freezer is at or below -30 °C and that the last defrost has ended.",
            "Remove the stretch film from the sides of the pallets and place spacer grids between the carton layers.",
            "Press FANS OFF at the door panel and open the door.",
            "Place the pallets in the marked positions, leaving the air gaps between the rows free.",
            "Insert the core probe 50 mm deep into a carton at the centre of the middle pallet, halfway up.",
            "Leave the room, check that nobody is inside and close the door.",
            "Press FANS ON and START BATCH. The display shows the core temperature and the time since the start.",
            "When the display shows END, the batch has reached -18 °C; the freezer holds at -25 °C until unloading.",
        ],
    ),
    ("h", "7. Manual defrost"),
    (
        "ol",
        [
            "Press and hold DEFROST for 3 s. The fans stop and the heaters switch on.",
            "The defrost ends at +10 °C on the coil or after 40 min.",
            "After the 5 min drip time the fans restart when the coil is below -5 °C.",
        ],
    ),
    ("h", "8. Checking the defrost heaters"),
    (
        "ol",
        [
            "Switch off and lock the main isolator and let the heaters cool to room temperature.",
            "Open the heater terminal box on the evaporator side.",
            "Disconnect the heater group links so that each element can be measured alone.",
            "Measure the resistance of each element: 72-88 ohm is good.",
            "Measure the insulation of each group to earth at 500 V DC: at least 2 Mohm.",
            "Replace a failed element with FHM-DH-2000 and refit the links and the cover.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the floor and the door seal for ice; empty the pallet area"],
            [
                "Monthly",
                "Test the PERSON TRAPPED alarm and the door push bar; check the core probe in iced water (0 °C ±0.5 K)",
            ],
            ["3 months", "Clean the coil drip trays and the drain line; check the door frame heater"],
            ["6 months", "Check the defrost heaters (section 8) and the fan blades"],
            ["12 months or 4000 h of fan running, whichever comes first", "Replace the fan motor bearings"],
            ["12 months", "Frosthelm service; condensing unit service by the refrigeration contractor"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BF-6", "BF-12"],
            ["Evaporator fan motor with blade", "FHM-FM-30", "FHM-FM-40"],
            ["Defrost heater element 2.0 kW", "FHM-DH-2000", "FHM-DH-2000"],
            ["Core probe PT100, 5 m lead", "FHM-CP-05", "FHM-CP-05"],
            ["Door seal", "FHM-DS-1525", "FHM-DS-2028"],
            ["Pressure relief valve heater 25 W", "FHM-RH-25", "FHM-RH-25"],
            ["Spacer grid, set of 10", "FHM-SG-10", "FHM-SG-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Iscora ID evaporator defrost controllers
ISCORA = [
    ("title", "Iscora ID Evaporator Defrost Controllers\nInstallation and User Manual - ID-410 and ID-420"),
    (
        "p",
        "Document ISC-UM-ID4-05, Edition 5, February 2025. Iscora Controls. The ID-410 and ID-420 are panel-mounted "
        "controllers for one evaporator in a cold room or freezer room. They control the room temperature through the "
        "liquid line solenoid (or the compressor), start and end defrosts, and run the evaporator fans. The ID-410 is "
        "for electric defrost and switches the coil of the heater contactor; the ID-420 is for hot gas defrost and "
        "switches the hot gas solenoid valve. Apart from the defrost output and the defrost defaults and ranges given "
        "for each model, the two controllers are built alike and share the same menu.",
    ),
    (
        "p",
        "The design of the refrigeration system, the hot gas piping and every pressure setting (including the hot gas "
        "bypass and the pressure switches) are the refrigeration contractor's. The heater contactor and the panel are "
        "sized by the panel builder. Temperature records for food safety are kept by the Iscora ILG logger, which has "
        "its own manual ILG-UM-01; the controller itself stores only the last 10 alarms.",
    ),
    (
        "warn",
        "WARNING: The relay outputs carry mains voltage. Switch off and isolate the panel before wiring. The defrost "
        "relay of the ID-410 may switch a contactor coil only, never the heaters directly.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ID-410", "ID-420"],
            ["Defrost method", "Electric, via heater contactor", "Hot gas, via hot gas solenoid valve"],
            ["Supply", "230 V ±10 %, 50/60 Hz, 5 VA", "230 V ±10 %, 50/60 Hz, 5 VA"],
            ["Relay 1, cooling (liquid line solenoid or compressor)", "16 A resistive", "16 A resistive"],
            ["Relay 2, defrost", "16 A resistive, contactor coil only", "8 A, hot gas solenoid coil"],
            ["Relay 3, fans", "8 A", "8 A"],
            ["Relay 4, alarm (volt-free)", "8 A", "8 A"],
            ["Probes (room, coil, optional third)", "NTC 10 kohm at 25 °C, B 3435", "NTC 10 kohm at 25 °C, B 3435"],
            ["Probe range", "-50 to +110 °C", "-50 to +110 °C"],
            ["Defrost end temperature dtE, default (range)", "+12 °C (+2 to +30 °C)", "+18 °C (+5 to +40 °C)"],
            ["Maximum defrost time dEt, default (range)", "30 min (5-90 min)", "15 min (5-45 min)"],
            ["Defrost interval dI, default (range)", "6 h (1-24 h)", "8 h (1-24 h)"],
            ["Drip time drt, default (range)", "3 min (0-15 min)", "5 min (0-15 min)"],
            ["Ambient at the controller", "-10 to +50 °C", "-10 to +50 °C"],
            ["Front protection", "IP65", "IP65"],
            ["Panel cut-out", "71 x 29 mm", "71 x 29 mm"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The real-time clock for defrost times of day keeps running during a power cut, from a supercapacitor. "
        "After a power cut longer than the dI interval the controller starts a defrost at once if the coil is colder "
        "than the dtE value.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Install the controller in a panel outside the cold room, never inside it.",
            "Run the probe leads apart from mains cables, at least 100 mm away, or in screened cable.",
            "The controller is not a safety device. Thermal cut-outs on the heaters and the pressure switches of the "
            "refrigeration system must be wired independently of it.",
            "Only a qualified electrician may wire the controller.",
        ],
    ),
    ("h", "3. Parameters"),
    (
        "cols",
        [
            ("h", "Menu access"),
            (
                "p",
                "Hold SET for 3 s to reach the user parameters (Pr1). For the installer parameters (Pr2) hold SET and "
                "DOWN together for 5 s and enter the password, 22 by default. The display returns to the room "
                "temperature after 30 s without a key press.",
            ),
            ("h", "Room control"),
            (
                "p",
                "St set point, default -20 °C. Hy differential, default 2 K, range 0.5-10 K: cooling switches on at "
                "St + "
                "Hy and off at St. LS and US limit the set point range the user can choose.",
            ),
            ("h", "Defrost end"),
            (
                "p",
                "A defrost ends when the coil probe reaches dtE or after dEt minutes, whichever comes first. An end on "
                "time shows dEF on alternately with the temperature and, if EdA = yes, sets alarm Er5.",
            ),
            ("h", "Demand defrost"),
            (
                "p",
                "With dd = on, the controller stores the difference between room and coil temperature 15 min after "
                "each "
                "defrost. When the difference later exceeds the stored value by more than dAd (default 4 K, range 1-10 "
                "K) for 15 min, a defrost starts, even before dI has run out. Example: 8 K stored, dAd 4 K, a room at "
                "-22 "
                "°C: a defrost starts when the coil stays below -34 °C for 15 min. dI remains the longest time between "
                "defrosts.",
            ),
            ("h", "Fans"),
            (
                "p",
                "FnC fan mode, default on with cooling. After a defrost and the drip time the fans restart when the "
                "coil "
                "is colder than Fdt (default -5 °C) or after Fdd minutes (default 5 min), whichever comes first. FSt "
                "stops the fans when the coil is warmer than the set value, default +10 °C.",
            ),
            ("h", "Pump-down (ID-410 only)"),
            (
                "p",
                "Pdn, default 60 s: before an electric defrost the liquid line solenoid closes and the compressor runs "
                "on to empty the coil. The ID-420 has no pump-down: the cooling relay stays on during a hot gas "
                "defrost so that the compressor supplies the gas.",
            ),
            ("h", "Alarms"),
            (
                "p",
                "HA high alarm, default 10 K above St; LA low alarm, default 10 K below St; Ad alarm delay, default 60 "
                "min. After a defrost high alarms are suppressed for dAo, default 60 min.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["Er1", "Room probe fault", "Probe open or shorted. Cooling runs in the emergency cycle COn/COF."],
            ["Er2", "Coil probe fault", "Probe open or shorted. Defrosts end on time only."],
            ["Er3", "Third probe fault", "Only if a third probe is enabled (P3P = yes)."],
            ["Er4", "High temperature", "Room above St + HA for longer than Ad."],
            ["Er5", "Defrost ended on time", "dEt reached before dtE (with EdA = yes)."],
            ["Er6", "Low temperature", "Room below St - LA for longer than Ad."],
            ["Er8", "Door open", "Door contact open longer than dOd, default 5 min. Fans stop while the door is open."],
            ["Er9", "Clock fault", "Clock lost its time. Set the time in Pr2 > CLO; check the next defrost times."],
            ["Er10", "Parameter memory", "Parameters damaged. Reload the defaults or copy from the key."],
            ["Er11", "External alarm", "Digital input set as alarm input (i1F = EAL) is active."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Coil still iced at the bottom after each defrost",
                "Coil probe fitted where the coil clears first, near a heater or the hot gas inlet",
                "Move the probe to the last part of the coil to clear of ice, usually the bottom at the air outlet "
                "side",
            ],
            [
                "Water thrown into the room when the fans restart",
                "Drip time too short or Fdt too warm",
                "Raise drt by 2 min; set Fdt to -5 °C or colder",
            ],
            [
                "Defrosts start every hour",
                "Demand defrost with dAd set too small, or the coil probe lead near a mains cable",
                "Set dAd to 4 K; reroute the lead",
            ],
            [
                "Hot gas defrost always ends on time (ID-420)",
                "Too little hot gas: compressor stopped during defrost or the hot gas valve not opening",
                "Check that relay 1 stays on during defrost; check the valve coil",
            ],
            [
                "Room temperature reading wrong",
                "Probe damaged or wrong probe type",
                "Check the probe in iced water and against the table in section 7",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a manual defrost"),
    (
        "ol",
        [
            "Hold the DEF key for 3 s. The defrost symbol lights.",
            "ID-410: the cooling relay opens and the pump-down runs for Pdn seconds, then the defrost relay closes.",
            "ID-420: the defrost relay opens the hot gas valve at once; the cooling relay stays closed.",
            "The defrost ends at dtE or after dEt. The drip time follows, then the fans restart.",
            "To stop a defrost early hold DEF again for 3 s.",
        ],
    ),
    ("h", "7. Checking a probe"),
    (
        "ol",
        [
            "Unplug the probe from the controller terminals.",
            "Put the probe tip in a mix of crushed ice and water, stirred, for at least 5 min.",
            "Measure the resistance between the two wires: 28.7 kohm ±5 % at 0 °C (27.3-30.1 kohm).",
            "At other temperatures compare with the table: 10.0 kohm at +25 °C, 46.3 kohm at -10 °C, 77.5 kohm at -20 "
            "°C, 135.5 kohm at -30 °C, each ±5 %.",
            "Replace a probe outside the tolerance with ISC-NT-10 (1.5 m) or ISC-NT-30 (3 m).",
        ],
    ),
    ("h", "8. Copying parameters with the copy key"),
    (
        "ol",
        [
            "Plug the ICK-1 copy key into the 5-pin socket at the back of the set-up controller.",
            "Enter Pr2 and select CPY, then UPL. The display shows End when the upload is done.",
            "Remove the key and plug it into the next controller, switched on.",
            "Enter Pr2, select CPY, then dnL. The display shows End; the controller restarts with the copied values.",
            "Copy only between controllers of the same model: an ID-420 refuses a key loaded from an ID-410 and "
            "shows no.",
        ],
    ),
    ("h", "9. Installation notes"),
    (
        "table",
        [
            ["Item", "Requirement"],
            [
                "Room probe",
                "In the air stream entering the evaporator, not in the direct outlet air, away from the door",
            ],
            [
                "Coil probe",
                "Clamped in the fins of the last part of the coil to clear, with its clip; not touching a heater",
            ],
            [
                "Probe lead extension",
                "Up to 100 m with 2 x 0.5 mm² screened cable; screen earthed at the controller end",
            ],
            ["Defrost relay ID-410", "Contactor coil only; heater thermal cut-out in series with the contactor coil"],
            ["Defrost relay ID-420", "Hot gas solenoid coil, no more than 8 A"],
            ["Maintenance", "Yearly: check the probes (section 7), the relay contacts, and the clock"],
        ],
        (50, 120),
    ),
    ("h", "10. Spare parts and accessories"),
    (
        "table",
        [
            ["Part", "ID-410", "ID-420"],
            ["Controller, complete", "ISC-ID-410", "ISC-ID-420"],
            ["NTC probe, 1.5 m lead", "ISC-NT-10", "ISC-NT-10"],
            ["NTC probe, 3 m lead", "ISC-NT-30", "ISC-NT-30"],
            ["Copy key", "ICK-1", "ICK-1"],
            ["Front gasket", "ISC-FG-71", "ISC-FG-71"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("regalvik-rsk-pallet-stacker-crane.pdf", "Regalvik RGV-OM-RSK-04 Ed 3 - RSK-10 / RSK-15", REGALVIK),
        ("sortavia-xb240-cross-belt-sorter.pdf", "Sortavia SRT-OM-XB240-02 Ed 2 - XB-240", SORTAVIA),
        ("frosthelm-bf-pallet-blast-freezer.pdf", "Frosthelm FHM-UM-BF-03 Ed 2 - BF-6 / BF-12", FROSTHELM),
        ("iscora-id-evaporator-defrost-controller.pdf", "Iscora ISC-UM-ID4-05 Ed 5 - ID-410 / ID-420", ISCORA),
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
