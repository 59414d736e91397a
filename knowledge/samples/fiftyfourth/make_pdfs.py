"""Generate the PDF manuals of the fifty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set54venv && /tmp/set54venv/bin/pip install fpdf2 pypdf
    /tmp/set54venv/bin/python knowledge/samples/fiftyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Cavenlow PL orchestra pit lifts
CAVENLOW = [
    ("title", "Cavenlow PL Orchestra Pit Lifts\nOperation and Maintenance - PL-12 and PL-18"),
    (
        "p",
        "Document CVL-OM-PL-04, Edition 3, March 2025. Cavenlow Stage Systems. The PL-12 and PL-18 are screw-jack "
        "orchestra pit lifts: a steel platform carried on mechanical screw jacks that are driven together by one "
        "geared motor through line shafts and bevel gearboxes, so that the corners cannot run out of step. The "
        "platform can stop at any height between its lowest level and stage level; the usual set levels are stage "
        "level, audience level and orchestra level. The PL-12 has four screw jacks, "
        "the PL-18 six. Apart from the size, the drive and the values given for each model, the two lifts are built "
        "alike. The pit, the pit walls, the guard rails at the pit edge, the fire separation of the pit and the "
        "structural approval of the building are the venue's responsibility, as is the periodic thorough "
        "examination required by national rules; this manual does not replace that examination.",
    ),
    (
        "warn",
        "WARNING: Never enter the pit below the platform unless the platform rests on its mechanical stop locks or "
        "the maintenance props are fitted, and the main switch is locked off. The motor brake alone is not a safe "
        "support for work under the platform.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PL-12", "PL-18"],
            ["Platform size", "12.0 x 3.0 m", "18.0 x 3.5 m"],
            ["Platform area", "36 m²", "63 m²"],
            ["Screw jacks", "4 x 100 kN", "6 x 100 kN"],
            ["Spindle thread (all jacks)", "Tr 60 x 12", "Tr 60 x 12"],
            ["Jack gear ratio (2.0 mm of lift per input turn)", "6:1", "6:1"],
            ["Live load, static, platform at rest on the stop locks", "5.0 kN/m²", "5.0 kN/m²"],
            ["Live load while moving, distributed", "2.5 kN/m² (90 kN in total)", "2.5 kN/m² (157.5 kN in total)"],
            ["Concentrated load on any 300 x 300 mm area", "4.5 kN", "4.5 kN"],
            ["Platform dead mass", "4.3 t", "7.6 t"],
            ["Travel, stage level to lowest level", "3200 mm", "3600 mm"],
            ["Maximum speed, no persons on the platform", "0.030 m/s", "0.025 m/s"],
            ["Speed with persons on the platform (hold-to-run)", "0.015 m/s", "0.015 m/s"],
            ["Time for full travel at maximum speed", "107 s", "144 s"],
            ["Geared motor 400 V 3~ 50 Hz on frequency inverter", "15 kW, 29 A", "22 kW, 41 A"],
            ["Motor brake torque", "100 Nm", "150 Nm"],
            ["Supply fuse", "40 A gG", "63 A gG"],
            ["Positioning accuracy at a set level", "±2 mm", "±2 mm"],
            ["Oil, each jack gearbox (CLP 220 synthetic)", "1.2 L", "1.2 L"],
            ["Oil, main gearbox (CLP 220 synthetic)", "4.5 L", "6.0 L"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The static live load holds only with the platform resting on its stop locks at stage level or audience "
        "level. At any other height, and whenever the platform moves, no more than 2.5 kN/m² may be on it. Pianos and "
        "wagons on castors count as concentrated loads: no more than 4.5 kN on any 300 x 300 mm "
        "area, on either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the venue may operate the lift. The operator must see the platform edge and "
            "the pit edge during every movement, directly or on the camera monitor.",
            "Persons may ride the platform only in hold-to-run mode at 0.015 m/s. Automatic moves to a set level with "
            "persons on the platform are not allowed.",
            "The gap between the platform edge and the stage or pit wall must be no more than 12 mm at any height. A "
            "larger gap is a trapping hazard and must be corrected before the lift is used again.",
            "Lock off the main switch and fit the four (PL-12) or six (PL-18) maintenance props before any work under "
            "the platform.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Stop locks"),
            (
                "p",
                "At stage level and at audience level, four (PL-12) or six (PL-18) stop locks swing under the platform "
                "beams. They engage automatically when the platform reaches the level and are pulled clear by their "
                "solenoids (24 V DC) before the next move. The lift waits up to 3 s for all lock switches to confirm; "
                "otherwise F05 is shown and the platform does not move.",
            ),
            ("h", "Safety edges"),
            (
                "p",
                "A contact edge along all four sides of the platform stops any movement. The platform must come to "
                "rest within 10 mm of the edge being pressed, measured at 0.030 m/s on the PL-12 and at 0.025 m/s "
                "on the PL-18. A longer stopping distance calls for a brake check by Cavenlow service.",
            ),
            ("h", "Level between corners"),
            (
                "p",
                "The screw jacks are coupled mechanically, so the corners stay level as long as the line shafts are "
                "intact. Measured at the corners, the platform must be level within 3 mm. A larger difference means "
                "that a coupling has slipped or a load nut is worn: stop using the lift and re-level it (section 8).",
            ),
            ("h", "Duty"),
            (
                "p",
                "The drive is rated for no more than 10 full travels per hour. Above 35 °C in the machine room the "
                "inverter reduces the speed to 70 % of the maximum and shows F03 as a warning; full speed returns "
                "when the room is below 32 °C again.",
            ),
            ("h", "Overtravel"),
            (
                "p",
                "Beyond the highest and the lowest level a final limit switch on each end jack opens the safety "
                "circuit 25 mm past the level (F07). The lift can then be moved only in the opposite direction, in "
                "hold-to-run, after turning the key switch to OVERRIDE.",
            ),
            ("h", "Load nut wear"),
            (
                "p",
                "Each screw jack has a bronze load nut and a safety nut that follows it. The gap between the two nuts "
                "shrinks as the load nut wears. The load nut must be replaced when its wear reaches 25 % of the "
                "thread pitch, that is 3.0 mm on the Tr 60 x 12 spindles of both models. If a load nut fails, the "
                "safety nut carries the platform and its wear switch opens (F10). Replacing a load nut or a safety "
                "nut is Cavenlow service work.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "F01",
                "Emergency stop",
                "An emergency stop pressed (control desk, pit or machine room) or the safety circuit open. Release "
                "it, then press RESET.",
            ],
            [
                "F02",
                "Inverter fault",
                "The frequency inverter tripped. Read the inverter's own code on its display; the inverter codes are "
                "in the inverter maker's manual (CVL-DOC-VFD-12), not in this manual.",
            ],
            [
                "F03",
                "Machine room hot",
                "Above 35 °C in the machine room; speed reduced to 70 %. Check the room ventilation.",
            ],
            ["F04", "Safety edge", "A platform edge pressed or its circuit broken. Remove the obstacle, press RESET."],
            [
                "F05",
                "Stop lock",
                "A stop lock did not confirm within 3 s. Check the solenoid fuse F21 (2 A), the lock switch and the "
                "lock pivot.",
            ],
            [
                "F06",
                "Brake",
                "No brake release feedback within 0.5 s, or the brake wear switch open.",
            ],
            [
                "F07",
                "Final limit",
                "Final limit switch open, 25 mm past the highest or lowest level. Move back with the key switch on "
                "OVERRIDE.",
            ],
            [
                "F09",
                "Encoder mismatch",
                "The two position encoders differ by more than 10 mm. Check the encoder couplings; reference the "
                "lift (section 7, step 9).",
            ],
            [
                "F10",
                "Nut wear",
                "A load nut has failed and a safety nut is carrying. Move the platform only down onto the stop locks, "
                "in hold-to-run, and call Cavenlow service.",
            ],
            ["F11", "Gate open", "Pit access gate or machine room door open."],
            [
                "F12",
                "Service due",
                "12 months or 2500 operating hours since the last service. The lift still works.",
            ],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Platform stops at a level and will not leave it (F05)",
                "Stop lock not pulled clear: solenoid fuse blown or lock pivot dry",
                "Check fuse F21 (2 A); grease the lock pivots",
            ],
            [
                "Loud knock from one jack when starting",
                "Shaft coupling loose or line shaft key worn",
                "Stop; check the couplings and keys; re-level (section 8)",
            ],
            [
                "Platform creeps down slowly when stopped between levels",
                "Motor brake worn or brake air gap too large",
                "Check the brake air gap, 0.3-0.5 mm; replace the brake disc if thinner than 9 mm",
            ],
            [
                "Lift runs slowly and F03 shows",
                "Machine room above 35 °C",
                "Ventilate the room; full speed returns below 32 °C",
            ],
            [
                "F09 after winding the platform by hand",
                "The position changed while the control was off",
                "Reference the lift at stage level (section 7, step 9)",
            ],
        ],
        (55, 58, 57),
    ),
    ("h", "6. Moving the platform to a set level"),
    (
        "ol",
        [
            "Check that the pit is clear, the pit gate and machine room door are closed, and nobody is on the "
            "platform unless the move is made in hold-to-run.",
            "Turn the key switch on the control desk to OPERATE.",
            "Select the target level: STAGE, AUDIENCE, ORCHESTRA or a stored level.",
            "Watch the camera monitor for the platform edge and the pit edge.",
            "Press GO. Without persons on the platform the lift runs to the level at full speed; press STOP to stop "
            "it. With persons on the platform select MAN first and hold GO: the platform moves at 0.015 m/s only as "
            "long as GO is held.",
            "The platform slows down 50 mm before the level and stops within ±2 mm of it.",
            "At stage level and audience level wait for the LOCKED lamp: the stop locks have engaged.",
            "Turn the key switch to OFF and remove the key.",
        ],
    ),
    ("h", "7. Winding the platform by hand after a power failure"),
    (
        "ol",
        [
            "Nobody may be on the platform or under it.",
            "Switch off and lock the main switch.",
            "Open the cover at the end of the motor and fit the hand crank CVL-HC-01 on the shaft extension. The "
            "crank switch S44 keeps the motor from starting while the crank is fitted.",
            "Pull the brake release lever and hold it. It springs back and the brake engages as soon as it is let "
            "go.",
            "One turn of the crank moves the platform 1.25 mm (PL-12) or 1.04 mm (PL-18): clockwise raises, "
            "anticlockwise lowers. Do not turn faster than 60 turns per minute. Wind down if you can: the jacks "
            "are self-locking and lowering needs far less force.",
            "Wind to the nearest level with stop locks and no further.",
            "Let go of the brake release lever, remove the crank and close the cover.",
            "When the power returns, unlock and switch on the main switch. The lift shows F09 if the two encoders "
            "disagree.",
            "Reference the lift: select MAN, move to stage level in hold-to-run and press REF for 5 s with the "
            "platform at the stage level mark.",
        ],
    ),
    ("h", "8. Re-levelling the platform corners"),
    (
        "ol",
        [
            "Bring the platform down onto the stop locks at audience level and lock off the main switch.",
            "Measure the height of every corner from the audience floor datum with a laser level and note the "
            "differences.",
            "If no corner differs from the others by more than 3 mm, stop here.",
            "At the jack to be corrected, loosen the four clamping bolts of its shaft coupling.",
            "Turn the jack input shaft with a spanner. One turn of the input shaft moves that corner 2.0 mm.",
            "Tighten the clamping bolts to 95 Nm in a cross pattern.",
            "Measure again: the corners must be level within 3 mm.",
            "Run the empty platform once over its full travel and measure again at stage level.",
        ],
    ),
    ("h", "9. Checking the load nut wear"),
    (
        "ol",
        [
            "Bring the platform down onto the stop locks at audience level and lock off the main switch.",
            "At each jack, open the window of the wear gauge between the load nut and the safety nut.",
            "Measure the gap between the two nuts at the marked point with a feeler gauge or a vernier.",
            "Read the gap recorded at commissioning on the label of the jack (6.0 mm on a new jack).",
            "The wear is the recorded gap minus the measured gap. The load nut is due for replacement when the wear "
            "reaches 3.0 mm: on a jack recorded at 6.0 mm, a measured gap of 3.0 mm or less.",
            "Enter the readings in the log book; order Cavenlow service for any jack that is due.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily, before use", "Test the safety edges on every side and the emergency stop at the control desk"],
            ["Monthly", "Check the gap at the platform edge (no more than 12 mm); check the brake air gap (0.3-0.5 mm)"],
            ["3 months", "Grease the spindles and the stop lock pivots with grease CVL-G2 (lithium EP2)"],
            ["6 months", "Check the load nut wear (section 9)"],
            [
                "12 months or 2500 operating hours, whichever comes first",
                "Cavenlow service: brake, encoders, safety circuit test, load nuts (F12)",
            ],
            [
                "5 years or 10 000 operating hours, whichever comes first",
                "Change the oil of the main gearbox and of the jack gearboxes (CLP 220 synthetic)",
            ],
            ["When thinner than 9 mm (new 11 mm)", "Replace the brake disc"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PL-12", "PL-18"],
            ["Load nut, bronze, Tr 60 x 12", "CVL-LN-60", "CVL-LN-60"],
            ["Safety nut", "CVL-SN-60", "CVL-SN-60"],
            ["Brake disc", "CVL-BD-150", "CVL-BD-200"],
            ["Stop lock solenoid 24 V DC", "CVL-SL-24", "CVL-SL-24"],
            ["Safety edge, per metre", "CVL-SE-1M", "CVL-SE-1M"],
            ["Position encoder", "CVL-EN-12", "CVL-EN-18"],
            ["Hand crank", "CVL-HC-01", "CVL-HC-01"],
            ["Grease EP2, cartridge 400 g", "CVL-G2", "CVL-G2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rigmora RC chain hoist controllers
RIGMORA = [
    ("title", "Rigmora RC Chain Hoist Controllers\nUser Manual - RC-8 and RC-16"),
    (
        "p",
        "Document RGM-UM-RC-07, Edition 2, June 2024. Rigmora Motion Control. The RC-8 and RC-16 are direct-control "
        "motor controllers for the fixed-speed electric chain hoists used in concert and theatre rigging: the "
        "controller switches the 400 V motor supply of each hoist and reverses two phases for the down direction. "
        "The RC-8 runs up to 8 hoists, the RC-16 up to 16. Both come in a road case with a hand-held pendant that "
        "has a selector switch for each channel and a two-button GO. Load monitoring is built into the RC-16; on the "
        "RC-8 it needs the LM-8 load monitoring card. Apart from the number of channels, the supply and the items "
        "named here, the two controllers are built alike. The hoists themselves, their brakes and limit switches, "
        "the rigging plan and the load calculation are covered by the hoist maker's manual and by the production's "
        "rigging documents, not by this manual.",
    ),
    (
        "warn",
        "WARNING: The controller does not make a hoist suitable for lifting loads over people. Whether a load may "
        "hang over people is decided by the rigging plan and the hoist's own classification, not by the controller. "
        "Never move a load over people without the secondary safety the rigging plan requires.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RC-8", "RC-16"],
            ["Hoist channels", "8", "16"],
            ["Supply", "400 V 3N~ 50 Hz, CEE 32 A 5-pin", "400 V 3N~ 50 Hz, CEE 63 A 5-pin"],
            ["Hoist outputs", "2 x 16-pin multipin, 4 hoists each", "4 x 16-pin multipin, 4 hoists each"],
            ["Maximum motor current per channel", "6 A", "6 A"],
            ["Motor circuit breaker per channel, setting range", "2.5-4.0 A", "2.5-4.0 A"],
            ["Maximum total running current", "32 A", "63 A"],
            ["Control voltage (pendant)", "24 V DC", "24 V DC"],
            ["Pendant cable", "15 m", "15 m"],
            ["Load monitoring", "option, LM-8 card (8 inputs)", "built in, 16 inputs"],
            ["Load cell signal", "4-20 mA or RGM digital link", "4-20 mA or RGM digital link"],
            ["Phase monitor", "yes, blocks all outputs", "yes, blocks all outputs"],
            ["Emergency stop", "stop category 0, all outputs", "stop category 0, all outputs"],
            ["Housing", "19 in, 4 U, road case", "19 in, 6 U, road case"],
            ["Mass in road case", "21 kg", "34 kg"],
            ["Operating temperature", "-10 to +45 °C", "-10 to +45 °C"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Hoist cables: with 4 x 1.5 mm² hoist cable keep each run from the controller to the hoist no longer than "
        "60 m; with 4 x 2.5 mm² cable, up to 100 m. These lengths hold for both controllers and for hoists drawing "
        "no more than 4.0 A. Longer runs lower the voltage at the hoist: the hoist brake may not release fully and "
        "the motor overheats. The voltage at the hoist terminals must be at least 360 V while the hoist lifts.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only competent riggers trained on the controller may run it. One person operates the controller; a "
            "spotter with a radio watches every moving hoist that the operator cannot see.",
            "Test the emergency stops on the pendant and on the controller before each working day.",
            "Connect only direct-control hoists. A hoist with its own internal contactor and low-voltage control "
            "must not be connected to the RC outputs.",
            "Keep the front air inlet of the road case open while the controller is on.",
            "Do not run hoists into their limit switches repeatedly: the hoist limit switches are a last stop, not a "
            "positioning aid.",
        ],
    ),
    ("h", "3. Settings menu"),
    (
        "cols",
        [
            ("h", "Access"),
            (
                "p",
                "Settings are reached by holding MENU for 3 s with the key switch on SET. The key is not needed to run "
                "hoists; running is possible only with the key on RUN.",
            ),
            ("h", "Overload and underload"),
            (
                "p",
                "With load monitoring each channel compares the measured load with its reference. Default overload "
                "limit: 20 % above the reference. Default underload limit: 20 % below it. Both are settable from 5 % "
                "to 50 %. The trip load is the reference x (1 + limit / 100). Example: reference 250 kg, overload "
                "limit 20 %, trip at 300 kg. An overload or an underload stops the whole group at once (C05 or C06).",
            ),
            ("h", "Absolute limit"),
            (
                "p",
                "Independently of the reference, each channel has an absolute limit, set to the rated capacity of the "
                "hoist. Above it the channel blocks lifting and allows lowering only.",
            ),
            ("h", "Group stop"),
            (
                "p",
                "If any hoist of a running group stops (breaker, phase, load or emergency stop), all hoists of the "
                "group stop within 100 ms. This function cannot be switched off.",
            ),
            ("h", "Run timer"),
            (
                "p",
                "A hoist that runs longer than the set run time without GO being released stops with C09. Default "
                "120 s, settable 10-600 s.",
            ),
            ("h", "Duty"),
            (
                "p",
                "The controller itself has no duty limit. Keep to the duty rating on the hoist's plate and in the "
                "hoist maker's manual; the controller does not count starts.",
            ),
            ("h", "Phase sequence"),
            (
                "p",
                "The phase monitor checks the incoming supply only. A wrong phase sequence blocks all outputs (C03). "
                "Never correct it by swapping phases inside the controller; have it corrected at the supply.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "C01",
                "Emergency stop",
                "An emergency stop on the pendant or the controller pressed, or the pendant unplugged. Release it and "
                "press RESET.",
            ],
            ["C02", "Phase missing", "A phase missing or below 340 V at the supply input."],
            [
                "C03",
                "Phase sequence",
                "Phase sequence wrong at the supply. Have it corrected at the distribution board, never inside the "
                "controller.",
            ],
            [
                "C04",
                "Channel breaker",
                "The motor circuit breaker of a channel tripped. Check the hoist and its cable before resetting; set "
                "the breaker to the rated current on the hoist's plate.",
            ],
            ["C05", "Overload", "Load above the overload limit or the absolute limit. Lower the group; check the rigging."],
            [
                "C06",
                "Underload",
                "Load below the underload limit: a hoist may be caught or the load set down. Stop and look before "
                "going on.",
            ],
            [
                "C08",
                "Load cell lost",
                "No signal from a load cell for more than 1 s. Check the cable. The channel cannot run until the "
                "signal returns or the channel is set to NO CELL (key on SET).",
            ],
            ["C09", "Run timer", "Run time exceeded without GO being released."],
            [
                "C10",
                "Overtemperature",
                "Controller inside above 60 °C. Check that the front inlet is not blocked and the fan runs.",
            ],
            [
                "C11",
                "Supply voltage",
                "Supply at the controller input below 370 V during a run: voltage drop in the feeder cable.",
            ],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "A hoist runs down when UP is selected",
                "Hoist cable or hoist wired with a different phase sequence; the phase monitor checks the supply only",
                "Mark the hoist and have its wiring checked; do not swap phases at the controller",
            ],
            [
                "One hoist of a group hums but does not move, then the group stops",
                "Brake not releasing: voltage at the hoist too low, cable run too long",
                "Measure the voltage at the hoist while lifting: at least 360 V; shorten the run or use 2.5 mm² "
                "cable",
            ],
            [
                "Group stops with C06 just after it starts to lift",
                "Hoists take up the slack at different rates; underload limit too tight",
                "Take up the slack hoist by hoist first; set the references once the load hangs",
            ],
            [
                "Pendant buttons do nothing, no code shown",
                "Key switch on SET, or no channel switch on UP or DOWN",
                "Turn the key to RUN; select the channels",
            ],
            [
                "Breaker of one channel trips after a few seconds",
                "Breaker set below the hoist's rated current, or a motor fault",
                "Set the breaker to the current on the hoist's plate (2.5-4.0 A)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up and checking the phase sequence"),
    (
        "ol",
        [
            "Set the controller on a level surface with the front inlet clear and the lid off.",
            "Check that the supply is 400 V 3N~ with the right rating: 32 A for the RC-8, 63 A for the RC-16. The "
            "protective devices of the supply are the venue's.",
            "Connect the multipin cables and breakouts. Connect each hoist to the channel whose number is on its "
            "label.",
            "Plug in the pendant and switch on the main switch. The display shows the supply voltage and the phase "
            "sequence.",
            "If C02 or C03 is shown, switch off and have the supply corrected.",
            "Set each channel breaker to the rated current on the hoist's plate.",
            "Select one channel at a time to UP, press GO briefly and check that the hoist moves up. A hoist that "
            "moves down is wired wrongly: mark it and take it out of use.",
            "Test the emergency stops on the pendant and on the controller.",
        ],
    ),
    ("h", "7. Running a group"),
    (
        "ol",
        [
            "Turn the key switch to RUN.",
            "Set the channel switch of each hoist of the group to UP or DOWN; channels on OFF do not run.",
            "Check with the spotter that the load path is clear.",
            "Press and hold GO and ENABLE together. The group runs while both are held.",
            "Release GO to stop: all hoists of the group stop within 100 ms.",
            "After the move set all channel switches to OFF.",
        ],
    ),
    ("h", "8. Setting the load references"),
    (
        "p",
        "On the RC-16, and on the RC-8 with the LM-8 card fitted. Set new references whenever scenery or equipment "
        "is added to or taken off the load.",
    ),
    (
        "ol",
        [
            "Lift the load about 300 mm clear of the floor so that every hoist carries its share.",
            "Wait 10 s for the readings to settle.",
            "Compare the readings on the display with the rigging plan. A hoist reading more than 25 % away from its "
            "planned load must be checked before going on.",
            "Turn the key to SET, hold MENU for 3 s and select LOAD > REF > ALL. Press ENTER: the measured loads "
            "become the references.",
            "Check the overload and underload limits (default 20 %).",
            "Turn the key back to RUN.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each working day", "Test the emergency stops; check the pendant cable and the multipin connectors"],
            ["Each load-in", "Check the phase sequence display and the breaker settings"],
            ["6 months", "Clean the filter mat at the front inlet"],
            [
                "12 months",
                "Electrical safety test by a qualified electrician; function test of the group stop and the load "
                "monitoring",
            ],
            ["2 years", "Calibration of the load cells by Rigmora service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "RC-8", "RC-16"],
            ["Pendant", "RGM-PD-8", "RGM-PD-16"],
            ["Pendant cable 15 m", "RGM-PC-15", "RGM-PC-15"],
            ["Motor circuit breaker 2.5-4.0 A", "RGM-MB-40", "RGM-MB-40"],
            ["Channel contactor pair (up/down)", "RGM-CT-09", "RGM-CT-09"],
            ["Filter mat, front inlet", "RGM-FF-4U", "RGM-FF-6U"],
            ["Load monitoring card", "RGM-LM-8", "- (built in)"],
            ["Load cell 2 t", "RGM-LC-2T", "RGM-LC-2T"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Turnquist TD-10 revolve drive
TURNQUIST = [
    ("title", "Turnquist TD-10 Revolve Drive\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document TQ-IOM-TD10-02, Edition 2, October 2024. Turnquist Stage Machinery. The TD-10 drives a stage "
        "revolve (turntable) of 6 to 12 m diameter by friction: two drive units press polyurethane-tyred wheels "
        "against the steel drive rim of the revolve and are turned by servo motors through gearboxes. A separate "
        "measuring wheel with an absolute encoder reads the position of the revolve. The revolve itself, its bearing "
        "(castors or slewing ring), its deck, the drive rim and the pit under it are supplied by others; this manual "
        "covers the two drive units, the control cabinet and the operator panel only.",
    ),
    (
        "warn",
        "WARNING: A revolve can trap feet and hands between the moving deck and the fixed stage floor. Never reach "
        "into a drive unit while the cabinet is switched on: the servo motors can start without warning when a cue "
        "is started from the control desk.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TD-10"],
            ["Revolve diameter", "6-12 m"],
            ["Maximum revolving mass (deck, scenery and persons)", "18 t"],
            ["Drive units", "2, at opposite sides of the rim"],
            ["Servo motor per drive unit", "4.0 kW, 400 V, with holding brake"],
            ["Gearbox ratio", "40:1, lubricated for life"],
            ["Drive wheel", "polyurethane 92 Shore A, 250 mm diameter when new"],
            ["Drive wheel, smallest allowed diameter", "240 mm"],
            ["Contact force per drive wheel", "6.0 kN ±0.5 kN"],
            ["Spring pack length at 6.0 kN", "118 mm"],
            ["Maximum edge speed", "1.0 m/s"],
            ["Maximum edge speed with the PERFORMERS ON key set", "0.5 m/s"],
            ["Acceleration and deceleration at the edge", "0.1 m/s² default, up to 0.2 m/s²"],
            ["Positioning accuracy", "±0.1°"],
            ["Measuring wheel", "100 mm, absolute multi-turn encoder"],
            ["Stopping distance at the edge after an emergency stop from 1.0 m/s, full load", "no more than 1500 mm"],
            ["Supply", "400 V 3N~ 50 Hz, 32 A"],
            ["Control cabinet", "IP54, 800 x 600 x 2000 mm"],
            ["Ambient temperature", "5-40 °C"],
            ["Mass of one drive unit", "165 kg"],
        ],
        (100, 70),
    ),
    (
        "p",
        "The speed of rotation follows from the diameter: the TD-10 limits the rim to 1.0 m/s, which is 1.6 rpm on a "
        "12 m revolve and 3.2 rpm on a 6 m revolve. The positioning accuracy of ±0.1° holds only with the measuring "
        "wheel clean and pressed on the rim, and after a reference run; ±0.1° is about 10 mm at the edge of a 12 m "
        "revolve. The drive accelerates the full 18 t at 0.2 m/s² only on a clean, dry rim; oil, dust or water on "
        "the rim make the wheels slip (R05).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Set the PERFORMERS ON key whenever performers or crew are on the revolve while it turns. The edge speed "
            "is then limited to 0.5 m/s, whatever the cue asks for. Higher speeds with persons on the revolve are "
            "not allowed by this manual.",
            "Keep the gap between the revolve edge and the stage floor clear of cables, scenery and props.",
            "Lock off the cabinet main switch before any work on a drive unit or the measuring wheel.",
            "The emergency stop buttons (operator panel, both wings, under-stage) stop the revolve within 1500 mm "
            "at the edge. The emergency stop is not a cue stop: use STOP in normal operation.",
            "Do not stand on the rim or the drive units.",
        ],
    ),
    ("h", "3. Motion limits and settings"),
    (
        "cols",
        [
            ("h", "Speed and acceleration"),
            (
                "p",
                "Cue speeds are entered as edge speed in m/s or as rpm; the panel converts them with the diameter "
                "entered at commissioning. Whatever is entered, the drive does not exceed 1.0 m/s at the edge, nor "
                "0.5 m/s with the PERFORMERS ON key set. Acceleration and deceleration default to 0.1 m/s² and can be "
                "set up to 0.2 m/s².",
            ),
            ("h", "Slip monitoring"),
            (
                "p",
                "The controller compares the motor encoders of the drive wheels with the measuring wheel. A "
                "difference of more than 2 % for longer than 1 s stops the revolve with R05; a difference of more "
                "than 5 % stops it at once.",
            ),
            ("h", "Contact force"),
            (
                "p",
                "Each drive unit is pressed against the rim by a disc spring pack. At 6.0 kN the spring pack measures "
                "118 mm. The force changes by about 0.5 kN for every 3 mm of length, so the length must stay within "
                "115-121 mm. A longer spring pack means less force and the wheel slips; a shorter one overloads the "
                "wheel and the rim.",
            ),
            ("h", "Drive wheel wear"),
            (
                "p",
                "Replace a drive wheel when its diameter is below 240 mm, or when the tyre shows cracks or missing "
                "pieces deeper than 3 mm, whichever is found first. Replace both wheels together if the other wheel "
                "is below 244 mm, so that both wear alike.",
            ),
            ("h", "Emergency stop"),
            (
                "p",
                "An emergency stop switches off the torque of both servo drives (safe torque off) and applies the "
                "motor brakes. From 1.0 m/s with the full 18 t the edge must stop within 1500 mm; the wheels cannot "
                "brake harder without slipping. The distance is tested monthly.",
            ),
            ("h", "Moving the revolve by hand"),
            (
                "p",
                "With the brake release key switch in the cabinet turned to RELEASE, the revolve can be pushed by "
                "hand at no more than walking pace; the drive wheels stay on the rim and turn with it. The position "
                "is kept as long as the cabinet is switched on.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop pressed. Release it and press RESET on the panel."],
            [
                "R02",
                "Servo drive 1",
                "Drive unit 1 servo drive tripped. Read the code on the drive's display; the servo drive codes are "
                "in the drive maker's manual kept in the cabinet.",
            ],
            ["R03", "Servo drive 2", "As R02, drive unit 2."],
            ["R04", "Brake", "Brake release feedback missing on one of the motors."],
            [
                "R05",
                "Slip",
                "Drive wheels and measuring wheel differ by more than 2 % for 1 s. Clean the rim and the wheels; "
                "check the contact force.",
            ],
            ["R06", "Measuring wheel", "Encoder signal lost, or the measuring wheel lifted off the rim."],
            [
                "R07",
                "Not referenced",
                "Position unknown: encoder battery flat during a power-off, or work done on the measuring wheel. "
                "Carry out a reference run (section 6).",
            ],
            ["R08", "Overspeed", "Speed more than 10 % above the limit."],
            [
                "R09",
                "Following error",
                "Position error above 50 mm at the edge during a move: revolve blocked or too heavy.",
            ],
            ["R11", "Cabinet temperature", "Above 45 °C in the control cabinet. Check the cabinet fan and filter."],
            ["R12", "Encoder battery", "Encoder battery low. Replace it (TQ-BAT-36) within 2 weeks."],
            [
                "R13",
                "Performer limit",
                "A cue faster than 0.5 m/s started with PERFORMERS ON set: the cue runs at 0.5 m/s.",
            ],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Revolve stops with R05 when a heavy set is on it",
                "Rim oily or dusty, or contact force too low",
                "Clean the rim with isopropanol; check the spring pack length (118 mm)",
            ],
            [
                "Revolve stops at a slightly different place each time",
                "Measuring wheel dirty or slipping",
                "Clean the measuring wheel, check its spring, carry out a reference run",
            ],
            [
                "Knock once per turn",
                "Step at a rim joint, or a flat spot on a drive wheel",
                "A rim joint step above 0.5 mm must be ground flush by the revolve supplier; inspect the wheels",
            ],
            [
                "Black marks on the rim",
                "Drive wheels slipping when accelerating",
                "Reduce the acceleration to 0.1 m/s²; check the contact force",
            ],
            [
                "Position lost after every power-up (R07)",
                "Encoder battery flat",
                "Replace the encoder battery TQ-BAT-36; carry out a reference run",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Reference run"),
    (
        "ol",
        [
            "Switch on. The panel shows R07 if the revolve is not referenced.",
            "Turn the panel key to SETUP.",
            "Check that nobody is on the revolve and that the edge is clear.",
            "Select REFERENCE and press and hold GO. The revolve turns at 0.05 m/s until the reference flag on the "
            "rim passes the proximity switch.",
            "The revolve stops; the panel shows 0.0° and REF OK.",
            "Check the 0.0° mark on the rim against the mark on the stage floor: within 10 mm.",
            "Turn the key back to RUN.",
        ],
    ),
    ("h", "7. Programming and running a cue"),
    (
        "ol",
        [
            "With the key on RUN press CUE and enter the cue number.",
            "Enter the target angle (0.0-359.9°, or a number of turns plus an angle) and the direction: CW, CCW or "
            "SHORT.",
            "Enter the edge speed in m/s and the acceleration.",
            "Press STORE.",
            "To run, select the cue, wait for READY and press GO. The revolve runs to the target and stops; DONE "
            "shows.",
            "Press STOP at any time to stop with the set deceleration.",
        ],
    ),
    ("h", "8. Replacing a drive wheel"),
    (
        "ol",
        [
            "Switch off and lock off the cabinet main switch.",
            "Turn the tensioning screw anticlockwise to compress the spring pack and pull the drive unit back until "
            "the wheel is about 10 mm clear of the rim.",
            "Remove the six M12 hub bolts and take off the wheel (17 kg).",
            "Clean the hub. Fit the new wheel TQ-DW-250 and tighten the bolts to 85 Nm in a cross pattern.",
            "Turn the tensioning screw clockwise until the spring pack measures 118 mm, and fit the lock nut.",
            "Switch on and run the revolve one full turn at 0.2 m/s; watch for R05 and for black marks on the rim.",
            "Measure the wheel of the other drive unit: if it is below 244 mm, replace it too.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Before each performance",
                "Wipe the rim at the drive wheels and the measuring wheel with a dry cloth; run the revolve one full turn",
            ],
            ["Weekly", "Check the drive wheels for cuts and missing pieces"],
            [
                "Monthly",
                "Measure the spring pack length (118 mm, 115-121 mm); test the emergency stop distance (no more than "
                "1500 mm from 1.0 m/s)",
            ],
            ["6 months", "Measure the drive wheel diameter (replace below 240 mm); check the gearboxes for leaks"],
            ["2 years", "Replace the encoder battery TQ-BAT-36"],
            ["Gearbox leaking or noisy", "Exchange the gearbox complete (TQ-GB-40); it is lubricated for life"],
        ],
        (55, 115),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Drive wheel 250 mm, polyurethane, with hub", "TQ-DW-250"],
            ["Measuring wheel 100 mm", "TQ-MW-100"],
            ["Disc spring pack", "TQ-SP-60"],
            ["Encoder battery 3.6 V", "TQ-BAT-36"],
            ["Gearbox 40:1, complete", "TQ-GB-40"],
            ["Reference proximity switch", "TQ-PX-18"],
            ["Cabinet filter mat", "TQ-FM-80"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Lumivorn LS LED follow spots
LUMIVORN = [
    ("title", "Lumivorn LS LED Follow Spots\nUser and Service Manual - LS-9 and LS-14"),
    (
        "p",
        "Document LMV-UM-LS-03, Edition 1, February 2025. Lumivorn Stage Lighting. The LS-9 and LS-14 are manually "
        "operated LED follow spots for theatres, concert halls, arenas and television studios. Both have a white LED "
        "engine, a zoom optic, an iris, a mechanical dimmer shutter, a six-frame colour changer, a frost filter and "
        "a colour temperature correction flag (CTO). The LS-14 has a larger engine and a longer zoom for longer "
        "throws; apart from the values given for each model, the two are built alike. The stand, the yoke and the "
        "power cable are supplied. Hanging the spot from a truss, or building a follow spot position at height, is "
        "the venue's responsibility and is not covered here.",
    ),
    (
        "warn",
        "WARNING: The beam is risk group 3 (IEC 62471) within the hazard distance: do not look into the beam from "
        "closer than 5.5 m (LS-9) or 7.0 m (LS-14). Unplug the spot before opening any cover: the LED driver "
        "keeps a charge for 2 min after switching off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LS-9", "LS-14"],
            ["LED engine", "900 W white LED, 6000 K", "1400 W white LED, 6000 K"],
            ["Luminous flux, narrow end of the zoom", "38 000 lm", "58 000 lm"],
            ["Colour rendering", "CRI 92", "CRI 92"],
            ["Zoom range", "4-10°", "2.5-7°"],
            ["Recommended throw", "15-45 m", "25-70 m"],
            ["Illuminance at 30 m, narrow end of the zoom", "4800 lux", "11 500 lux"],
            ["Hazard distance, risk group 3", "5.5 m", "7.0 m"],
            ["Power supply", "100-240 V, 50/60 Hz", "200-240 V, 50/60 Hz"],
            ["Power consumption, maximum", "1150 W", "1750 W"],
            ["Mains fuse", "T 15 A", "T 10 A"],
            ["Mains connector", "PowerCON TRUE1", "PowerCON TRUE1"],
            ["Colour changer", "6 frames, gel 190 x 190 mm", "6 frames, gel 230 x 230 mm"],
            ["Colour temperature correction", "CTO flag to 3200 K", "CTO flag to 3200 K"],
            ["DMX512 (remote dimmer, shutter, CTO, strobe)", "4 channels", "4 channels"],
            ["Operating ambient", "0-40 °C", "0-40 °C"],
            ["Head mass", "29 kg", "38 kg"],
            ["Stand mass", "21 kg", "21 kg"],
            ["LED engine life to L70", "20 000 h", "20 000 h"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The flux and illuminance values are for the narrow end of the zoom with the frost and the CTO out, after "
        "10 min of warm-up at 25 °C ambient. With the CTO in, the output is about 25 % lower. Above 35 °C ambient the "
        "LED engine reduces its output by up to 20 % to protect itself (LE-04 shown as a warning). The spot "
        "diameter at a given throw is 2 x throw x tan(zoom angle / 2): for example, a 40 m throw at 5° gives a spot "
        "of 3.5 m.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Nobody may stand in the beam within the hazard distance. Position the spot so that the beam cannot "
            "reach people closer than 5.5 m (LS-9) or 7.0 m (LS-14).",
            "When the head is hung from a truss with the optional clamp, attach the safety bond LMV-SB-1 around the "
            "truss chord.",
            "Keep 300 mm free behind the head and do not cover the air inlets under the head.",
            "Fit the front lens cap when the spot stands outdoors or near a window: the optics focus sunlight onto "
            "the LED engine.",
            "Use only gel filters made for follow spots: the colour frames reach 80 °C at full output.",
        ],
    ),
    ("h", "3. Settings menu"),
    (
        "cols",
        [
            ("h", "Menu"),
            ("p", "Hold MODE for 2 s to enter the menu. Turn the encoder to choose and press it to confirm."),
            ("h", "Fan mode"),
            (
                "p",
                "AUTO (default): the fans follow the LED temperature. QUIET: the fans are limited to 50 % and the "
                "output to 70 %. QUIET is not available above 30 °C ambient.",
            ),
            ("h", "Dimmer curve"),
            (
                "p",
                "LINEAR, SQUARE (default) or S-CURVE. The mechanical dimmer shutter works in series with the "
                "electronic dimmer.",
            ),
            ("h", "Output limit"),
            (
                "p",
                "Sets the maximum LED output from 50 to 100 %. Use it to match two spots of different age on the "
                "same show.",
            ),
            ("h", "DMX"),
            (
                "p",
                "Address 1-509 (4 channels: dimmer, shutter, CTO, strobe). Zoom, iris, focus and colour frames are "
                "manual only. On loss of DMX the spot holds the last values for 5 s, then hands control back to the "
                "local dimmer lever.",
            ),
            ("h", "Hours"),
            (
                "p",
                "Shows LED hours, operating hours and filter hours. The filter counter is reset under SERVICE > "
                "FILTER.",
            ),
            ("h", "Strobe"),
            (
                "p",
                "Strobe rate 1-20 flashes per second, from DMX only. The strobe is switched off while the shutter "
                "lever is below 10 %.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Shows the LED temperature. Normal at full output: 55-70 °C. Warning (LE-04) at 80 °C, with the "
                "output reduced; the LED switches off (LE-05) at 90 °C.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "LE-01",
                "LED driver",
                "Driver output lost. Switch off for 2 min and on again; if it stays, the driver is replaced by "
                "Lumivorn service.",
            ],
            ["LE-02", "Fan 1", "Inlet fan blocked or failed. Check for foreign objects; the spot runs at reduced output."],
            ["LE-03", "Fan 2", "Exhaust fan blocked or failed. As LE-02."],
            [
                "LE-04",
                "Temperature warning",
                "LED at 80 °C: output reduced. Clean the air filters; check the ambient temperature.",
            ],
            [
                "LE-05",
                "Overtemperature",
                "LED at 90 °C: LED switched off. Let it cool with the fans running; check the filters and the fans.",
            ],
            ["LE-07", "Shutter", "The dimmer shutter position sensor does not follow the lever."],
            ["LE-08", "CTO flag", "The CTO flag motor did not reach its end position."],
            ["LE-09", "DMX lost", "No DMX for 5 s (only with DMX switched on)."],
            ["LE-10", "Filter due", "100 h since the air filters were last cleaned."],
            ["LE-11", "Mains low", "Supply below 90 V (LS-9) or 190 V (LS-14)."],
        ],
        (18, 38, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Beam edge soft and cannot be sharpened at long throws",
                "Frost filter in, or front lens dirty",
                "Take the frost out; clean the front lens (section 8)",
            ],
            [
                "Output drops 15-30 min into a show",
                "Air filter clogged (LE-04), or ambient above 35 °C",
                "Clean the air filter (section 8); ventilate the follow spot position",
            ],
            [
                "Green or blue fringe at the edge of the beam",
                "Gel faded, or a colour frame not fully in",
                "Replace the gel; push the frame in to its stop",
            ],
            [
                "Head drifts down when the operator lets go",
                "Head out of balance or tilt friction too low",
                "Balance the head (section 6) and set the tilt friction",
            ],
            [
                "Fans loud in a quiet scene",
                "Fan mode AUTO with a clogged filter, fans at full speed",
                "Clean the filter; use QUIET for the scene if the ambient is 30 °C or less",
            ],
        ],
        (55, 55, 60),
    ),
    ("h", "6. Setting up and balancing the head"),
    (
        "ol",
        [
            "Set up the stand on a level floor. Extend the three legs fully and lock them.",
            "Lift the head onto the yoke with two persons (29 kg LS-9, 38 kg LS-14), engage the yoke pins and fit "
            "the safety clips.",
            "Fit the colour frames with their gels.",
            "Loosen the balance slide clamp. Slide the head forward or back until it stays at any tilt angle with "
            "the tilt friction off.",
            "Tighten the balance slide clamp.",
            "Set the pan and tilt friction to suit the operator.",
            "Connect the power and switch on. The spot tests the shutter and the CTO flag (about 20 s).",
            "Check the hours and the filter counter in the menu.",
        ],
    ),
    (
        "p",
        "For transport, set the zoom to narrow, close the iris, lock the tilt with the transport pin and lift the "
        "head off the yoke. Carry the head in its case with the front lens cap fitted; never carry it by the colour "
        "changer or the sight. Store the spot dry, between -10 and 50 °C. After a cold journey let the head reach "
        "room temperature for at least 1 h before switching on, so that no condensation forms on the optics or the "
        "LED driver.",
    ),
    ("h", "7. Aligning the sight"),
    (
        "ol",
        [
            "Point the spot at the back wall or a flat at least 15 m away (LS-9) or 25 m away (LS-14).",
            "Set the zoom to narrow and the iris to the smallest spot, and focus.",
            "Look through the sight and loosen its two clamp screws.",
            "Turn the two adjusting screws until the red dot sits on the centre of the spot.",
            "Tighten the clamp screws and check again.",
        ],
    ),
    ("h", "8. Cleaning the air filters and the front lens"),
    (
        "ol",
        [
            "Switch off, let the fans run on for 10 min, then unplug.",
            "Pull the two filter cassettes out of the underside of the head.",
            "Clean the filter mats with a vacuum cleaner, or wash them in lukewarm water with a mild detergent and let "
            "them dry fully.",
            "Refit the cassettes. Never run the spot without its filters.",
            "Clean the front lens with a lens cloth and lens cleaner or isopropyl alcohol; no solvents, no paper "
            "towels.",
            "Switch on and reset the filter counter under SERVICE > FILTER; LE-10 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each show", "Check the shutter, the iris and the colour frames; check the sight"],
            ["100 h (LE-10)", "Clean the air filters (section 8)"],
            ["500 h", "Clean the front lens and the zoom lenses; check the pan and tilt friction"],
            [
                "2000 h or 12 months, whichever comes first",
                "Lumivorn service: inside of the optics, LED heat sink, fans",
            ],
            ["At L70 (about 20 000 h)", "LED engine exchanged complete by Lumivorn service"],
        ],
        (65, 105),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "LS-9", "LS-14"],
            ["Air filter set (2 cassettes)", "LMV-AF-9", "LMV-AF-14"],
            ["Colour frame", "LMV-CF-190", "LMV-CF-230"],
            ["Frost filter", "LMV-FR-9", "LMV-FR-14"],
            ["Front lens cap", "LMV-LC-9", "LMV-LC-14"],
            ["Red dot sight", "LMV-RS-2", "LMV-RS-2"],
            ["Safety bond", "LMV-SB-1", "LMV-SB-1"],
            ["Stand", "LMV-ST-3", "LMV-ST-3"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("cavenlow-pl-orchestra-pit-lift.pdf", "Cavenlow CVL-OM-PL-04 Ed 3 - PL-12 / PL-18", CAVENLOW),
        ("rigmora-rc-chain-hoist-controller.pdf", "Rigmora RGM-UM-RC-07 Ed 2 - RC-8 / RC-16", RIGMORA),
        ("turnquist-td10-revolve-drive.pdf", "Turnquist TQ-IOM-TD10-02 Ed 2 - TD-10", TURNQUIST),
        ("lumivorn-ls-led-follow-spot.pdf", "Lumivorn LMV-UM-LS-03 Ed 1 - LS-9 / LS-14", LUMIVORN),
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
