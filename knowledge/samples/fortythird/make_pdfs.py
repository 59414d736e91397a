"""Generate the PDF manuals of the forty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set43venv && /tmp/set43venv/bin/pip install fpdf2 pypdf
    /tmp/set43venv/bin/python knowledge/samples/fortythird/make_pdfs.py

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



# ---------------------------------------------------------------- Harbrant QH quick-release mooring hooks
HARBRANT = [
    ("title", "Harbrant QH Quick-Release Mooring Hooks\nOperation and Maintenance - QH-100 and QH-150"),
    (
        "p",
        "Document HBM-OM-QH-07, Edition 3, March 2025. Harbrant Mooring Systems. The QH-100 and QH-150 are "
        "quick-release mooring hooks for berths handling tankers, gas carriers and bulk carriers. Each hook swings on "
        "a vertical swivel pin in its base and can be released under load with the hand lever at the hook or, where "
        "the remote release kit is fitted, by a 24 V DC solenoid commanded from the berth control room. A load pin in "
        "the hook hinge feeds the load monitoring unit (LMU), which shows the line load of every hook and raises the "
        "load alarms. Hooks are supplied as single, double, triple or quadruple assemblies on a common base. Apart "
        "from the rated loads and the items named in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The design of the quay structure, the foundation and its holding-down anchors is the responsibility of the "
        "port's civil engineer. The berth mooring plan and the ship-shore link are covered by the terminal's own "
        "documents. The motorised capstan fitted to some assemblies has its own manual, HBM-OM-CP-02.",
    ),
    (
        "warn",
        "WARNING: A mooring line under load stores a large amount of energy. Never stand in the snap-back zone of a "
        "loaded line, in front of the hook or between the hook and the fairlead when a hook is released. Release "
        "only on the order of the terminal's mooring master.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QH-100", "QH-150"],
            ["Safe working load (SWL) per hook", "100 t", "150 t"],
            ["Proof load, factory test at 1.25 x SWL, per hook", "125 t", "187.5 t"],
            ["Minimum breaking load of hook and base, per hook position", "250 t", "375 t"],
            ["Largest mooring line whose eye fits fully into the throat, line diameter", "80 mm", "96 mm"],
            ["Throat width, hook closed", "310 mm", "370 mm"],
            ["Horizontal swing of the hook", "180° (90° each side)", "180° (90° each side)"],
            ["Vertical swing of the hook", "45° up, 10° down", "45° up, 10° down"],
            ["Hand release force on the lever at SWL, greased hook, horizontal line lead", "no more than 250 N",
             "no more than 300 N"],
            ["Remote release time, command to hook open", "0.5 s", "0.5 s"],
            ["Load pin measuring range", "0-125 t", "0-190 t"],
            ["Load pin accuracy, -10 °C to +40 °C", "±2 % of full scale", "±2 % of full scale"],
            ["Load pin output", "4-20 mA, two-wire", "4-20 mA, two-wire"],
            ["Release solenoid 24 V DC, holding current", "1.5 A", "2.0 A"],
            ["Mass of a double assembly with base", "1650 kg", "2380 kg"],
            ["Base bolts per hook position, property class 8.8", "6 x M30", "8 x M36"],
            ["Base bolt tightening torque, lightly oiled threads", "1450 Nm", "2530 Nm"],
            ["Grease per hook at each greasing, all points together", "60 g", "90 g"],
            ["Ambient temperature, operation", "-20 °C to +50 °C", "-20 °C to +50 °C"],
        ],
        (82, 44, 44),
    ),
    (
        "p",
        "The SWL holds only with the line leading within the swing range of the hook: horizontally within 90° of the "
        "centre line and vertically between 10° down and 45° up. A line leading outside this range loads the hook and "
        "its base sideways and is not allowed, whatever the load. Above the SWL the hook still releases up to the "
        "proof load, but it must then be taken out of service and inspected (section 9) before it is used again. The "
        "release force is given for a greased hook; a dry or corroded hinge can double it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the terminal may operate the hooks. Wear a lifejacket when working within 1 m "
            "of the quay edge.",
            "Never put a hand or foot into the hook throat or between the hook and the base when a line is on the "
            "hook or the remote release is switched to REMOTE.",
            "The lever lock pin blocks the hand lever only; it does not stop a remote release. Before any work on a "
            "hook, turn the LMU key switch of that hook to LOCAL, remove the key and tag the switch.",
            "Never put more than two line eyes on one hook. Two eyes are allowed only if both lines are of the same "
            "material and both eyes sit fully inside the throat.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Load alarms"),
            (
                "p",
                "The LMU compares the load of each hook with two alarm levels. Load alarm 1 (amber beacon, A03) is "
                "set at 60 % of SWL: 60 t on a QH-100 and 90 t on a QH-150. Load alarm 2 (red beacon and horn, A04) "
                "is set at 80 % of SWL: 80 t and 120 t. Above the SWL the LMU shows A05 and stores the peak load. The "
                "terminal may lower the alarm levels in the LMU menu, but never raise them above these values.",
            ),
            ("h", "Load pin zero"),
            (
                "p",
                "With no line on the hook, the reading must be within ±0.5 t of zero on both models. A reading "
                "outside ±0.5 t calls for the zero check in section 7. If the zero moves by more than 1.5 t between "
                "two monthly checks, the load pin is failing and must be replaced.",
            ),
            ("h", "Release"),
            (
                "p",
                "The hook must open within 0.5 s of a remote release command; the position switch then reports "
                "OPEN. If the LMU has not seen OPEN within 2 s it raises A07. The remote release works only with the "
                "key switch at REMOTE and the 24 V supply above 20.4 V.",
            ),
            ("h", "Releasing several hooks"),
            (
                "p",
                "Release hooks one at a time, at least 5 s apart. Only the mooring master may order an emergency "
                "release of all hooks (EMERGENCY RELEASE ALL on the LMU, under a cover, two-hand button).",
            ),
            ("h", "Position switch"),
            (
                "p",
                "The inductive position switch (M18) sits 3 mm ± 1 mm from the target plate on the hook tail. A "
                "larger gap gives A09 after a reset even though the hook is latched.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Below 0 °C check that the hinge, the latch and the lever are free of ice before use. Free a frozen "
                "hook with warm water, never with a naked flame. Below -20 °C do not use the hooks.",
            ),
        ],
    ),
    ("h", "4. LMU alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Load pin signal lost", "Signal below 3.6 mA: cable cut, plug loose or water in the junction box. "
             "Check the cable and the gland."],
            ["A02", "Load pin over range", "Signal above 21 mA: load pin or its cable faulty. Replace the pin."],
            ["A03", "Load alarm 1", "Line load above 60 % of SWL. Tell the mooring master; check the other lines."],
            ["A04", "Load alarm 2", "Line load above 80 % of SWL. Mooring master to act at once (ease the line, "
             "add lines or stop cargo)."],
            ["A05", "Overload", "Load above SWL; peak stored. Take the hook out of service after the line is "
             "released (section 9)."],
            ["A06", "Solenoid circuit", "Release solenoid open circuit or short. Check the coil (about 16 ohm on "
             "the QH-100, 12 ohm on the QH-150) and the plug."],
            ["A07", "Release not confirmed", "No OPEN signal within 2 s of a release command. Check the hook; "
             "then the position switch."],
            ["A09", "Hook not closed", "Position switch still reads OPEN after a reset. Check the latch, then the "
             "switch gap (3 mm ± 1 mm)."],
            ["A10", "Supply low", "24 V supply below 20.4 V. Remote release is blocked. Check the power supply unit "
             "and the battery backup."],
            ["A11", "Link lost", "No data from the control room for 5 s. Hooks can still be released by hand."],
            ["A12", "Service due", "12 months or 500 releases since the last annual service. Hooks still work."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Hook does not open when the lever is pulled", "Lever lock pin still in; hinge or latch frozen or "
             "corroded", "Remove the pin. Free ice with warm water. Grease as in section 8."],
            ["Release needs far more force than usual", "Hinge pin or latch roller dry; line lead outside the "
             "swing range", "Grease all points. Check the lead and move the line to another hook if needed."],
            ["Hook opens but will not latch when it is pushed shut", "Return spring broken, latch roller worn, grit "
             "in the latch", "Clean the latch. Replace the spring; replace the roller if it is flat over more "
             "than 2 mm."],
            ["LMU shows a load with no line on the hook", "Zero drift, temperature change", "Zero check (section "
             "7); replace the pin if the zero moved more than 1.5 t in a month."],
            ["Load reading jumps or drops to zero with a loaded line", "Load pin cable damaged, water in the "
             "junction box (A01)", "Check the cable and gland; dry the box; fit a new gland seal."],
            ["Hook swings stiffly from side to side", "Swivel pin bushes dry or worn", "Grease the two swivel pin "
             "nipples; replace the bush set if the hook rocks more than 3 mm."],
        ],
        (50, 55, 65),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Securing a mooring line"),
    (
        "ol",
        [
            "Check that the hook is closed and latched: position lamp green on the LMU, latch lever down, lever lock "
            "pin in.",
            "Check that the LMU shows the hook at 0 t (within ±0.5 t) and no alarm.",
            "Swing the hook towards the fairlead so that the line will lead within the swing range.",
            "Put the eye over the hook tip and pull it fully into the throat. Never use an eye that does not fit "
            "fully into the throat.",
            "Signal the ship to heave the line tight. Stand clear of the snap-back zone while the line is "
            "tensioned.",
            "Read the load on the LMU and note it in the mooring log. Tell the mooring master if any line passes "
            "load alarm 1.",
        ],
    ),
    ("h", "6.2 Releasing and resetting a hook by hand"),
    (
        "ol",
        [
            "Get the release order from the mooring master.",
            "Check that nobody is in front of the hook, in the snap-back zone or on the line between the hook and "
            "the ship.",
            "Stand beside the hook on the side away from the line lead, facing the lever.",
            "Pull the lever lock pin and leave it hanging on its chain.",
            "Pull the release lever smoothly back until the hook opens. At SWL expect up to 250 N (QH-100) or 300 N "
            "(QH-150). Never use an extension bar on the lever.",
            "Let the line run off. Do not touch the hook until the eye is clear of it.",
            "Lift the hook back into the closed position by hand until the latch clicks, then push the latch lever "
            "down and refit the lever lock pin.",
            "Check that the position lamp turns green. If the LMU shows A09, check the latch and the switch gap.",
        ],
    ),
    ("h", "7. Load pin zero check"),
    (
        "ol",
        [
            "Take all lines off the hook and let it hang free for at least 5 min.",
            "On the LMU select SERVICE > ZERO and the hook number. The service code is in the commissioning "
            "record.",
            "Note the reading before zeroing. Within ±0.5 t the hook is in order.",
            "Outside ±0.5 t, press ZERO and confirm; the reading must then be 0.0 t.",
            "Compare the noted reading with last month's. A change of more than 1.5 t means the load pin must be "
            "replaced.",
        ],
    ),
    (
        "p",
        "The zero check does not check the span. The span calibration needs a calibrated test load and is done by "
        "Harbrant service every 2 years.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Before each berthing", "Visual check: hooks closed, lamps green, lever lock pins in, no damage to "
             "the hook or the base."],
            ["Weekly", "Release and reset each hook without load, by hand and, if fitted, remotely."],
            ["Monthly", "Grease all points with lithium complex EP2 grease: hinge pin (2 nipples), latch roller (1), "
             "swivel pin (2), lever pivot (1). Load pin zero check."],
            ["6 months", "Check the base bolts for corrosion and the torque marks. Check the hook saddle for grooves "
             "worn by the line eyes; grooves deeper than 3 mm call for Harbrant service."],
            ["12 months or 500 releases, whichever comes first", "Annual service: retighten the base bolts, check "
             "the return spring, the latch roller and the hinge pin bushes, test the solenoid insulation (at least "
             "10 megohm at 500 V)."],
            ["2 years", "Span calibration of the load pins by Harbrant service."],
            ["5 years", "Proof load test at 1.25 x SWL by a competent test body."],
        ],
        (50, 120),
    ),
    ("h", "9. After an overload"),
    (
        "p",
        "A hook that has carried more than its SWL (A05 in the LMU log) must be tagged out of service once its line "
        "has been released, and inspected by Harbrant service before it is used again. The inspection includes crack "
        "testing of the hook and the hinge pin; this manual does not describe it. The peak load stored by the LMU "
        "must be given to Harbrant with the hook serial number.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "QH-100", "QH-150"],
            ["Load pin with 10 m cable", "HBM-LP-100", "HBM-LP-150"],
            ["Release solenoid 24 V DC", "HBM-RS-24A", "HBM-RS-24B"],
            ["Latch roller with pin", "HBM-LR-100", "HBM-LR-150"],
            ["Return spring", "HBM-SP-100", "HBM-SP-150"],
            ["Swivel pin bush set", "HBM-HB-100", "HBM-HB-150"],
            ["Inductive position switch M18 with 5 m cable", "HBM-PS-18", "HBM-PS-18"],
            ["Lever lock pin with chain", "HBM-LK-01", "HBM-LK-01"],
            ["Junction box gland seal kit", "HBM-GS-20", "HBM-GS-20"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Telverra TS container spreaders
TELVERRA = [
    ("title", "Telverra TS Telescopic Container Spreaders\nOperation and Maintenance - TS-41 and TS-50T"),
    (
        "p",
        "Document TLV-OM-TS-11, Edition 2, June 2024. Telverra Spreader Systems. The TS-41 and TS-50T are "
        "electro-hydraulic telescopic spreaders for ship-to-shore and yard cranes. Both telescope between the 20 ft, "
        "40 ft and 45 ft positions, lock ISO containers with four end twistlocks and carry four hydraulic flippers. "
        "The TS-50T adds four centre twistlocks that let it lift two 20 ft containers at once (twin-lift). Apart from "
        "the twin-lift equipment, the power pack and the items named in this manual, the two models are built alike. "
        "The crane's hoist, headblock, cable reel and load measuring belong to the crane and are covered by the crane "
        "maker's documents. The electrical drawings are TLV-ED-41 and TLV-ED-50.",
    ),
    (
        "warn",
        "WARNING: Never lift a container unless all twistlocks used show LOCKED. Never stand under a suspended "
        "spreader or container. Never ride on a spreader.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TS-41", "TS-50T"],
            ["Rated load under the twistlocks, one container of 20, 40 or 45 ft", "41 t", "41 t"],
            ["Rated load in twin-lift, two 20 ft containers", "not available", "50 t (25 t per container)"],
            ["Self weight of the spreader", "10.2 t", "12.6 t"],
            ["Telescoping time, 20 ft to 40 ft, oil at 20-60 °C", "22 s", "25 s"],
            ["Twistlock turning time", "1.0 s", "1.0 s"],
            ["Twistlocks", "4 end twistlocks", "4 end + 4 centre twistlocks"],
            ["Twin-lift gap between the two 20 ft containers", "-", "0 to 1600 mm"],
            ["Flippers", "4, hydraulic, 180°", "4, hydraulic, 180°"],
            ["Pump motor 400 V 50 Hz or 440 V 60 Hz", "5.5 kW", "7.5 kW"],
            ["Working pressure", "110 bar", "130 bar"],
            ["Relief valve setting", "125 bar", "145 bar"],
            ["Hydraulic oil ISO VG 46 HV, tank", "80 L", "110 L"],
            ["Return filter", "10 µm", "10 µm"],
            ["Control", "24 V DC, CANopen to the crane", "24 V DC, CANopen to the crane"],
            ["Ambient temperature, operation", "-25 °C to +45 °C", "-25 °C to +45 °C"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The rated load holds only with the centre of gravity of the container within 10 % of its length from its "
        "middle lengthwise and within 5 % of its width crosswise: for a 40 ft container 1219 mm lengthwise and 122 mm "
        "crosswise. The crane must be rated for the load plus the self weight of the spreader, at least 51.2 t for a "
        "TS-41 and 53.6 t for a TS-50T in single-lift, and 62.6 t for a TS-50T in twin-lift.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only crane drivers trained on the TS spreaders may operate them. Maintenance staff must lower the "
            "spreader onto its stand or onto a container, switch off and lock the crane's main switch before any "
            "work.",
            "Hydraulic lines stay under pressure after the pump stops. Open the pressure release valve on the power "
            "pack and check 0 bar at test point M1 before opening any line.",
            "Never telescope with people on the quay within 3 m of the beam ends.",
            "A container whose declared weight is doubtful must be handled as if it were at the rated load. The "
            "declared weight (VGM) is the shipper's; the spreader does not weigh containers.",
        ],
    ),
    ("h", "3. Interlocks and settings"),
    (
        "cols",
        [
            ("h", "Landing and locking"),
            (
                "p",
                "Each corner has a landed pin that protrudes 40 mm below the corner casting. The landed switch of a "
                "corner is made when its pin is pushed in at least 25 mm. The twistlocks turn only when all four "
                "landed switches used are made, and the crane may hoist only when every twistlock used reports "
                "LOCKED or every one reports UNLOCKED.",
            ),
            ("h", "Telescoping"),
            (
                "p",
                "The spreader telescopes only when it hangs free (no landed switch made) and all twistlocks report "
                "UNLOCKED. It stops at the 20, 40 and 45 ft positions within ±5 mm. On the TS-50T the centre "
                "twistlocks must be retracted (F10 if not).",
            ),
            ("h", "Twin-lift (TS-50T)"),
            (
                "p",
                "Twin-lift is allowed only in the 40 ft position with the centre twistlocks down, with two 20 ft "
                "containers side by side end to end. Neither container may weigh more than 25 t, and the two may "
                "differ by no more than 10 t. The difference is measured by the crane's load cells and reported to "
                "the spreader; above 10 t the spreader raises F13 and the crane stops hoisting.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Normal oil temperature is 20-60 °C. Above 70 °C the spreader raises F04 and stops telescoping. Below "
                "-10 °C the pump runs in warm-up mode, circulating oil through the relief valve for 10 min before "
                "telescoping is allowed.",
            ),
            ("h", "Sensor gaps"),
            (
                "p",
                "Landed switches and twistlock switches are M12 inductive switches set 2 mm ± 0.5 mm from their "
                "targets. The telescope position comes from an absolute encoder on each beam.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Emergency stop", "Emergency stop pressed on the crane or the spreader. Release it and reset."],
            ["F02", "Pump motor overload", "Motor protection tripped: long telescoping in cold oil or a phase "
             "missing. Reset after 10 min."],
            ["F03", "Low oil level", "Level switch open. Find the leak, top up with ISO VG 46 HV."],
            ["F04", "Oil temperature high", "Oil above 70 °C. Let it cool; check the cooler fan and the relief "
             "valve (a relief valve that lifts early heats the oil)."],
            ["F05", "Return filter blocked", "Differential switch at 2.5 bar. Change the element."],
            ["F06", "Twistlock disagreement", "Not all twistlocks in the same state 2 s after a command. Check the "
             "twistlocks and their switches."],
            ["F07", "Landed switch fault", "A landed switch made while hanging free, or missing while landed. Check "
             "the pin for damage and the switch gap."],
            ["F08", "Telescope position lost", "Encoder signal missing or implausible. Do a reference run "
             "(section 6.4)."],
            ["F09", "Flipper timeout", "A flipper did not reach its end position within 4 s."],
            ["F10", "Centre twistlocks not up", "TS-50T only: telescoping commanded with the centre twistlocks "
             "down."],
            ["F12", "Bus timeout", "No CANopen message from the crane for 500 ms. Check the spreader cable and "
             "plug."],
            ["F13", "Twin-lift imbalance", "TS-50T only: the crane reports more than 10 t difference between the "
             "two containers."],
            ["F14", "Service due", "1000 operating hours since the last service. The spreader still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Twistlocks will not turn although the spreader sits on the container", "A landed pin not pushed in "
             "25 mm (damaged corner casting, ice, bent pin); switch gap too large", "Check each pin moves freely "
             "and protrudes 40 mm when free; set the switch gap to 2 mm."],
            ["Twistlock turns but the LOCKED lamp stays off", "Twistlock switch gap too large or switch "
             "damaged", "Set the gap to 2 mm ± 0.5 mm; replace the switch."],
            ["Telescoping much slower than 22 s (TS-41) or 25 s (TS-50T)", "Cold oil; relief valve set low; pump "
             "worn", "Check the oil temperature; check working pressure at M1; replace the pump if pressure is "
             "low with a correct relief setting."],
            ["Spreader stops short of the 40 ft position", "Encoder fault, loose encoder coupling (F08)", "Check "
             "the coupling; reference run."],
            ["Flippers creep upwards when set down", "Leaking flipper motor or counterbalance valve", "Replace the "
             "flipper motor seal kit or the valve cartridge."],
            ["Oil milky or foaming", "Water in the oil, air drawn in at the suction line", "Change the oil "
             "(section 6.3); check the breather and the suction fittings."],
        ],
        (52, 60, 58),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Changing the TS-50T between single-lift and twin-lift"),
    (
        "ol",
        [
            "Hang the spreader free, away from any container, with all twistlocks UNLOCKED.",
            "Telescope to the 40 ft position.",
            "Select TWIN on the crane's spreader panel. The centre twistlocks lower; wait for the TWIN lamp.",
            "Check by eye that all four centre twistlocks are down and that the twin-lift gap setting on the panel "
            "matches the gap between the containers (0 to 1600 mm).",
            "To return to single-lift, select SINGLE with the spreader hanging free. The centre twistlocks retract; "
            "telescoping is possible again when the TWIN lamp goes out.",
        ],
    ),
    ("h", "6.2 Replacing a twistlock"),
    (
        "ol",
        [
            "Set the spreader on its stand, release the hydraulic pressure and lock out the crane.",
            "Remove the twistlock nut cover and the locking plate.",
            "Unscrew the twistlock nut and lift out the twistlock with its crosshead, noting the position of the "
            "switch target.",
            "Fit the new twistlock TLV-TL-66 with a new nut; tighten the nut to 350 Nm and fit a new locking "
            "plate.",
            "Set the twistlock switch gap to 2 mm ± 0.5 mm.",
            "Check 10 lock and unlock cycles with a container or the test corner before returning to service.",
        ],
    ),
    ("h", "6.3 Changing the hydraulic oil and the return filter"),
    (
        "ol",
        [
            "Run the spreader until the oil is at 30-50 °C, then set it down in the 20 ft position with all "
            "cylinders retracted.",
            "Lock out the crane and open the pressure release valve; check 0 bar at M1.",
            "Drain the tank through the drain plug into a container of at least 90 L (TS-41) or 120 L (TS-50T).",
            "Change the return filter element TLV-RF-10 and clean the suction strainer.",
            "Fill through the filler with the 10 µm filter cart to the middle of the sight glass: about 80 L "
            "(TS-41) or 110 L (TS-50T) of ISO VG 46 HV.",
            "Run the pump for 5 min, telescope three times over the full range and top up to the middle of the "
            "sight glass.",
        ],
    ),
    ("h", "6.4 Reference run of the telescope encoders"),
    (
        "ol",
        [
            "Hang the spreader free with all twistlocks UNLOCKED.",
            "On the spreader panel select SERVICE > REFERENCE (key switch at SERVICE).",
            "The spreader telescopes fully in to the 20 ft mechanical stop and sets both encoders there.",
            "Telescope to 40 ft and 45 ft and measure the twistlock centres: 11985 mm and 13509 mm, each within "
            "±5 mm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Visual check of the twistlocks, landed pins and flippers; check for leaks."],
            ["250 h", "Grease the telescopic beams and the twistlock crossheads. Measure the slide pads; replace "
             "at 14 mm (new 20 mm)."],
            ["500 h", "Change the return filter element."],
            ["1000 h", "Service (F14): check all sensor gaps, flipper motors, hoses and the spreader cable."],
            ["2000 h or 12 months, whichever comes first", "Change the hydraulic oil."],
            ["12 months or 50 000 moves, whichever comes first", "Crack test of all twistlocks by a certified NDT "
             "inspector (not described here). Replace a twistlock whose neck is worn below 62.7 mm (5 % under the "
             "nominal 66 mm)."],
        ],
        (50, 120),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "TS-41", "TS-50T"],
            ["Twistlock with nut and locking plate", "TLV-TL-66", "TLV-TL-66"],
            ["Landed pin with spring", "TLV-LP-40", "TLV-LP-40"],
            ["Inductive switch M12", "TLV-PX-12", "TLV-PX-12"],
            ["Return filter element 10 µm", "TLV-RF-10", "TLV-RF-10"],
            ["Flipper motor", "TLV-FM-41", "TLV-FM-50"],
            ["Slide pad set", "TLV-SP-41", "TLV-SP-50"],
            ["Centre twistlock cylinder", "-", "TLV-CC-50"],
            ["Telescope encoder", "TLV-EN-01", "TLV-EN-01"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Brannock RSH-45 reach stacker boom hydraulics
BRANNOCK = [
    ("title", "Brannock RSH-45 Reach Stacker\nBoom Hydraulics - Service and Maintenance"),
    (
        "p",
        "Document BRN-SM-BH45-04, Edition 4, January 2025. Brannock Heavy Handling. This manual covers the boom "
        "hydraulics of the RSH-45 reach stacker: the two boom lift cylinders, the telescope cylinder, the load "
        "sensing pumps, the boom control valve, the oil cooler, the tank and filters, and the load moment indicator "
        "(LMI) that protects the machine against tipping. The diesel engine, transmission, axles, steering, brakes and "
        "cab are covered by the vehicle manual BRN-OM-RS45, and the top-lift spreader by its own manual. Cylinder "
        "resealing, accumulator precharge work and LMI calibration are carried out by Brannock service only.",
    ),
    (
        "warn",
        "WARNING: Never work under a raised boom unless it is supported by the boom prop BRN-BP-45 or resting on its "
        "end stop. Oil at 300 bar can penetrate skin; never feel for leaks with the hand. Release the pressure "
        "before opening any line: engine off, operate all boom functions twice, then check 0 bar at MP1.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RSH-45"],
            ["Rated capacity under the spreader, row 1 / row 2 / row 3", "45 t / 31 t / 15 t"],
            ["Stacking height, row 1", "5 high (9 ft 6 in containers)"],
            ["Boom lift cylinders", "2, bore 240 mm, rod 150 mm, stroke 2650 mm"],
            ["Telescope cylinder", "1, bore 150 mm, rod 110 mm, stroke 6000 mm"],
            ["Main pumps", "2 variable displacement axial piston pumps, load sensing, 125 cm³/rev each"],
            ["Pump flow at 1800 rpm engine speed", "2 x 225 L/min"],
            ["Main relief valve", "300 bar"],
            ["Load sensing standby pressure, engine idling", "30 bar"],
            ["Secondary relief valves on the lift cylinder holding valves", "330 bar"],
            ["Pressure in the lift cylinders, rated load in row 1", "about 265 bar"],
            ["Tank / total system oil volume", "650 L / 900 L"],
            ["Hydraulic oil", "ISO VG 46 HV; ISO VG 68 HV where the ambient stays above 35 °C"],
            ["Return filters", "2 elements, 10 µm, bypass at 3.5 bar"],
            ["Suction strainer / tank breather", "125 µm / 3 µm"],
            ["Oil cleanliness, ISO 4406", "18/16/13 or cleaner"],
            ["Oil cooler thermostat opens at", "55 °C"],
            ["Pilot accumulator", "1 L, nitrogen precharge 25 bar"],
            ["Boom lifting speed, loaded / unloaded", "0.25 m/s / 0.42 m/s"],
            ["Boom lowering speed, loaded / unloaded", "0.38 m/s / 0.38 m/s"],
            ["Telescoping speed out, loaded / unloaded", "0.30 m/s / 0.45 m/s"],
        ],
        (85, 85),
    ),
    (
        "p",
        "Speeds are measured at the boom nose with the engine at 1800 rpm and the oil at 50-70 °C. The capacities hold "
        "only on firm level ground (no more than 1 % slope) with the tyres at the pressures in the vehicle manual; "
        "they do not hold when driving with a raised load.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may adjust pressures. Never raise the main relief valve above 300 bar: the LMI and "
            "the structure are designed for this setting.",
            "Keep the LMI in service. The override key lets the boom move down or out at 10 % speed for recovery only; "
            "it is kept by the site's shift supervisor.",
            "Hose burst valves are fitted at both lift cylinders. Never remove or bridge them.",
            "Hot oil and components above 60 °C can burn. Let the oil cool below 40 °C before changing filters.",
            "Collect used oil and filters for disposal as the site's waste rules require.",
        ],
    ),
    ("h", "3. Pressures and settings"),
    (
        "cols",
        [
            ("h", "Main relief and standby"),
            (
                "p",
                "The main relief valve must open at 300 bar ± 5 bar, measured at test point MP1 with the engine at "
                "1800 rpm, the oil at 50 °C and the boom held against its upper end stop. The load sensing standby "
                "pressure at idle with no function operated must be 30 bar ± 2 bar.",
            ),
            ("h", "Drift limits"),
            (
                "p",
                "With the rated row 1 load (or the 45 t test frame) raised 2 m, the boom half out, the engine off "
                "and the oil at 50 °C, the boom nose may sink no more than 20 mm in 10 min, and the telescope may "
                "creep in no more than 30 mm in 10 min. At higher oil temperature the drift is larger; the limits "
                "hold only at 50 °C.",
            ),
            ("h", "Load moment indicator"),
            (
                "p",
                "The LMI calculates the load moment from the lift cylinder pressure, the boom angle and the boom "
                "length. At 90 % of the rated moment it sounds the buzzer and shows H04. At 100 % it shows H10 and "
                "blocks boom out and boom down; boom in and boom up remain possible, and they reduce the moment.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Normal working temperature is 50-70 °C. Above 85 °C the controller limits the boom speeds to 50 % "
                "(H05). Above 95 °C it shows H06 and the vehicle controller derates the engine.",
            ),
            ("h", "Hoses"),
            (
                "p",
                "Replace any boom hose that shows chafed outer cover down to the wire braid, and all boom hoses "
                "6 years after their manufacturing date whatever their condition.",
            ),
            ("h", "Oil samples"),
            (
                "p",
                "Take an oil sample from test point MP3 every 1000 h. Above 18/16/13 change the filters and sample "
                "again after 50 h; if it is still above, change the oil.",
            ),
        ],
    ),
    ("h", "4. Boom controller codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Boom angle sensor signal out of range", "Check the sensor plug and cable. Boom speeds limited "
             "to 25 %."],
            ["H02", "Boom length sensor signal out of range", "Check the cable reel and the sensor."],
            ["H03", "Lift pressure sensor signal out of range", "Check the sensor on the lift cylinder; LMI "
             "cannot work, boom out and down blocked."],
            ["H04", "LMI 90 % warning", "Reduce the boom length or lower the load closer to the machine."],
            ["H05", "Oil above 85 °C", "Boom speeds limited to 50 %. Clean the cooler, check the fan."],
            ["H06", "Oil above 95 °C", "Stop work, let the oil cool with the engine idling."],
            ["H08", "Return filter bypass", "Differential pressure above 3.5 bar. Change both elements."],
            ["H09", "Low oil level", "Find the leak; top up with the oil in the tank."],
            ["H10", "LMI 100 % cut-out", "Boom out and down blocked. Boom in or up to recover."],
            ["H11", "Proportional valve coil fault", "Open circuit or short on a boom valve coil. Check the coil "
             "(about 24 ohm) and the plug."],
            ["H12", "Joystick signal out of range", "Check the joystick plug; replace the joystick."],
            ["H13", "CAN fault with the vehicle controller", "Check the CAN plugs and the terminating resistors "
             "(120 ohm each end)."],
        ],
        (16, 60, 94),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Boom sinks slowly with a container held", "Lift cylinder piston seals or holding valve leaking",
             "Do the drift test (6.1). Over the limit: holding valve first; cylinder reseal by Brannock service."],
            ["Boom lifts slowly only with a heavy load", "Main relief set low or leaking; pump load sensing fault; "
             "hot oil", "Check the relief at MP1 (6.2) and the oil temperature."],
            ["Boom jerks when starting or stopping", "Air in the oil, low oil level, pilot accumulator precharge "
             "low", "Top up and bleed; have the accumulator checked by Brannock service."],
            ["Oil overheats in normal work", "Cooler fins blocked; thermostat stuck; operator holding functions "
             "against the end stops", "Clean the cooler; check the thermostat opens at 55 °C; train the "
             "operators."],
            ["Boom will not go out or down, buzzer on", "LMI at 100 % of the rated moment (H10)", "Boom in or up; "
             "check the load and the row."],
            ["Oil sample dirtier than 18/16/13", "Filters at end of life; breather blocked; wear", "Change filters "
             "and breather, resample after 50 h."],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Drift test"),
    (
        "ol",
        [
            "Warm the oil to 50 °C. Pick up the rated row 1 load or the 45 t test frame.",
            "Raise it 2 m above the ground with the boom half out. Keep everybody out from under the load.",
            "Stop the engine. Mark the boom nose height and the telescope position on the boom.",
            "After 10 min measure. The boom nose may have sunk no more than 20 mm, and the telescope may have crept "
            "in no more than 30 mm.",
            "Start the engine and lower the load.",
        ],
    ),
    ("h", "6.2 Checking the main relief and the standby pressure"),
    (
        "ol",
        [
            "Fit a 0-400 bar gauge to test point MP1. Oil at 50 °C.",
            "With the engine idling and no function operated, read the standby pressure: 30 bar ± 2 bar.",
            "Run the engine at 1800 rpm and hold boom up against the upper end stop for no more than 10 s. Read "
            "300 bar ± 5 bar.",
            "If the reading is outside, adjust the main relief valve on the control valve inlet section: remove the "
            "cap, loosen the lock nut, one quarter turn is about 15 bar. Tighten the lock nut and check again.",
            "Never set above 305 bar.",
        ],
    ),
    ("h", "6.3 Changing the return filter elements"),
    (
        "ol",
        [
            "Lower the boom fully, stop the engine and release the pressure. Let the oil cool below 40 °C.",
            "Clean the filter heads. Unscrew both filter bowls and empty them into a drip tray.",
            "Fit two new 10 µm elements BRN-RF-10-450 and new bowl O-rings lightly oiled.",
            "Tighten the bowls by hand, then a quarter turn. Change the tank breather BRN-BR-03 at the same time.",
            "Start the engine, operate all boom functions and check for leaks. Top up the tank to the middle of "
            "the sight glass with the boom fully lowered and retracted.",
        ],
    ),
    ("h", "6.4 Emergency lowering of the boom without the engine"),
    (
        "ol",
        [
            "Clear the area under and around the load. Only the load may be lowered, never the boom with people "
            "under it.",
            "Remove the caps of the emergency lowering screws on both lift cylinder holding valves.",
            "Open both screws at the same time by no more than 1 turn each. The boom lowers by its own weight.",
            "Control the speed with the screws; close them when the load is on the ground.",
            "Tighten both screws to 10 Nm and refit the caps. Start the engine and check that the boom holds.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["10 h (daily)", "Check oil level, look for leaks and chafed hoses, check the LMI buzzer at start-up."],
            ["250 h", "Clean the oil cooler fins. Grease the boom pivot and lift cylinder pins (6 nipples)."],
            ["500 h", "Change both return filter elements and the tank breather."],
            ["1000 h", "Oil sample from MP3; check the main relief and standby pressures; drift test."],
            ["2000 h", "Clean the suction strainer. Check the boom slide pads: replace at 8 mm (new 15 mm)."],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil (650 L in the tank; drain the "
             "cylinders only if the oil is contaminated). LMI check with a known load by Brannock service."],
            ["6 years", "Replace all boom hoses."],
        ],
        (50, 120),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element 10 µm (2 needed)", "BRN-RF-10-450"],
            ["Suction strainer 125 µm", "BRN-SS-125"],
            ["Tank breather 3 µm", "BRN-BR-03"],
            ["Lift cylinder seal kit (for Brannock service)", "BRN-SK-240"],
            ["Telescope cylinder seal kit (for Brannock service)", "BRN-SK-150"],
            ["Hose burst valve", "BRN-HB-32"],
            ["Boom angle sensor", "BRN-AS-01"],
            ["Boom length sensor with cable reel", "BRN-LS-02"],
            ["Pressure sensor 0-400 bar", "BRN-PS-400"],
            ["Boom prop", "BRN-BP-45"],
            ["Oil sample kit", "BRN-OS-01"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Stradholm SH straddle carrier hoists
STRADHOLM = [
    ("title", "Stradholm SH Straddle Carrier Hoists\nOperation and Maintenance - SH-3 and SH-4"),
    (
        "p",
        "Document SHM-OM-SH-09, Edition 1, October 2024. Stradholm Terminal Machines. The SH-3 and SH-4 are the "
        "electric hoists of Stradholm straddle carriers: the SH-3 for carriers stacking one over three containers, "
        "the SH-4 for one over four. Each hoist has one frequency-controlled (VFD) motor, a helical gearbox, two "
        "grooved drums, four wire ropes reeved in eight falls to the headblock, two spring-applied disc brakes, a "
        "height encoder on each drum and load cells in the rope anchors. Apart from the lifting height, the motor, "
        "the ropes and the items named in this manual, the two hoists are built alike. The spreader, the diesel "
        "generator set and the carrier's travel drives have their own manuals. The VFD parameters are set by "
        "Stradholm at commissioning and listed in SHM-DP-03; this manual does not give them. Rope replacement is "
        "described in the service manual SHM-SM-SH-02 and is done only by staff trained on the rope change kit.",
    ),
    (
        "warn",
        "WARNING: Never work on the hoist with a container on the spreader. Before any work, set the spreader down "
        "on the ground or on its support, switch off and lock the carrier's main switch. The brakes hold the load; "
        "never open both brakes by hand at the same time except as described in 6.4.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SH-3", "SH-4"],
            ["Carrier type", "1 over 3", "1 over 4"],
            ["Rated load under the spreader", "40 t", "40 t"],
            ["Spreader and headblock mass hanging on the ropes", "9.0 t", "10.0 t"],
            ["Lifting height, underside of the twistlocks", "12.4 m", "15.3 m"],
            ["Hoisting speed, rated load / empty spreader", "18 m/min / 26 m/min", "16 m/min / 24 m/min"],
            ["Lowering speed, rated load / empty spreader", "22 m/min / 26 m/min", "20 m/min / 24 m/min"],
            ["Hoist motor, 690 V, fed by the hoist VFD", "110 kW", "132 kW"],
            ["Gearbox ratio", "28.5 : 1", "31.2 : 1"],
            ["Gearbox oil CLP 220 (ISO VG 220), quantity", "38 L", "45 L"],
            ["Wire ropes, 4 ropes in 8 falls, diameter", "20 mm", "22 mm"],
            ["Rope minimum breaking force", "320 kN", "390 kN"],
            ["Rope length, each", "58 m", "70 m"],
            ["Rope discard diameter, 7.5 % under nominal", "18.5 mm", "20.4 mm"],
            ["Brakes, 2 spring-applied disc brakes on the motor shaft, torque each", "1600 Nm", "1900 Nm"],
            ["Brake air gap", "0.8 mm (0.7-0.9 mm)", "0.8 mm (0.7-0.9 mm)"],
            ["Brake lining thickness new / replace at", "8 mm / 3 mm", "8 mm / 3 mm"],
            ["Overload cut-out (110 % of rated load)", "44 t", "44 t"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The speeds for an empty spreader apply up to 15 t under the spreader; above 15 t the hoist runs at the "
        "rated-load speeds. Each fall carries (40 t + 9.0 t) x 9.81 / 8 = 60.1 kN on an SH-3 and (40 t + 10.0 t) x "
        "9.81 / 8 = 61.3 kN on an SH-4 at rated load, so the ropes have a factor of at least 5.3 and 6.4 against "
        "their breaking force. Use only Stradholm ropes of the listed breaking force.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained maintenance staff may work on the hoist. The hoist platform is reached by the carrier's "
            "ladder; wear a harness clipped to the rail while on the platform.",
            "Keep hands away from the drums and the rope entry points while the hoist can move. Lock out the main "
            "switch, not only the drive.",
            "Never bridge the overload, slack rope or final limit switch.",
            "Handle ropes with leather gloves; broken wires cut.",
            "The brake test at start-up must stay enabled. A carrier with P06 must not lift.",
        ],
    ),
    ("h", "3. Hoist limits and settings"),
    (
        "cols",
        [
            ("h", "Upper limits"),
            (
                "p",
                "From the drum encoders, the hoist slows to creep speed 600 mm below the top position and stops at "
                "the top. A rotary cam limit switch on the drum shaft is the final limit: 150 mm above the top "
                "position it opens the main contactor and the brakes fall (P05). It can be reset only with the "
                "service key, after the cause has been found.",
            ),
            ("h", "Lower limits"),
            (
                "p",
                "The hoist slows to creep speed 500 mm above the ground. The slack rope switches on the headblock "
                "stop lowering when a rope pair carries less than 2 t while the spreader is not landed (P04).",
            ),
            ("h", "Overload"),
            (
                "p",
                "The load cells in the four rope anchors give the load under the spreader. Above 44 t (110 % of the "
                "rated load) hoisting is blocked and P03 is shown; lowering stays possible. The load shown must "
                "agree within ±0.5 t with a known test load; the calibration is part of the 12-month service.",
            ),
            ("h", "Brake test"),
            (
                "p",
                "At each start-up the drive applies 120 % of the rated motor torque against one closed brake at a "
                "time. A brake that lets the motor turn more than 5° fails the test (P06); the hoist is blocked.",
            ),
            ("h", "Level"),
            (
                "p",
                "The two drum encoders must agree within 50 mm. A larger difference stops the hoist (P11); it "
                "usually means a rope has stretched or slipped at its anchor. The spreader must hang level "
                "lengthwise within 30 mm.",
            ),
            ("h", "Gearbox temperature"),
            (
                "p",
                "Above 95 °C gearbox oil temperature the hoist finishes the move and then stops (P09). In normal "
                "work the oil runs at 60-80 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop is pressed. Release it and reset on the cab panel."],
            ["P02", "VFD fault", "The hoist drive has tripped; its own code is on the drive display. See the "
             "drive maker's manual."],
            ["P03", "Overload", "Above 44 t under the spreader. Lower the load."],
            ["P04", "Slack rope", "A rope pair below 2 t with the spreader not landed: spreader caught on a "
             "container or the cell guide, or a rope has jumped a groove."],
            ["P05", "Final limit", "Rotary cam limit switch opened. Find the cause; reset with the service key."],
            ["P06", "Brake test failed", "A brake slipped more than 5° in the start-up test. Check the air gap "
             "and the lining (6.2)."],
            ["P07", "Brake not released", "No release feedback within 0.5 s. Check the brake rectifier, the coil "
             "and the air gap."],
            ["P08", "Motor overtemperature", "Motor PTC tripped. Check the motor fan and its filter."],
            ["P09", "Gearbox oil hot", "Oil above 95 °C. Check the oil level; let it cool."],
            ["P11", "Drum height mismatch", "Drum encoders differ by more than 50 mm. Check the ropes and the "
             "rope anchors, then the encoders."],
            ["P12", "Service due", "1000 operating hours since the last service. The hoist still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Spreader hangs lower at one end", "A rope stretched more than the others or slipped in its anchor",
             "Measure at both ends; adjust the rope anchor turnbuckle so the spreader is level within 30 mm."],
            ["Overload trips with a container that is lighter than 40 t", "Load cell zero shifted or a cell "
             "damaged; container heavier than declared", "Check the load shown with the empty spreader (9.0 t or "
             "10.0 t); have the cells calibrated."],
            ["Load creeps down after the hoist stops", "Brake air gap too large, lining worn below 3 mm, oil on "
             "the lining", "Measure and set the air gap; replace the pads; find the oil leak."],
            ["Burning smell or squeal from the brakes while hoisting", "Air gap too small, a brake not released "
             "fully", "Set the air gap to 0.8 mm; check the coil voltage."],
            ["Rope climbs over the groove flank", "Slack rope while landing on an uneven stack, drum grooves worn",
             "Check the rope for damage; check the grooves; rewind under tension."],
            ["Hoist stops with P11 after a rope change", "New rope bedding in, anchors not equalised", "Equalise "
             "the anchors after 50 h and again after 200 h."],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Inspecting and measuring the ropes"),
    (
        "ol",
        [
            "Set the empty spreader on the ground, so that the rope sections that run over the sheaves are "
            "accessible. Lock out the main switch.",
            "Clean a short length of each rope and look along the whole length for broken wires, kinks, bird "
            "caging, crushing and corrosion.",
            "Count broken wires: more than 6 in a length of 6 rope diameters (120 mm on an SH-3, 132 mm on an SH-4) "
            "or 3 in one strand means the rope must be replaced.",
            "Measure the diameter with a caliper across the crowns of the strands at three places 1 m apart, at the "
            "sections that run over the sheaves. Below 18.5 mm (SH-3) or 20.4 mm (SH-4) replace the rope.",
            "Record the findings in the rope log. Replace all four ropes together.",
        ],
    ),
    ("h", "6.2 Setting the brake air gap"),
    (
        "ol",
        [
            "Set the spreader down, lock out the main switch and remove the brake covers.",
            "Measure the air gap with feeler gauges at three points around each brake.",
            "If it is outside 0.7-0.9 mm, loosen the three hollow adjusting screws and turn them until the 0.8 mm "
            "gauge slides with light drag at all three points. Tighten the fixing screws to 46 Nm.",
            "Measure the lining thickness. Replace both pads of a brake at 3 mm.",
            "Refit the covers, switch on and run the start-up brake test. Both brakes must pass before lifting.",
        ],
    ),
    ("h", "6.3 Changing the gearbox oil"),
    (
        "ol",
        [
            "Run the hoist until the oil is warm (40-60 °C), set the spreader down and lock out.",
            "Place a container of at least 50 L under the drain valve. Remove the breather and drain the oil.",
            "Clean the magnetic drain plug. Larger metal flakes than fine paste call for an oil analysis.",
            "Refit the drain plug and fill with CLP 220 to the middle of the sight glass: about 38 L (SH-3) or "
            "45 L (SH-4).",
            "Refit the breather, run the hoist up and down twice and check the level again.",
        ],
    ),
    ("h", "6.4 Lowering a load on the hand brake release"),
    (
        "p",
        "Only when the drive cannot be used and a container must be brought down. Two persons are needed: one at "
        "the brakes, one on the ground in radio contact, keeping the area under the load clear.",
    ),
    (
        "ol",
        [
            "Switch off and lock out the main switch.",
            "Fit the hand release levers to both brakes.",
            "Release one brake fully. Then release the second brake gently until the load starts to move.",
            "Lower in steps of no more than 0.5 m, letting the brake close between steps. The load must never run "
            "freely.",
            "When the container is on the ground, let both brakes close and remove the levers.",
            "Before the hoist is used again, run the start-up brake test and check the air gaps.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Look at the ropes where visible from the ground; check the spreader hangs level."],
            ["250 h", "Lubricate the ropes with rope lubricant SHM-RL-05. Measure the brake air gaps."],
            ["1000 h (P12)", "Rope inspection (6.1). Check the gearbox oil level, the brake linings and the slack "
             "rope switches."],
            ["4000 h or 2 years, whichever comes first", "Change the gearbox oil."],
            ["12 months", "Calibration of the load cells and the overload cut-out with a test load, by Stradholm "
             "service; check of the final limit."],
            ["Rope life", "Replace the ropes at the discard criteria, and at the latest after 8000 h."],
        ],
        (50, 120),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "SH-3", "SH-4"],
            ["Wire rope, complete with sockets (4 needed)", "SHM-WR-20-58", "SHM-WR-22-70"],
            ["Brake pad set, one brake", "SHM-BP-16", "SHM-BP-19"],
            ["Brake rectifier", "SHM-BR-01", "SHM-BR-01"],
            ["Load cell, rope anchor", "SHM-LC-25", "SHM-LC-25"],
            ["Drum encoder", "SHM-EN-02", "SHM-EN-02"],
            ["Rotary cam limit switch", "SHM-FL-01", "SHM-FL-01"],
            ["Rope lubricant, 5 L", "SHM-RL-05", "SHM-RL-05"],
            ["Gearbox breather", "SHM-GB-01", "SHM-GB-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("harbrant-qh-quick-release-mooring-hook.pdf", "Harbrant HBM-OM-QH-07 Ed 3 - QH-100 / QH-150", HARBRANT),
        ("telverra-ts-container-spreader.pdf", "Telverra TLV-OM-TS-11 Ed 2 - TS-41 / TS-50T", TELVERRA),
        ("brannock-rsh-reach-stacker-boom-hydraulics.pdf", "Brannock BRN-SM-BH45-04 Ed 4 - RSH-45", BRANNOCK),
        ("stradholm-sh-straddle-carrier-hoist.pdf", "Stradholm SHM-OM-SH-09 Ed 1 - SH-3 / SH-4", STRADHOLM),
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
