"""Generate the PDF manuals of the eighty-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set86venv && /tmp/set86venv/bin/pip install fpdf2 pypdf
    /tmp/set86venv/bin/python knowledge/samples/eightysixth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign; no other
unicode). The text rendered is all here. A fixed creation date makes reruns byte-identical. The rendering helpers
(Manual, render, render_columns) are those of the forty-second set's make_pdfs.py; everything else is new.
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
    """Body text flowing in two columns; used for the rules and settings pages."""
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


# ---------------------------------------------------------------- Kantelvo TT tilt-tray sorters
KANTELVO = [
    ("title", "Kantelvo TT Tilt-Tray Sorters\nOperation and Maintenance - TT-600 and TT-800"),
    (
        "p",
        "Document KTV-OM-TT-03, Edition 2, March 2025. Kantelvo Sorting Systems. The TT-600 and TT-800 are loop "
        "sorters for parcels, polybags and flat items in parcel and postal hubs. Carriers coupled into a closed "
        "train run on two steel rails around the loop and are driven by linear induction motors (LIMs) fixed in the "
        "frame; an aluminium reaction plate under each carrier passes over the LIMs. Each carrier holds a tray that "
        "tips to the left or the right at the destination, so that the item slides into a chute. At each chute an "
        "electric tilt switch moves a guide into the path of the carrier's tilt roller; the roller follows the tilt "
        "rail and tips the tray, and a return rail further on rights it again. Apart from the tray size, pitch, "
        "speed, load and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "Not covered here: the induction conveyors (see their own manual, KTV-OM-IN-02), the chutes and their "
        "linings, the sort plan and destination logic in the customer's host system (WCS), the building's fire "
        "protection, and the anchoring of the support structure to the floor, which is designed by the site's "
        "structural engineer. LIMs, couplings and the power rail are replaced by Kantelvo service only.",
    ),
    (
        "warn",
        "WARNING: Never enter the loop area, climb on the carriers or reach into a chute while the sorter is "
        "switched on. After a normal stop the LIMs brake the train; after a power loss a loaded train can coast "
        "for up to 25 s. Lock out the main switch and the LIM drive cabinet and wait until the train has stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TT-600", "TT-800"],
            ["Tray size (width x length)", "600 x 750 mm", "800 x 1000 mm"],
            ["Carrier pitch", "800 mm", "1050 mm"],
            ["Sorter speed, settable", "0.8-2.2 m/s", "0.8-2.0 m/s"],
            ["Tray rate at top speed (theoretical)", "9900 trays/h", "6860 trays/h"],
            ["Rated throughput at top speed, 85 % of trays loaded", "8400 items/h", "5800 items/h"],
            ["Item mass on one tray", "0.1-30 kg", "0.2-50 kg"],
            ["Smallest item (length x width x height)", "100 x 80 x 10 mm", "150 x 100 x 10 mm"],
            ["Largest item on one tray", "600 x 750 x 600 mm", "800 x 1000 x 700 mm"],
            ["Two-tray mode: longest item / total mass", "1500 mm / 45 kg", "2000 mm / 80 kg"],
            ["Tilt angle, both sides (factory setting)", "35°", "30°"],
            ["Carrier wheels (polyurethane), diameter when new", "80 mm", "100 mm"],
            ["Wheel discard diameter", "76 mm", "95 mm"],
            ["LIM air gap, reaction plate to LIM face", "8 mm ±1 mm", "10 mm ±1 mm"],
            ["LIM rating", "4.0 kW", "5.5 kW"],
            ["Number of LIMs", "one per 20 m of loop, at least 3", "one per 18 m of loop, at least 4"],
            ["Loop length", "60-400 m", "80-500 m"],
            ["Steepest incline in the loop", "8°", "6°"],
            ["Carrier mass with tray", "14 kg", "21 kg"],
            ["Supply", "400 V 3~ 50 Hz", "400 V 3~ 50 Hz"],
            ["Noise at 1 m, running empty at top speed", "no more than 72 dB(A)", "no more than 74 dB(A)"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The mass limits hold only with the item's centre of gravity in the middle third of the tray and the item "
        "lying flat. In two-tray mode the controller treats two neighbouring trays as one and tilts them together; "
        "it is used for items longer than one tray, which the induction must flag from the measured length. The "
        "rated throughput holds at top speed with 85 % of trays loaded; at a lower speed it falls in proportion.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Emergency stop pull cords run along all accessible sides of the loop. Test every cord monthly "
            "(section 9). A pulled cord stops the train with the LIMs as brakes (code K01).",
            "Use only the maintenance platforms and the maintenance station to work on carriers. Never stand on a "
            "carrier or on the rails.",
            "Do not sort liquids in open containers, items with loose straps or string (they catch in the gap "
            "between trays), or items above the mass limits.",
            "Jog mode (JOG) runs the train at no more than 0.3 m/s from the hand panel at the maintenance station. "
            "Keep the hand panel with you while jogging.",
            "Before electrical work on the LIMs wait 5 min after switching off: the inverters hold a charge.",
        ],
    ),
    ("h", "3. Sorting rules and settings"),
    (
        "cols",
        [
            ("h", "Tilt point and lead"),
            (
                "p",
                "The tilt switch needs 40 ms to move its guide into place, so the controller fires it early by the "
                "lead distance: lead (mm) = sorter speed (m/s) x 40. At 2.2 m/s that is 88 mm, at 2.0 m/s 80 mm. "
                "The lead is calculated from the measured speed and needs no setting. Only the tilt point offset "
                "per chute (parameter P21, -150 to +150 mm, default 0) is set by hand (section 7).",
            ),
            ("h", "Induction position"),
            (
                "p",
                "An item must be inducted onto an empty tray with its centre within 100 mm (TT-600) or 120 mm "
                "(TT-800) of the tray centre. The induction check photo-eyes measure the position; an item further "
                "off centre is not sorted but discharged into the reject chute (K06).",
            ),
            ("h", "Recirculation"),
            (
                "p",
                "An item that cannot be discharged (chute full, no destination from the host) stays on the train. "
                "After three rounds it goes to the reject chute. More than 3 % of items recirculating over 15 min "
                "raises a warning on the panel; check the chutes and the host link.",
            ),
            ("h", "Chute full"),
            (
                "p",
                "A chute is closed when its full photo-eye has been blocked for 2 s and opens again 5 s after it is "
                "clear. Items for a closed chute recirculate.",
            ),
            ("h", "Light items"),
            (
                "p",
                "Items below 0.5 kg slide slowly off the tray. Parameter P24 adds a delay of 0 to 60 ms to their "
                "tilt (default 20 ms). Do not change the tilt angle itself; it is set by Kantelvo service.",
            ),
            ("h", "Speed"),
            (
                "p",
                "Parameter P10 sets the sorter speed from 0.8 m/s up to the model's top speed. The train takes "
                "about 20 s to reach top speed from standstill. Inductions are held until the speed is within 2 % "
                "of the setpoint.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["K01", "Pull cord stop", "A pull cord was pulled or is slack. Reset it at its switch, then at the panel."],
            [
                "K02",
                "LIM drive fault",
                "An inverter tripped on overcurrent, or a LIM is above 85 °C. Check that LIM's air gap (section 8) "
                "and its cooling fan.",
            ],
            [
                "K03",
                "Speed deviation",
                "Train speed more than 5 % from the setpoint for 10 s. Check the LIM air gaps, carrier wheels with "
                "flats, and trays rubbing on the frame.",
            ],
            [
                "K04",
                "Tilt switch fault",
                "A switch did not confirm its position within 60 ms. Check the coil (24 V DC), the plug and the "
                "guide for dirt. The chute is closed until the fault is reset.",
            ],
            [
                "K05",
                "Tray not upright",
                "The sensor after the return rail saw a tilted tray. Check the return rail and the tilt roller of "
                "that carrier before restarting.",
            ],
            [
                "K06",
                "Item off centre",
                "Item centre outside the allowed distance from the tray centre. Sent to reject.",
            ],
            [
                "K07",
                "Item overweight",
                "Mass from the induction scale above the tray limit. Item refused at induction.",
            ],
            ["K09", "Chute full", "Full photo-eye blocked for 2 s. Empty the chute."],
            ["K10", "Reject chute full", "Inductions stop until the reject chute is emptied."],
            [
                "K11",
                "Train count error",
                "The encoder count does not match the number of carriers: a coupling may have parted. Stop, do not "
                "restart, call Kantelvo service.",
            ],
            ["K12", "Cabinet temperature", "Control cabinet above 45 °C. Check the cabinet fans and filters."],
            ["K13", "Encoder fault", "No pulses from the position encoder. Check the encoder wheel and its cable."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Items hit the lip of one chute or bounce back onto the train",
                "Tilt point offset wrong for that chute, or the chute moved",
                "Set P21 for that chute in 20 mm steps (section 7)",
            ],
            [
                "Light envelopes and polybags stay on the tray",
                "Tray surface dirty or its coating worn through",
                "Clean the trays; replace trays worn through; check P24",
            ],
            [
                "Rumbling or knocking at the same place every round",
                "A carrier wheel with a flat or worn below its discard diameter",
                "Measure the wheels; replace them (section 6)",
            ],
            [
                "Speed drops when the sorter is loaded, K03",
                "LIM air gap too large, or one LIM not running",
                "Check the air gaps (section 8) and the LIM inverters",
            ],
            [
                "Trays tilt at the wrong chute",
                "Encoder wheel slipping, or carrier count not redone after maintenance",
                "Clean the encoder wheel; run CAL > TRAIN",
            ],
            [
                "Long items fall between trays",
                "Item not flagged for two-tray mode at induction",
                "Check the length measurement of the induction",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Replacing a carrier wheel"),
    (
        "p",
        "Always replace both wheels on the same axle together. Replace a wheel when it has worn to its discard "
        "diameter or after 20 000 h of running, whichever comes first, and at once if it has a flat or a cracked "
        "tread.",
    ),
    (
        "ol",
        [
            "Jog the carrier to the maintenance station (JOG, no more than 0.3 m/s).",
            "Stop, lock out the main switch and the LIM drive cabinet.",
            "Fit the carrier lock pin KTV-TL-01 at the maintenance station so that the train cannot move.",
            "Remove the wheel cover and the M12 axle nut.",
            "Pull off the wheel and check the axle for scoring; a scored axle is replaced by Kantelvo service.",
            "Fit the new wheel, KTV-WH-80 (TT-600) or KTV-WH-100 (TT-800), with a new self-locking nut and tighten "
            "it to 60 Nm (TT-600) or 85 Nm (TT-800).",
            "Turn the wheel by hand: it must turn freely without axial play.",
            "Refit the wheel cover, remove the lock pin and the lockout.",
            "Run two rounds at 0.5 m/s and listen at the maintenance station for knocking.",
        ],
    ),
    ("h", "7. Setting the tilt point of a chute"),
    (
        "ol",
        [
            "Select the chute on the panel: SET > CHUTE > chute number. Note the present value of P21.",
            "Send 10 test items of about 2 kg to that chute at the normal sorter speed.",
            "Watch where they land: each must land in the middle third of the chute mouth.",
            "If they land too far downstream, reduce P21 by 20 mm; if too far upstream, increase it by 20 mm.",
            "Repeat until 10 of 10 items land in the middle third.",
            "Record the new value in the chute log. A value outside ±150 mm points to a chute that has moved; have "
            "the chute position checked instead.",
        ],
    ),
    ("h", "8. Checking the LIM air gap"),
    (
        "ol",
        [
            "Lock out the main switch and the LIM drive cabinet.",
            "Push a carrier by hand until its reaction plate is centred over the LIM.",
            "Measure the gap at both ends of the LIM with the air gap gauge KTV-GG-8 (TT-600) or KTV-GG-10 (TT-800).",
            "The gap must be 8 mm ±1 mm (TT-600) or 10 mm ±1 mm (TT-800) at both ends, and the two ends must not "
            "differ by more than 1 mm.",
            "Adjust with 0.5 mm shims KTV-SH-05 under the LIM feet and tighten the four M16 bolts to 120 Nm.",
            "Check the gap again with three other carriers. A reaction plate bent more than 1 mm out of flat: call "
            "Kantelvo service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Daily",
                "Walk the loop: items lying under the sorter, torn chute linings; clean the induction photo-eyes",
            ],
            ["Weekly", "Test tilting to both sides at the maintenance station (TEST > TILT); clean the trays"],
            ["Monthly", "Test every pull cord; measure the wheels of 10 carriers, a different 10 each month"],
            ["Every 2000 h", "Check the LIM air gaps (section 8), the tilt rollers and the return rails"],
            ["Wheel discard diameter or 20 000 h, whichever comes first", "Replace the carrier wheels (section 6)"],
            ["12 months", "Kantelvo service inspection: couplings, power rail, encoder; electrical test by the site"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TT-600", "TT-800"],
            ["Carrier wheel with bearing", "KTV-WH-80", "KTV-WH-100"],
            ["Tilt roller", "KTV-TR-35", "KTV-TR-35"],
            ["Tilt switch 24 V DC", "KTV-TS-24", "KTV-TS-24"],
            ["Tray, complete with coating", "KTV-TY-600", "KTV-TY-800"],
            ["LIM shim 0.5 mm", "KTV-SH-05", "KTV-SH-05"],
            ["Air gap gauge", "KTV-GG-8", "KTV-GG-10"],
            ["Carrier lock pin", "KTV-TL-01", "KTV-TL-01"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dimentra DW dimensioning-weighing-scanning tunnels
DIMENTRA = [
    ("title", "Dimentra DW Dimensioning, Weighing and Scanning Tunnels\nOperation and Maintenance - DW-60 and DW-150"),
    (
        "p",
        "Document DMT-OM-DW-04, Edition 3, January 2025. Dimentra Measurement Systems. The DW-60 and DW-150 are "
        "in-line tunnels that weigh, measure and identify parcels on the move. Each tunnel holds an infeed belt, a "
        "weigh belt on four load cells, an out belt, a time-of-flight dimensioner above the weigh belt and camera "
        "barcode readers on the top and the four sides; a bottom reader looks up through the gap between the weigh "
        "belt and the out belt. The results for each item (mass, length, width, height, volume, barcodes, status) "
        "are sent to the host system with an item number. The DW-60 is for small parcels and the DW-150 for large "
        "and heavy parcels; apart from the sizes, ranges, intervals, speeds and the items named here they are built "
        "alike.",
    ),
    (
        "p",
        "The weighing and dimensioning results may be used for charging only where the tunnel is approved and "
        "verified. Initial and subsequent verification, and the interval between verifications, are a matter for "
        "the national verification authority. Adjusting the calibration is done only by Dimentra service. The "
        "feeding and take-away conveyors, the host system and the volumetric weight divisor (set by the carrier's "
        "tariff) are not covered by this manual.",
    ),
    (
        "warn",
        "WARNING: The dimensioner holds a class 2 laser. Do not stare into the beam. Lock out the tunnel before "
        "reaching into it or lifting a belt. Never stand or sit on the belts.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DW-60", "DW-150"],
            ["Weighing range, Max", "60 kg", "150 kg"],
            ["Scale interval e", "20 g", "50 g"],
            ["Minimum load for legal weighing, Min (20 e)", "400 g", "1 kg"],
            ["Smallest item (L x W x H)", "100 x 70 x 10 mm", "150 x 100 x 20 mm"],
            ["Largest item (L x W x H)", "1200 x 800 x 800 mm", "2000 x 1000 x 1000 mm"],
            ["Dimension interval d", "5 mm", "10 mm"],
            ["Belt width", "800 mm", "1100 mm"],
            ["Weigh belt length", "1500 mm", "2400 mm"],
            ["Belt speed, settable", "1.0-2.5 m/s", "1.0-2.0 m/s"],
            ["Rated throughput at top speed, one item on the weigh belt at a time", "6000 items/h", "3000 items/h"],
            ["Gap between items, at least", "400 mm", "500 mm"],
            ["Barcode readers", "top and 4 sides; bottom reader option", "top, 4 sides and bottom"],
            ["Narrowest bar (module width)", "0.25 mm", "0.33 mm"],
            ["Supply 400 V 3~ 50 Hz", "4.5 kW, 16 A", "7 kW, 25 A"],
            ["Tunnel mass", "1350 kg", "2100 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The weighing and dimension results are legal only after the 30 min warm-up from power on, at an ambient "
        "temperature of 0-40 °C, with the belts clean and only one item on the weigh belt at a time. The rated "
        "throughput holds at top speed with an item pitch equal to the weigh belt length (1500 mm or 2400 mm). The "
        "dimension accuracy applies to box-shaped items; for polybags and irregular items the tunnel reports the "
        "smallest box that encloses the item and marks the result NLT (not legal for trade).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the tunnel covers closed while running; the covers are interlocked and stop the belts (D01).",
            "Lift belts only with the tunnel locked out. The weigh belt frame rests on the load cells: never stand "
            "on it or lean on it, and never hit it.",
            "Clean the reader windows only with the tunnel stopped.",
            "Do not use the results for charging while the LEGAL lamp is off.",
        ],
    ),
    ("h", "3. Weighing and measuring rules"),
    (
        "cols",
        [
            ("h", "Errors allowed in use"),
            (
                "p",
                "A weighing result must be within ±1 e up to 500 e and within ±2 e above 500 e. On the DW-60 "
                "(e = 20 g) that is ±20 g up to 10 kg and ±40 g above 10 kg. On the DW-150 (e = 50 g) it is ±50 g "
                "up to 25 kg and ±100 g above 25 kg. Dimensions must be within ±1 d on each of length, width and "
                "height: ±5 mm (DW-60) or ±10 mm (DW-150).",
            ),
            ("h", "Zero"),
            (
                "p",
                "The tunnel sets zero automatically whenever the weigh belt has been empty for 0.3 s. If the zero "
                "has moved by more than 4 % of Max since power on (2.4 kg on the DW-60, 6 kg on the DW-150) the "
                "tunnel stops weighing and shows D05; clean the weigh belt and the space under it.",
            ),
            ("h", "Gap and pitch"),
            (
                "p",
                "Only one item may be on the weigh belt while it is weighed. If two items are on it together, "
                "both are sent without a mass (status NOWT) and D07 counts up. Feed the tunnel with at least the "
                "gap in the technical data; for the rated throughput the item pitch must be at least the weigh "
                "belt length.",
            ),
            ("h", "Volume and volumetric weight"),
            (
                "p",
                "The tunnel sends length, width and height in mm and the volume in cm³. It does not calculate a "
                "volumetric weight: the divisor is applied by the host system according to the carrier's tariff.",
            ),
            ("h", "Reading"),
            (
                "p",
                "The read rate is at least 99.5 % for labels printed to grade C or better, with one label per item "
                "and the code at least 10 mm from an edge. Two different codes of the same type on one item give "
                "status MULTI (D10).",
            ),
            ("h", "Seal"),
            (
                "p",
                "The legal parameters and the load cell junction box are behind the verification seal. Breaking "
                "it means the tunnel must not be used for charging until it has been verified again.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Stop", "Emergency stop pressed or a cover opened. Close the cover and reset."],
            ["D02", "Weigh belt drive", "Motor or inverter fault on the weigh belt. Check for a jammed item."],
            [
                "D03",
                "Load cell signal",
                "Signal out of range: cable damaged or water in the junction box. Do not open the junction box "
                "(seal); call Dimentra service.",
            ],
            [
                "D04",
                "Zero at power on",
                "An item or debris on the weigh belt at power on. Clear the belt, switch on again.",
            ],
            ["D05", "Zero drift", "Zero moved more than 4 % of Max since power on. Clean the weigh belt and under it."],
            ["D06", "Overload", "Item above Max + 9 e. Item sent without a mass."],
            ["D07", "Gap too short", "Two items on the weigh belt at once. Increase the gap at the infeed."],
            [
                "D08",
                "Dimensioner not ready",
                "Window dirty, or the dimensioner outside 0-40 °C. Clean the window (section 8).",
            ],
            ["D09", "No read", "No reader found a code. Check the label, the windows and the lighting."],
            ["D10", "Multiple codes", "Two different codes of one type read on one item."],
            ["D12", "Speed deviation", "Belt speed more than 2 % from the setpoint. Check the belt tension."],
            [
                "D13",
                "Host link lost",
                "Results are buffered, up to 500 items. Check the network; the belts stop when the buffer is full.",
            ],
            ["D14", "Warm-up", "First 30 min after power on. Results are marked NLT."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "The same parcel weighs differently on each pass, spread more than 2 e",
                "Belt rubbing on a guide, debris under the weigh belt, or draughts from a door or fan",
                "Clean under the belt, check the guides, screen the tunnel from draughts",
            ],
            [
                "All weights too high by about the same amount",
                "Dirt or a label stuck on the weigh belt, zero not set",
                "Clean the belt and press ZERO with the belt empty",
            ],
            [
                "Items measured longer than they are",
                "Two items touching, or items skewed on the belt",
                "Increase the gap; straighten the items at the infeed",
            ],
            [
                "Heights too high on dark or shiny items",
                "Reflections from film or a dirty dimensioner window",
                "Clean the window; such items are marked NLT",
            ],
            [
                "Low read rate on the bottom reader",
                "Dirty window in the gap, or the gap plate out of line",
                "Clean the bottom window daily; check the gap plate",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily check"),
    (
        "ol",
        [
            "Switch on and wait until the warm-up has ended (D14 goes out, after 30 min).",
            "Clean the belts and the reader and dimensioner windows (section 8).",
            "With the weigh belt empty press ZERO; the display must show 0.000 kg.",
            "Run the test weight in its test box three times: 10 kg on the DW-60 or 20 kg on the DW-150. Every "
            "reading must be within ±20 g (DW-60) or ±50 g (DW-150) of the test weight.",
            "Run the reference box of 400 x 300 x 200 mm three times, each time turned a different way. Each "
            "dimension must be within ±5 mm (DW-60) or ±10 mm (DW-150).",
            "Run the test label card: every reader fitted must read its code.",
            "Enter the results in the daily log.",
            "If a reading is outside its limit, set LEGAL OFF so that results are not used for charging, and call "
            "Dimentra service. Do not adjust the scale.",
        ],
    ),
    ("h", "7. Replacing the weigh belt"),
    (
        "ol",
        [
            "Lock out the tunnel and open the side covers.",
            "Slacken both take-up screws of the weigh belt equally until the belt is loose.",
            "Lift the belt frame's cantilever support and slide the old belt off towards the operator side.",
            "Slide on the new belt, DMT-WB-0815 (DW-60) or DMT-WB-1124 (DW-150), with the arrow in the running "
            "direction.",
            "Mark two lines 1000 mm apart on the slack belt. Tighten the take-up screws equally until the marks are "
            "1003 mm apart (0.3 % stretch).",
            "Refit the support, close the covers and run the belt at 1.0 m/s: it must run within 3 mm of the "
            "centre of the rollers. Correct with the take-up screw on the side it runs towards.",
            "Wait 10 min, press ZERO and carry out the daily check (section 6).",
        ],
    ),
    ("h", "8. Cleaning the windows"),
    (
        "ol",
        [
            "Stop the belts with the STOP button.",
            "Blow loose dust off the windows with clean dry air at no more than 2 bar.",
            "Wipe the reader and dimensioner windows with a lint-free cloth moistened with isopropyl alcohol. Never "
            "use abrasive cleaners or paper towels.",
            "For the bottom reader, lift the gap plate by its two handles and clean the bottom window the same way.",
            "Refit the gap plate; its edge must be level with the belts within 1 mm.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily check (section 6)"],
            ["Weekly", "Clean under the weigh belt; check the belt tracking on all belts"],
            ["Monthly", "Check the belt tension (0.3 % stretch); inspect the gap plate and the cover seals"],
            ["Cover worn through, or 15 000 h, whichever comes first", "Replace the weigh belt (section 7)"],
            [
                "12 months",
                "Dimentra service: calibration check with certified weights and reference boxes; re-verification "
                "when the authority requires it",
            ],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DW-60", "DW-150"],
            ["Weigh belt", "DMT-WB-0815", "DMT-WB-1124"],
            ["Reader window", "DMT-RW-01", "DMT-RW-01"],
            ["Bottom reader window", "DMT-BW-08", "DMT-BW-11"],
            ["Test weight in test box", "DMT-TW-10 (10 kg)", "DMT-TW-20 (20 kg)"],
            ["Reference box 400 x 300 x 200 mm", "DMT-RB-432", "DMT-RB-432"],
            ["Test label card", "DMT-LC-06", "DMT-LC-06"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Flachmoor FSM-120 flats sorting machine
FLACHMOOR = [
    ("title", "Flachmoor FSM-120 Flats Sorting Machine\nOperation and Maintenance Manual"),
    (
        "p",
        "Document FLM-OM-FSM-02, Edition 1, June 2024. Flachmoor Postal Automation. The FSM-120 sorts flats - large "
        "letters, magazines and catalogues in paper envelopes or film wraps - from one automatic feeder into 120 "
        "sort stackers and 2 reject stackers. The stackers are arranged on both sides of the machine in three tiers "
        "of 20. After the feeder each item passes a double feed and thickness sensor, an address camera with OCR "
        "and a barcode reader; pinch belts carry it at 3.0 m/s past diverter gates to its stacker. Address images "
        "that the OCR cannot resolve are passed to the video coding system, which is supplied separately and not "
        "covered here. Sort plans are loaded from the postal operator's host system; their content is the "
        "operator's.",
    ),
    (
        "warn",
        "WARNING: The pinch belts run at 3.0 m/s and the feeder and gates are moved by compressed air. Never reach "
        "into the transport while the machine is running. Before clearing a jam or working inside, stop the "
        "machine, lock out the main switch and dump the air with the blue lockable valve.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FSM-120"],
            ["Throughput, average item length 300 mm, feed gap 200 mm", "up to 16 000 items/h"],
            ["Transport speed", "3.0 m/s"],
            ["Smallest item (length x height)", "140 x 90 mm"],
            ["Largest item (length x height)", "400 x 305 mm"],
            ["Thickness", "0.3-25 mm"],
            ["Mass", "up to 1.5 kg"],
            ["Stackers", "120 sort stackers, 2 reject stackers"],
            ["Stacker capacity", "380 mm of mail; FULL signal at 350 mm"],
            ["Feeder magazine length", "1.2 m"],
            ["Feeder vacuum", "-0.30 to -0.40 bar"],
            ["Compressed air", "6-8 bar, 45 NL/min, dry and oil-free"],
            ["Supply", "400 V 3~ 50 Hz, 28 kVA"],
            ["Length x width", "24.6 m x 3.1 m"],
            ["Noise at the feeder", "no more than 78 dB(A)"],
            ["Ambient", "15-35 °C, 30-75 % relative humidity, non-condensing"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The throughput holds for a mix with an average length of 300 mm and no more than 40 % film-wrapped items, "
        "at the default feed gap. Items outside the size, thickness or mass limits are not machinable and must be "
        "taken out before feeding; the machine rejects them but they can jam the feeder. The ambient range matters: "
        "damp or very dry paper causes doubles and skew.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators may run the machine; maintenance staff must also hold the Flachmoor "
            "maintenance training.",
            "Stackers may be swept while the machine runs. Keep fingers out of the stacker entry above the paddle.",
            "The covers over the transport and the gates are interlocked (S12). Never bridge an interlock.",
            "The feeder vacuum pump is hot in use (up to 70 °C). Let it cool before touching it.",
        ],
    ),
    ("h", "3. Feed and sort settings"),
    (
        "cols",
        [
            ("h", "Feed gap and throughput"),
            (
                "p",
                "The feeder sets a gap of 150-400 mm between items (default 200 mm). The highest possible rate is "
                "items/h = 3600 x 3.0 / (average length + gap), in metres: 21 600 items/h for 300 mm items at "
                "200 mm gap. The feeder fills about 75 % of these places, which gives the rated 16 000 items/h.",
            ),
            ("h", "FILM mode"),
            (
                "p",
                "With more than 40 % film-wrapped items select FILM mode: the feed gap goes up to 300 mm and the "
                "gates switch 2 ms earlier. Film slips more easily in the pinch belts.",
            ),
            ("h", "Double feeds"),
            (
                "p",
                "Two items overlapping by more than 20 mm, or a measured length above 400 mm, count as a double; "
                "the item goes to reject stacker 1. More than 5 doubles in 100 items stops the feeder (S04).",
            ),
            ("h", "Address result"),
            (
                "p",
                "The OCR result must reach the controller within 1.8 s, the time the item needs for the 5.4 m "
                "from the camera to the first gate. An item without a result goes to reject stacker 2 for manual "
                "sorting; its image is still sent to video coding.",
            ),
            ("h", "Stacker full"),
            (
                "p",
                "At 350 mm a stacker shows FULL and its lamp flashes. Items for a full stacker go to the overflow "
                "stacker named in the sort plan, or to reject stacker 2 if none is named. A stacker not swept "
                "within 5 min after FULL raises S07.",
            ),
            ("h", "Thickness"),
            (
                "p",
                "Items above 25 mm are sent to reject stacker 1. The thickness sensor is checked monthly with the "
                "1.0 mm and 20.0 mm gauges; each reading must be within ±0.2 mm.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop is pressed. Release it and reset."],
            [
                "S02",
                "Feeder vacuum low",
                "Vacuum weaker than -0.30 bar for 2 s: vacuum filter clogged, hose split or pump vanes worn. Clean "
                "the filter, check the hose.",
            ],
            ["S03", "Air pressure low", "Supply below 5.5 bar. Check the site supply and the filter regulator."],
            ["S04", "Doubles", "More than 5 doubles in 100 items. See the symptom table."],
            [
                "S05",
                "Jam",
                "An item reached a photo-eye more than 50 ms late, or not at all. The display shows the section. "
                "Clear it (section 7).",
            ],
            ["S07", "Stacker not swept", "A stacker has shown FULL for 5 min. Sweep it."],
            ["S08", "Gate fault", "A diverter gate did not confirm within 15 ms. Check the gate and its valve."],
            ["S09", "Reject stacker full", "The feeder stops until the reject stacker is swept."],
            ["S10", "Camera link", "No images from the address camera. Check the camera cable and the OCR server."],
            ["S11", "Belt slip", "Transport speed more than 3 % below 3.0 m/s. Check the pinch belts."],
            ["S12", "Cover open", "An interlocked cover is open."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many doubles in reject stacker 1",
                "Feeder vacuum weak, items stuck together by damp or static, side guide too tight",
                "Check the vacuum and the filter; fan the items before loading; set the side guide",
            ],
            [
                "Film-wrapped magazines slip and jam at the gates",
                "FILM mode not selected, or pinch belts glazed or worn",
                "Select FILM mode; clean the belts; replace glazed belts (section 8)",
            ],
            [
                "Items in the wrong stacker",
                "A gate sticking or switching late",
                "Run TEST > GATES and check the gate shown",
            ],
            [
                "Thick catalogues torn at the stacker entry",
                "Stacker paddle worn or stacker overfilled",
                "Sweep at FULL; replace the paddle",
            ],
            [
                "Items skewed, corners folded",
                "Side guide of the feeder set too wide, or paper damp",
                "Set the side guide 2 mm wider than the items",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting and ending a sort run"),
    (
        "ol",
        [
            "Check that the air supply shows 6-8 bar and that all covers are closed.",
            "Switch on at the main switch. The controller starts, tests the gates and the sensors and shows READY "
            "after about 3 min.",
            "Select the sort plan sent by the host (PLAN > LOAD). Check the plan name and date on the display.",
            "Select NORMAL or FILM mode according to the share of film-wrapped items.",
            "Check that every stacker is empty and that the overflow stackers are marked.",
            "Load the magazine with items standing on their long edge, address side towards the camera, to no "
            "more than the 1.2 m magazine length. Fan thick bundles first.",
            "Press START. Sweep each stacker when its lamp flashes, into a tray labelled for that stacker.",
            "To end the run let the feeder empty, press END RUN and sweep every stacker, including both reject "
            "stackers. Reject stacker 2 goes to manual sorting.",
            "Print or send the run report (PLAN > REPORT), then switch off or load the next plan.",
        ],
    ),
    ("h", "7. Clearing a jam"),
    (
        "ol",
        [
            "Press STOP. Read the section number on the display.",
            "Lock out the main switch and dump the air with the blue valve.",
            "Open the cover of that section only.",
            "Remove the jammed items by hand, pulling them in the running direction. Never use a tool between the "
            "belts.",
            "Check the belts of the section for damage and for items caught further on.",
            "Close the cover, restore the air and the power, and press RESET.",
            "Put the removed items back in the feeder, or hand them to manual sorting if they are damaged.",
        ],
    ),
    ("h", "8. Replacing a pinch belt"),
    (
        "ol",
        [
            "Stop the machine, lock out and dump the air.",
            "Note the number of the belt on the label next to its tensioner.",
            "Release the tensioner by turning the lever anticlockwise until it locks open.",
            "Take the old belt off the pulleys, starting at the tensioner.",
            "Fit the new belt (FLM-PB-2650 for the long transport belts, FLM-PB-0980 for the gate belts) with the "
            "ridge on the inside, over every pulley in the same path as the old one.",
            "Close the tensioner: the pointer must stand in the green band.",
            "Restore the air and power and run the transport at 1.0 m/s for 10 min without mail.",
            "Check the pointer again, then reset the belt counter under SERVICE > BELTS.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the camera glass; empty the dust tray under the feeder; check the vacuum filter"],
            ["Weekly", "Clean the pinch belts with FLM belt cleaner (no solvents); run TEST > GATES"],
            ["Monthly", "Check the thickness sensor with the 1.0 mm and 20.0 mm gauges"],
            ["4000 h, or sooner if glazed or cracked", "Replace the pinch belts (section 8)"],
            ["8000 h", "Vacuum pump vanes replaced by Flachmoor service"],
            ["12 months", "Flachmoor service inspection"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Pinch belt, long transport", "FLM-PB-2650"],
            ["Pinch belt, gate", "FLM-PB-0980"],
            ["Vacuum filter element", "FLM-VF-20"],
            ["Stacker paddle", "FLM-SP-04"],
            ["Thickness gauges 1.0 mm and 20.0 mm", "FLM-TG-120"],
            ["Belt cleaner, 1 L", "FLM-BC-1"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Taschwell PS-400 pocket sorter
TASCHWELL = [
    ("title", "Taschwell PS-400 Pocket Sorter\nOperation and Maintenance Manual"),
    (
        "p",
        "Document TSW-OM-PS-01, Edition 2, February 2025. Taschwell Pocket Systems. The PS-400 is an overhead "
        "pocket sorter (bag sorter) for small parcels, e-commerce items and returns. Each item is loaded into a "
        "fabric pocket hanging from a trolley. The trolleys are pushed along a steel rail loop by a drive chain "
        "through loading stations, a scan point, buffer lines and a sequencing matrix to the unloading stations, "
        "where an opening cam opens the bottom flap of the pocket and the item drops onto a packing conveyor, a "
        "slide or into a bin. Every trolley carries an RFID tag, so the item scanned at loading stays bound to its "
        "pocket. The destinations and the order sequence come from the customer's warehouse management system "
        "(WMS).",
    ),
    (
        "p",
        "Not covered here: the WMS and its set-up, the packing conveyors (see their maker's manual), the design of "
        "the steel support structure (the site's structural engineer, using the rail loads in section 1), the "
        "building's fire protection, and work on the drive chain other than measuring and lubricating it, which is "
        "done by Taschwell service.",
    ),
    (
        "warn",
        "WARNING: Pockets and trolleys move overhead and start without warning when the system is in AUTO. Never "
        "stand under a buffer line while working on it; a released buffer runs down at up to 1.0 m/s. Lock out the "
        "drive units before working on the rail or the chain.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-400"],
            ["Item mass in one pocket", "up to 5 kg"],
            ["Largest item (L x W x H)", "450 x 350 x 250 mm"],
            ["Smallest item", "50 x 50 x 5 mm"],
            ["Pocket mass, empty, with trolley", "0.9 kg"],
            ["Chain pitch", "100 mm"],
            ["Pocket pitch in transport", "300 mm (every third chain pitch)"],
            ["Transport speed", "1.0 m/s (settable 0.5-1.2 m/s)"],
            ["Pocket rate per loop at 1.0 m/s", "12 000 pockets/h"],
            ["Manual loading station", "up to 1200 items/h per operator"],
            ["Automatic loading station", "up to 2400 items/h"],
            ["Rail gradient", "up to 30° up or down"],
            ["Rail load in buffer lines (pockets touching)", "no more than 60 kg per metre"],
            ["Drive units", "1.5 kW each, one per 80 m of chain, at least 2"],
            ["Chain breaking load", "18 kN"],
            ["Trolley wheel diameter, new / replace below", "40 mm / 38 mm"],
            ["Chain lubricator reservoir", "2 L"],
            ["Supply", "400 V 3~ 50 Hz; control 24 V DC"],
            ["Ambient", "5-40 °C"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The 5 kg limit holds only with the item lying in the bottom of the pocket and sticking out of the pocket "
        "opening by no more than 50 mm. The pocket rate holds at 1.0 m/s; at another speed it changes in "
        "proportion. The rail load in the buffer lines is for full pockets touching each other: 10 pockets of "
        "5.9 kg on each metre.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Load pockets only from the loading platform. Never pull a pocket down towards you.",
            "Do not load liquids, sharp items without packaging or items above 5 kg. An overweight pocket is "
            "stopped at the load-sensing section (P12).",
            "Use the maintenance lift for work above 2 m; the lift and its operation are the site's.",
            "Keep long hair and loose clothing away from the drive units and the chain take-up.",
        ],
    ),
    ("h", "3. Loading, buffer and unloading rules"),
    (
        "cols",
        [
            ("h", "Loading"),
            (
                "p",
                "At a loading station the pocket stops and opens. The operator scans the item and drops it in within "
                "4 s; the pocket then leaves. A pocket that leaves empty after a scan raises P04 and the item must "
                "be scanned again into the next pocket.",
            ),
            ("h", "Scan point"),
            (
                "p",
                "The RFID reader after the loading stations checks every trolley. A trolley whose tag is not read "
                "twice in a row is sent to the reject line (P05).",
            ),
            ("h", "Buffer lines"),
            (
                "p",
                "Each buffer line holds up to 50 pockets. A full buffer line closes (P07); pockets for it wait in "
                "the circulation loop. The matrix releases pockets from the buffers in the order the WMS asks for.",
            ),
            ("h", "Unloading"),
            (
                "p",
                "The opening cam opens the flap while the pocket passes; the flap stays open for 0.6 s at 1.0 m/s. "
                "Items marked FRAGILE in the WMS are unloaded only at stations with a slide, where the drop height "
                "is no more than 300 mm.",
            ),
            ("h", "Chain lubrication"),
            (
                "p",
                "The automatic lubricator gives one shot of oil every 2 h of running. Use only Taschwell chain oil "
                "CO-68; other oils drip onto the pockets. An empty reservoir raises P09.",
            ),
            ("h", "Speed"),
            (
                "p",
                "The transport speed is set under SET > SPEED. Below 0.8 m/s the flap open time is lengthened "
                "automatically. Above 1.0 m/s pockets swing more in the curves; use 1.2 m/s only where the site "
                "layout was approved for it.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop or a gate of the loading area. Reset after checking."],
            [
                "P02",
                "Drive overload",
                "Motor current above 110 % for 5 s: a trolley jammed or derailed, a dry chain, or ice in a cold "
                "area. Find the jam before restarting.",
            ],
            [
                "P03",
                "Take-up at limit",
                "More than 80 % of the chain take-up travel used. Measure the chain elongation (section 6).",
            ],
            ["P04", "Pocket not loaded", "No item dropped within 4 s of the scan. Scan the item again."],
            ["P05", "Tag not read", "RFID tag not read twice. Trolley to the reject line; check the tag."],
            ["P06", "Pocket not opened", "Flap sensor saw a closed pocket after the cam. Check the cam (section 8)."],
            ["P07", "Buffer line full", "50 pockets in the line. Pockets wait in the loop."],
            ["P08", "Unloading blocked", "Photo-eye under the unloading station blocked for 3 s. Clear the conveyor."],
            ["P09", "Lubricator empty", "Refill the reservoir with CO-68."],
            ["P11", "Trolley derailed", "Derail sensor at a switch or curve. Lock out and rerail the trolley."],
            ["P12", "Pocket overweight", "Pocket and item above 5.9 kg at the load-sensing section. Remove the item."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Items stay in the pockets after the unloading station",
                "Opening cam worn or out of adjustment, flap spring broken, polybag caught",
                "Set the cam gap (section 8); replace the flap spring",
            ],
            [
                "Pockets swing hard and hit each other at curves",
                "Speed above 1.0 m/s, or side guides of the curve worn",
                "Reduce the speed; replace the curve guides",
            ],
            [
                "Chain jerks and squeaks",
                "Chain dry, lubricator empty or its nozzle blocked",
                "Check the lubricator and the nozzle; measure the chain",
            ],
            [
                "Trolleys stop short in a buffer line",
                "Accumulation stop worn, or a wheel below 38 mm",
                "Replace the stop; measure the wheels",
            ],
            [
                "Many trolleys on the reject line",
                "Tags damaged, or the RFID antenna dirty or moved",
                "Clean and align the antenna; replace damaged tags",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Measuring the chain elongation"),
    (
        "ol",
        [
            "Run the system empty for 10 min so that the chain is warm and lubricated.",
            "Stop the chain at the maintenance point and lock out all drive units.",
            "On a straight, tensioned part of the chain mark the centre of one pin and the pin centre 10 pitches "
            "further on (nominal 1000 mm).",
            "Measure between the marks with a steel tape. Repeat at two more places around the loop.",
            "Take the average of the three readings. Below 1010 mm no action is needed.",
            "From 1010 mm to 1020 mm reset the take-up and measure again every month.",
            "At 1020 mm or more (2 % elongation) the chain is worn out: stop using the loop and call Taschwell service "
            "to replace the chain.",
        ],
    ),
    ("h", "7. Replacing a pocket"),
    (
        "ol",
        [
            "Send the trolley to the maintenance point with SERVICE > POCKET > trolley number, or wait for it there.",
            "Press HOLD; the chain stops with the trolley at the maintenance point.",
            "Unhook the two snap hooks of the old pocket from the trolley.",
            "Hook on the new pocket TSW-PK-45 with the flap hinge facing the running direction.",
            "Close both snap hooks fully; the pocket must not come off when pulled down by hand.",
            "Press HOLD again to release the chain, then run SERVICE > TEST POCKET: the pocket opens and closes at the "
            "test cam. The tag is on the trolley, so no new registration is needed.",
        ],
    ),
    ("h", "8. Setting the opening cam"),
    (
        "ol",
        [
            "Lock out the drive units.",
            "Push a trolley by hand until its flap roller is under the highest point of the opening cam.",
            "Measure the gap between the cam and the flap roller: it must be 3 mm ±0.5 mm.",
            "Loosen the two cam bolts, set the gap with the 3 mm setting gauge TSW-SG-3 and tighten the bolts to "
            "25 Nm.",
            "Check the gap with two more trolleys, then run SERVICE > TEST UNLOAD.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check every unloading station for items left in pockets; check the lubricator level"],
            ["Weekly", "Clean the RFID antennas; look for torn pockets and replace them (section 7)"],
            ["Monthly", "Measure the chain elongation (section 6); check the curve guides"],
            ["6 months", "Measure the trolley wheels of 50 trolleys; replace wheels below 38 mm"],
            ["12 months", "Taschwell service: drive units, chain, switches"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Pocket, complete with flap and spring", "TSW-PK-45"],
            ["Flap spring", "TSW-FS-02"],
            ["Trolley wheel", "TSW-TW-40"],
            ["Accumulation stop", "TSW-AS-11"],
            ["Chain oil CO-68, 1 L", "TSW-CO-68"],
            ["Cam setting gauge 3 mm", "TSW-SG-3"],
            ["RFID tag for trolley", "TSW-RT-01"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("kantelvo-tt-tilt-tray-sorter.pdf", "Kantelvo KTV-OM-TT-03 Ed 2 - TT-600 / TT-800", KANTELVO),
        (
            "dimentra-dw-dimensioning-weighing-scanning-tunnel.pdf",
            "Dimentra DMT-OM-DW-04 Ed 3 - DW-60 / DW-150",
            DIMENTRA,
        ),
        ("flachmoor-fsm-flats-sorting-machine.pdf", "Flachmoor FLM-OM-FSM-02 Ed 1 - FSM-120", FLACHMOOR),
        ("taschwell-ps-pocket-sorter.pdf", "Taschwell TSW-OM-PS-01 Ed 2 - PS-400", TASCHWELL),
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
