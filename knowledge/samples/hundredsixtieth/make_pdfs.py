"""Generate the PDF manuals of the hundred-and-sixtieth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set160-scratch/venv && /tmp/set160-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set160-scratch/venv/bin/python knowledge/samples/hundredsixtieth/make_pdfs.py

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


# ---------------------------------------------------------------- Sluysmark MG mitre lock gate drives
SLUYSMARK = [
    ("title", "Sluysmark MG Mitre Lock Gate Drives\nOperation and Maintenance Manual - MG-160 and MG-250"),
    (
        "p",
        "Document SMK-OM-MG-04, Edition 3, March 2025. Sluysmark Lock Hydraulics. The MG-160 and MG-250 are "
        "electro-hydraulic drives for the mitre gates of navigation locks. Each gate leaf is moved by one "
        "double-acting hydraulic cylinder mounted in a pit in the lock wall; the rod is pinned to the leaf through "
        "a spherical rod eye. One hydraulic power unit (HPU) in the gate machinery room serves the two leaves of a "
        "gate, with one pump for each leaf. The cylinder pushes to close the leaf and pulls to open it. A "
        "magnetostrictive position transducer inside each cylinder reports the leaf position to the gate "
        "controller. The MG-160 is for leaves 4.0-6.0 m wide and up to 6.5 m high, the MG-250 for leaves 6.0-8.5 m "
        "wide and up to 9.0 m high; apart from the values given for each model they are built alike.",
    ),
    (
        "p",
        "The gate leaves, their pintles (bottom pivots), top anchorages and mitre seals are part of the lock "
        "structure and are maintained by the lock owner to its own structural maintenance plan. The water level "
        "measurement and the lock sequence belong to the lock control system and its supplier. Ice in the gate "
        "recesses is handled by the lock's ice prevention system, which has its own manual.",
    ),
    (
        "warn",
        "WARNING: Never move a gate leaf while anyone is on the leaf walkway, in the cylinder pit or on a vessel "
        "alongside the recess. A leaf moving against a water level difference can release very large forces.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MG-160", "MG-250"],
            ["Leaf size range (width x height)", "4.0-6.0 m x up to 6.5 m", "6.0-8.5 m x up to 9.0 m"],
            ["Cylinder bore / rod diameter", "125 / 70 mm", "160 / 90 mm"],
            ["Bore area / annulus area", "122.7 / 84.2 cm²", "201.1 / 137.5 cm²"],
            ["Stroke", "2200 mm", "3100 mm"],
            ["Working pressure at rated force", "130 bar", "125 bar"],
            ["Push force (closing) at working pressure", "160 kN", "250 kN"],
            ["Pull force (opening) at working pressure", "109 kN", "172 kN"],
            ["Overload pressure switch (code G05)", "145 bar", "140 bar"],
            ["Relief valve setting", "160 bar", "150 bar"],
            ["Pump flow per leaf", "18 L/min", "31 L/min"],
            ["Pump motors, 400 V 3~ 50 Hz", "2 x 5.5 kW", "2 x 11 kW"],
            ["Supply fuse of the HPU", "32 A gG", "63 A gG"],
            ["Closing time, full stroke, oil at 20-50 °C", "95 s", "125 s"],
            ["Opening time, full stroke, oil at 20-50 °C", "70 s", "90 s"],
            ["Hydraulic oil HEES 46 (synthetic ester), tank volume", "250 L", "400 L"],
            ["Return filter, fineness", "10 µm", "10 µm"],
            ["Hand pump displacement", "25 cm³ per stroke", "25 cm³ per stroke"],
            ["Mass of one cylinder with rod eye", "410 kg", "760 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The forces hold only at the working pressure named for each model, with the oil between 20 °C and 50 °C "
        "and the HPU supplied at 400 V ±10 %. The closing and opening times hold for the same oil temperatures and "
        "include the creep zones; at lower oil temperatures the gate moves more slowly and no times are given for "
        "that case.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the lock operator may work the gates locally. The control centre must know "
            "about every local movement before it starts.",
            "Lock out both pump motors at the HPU main switch and check the pressure gauge shows 0 bar before "
            "opening any hydraulic connection. Oil under pressure can pierce the skin.",
            "The cylinder pits are confined spaces. Entry follows the lock operator's permit and gas test rules.",
            "HEES 46 is readily biodegradable but must still not reach the water. Keep absorbent booms at the HPU "
            "and report every spill to the control centre.",
            "Never stand between a leaf and the lock wall, or on the rod, while the HPU is running.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Water levels"),
            (
                "p",
                "A leaf may only be moved when the water levels on both sides of the gate are equal within 50 mm "
                "(MG-160) or 30 mm (MG-250). The lock control system blocks the start above this difference and "
                "shows G12. A leaf must never be used to level the chamber.",
            ),
            ("h", "Wind"),
            (
                "p",
                "Do not start a movement when the wind at the lock anemometer gusts above 20 m/s (MG-160) or "
                "16 m/s (MG-250). A movement already under way is completed at creep speed.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The tank heater switches on below 10 °C and off at 15 °C. Below 0 °C the HPU will not start a "
                "movement (G04). The cooler fan runs above 50 °C; above 70 °C the movement stops (G07).",
            ),
            ("h", "Speed profile"),
            (
                "p",
                "The leaves start with a 3 s ramp and creep at 20 % of full speed over the last 200 mm of each "
                "stroke. The second leaf of a gate starts 3 s after the first, so that the mitre posts meet in the "
                "right order. During a movement the two leaf positions may differ by no more than 150 mm after this "
                "delay; a larger difference stops both leaves (G10).",
            ),
            ("h", "Holding pressure"),
            (
                "p",
                "After closing, the cylinders hold the leaves against the mitre at 25 bar (MG-160) or 20 bar "
                "(MG-250) for 10 s. The valve then closes and the water difference presses the leaves together.",
            ),
            ("h", "Cylinder force"),
            (
                "p",
                "Push force (kN) = pressure (bar) x bore area (cm²) / 100. Pull force uses the annulus area instead. "
                "Example: an MG-160 reading 100 bar while closing pushes 100 x 122.7 / 100 = 123 kN. The gauge "
                "reading while moving is normally well below the overload switch; a rising reading from one "
                "movement to the next points to dry bearings or debris.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["G01", "Emergency stop", "An emergency stop at the HPU, the local box or the control centre is pressed."],
            ["G02", "Motor protection", "Pump motor 1 or 2 tripped. Check the supply and the motor current."],
            ["G03", "Oil level low", "Float switch in the tank open. Look for leaks before topping up with HEES 46."],
            ["G04", "Oil too cold", "Oil below 0 °C. Wait for the heater; check the heater if it takes over 2 h."],
            [
                "G05",
                "Overload",
                "Pressure above the overload switch for more than 2 s: debris or ice in the recess or on the sill, "
                "a level difference, or dry rod eye bearings.",
            ],
            ["G06", "Transducer signal", "Position signal below 3.8 mA or above 20.5 mA. Check the cable and plug."],
            ["G07", "Oil overtemperature", "Oil above 70 °C. Check the cooler fan and the cooler fins."],
            ["G08", "Filter clogged", "Return filter differential pressure above 2.5 bar. Change the element."],
            ["G10", "Leaf deviation", "Leaf positions differ by more than 150 mm while moving."],
            ["G11", "Travel time", "Movement took 30 % longer than the taught time."],
            ["G12", "Level difference", "Levels differ by more than the allowed value; signal from the lock control."],
            ["G13", "Service due", "5000 movements or 12 months since the last Sluysmark service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Leaf judders and creaks while opening, worst at the start",
                "Rod eye or trunnion bearings dry, or air in the cylinder after work on the hoses",
                "Grease the bearings (section 9); bleed the cylinder at its bleed screws at creep speed",
            ],
            [
                "Leaves stop 50-100 mm short of the mitre with G05",
                "Debris or ice on the sill or in the mitre, or a level difference",
                "Open again, check the recess and the sill with the camera; call the divers if nothing is seen",
            ],
            [
                "Water jets through the middle of the closed gate",
                "End positions drifted, mitre posts not meeting over their full height",
                "Teach the end positions again (section 7)",
            ],
            [
                "Oil in the sight glass milky",
                "Water drawn in through the tank breather",
                "Change the breather cartridge; take an oil sample",
            ],
            [
                "Gate slow on winter mornings",
                "Oil below 20 °C, heater still working",
                "Wait for the oil to warm; check the heater",
            ],
            [
                "Oil drops on the rod below the wiper",
                "Rod seal worn; a thin film is normal",
                "Report it; rod seals are replaced by Sluysmark service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Moving a gate from the local control box"),
    (
        "ol",
        [
            "Ask the control centre to release the gate for local operation; the LOCAL READY lamp lights.",
            "Check that the levels are equal within 50 mm (MG-160) or 30 mm (MG-250) on the local level display.",
            "Check that the chamber, the recesses and the sill area are clear of vessels, floating debris and ice.",
            "Turn the key switch to LOCAL.",
            "Press and hold OPEN or CLOSE. The buttons are hold-to-run: the first leaf starts, the second 3 s later.",
            "Watch both leaves and release the button at once if anything looks wrong.",
            "At the end of the stroke the leaves creep over the last 200 mm; on closing, keep holding CLOSE until "
            "the GATE CLOSED lamp lights after the 10 s holding time.",
            "Turn the key switch back to REMOTE, remove the key and report the movement to the control centre.",
        ],
    ),
    ("h", "7. Teaching the end positions"),
    (
        "ol",
        [
            "Agree the work with the control centre; levels must be equal and the lock out of service.",
            "Select LOCAL, then SERVICE on the controller and enter the service password.",
            "Jog the first leaf into its recess at creep speed (SERVICE > JOG) until it touches the rubber recess "
            "buffer, then back it off by 10 mm.",
            "Press TEACH OPEN for that leaf. Repeat steps 3 and 4 for the second leaf.",
            "Jog both leaves closed until the mitre posts meet.",
            "Check the mitre: a 2 mm feeler gauge must not enter between the mitre seals at any point of their height.",
            "Press TEACH CLOSED for each leaf.",
            "Run three full cycles from the local box and compare the times with section 1 (95 s and 70 s for the "
            "MG-160, 125 s and 90 s for the MG-250, oil at 20-50 °C).",
            "Write the taught values and the times in the gate logbook and hand the gate back to the control centre.",
        ],
    ),
    ("h", "8. Opening a leaf with the hand pump"),
    (
        "p",
        "Use this only when the HPU cannot run (power failure, motor fault) and the control centre has agreed. The "
        "levels must be equal as for a powered movement.",
    ),
    (
        "ol",
        [
            "Lock out the HPU main switch.",
            "Open the cover of the manual valve block and turn the selector of the leaf to be moved to HAND.",
            "Set the direction valve to OPEN.",
            "Fit the lever to the hand pump and pump steadily. Each stroke moves the leaf about 3.0 mm (MG-160) or "
            "1.8 mm (MG-250); a full opening takes about 740 strokes (MG-160) or 1700 strokes (MG-250).",
            "Watch the hand pump gauge: it should stay below 100 bar. If it climbs above 100 bar, stop and look for "
            "an obstruction or a level difference.",
            "When the leaf is in its recess, set the direction valve to the centre position.",
            "Repeat for the second leaf.",
            "Turn both selectors back to AUTO before the power returns, and refit the cover.",
        ],
    ),
    ("h", "9. Changing the return filter element"),
    (
        "ol",
        [
            "Lock out both pump motors and wait 5 min; the pressure gauge must read 0 bar.",
            "Place a tray under the filter. Unscrew the filter cover and pull out the element SMK-RF-10.",
            "Look into the bowl. Shiny metal particles mean internal wear: take an oil sample and tell Sluysmark.",
            "Fit a new element with a new O-ring, lightly oiled.",
            "Screw the cover on by hand and tighten a further quarter turn.",
            "Start the HPU, check the cover for leaks and reset G08.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the HPU for leaks and the oil level in the sight glass"],
            ["Weekly", "Look at the rods for scores and rust; report any damage to the chrome layer"],
            [
                "Monthly",
                "Grease the rod eye and trunnion bearings: 4 strokes of the grease gun each, water resistant "
                "EP2 grease SMK-GR-2",
            ],
            ["3 months", "Check the breather cartridge; change it when the colour has turned from orange to green"],
            [
                "6 months",
                "Oil sample to an oil laboratory: cleanliness ISO 4406 18/16/13 or better, water below 0.1 %",
            ],
            ["G08, or 12 months, whichever comes first", "Change the return filter element (section 9)"],
            ["12 months or 5000 movements (G13)", "Sluysmark service: relief valve, transducers, hoses, pins"],
            ["6 years", "Replace the hoses"],
            ["As the oil analysis says, at the latest 8 years", "Change the oil"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "MG-160", "MG-250"],
            ["Return filter element 10 µm", "SMK-RF-10", "SMK-RF-10"],
            ["Tank breather cartridge", "SMK-BR-3", "SMK-BR-3"],
            ["Cylinder seal kit", "SMK-SK-125", "SMK-SK-160"],
            ["Spherical rod eye bearing", "SMK-SB-70", "SMK-SB-90"],
            ["Position transducer", "SMK-PT-2200", "SMK-PT-3100"],
            ["Hose set for one leaf", "SMK-HS-160", "SMK-HS-250"],
            ["Grease EP2, 400 g cartridge", "SMK-GR-2", "SMK-GR-2"],
            ["HEES 46 oil, 20 L", "SMK-OIL-46", "SMK-OIL-46"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The cylinder seal kits are supplied for Sluysmark service; changing the seals needs the cylinder to be "
        "taken out of its pit and is not described in this manual.",
    ),
]


# ---------------------------------------------------------------- Draaiholt SD swing bridge slewing drives
DRAAIHOLT = [
    ("title", "Draaiholt SD Swing Bridge Slewing Drives\nOperation and Maintenance Manual - SD-250 and SD-400"),
    (
        "p",
        "Document DRH-OM-SD-02, Edition 2, November 2024. Draaiholt Bridge Drives. The SD-250 and SD-400 slew "
        "centre-pivot swing bridges over canals through 90°. Each bridge has two drive units on the pivot pier, one "
        "on each side of the pivot. A drive unit is an inverter-fed motor with a spring-applied holding brake, a "
        "planetary gearbox, a torque limiter and a pinion that meshes with the ring rack fixed to the pier. The "
        "SD-250 is for bridges whose rotating part weighs up to 250 t, the SD-400 for up to 400 t. Apart from the "
        "values given for each model the two are built alike.",
    ),
    (
        "p",
        "The centre pivot bearing, the balance wheels, the end wedges and the rest pier belong to the bridge "
        "structure and are covered by the bridge builder's manual. The road barriers and traffic lights and the "
        "sequence of the whole bridge are part of the bridge control system; its supplier sets the interlocks. The "
        "inverters have their own maker's manual.",
    ),
    (
        "warn",
        "WARNING: Before any work on a drive unit, the bridge must be closed, wedged and locked out at the bridge "
        "control panel. A released brake on a bridge in the wind lets the span turn.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SD-250", "SD-400"],
            ["Mass of the rotating part of the bridge", "up to 250 t", "up to 400 t"],
            ["Slewing angle", "90°", "90°"],
            ["Drive units per bridge", "2", "2"],
            ["Motor per drive unit, 4-pole, inverter fed", "11 kW, 1460 rpm", "18.5 kW, 1470 rpm"],
            ["Holding brake on the motor", "150 Nm", "250 Nm"],
            ["Planetary gearbox ratio", "800 : 1", "1000 : 1"],
            ["Gearbox oil CLP PG 220 (polyglycol), per gearbox", "16 L", "26 L"],
            ["Rated output torque at the pinion", "52 kNm", "108 kNm"],
            ["Torque limiter slip setting", "62 kNm", "130 kNm"],
            ["Pinion", "module 16, 17 teeth", "module 20, 17 teeth"],
            ["Ring rack on the pier", "180 teeth, pitch diameter 2880 mm", "210 teeth, pitch diameter 4200 mm"],
            ["Pinion backlash", "0.5-1.0 mm", "0.6-1.2 mm"],
            ["Maximum slewing speed", "1.0 °/s", "0.7 °/s"],
            ["Slewing time 0-90° at normal speed", "100 s", "145 s"],
            ["Supply 400 V 3~ 50 Hz, fuse", "50 A gG", "80 A gG"],
            ["Mass of one drive unit", "1150 kg", "1900 kg"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The slewing times hold for a balanced bridge in still air at ambient temperatures between -20 °C and "
        "+40 °C and include the acceleration, braking and creep phases.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Swing the bridge only when the road barriers are down and the deck is clear of people and vehicles. "
            "The bridge control blocks the start (S11) until it has the signals.",
            "Keep hands and tools away from the pinion and the ring rack while the drives are live.",
            "Release a brake by hand only with the bridge wedged, or during emergency slewing as in section 9.",
            "Polyglycol gearbox oil must not be mixed with mineral oil. Use only CLP PG 220.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Wind"),
            (
                "p",
                "A swing may start only when the 10-minute mean wind at the bridge anemometer is no more than "
                "15 m/s (SD-250) or 13 m/s (SD-400), with gusts no more than 20 m/s (SD-250) or 18 m/s (SD-400). "
                "Above this the start is blocked (S06). If the limit is passed during a swing, the bridge completes "
                "the movement at creep speed.",
            ),
            ("h", "Ramps and creep"),
            (
                "p",
                "Acceleration ramp 8 s, deceleration ramp 10 s. The last 2° before each end position are run at "
                "20 % of full speed. The end position must be reached within ±0.3°; the end wedges are then driven "
                "by the bridge control.",
            ),
            ("h", "Load sharing"),
            (
                "p",
                "The two drives share the torque. Their motor currents must agree within 15 % of the higher one. "
                "Difference (%) = (higher current - lower current) / higher current x 100. Example: 30 A and 27 A "
                "give 3 / 30 x 100 = 10 %, which is acceptable. A difference of more than 15 % for more than 5 s "
                "stops the swing (S05).",
            ),
            ("h", "Brake"),
            (
                "p",
                "The air gap of a new brake is 0.3-0.5 mm. Adjust it when it has reached 0.8 mm. The brake "
                "release is monitored by a microswitch; a brake that does not release within 1 s gives S04.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Ambient -20 °C to +40 °C. The gearbox oil may reach 80 °C in a long series of swings; above "
                "90 °C the drive stops (S10). Gearbox heaters keep the oil above -10 °C in winter.",
            ),
            ("h", "Duty"),
            (
                "p",
                "No more than 6 full swings (open or close) per hour, as the motors are rated for S3 40 % duty.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Emergency stop", "An emergency stop at the bridge house or the control centre is pressed."],
            ["S02", "Inverter 1", "Fault in the inverter of drive 1; read its code on the inverter display."],
            ["S03", "Inverter 2", "As S02, drive 2."],
            ["S04", "Brake not released", "Brake microswitch not made within 1 s: coil, rectifier or air gap."],
            [
                "S05",
                "Load sharing",
                "Currents differ by more than 15 % for 5 s: backlash unequal, a brake dragging, rack dirty on one "
                "side.",
            ],
            ["S06", "Wind", "Wind above the start limit at the anemometer."],
            ["S08", "End position time", "End position not reached within 120 % of the set time."],
            [
                "S09",
                "Torque limiter slip",
                "Slip sensor on the limiter: bridge blocked, ice on the rest pier, or limiter worn.",
            ],
            ["S10", "Gearbox hot", "Gearbox oil above 90 °C. Let it cool; check the oil level."],
            ["S11", "Interlock", "Barriers, wedges or lights not in position; from the bridge control system."],
            ["S12", "Lubricator empty", "Open gear lubricator cartridge empty."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "A knock once for every turn of the pinion",
                "A damaged pinion tooth or a foreign body stuck in a tooth gap",
                "Inspect the pinion teeth; remove the object; dress a raised edge, report a cracked tooth",
            ],
            [
                "A knock at the same bridge angle on every swing",
                "Ring rack segments misaligned at a joint (pitch error more than 0.5 mm)",
                "Report to Draaiholt service for realignment of the segment",
            ],
            [
                "Bridge overshoots the end position and springs back",
                "Deceleration too short, creep not reached, or brake air gap too large",
                "Check the ramp settings; check the brake air gap (section 7)",
            ],
            [
                "Burning smell and a hot motor end",
                "Brake dragging: air gap too small or the rectifier not giving full voltage",
                "Check the air gap and the coil voltage",
            ],
            [
                "Squeal from the pinion",
                "Lubricator cartridge empty or its line blocked",
                "Fit a new cartridge; check the line up to the pinion",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Swinging the bridge from the bridge house"),
    (
        "ol",
        [
            "Agree the swing with the control centre and take over local control with the key switch.",
            "Check the wind display against the limits in section 3.",
            "Start the closing sequence of the road: lights, then barriers. Wait until the deck is clear.",
            "Withdraw the end wedges (WEDGES OUT). The READY TO SWING lamp lights.",
            "Press OPEN BRIDGE. Both brakes release, the drives ramp up and the bridge swings.",
            "Watch the two motor currents on the panel; they should stay within 15 % of each other.",
            "The bridge creeps over the last 2° and stops in the open position; the brakes close.",
            "To close, press CLOSE BRIDGE; after the end position, drive the wedges in (WEDGES IN) and open the road.",
        ],
    ),
    ("h", "7. Checking the brake air gap"),
    (
        "ol",
        [
            "Close and wedge the bridge, then lock out the drive at its isolator.",
            "Remove the fan cowl of the motor.",
            "Measure the air gap with a feeler gauge at three points 120° apart between the armature plate and the "
            "magnet body.",
            "If the gap is 0.8 mm or more, loosen the three fixing screws, turn the adjusting sleeves until a "
            "0.4 mm feeler just slides at all three points, and tighten the screws to 25 Nm.",
            "Check the friction lining: replace the rotor when the lining is thinner than 2 mm.",
            "Refit the cowl, switch on and check that the brake releases (microswitch lamp) and that S04 does not "
            "appear.",
        ],
    ),
    ("h", "8. Checking the pinion backlash"),
    (
        "ol",
        [
            "With the bridge closed and wedged, clean three tooth gaps of the rack at 0°, 45° and 90° of the swing.",
            "Swing the bridge to each of these positions in turn at creep speed.",
            "Lay a piece of 2 mm lead wire across the tooth flank and roll the pinion over it by a slow creep.",
            "Measure the flattened wire with a micrometer: the thickness is the backlash.",
            "It must be 0.5-1.0 mm (SD-250) or 0.6-1.2 mm (SD-400) at all three points. Report values outside "
            "this to Draaiholt service; the drive base is shimmed by them.",
        ],
    ),
    ("h", "9. Emergency slewing with a portable drive"),
    (
        "p",
        "If the power fails with the bridge part open, it can be swung with two portable drives (electric drills "
        "of at least 1000 W, with the adapter DRH-HA-1) on the motor shaft ends.",
    ),
    (
        "ol",
        [
            "Inform the control centre and keep vessels clear.",
            "Remove the fan cowls of both motors and fit the adapters on the shaft ends.",
            "Release both brakes with their hand release levers and secure the levers with the pins.",
            "One person at each drive turns in the same direction at about the same speed. A full 90° takes about "
            "2100 turns of the motor shaft (SD-250) or about 3100 turns (SD-400).",
            "Stop 1° before the end position and finish at low drill speed.",
            "Release the hand levers so the brakes close, remove the adapters and refit the cowls.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Look at the pinion and rack for wear and a good grease film"],
            ["Monthly", "Check the lubricator cartridge; check the gearbox oil level at the sight glass"],
            ["3 months", "Check the brake air gap (section 7)"],
            ["6 months", "Check the pinion backlash (section 8); check the torque limiter for slip marks"],
            [
                "Every 10 000 operating hours or 4 years, whichever comes first",
                "Change the gearbox oil (CLP PG 220, 16 L or 26 L per gearbox)",
            ],
            ["12 months", "Draaiholt service: limiter slip test, brake torque test, alignment check"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SD-250", "SD-400"],
            ["Brake rotor with lining", "DRH-BR-150", "DRH-BR-250"],
            ["Brake rectifier", "DRH-RC-1", "DRH-RC-1"],
            ["Pinion", "DRH-PN-16", "DRH-PN-20"],
            ["Torque limiter friction disc set", "DRH-TL-62", "DRH-TL-130"],
            ["Lubricator cartridge 250 cm³", "DRH-LC-250", "DRH-LC-250"],
            ["Hand drive adapter", "DRH-HA-1", "DRH-HA-1"],
            ["Gearbox oil CLP PG 220, 20 L", "DRH-OIL-220", "DRH-OIL-220"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hefbrook CR lift bridge counterweight ropes
HEFBROOK = [
    (
        "title",
        "Hefbrook CR Counterweight Rope Systems for Vertical Lift Bridges\nInspection and Maintenance Manual - "
        "CR-60 and CR-90",
    ),
    (
        "p",
        "Document HBK-IM-CR-07, Edition 1, June 2025. Hefbrook Bridge Engineering. In a vertical lift bridge the "
        "span is hung at each corner from wire ropes that run over sheaves at the top of the two towers down to the "
        "counterweights. The CR-60 and CR-90 rope systems consist of the ropes, the two sheaves on each tower with "
        "their bearings, the threaded rope sockets at the span, the spelter sockets at the counterweight, the slack "
        "rope switches and the rope monitoring unit RM-2. The CR-60 is for counterweights of up to 60 t per tower "
        "and lifts of up to 7.0 m, the CR-90 for up to 90 t per tower and lifts of up to 9.5 m.",
    ),
    (
        "p",
        "The lifting machinery (drums, motors and brakes of the span drive), the towers, the counterweight guides and "
        "the balance blocks are not part of the rope system. The span drive has its own manual; the balance between "
        "span and counterweight is set by the bridge owner's structural engineer. Rope replacement is done by "
        "Hefbrook service or a rope contractor approved by the bridge owner, always as a complete set for one tower.",
    ),
    (
        "warn",
        "WARNING: Never work on a rope, a socket or a sheave unless the span is seated on its supports, the span "
        "drive is locked out and the counterweights are resting on their blocks or secured by the tower locking "
        "pins.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CR-60", "CR-90"],
            ["Counterweight mass per tower", "up to 60 t", "up to 90 t"],
            ["Lift height", "up to 7.0 m", "up to 9.5 m"],
            ["Ropes per tower", "8 (4 over each sheave)", "8 (4 over each sheave)"],
            [
                "Rope construction",
                "28 mm 6x36WS-IWRC, 1770 N/mm², galvanised",
                "34 mm 6x36WS-IWRC, 1770 N/mm², galvanised",
            ],
            ["Minimum breaking force of one rope", "516 kN", "761 kN"],
            ["Rope mass per metre", "3.10 kg/m", "4.57 kg/m"],
            ["Design tension per rope (full counterweight)", "73.6 kN", "110.4 kN"],
            ["Safety factor at full counterweight", "7.0", "6.9"],
            ["Sheave pitch diameter", "1400 mm", "1700 mm"],
            ["Groove radius, new", "15.0 mm", "18.2 mm"],
            ["Threaded socket at the span, thread", "M56", "M64"],
            ["Adjustment range of the threaded socket", "250 mm", "300 mm"],
            ["Grease per sheave bearing, every 3 months", "60 g", "90 g"],
            ["Mass of one sheave with shaft", "2.4 t", "3.9 t"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "The breaking forces are for the 1770 N/mm² grade supplied by Hefbrook. Ropes of another grade or "
        "construction must not be fitted without a new calculation by Hefbrook. Safety factor = minimum breaking "
        "force / (counterweight mass per tower (t) x 9.81 / number of ropes per tower); it must be at least 6. "
        "Example for the CR-60: 516 / (60 x 9.81 / 8) = 516 / 73.6 = 7.0.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work on the tower tops needs a permit from the bridge operator, fall protection and a second person.",
            "Wear gloves when handling ropes: broken wires cut deeply.",
            "Rope dressing is slippery; clean the walkways after dressing the ropes.",
            "Report at once any rope found at or beyond a discard criterion in section 9. The bridge must not be "
            "lifted until the bridge owner has decided.",
        ],
    ),
    ("h", "3. Rope limits and settings"),
    (
        "cols",
        [
            ("h", "Tension equalisation"),
            (
                "p",
                "The ropes of one group (the four ropes over one sheave) must share the load. Each rope's tension "
                "must be within ±10 % of the mean tension of its group. Ropes stretch most in their first year, so "
                "check the tensions 3 months and 12 months after fitting and then yearly.",
            ),
            ("h", "Vibration method"),
            (
                "p",
                "Tension from the natural frequency: T (kN) = 4 x m x L² x f² / 1000, with m the rope mass per metre "
                "(kg/m), L the free length (m) and f the frequency (Hz). Example: a CR-60 rope of 3.10 kg/m with a "
                "free length of 9.0 m ringing at 8.6 Hz carries 4 x 3.10 x 9.0² x 8.6² / 1000 = 74.3 kN.",
            ),
            ("h", "Socket adjustment"),
            (
                "p",
                "Tension is adjusted at the threaded sockets at the span. At least 50 mm of thread must stay engaged "
                "in the nut. When more than 200 mm (CR-60) or 240 mm (CR-90) of the adjustment range has been used, "
                "the rope must be shortened at its spelter socket; this is done by Hefbrook service.",
            ),
            ("h", "Sheave alignment"),
            (
                "p",
                "The rope must leave the sheave in the plane of the groove within 1.5°. A groove polished on one "
                "flank shows a larger angle.",
            ),
            ("h", "Sheave bearings"),
            (
                "p",
                "Bearing temperature in service up to 60 °C; the monitoring unit warns at 70 °C (R06).",
            ),
            ("h", "Slack rope switches"),
            (
                "p",
                "One switch per rope group; it opens when a rope of the group sags by more than 40 mm at the "
                "switch arm and stops the span drive.",
            ),
        ],
    ),
    ("h", "4. Messages of the rope monitoring unit RM-2"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["R01", "Supply fault", "24 V supply of the RM-2 below 20 V. Check the power supply unit."],
            ["R02", "Slack rope group 1", "Tower A, upstream sheave. Span drive stopped. Inspect the group."],
            ["R03", "Slack rope group 2", "Tower A, downstream sheave."],
            ["R04", "Slack rope group 3", "Tower B, upstream sheave."],
            ["R05", "Slack rope group 4", "Tower B, downstream sheave."],
            ["R06", "Bearing hot", "A sheave bearing above 70 °C. Check the grease and listen for noise."],
            ["R08", "Bearing sensor", "Temperature sensor open or short circuit."],
            [
                "R09",
                "Counterweight guide",
                "Guide shoe wear switch made: the counterweight shoes are worn. Tower maintenance, not the ropes.",
            ],
            ["R10", "Inspection due", "12 months since the last full rope inspection (section 9)."],
            [
                "R11",
                "Tower difference",
                "The counterweights of the two towers differ in height by more than 50 mm; signal from the span drive.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "A rope squeals or chirps as it runs over the sheave",
                "Rope dry, dressing washed out by rain",
                "Dress the ropes (section 8)",
            ],
            [
                "One rope hangs with a visible belly compared with the others",
                "Rope tension low; rope stretched more than the others",
                "Measure the tensions of the group (section 6) and adjust (section 7)",
            ],
            [
                "Red-brown powder at the rope surface or at the sheave",
                "Internal fretting corrosion from a lack of lubricant inside the rope",
                "Inspect for broken wires and diameter loss (section 9); dress the ropes",
            ],
            [
                "Groove polished on one flank",
                "Rope fleet angle more than 1.5°",
                "Report to the bridge owner; sheave alignment is checked by Hefbrook service",
            ],
            [
                "Knocking from the counterweight during the lift",
                "Worn guide shoes (R09)",
                "Tower maintenance to the bridge owner's plan",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Measuring the rope tensions by the vibration method"),
    (
        "ol",
        [
            "Seat the span, stop the span drive and close the bridge to road traffic.",
            "Measure the free length L of each rope on the span side, from the point where it leaves the sheave to "
            "the top of its socket.",
            "Clip the sensor of the frequency meter HBK-FM-1 to the rope about 1 m above the socket.",
            "Strike the rope sideways once with the rubber mallet at mid-length and read the frequency f. Take three "
            "readings and use the mean.",
            "Work out T = 4 x m x L² x f² / 1000 with m = 3.10 kg/m (CR-60) or 4.57 kg/m (CR-90).",
            "Work out the mean tension of the four ropes of the group.",
            "Any rope outside ±10 % of the group mean is adjusted (section 7).",
            "Write the frequencies and tensions in the rope logbook.",
        ],
    ),
    ("h", "7. Adjusting a rope at its threaded socket"),
    (
        "ol",
        [
            "Keep the span seated and the drive locked out.",
            "Loosen the lock nut of the threaded socket.",
            "Turn the adjusting nut: tightening raises the tension of that rope. One turn changes the rope length by "
            "5.5 mm (M56) or 6 mm (M64).",
            "Check that at least 50 mm of thread stays engaged.",
            "Tighten the lock nut and mark the nuts with paint.",
            "Measure the whole group again; adjusting one rope changes the others.",
        ],
    ),
    ("h", "8. Dressing the ropes"),
    (
        "ol",
        [
            "Choose a dry day above 5 °C. Clean the ropes with a wire brush where dirt has built up.",
            "Raise and lower the span slowly so that each part of the rope passes the pressure lubricator HBK-PL-2.",
            "Fill the lubricator with rope dressing HBK-RL-5 and clamp it round the rope at the tower top.",
            "Run the span through one full lift; the dressing is pressed into the rope.",
            "Move the lubricator to the next rope and repeat.",
            "Wipe surplus dressing off the sockets and the walkways.",
        ],
    ),
    ("h", "9. Inspecting a rope for discard"),
    (
        "p",
        "A rope must be discarded when any of these is found: its diameter, measured across the crowns with a "
        "caliper, has fallen to 26.0 mm (CR-60) or 31.6 mm (CR-90), that is 7 % below nominal; more than 8 broken "
        "wires in a length of 6 x d (168 mm or 204 mm) or more than 16 in a length of 30 x d (840 mm or 1020 mm); "
        "any broken wire at a socket; a kink, a birdcage or a protruding core; corrosion pitting that can be felt.",
    ),
    (
        "ol",
        [
            "Mark the part of the rope that lies on the sheave when the span is seated and the part at the sockets; "
            "these wear fastest.",
            "Measure the diameter at three places in each marked part, in two directions at right angles.",
            "Count visible broken wires over 6 x d and 30 x d with a bent wire brush handle as a pointer.",
            "Check the sockets for cracks and the wire entry for broken wires.",
            "Write the results in the rope logbook and reset R10.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Walk the tower tops: look at the ropes, sockets and slack rope switches"],
            ["3 months", "Grease the sheave bearings: 60 g (CR-60) or 90 g (CR-90) of HBK-GR-3 per bearing"],
            ["6 months, or sooner when the ropes look dry", "Dress the ropes (section 8)"],
            ["12 months (R10)", "Full rope inspection (section 9) and tension measurement (section 6)"],
            [
                "15 years, or at once when a discard criterion is met",
                "Replace the rope set of the tower (Hefbrook service or approved contractor)",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CR-60", "CR-90"],
            ["Rope set for one tower (8 ropes, socketed)", "HBK-RS-28", "HBK-RS-34"],
            ["Threaded socket with nuts", "HBK-TS-56", "HBK-TS-64"],
            ["Sheave bearing", "HBK-SB-60", "HBK-SB-90"],
            ["Slack rope switch", "HBK-SW-1", "HBK-SW-1"],
            ["Rope dressing, 20 kg", "HBK-RL-5", "HBK-RL-5"],
            ["Bearing grease, 18 kg", "HBK-GR-3", "HBK-GR-3"],
            ["Frequency meter with sensor", "HBK-FM-1", "HBK-FM-1"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Rimbeck IB lock ice prevention air bubbler
RIMBECK = [
    ("title", "Rimbeck IB-8 Air Bubbler System for Lock Ice Prevention\nOperation and Maintenance Manual"),
    (
        "p",
        "Document RBK-OM-IB8-01, Edition 2, August 2024. Rimbeck Air Systems. The IB-8 keeps the gate recesses, "
        "sills and gate faces of a navigation lock free of ice. An oil-free rotary claw compressor feeds dry air "
        "through eight zone valves into weighted bubbler hoses laid on the lock floor and along the recesses. The "
        "rising bubbles lift the slightly warmer water from the bottom to the surface and keep a strip of open "
        "water above each hose. The compressor, the receiver, the dryer, the zone valves and the controller are "
        "built into one insulated cabinet, normally placed in the lock's machinery room.",
    ),
    (
        "p",
        "The bubbler hoses are laid, fixed and inspected under water by a diving contractor working to the site's "
        "diving rules; Rimbeck supplies the hose and the layout drawing. The gates and their drives have their own "
        "manuals. In long cold spells the bubblers cannot keep the whole chamber open; ice breaking in the lock "
        "approaches is the waterway authority's task.",
    ),
    (
        "warn",
        "WARNING: Compressed air. Close the zone valves and vent the receiver before opening any air connection. "
        "Never direct the air from a hose end at a person.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "IB-8"],
            ["Compressor", "oil-free rotary claw, 7.5 kW, 400 V 3~ 50 Hz, 15 A"],
            ["Free air delivery", "120 m³/h at 2.0 bar, 95 m³/h at 3.0 bar"],
            ["Highest working pressure", "3.5 bar (safety valve 3.8 bar)"],
            ["Air receiver", "500 L, with timed condensate drain"],
            ["Air dryer", "membrane dryer, pressure dew point -25 °C at 2.0 bar"],
            ["Zones", "8, solenoid zone valves DN 32, normally closed"],
            ["Bubbler hose", "weighted EPDM hose, 25 mm bore, holes of 1.2 mm every 250 mm"],
            ["Air per metre of hose", "0.8 m³/h per metre, for hoses laid 2-8 m deep"],
            ["Longest hose per zone", "70 m"],
            ["Cabinet heater", "2 x 500 W, keeps the cabinet above +5 °C"],
            ["Noise", "sound-insulated cabinet for indoor installation"],
            ["Cabinet dimensions (W x D x H), mass", "1600 x 900 x 1900 mm, 780 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The air per metre and the supply pressures in this manual are for hoses laid between 2 m and 8 m below the "
        "normal upper water level, in fresh water. For hoses laid deeper, ask Rimbeck; the values cannot simply be "
        "extended.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Water above a running bubbler hose is aerated and gives less buoyancy. Keep small boats and divers out "
            "of a running zone; switch the zone off and lock it out before a diver enters the water.",
            "Open water above the hoses may be next to thin ice. Warn the lock staff not to walk on ice in the "
            "chamber.",
            "The receiver is a pressure vessel; its periodic inspection follows the national pressure vessel rules "
            "and is arranged by the site.",
            "Wear hearing protection inside the machinery room while the cabinet doors are open.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Automatic start and stop"),
            (
                "p",
                "In AUTO the system starts when the air temperature falls below +2 °C and the water temperature 1 m "
                "below the surface is below +4 °C. It stops when the air temperature has stayed above +4 °C for "
                "12 h. Both limits can be changed in the SETTINGS menu between 0 °C and +6 °C.",
            ),
            ("h", "Zone cycle"),
            (
                "p",
                "Zones run in pairs (1+2, 3+4, 5+6, 7+8), each pair for 15 min, then the next pair. Below -8 °C "
                "air temperature the time per pair is shortened to 10 min so that each zone comes round more often.",
            ),
            ("h", "Air demand"),
            (
                "p",
                "Zone flow (m³/h) = hose length (m) x 0.8. Example: a zone with 45 m of hose needs 45 x 0.8 = "
                "36 m³/h. "
                "The zones running at the same time may together use no more than the free air delivery, 120 m³/h "
                "at 2.0 bar. With two zones of 70 m (56 m³/h each) the pair needs 112 m³/h.",
            ),
            ("h", "Supply pressure"),
            (
                "p",
                "Supply pressure (bar) = hose depth (m) / 10 + 0.4. Example: a hose 6 m deep needs 6 / 10 + 0.4 = "
                "1.0 bar at the zone valve. A zone reading more than 0.5 bar above this value has blocked holes; a "
                "zone reading below depth / 10 has a torn or disconnected hose.",
            ),
            ("h", "Alarms"),
            (
                "p",
                "Pressure low (B05) below depth / 10 in a running zone for 60 s. Pressure high (B06) above 3.2 bar. "
                "Compressor discharge temperature alarm at 110 °C (B03).",
            ),
            ("h", "Limits of the method"),
            (
                "p",
                "The system keeps ice out only while the water at the hose depth is at least +1 °C warmer than at "
                "the surface. In a long frost the deep water cools too, and the open strips narrow.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Emergency stop", "Emergency stop or main switch open."],
            ["B02", "Motor overload", "Compressor motor protection tripped. Check the supply and the inlet filter."],
            [
                "B03",
                "Discharge hot",
                "Compressor discharge above 110 °C: inlet filter blocked, cooling air blocked, or room too warm.",
            ],
            [
                "B05",
                "Pressure low",
                "Running zone below depth / 10 for 60 s: hose torn or disconnected, or the zone valve leaking to a "
                "broken pipe.",
            ],
            ["B06", "Pressure high", "Above 3.2 bar: holes silted up or iced, zone valve not opening."],
            ["B07", "Dryer", "Dew point above -15 °C: membrane dryer pre-filter clogged."],
            ["B08", "Condensate drain", "Drain did not empty the receiver; drain valve frozen or blocked."],
            ["B09", "Air sensor", "Air temperature sensor open or short circuit; system runs continuously."],
            ["B10", "Water sensor", "Water temperature sensor fault; system runs continuously."],
            ["B11", "Cabinet cold", "Cabinet below +5 °C: heater or thermostat faulty."],
            ["B12", "Service due", "4000 compressor hours or 12 months since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ice forms at one recess while the others stay open",
                "Zone valve stuck closed, zone switched off in the menu, or holes of that hose silted",
                "Check the zone in the menu and its pressure; flush the hose (section 8)",
            ],
            [
                "Bubbles rise only near the wall, none further along the hose",
                "Hose torn or pulled off its connector close to the start",
                "Switch the zone off and call the divers to repair the hose",
            ],
            [
                "One spot boils violently, the rest of the hose bubbles weakly",
                "Hose cut at that spot",
                "Mark the spot; diving contractor to repair",
            ],
            [
                "High pressure in a zone and only a few weak bubbles",
                "Holes silted or iced up",
                "Flush the hose (section 8)",
            ],
            [
                "All zones low, compressor running continuously",
                "Leak in the cabinet header, or the condensate drain stuck open",
                "Listen for leaks in the cabinet; check the drain",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Autumn commissioning"),
    (
        "p",
        "Before 1 November each year, or before the first frost if earlier:",
    ),
    (
        "ol",
        [
            "Read the diving contractor's last hose report and check that all hoses are in place.",
            "Close the receiver drain, switch on the main switch and let the cabinet heaters run for 1 h.",
            "Start the compressor in MANUAL and check the receiver fills to 3.5 bar and stops.",
            "Run each zone alone for 10 min and write down its pressure.",
            "Compare each pressure with depth / 10 + 0.4 bar for that hose.",
            "Walk along each hose and check that bubbles rise evenly over its full length.",
            "Flush any zone that reads more than 0.5 bar above its value (section 8).",
            "Check the start and stop temperatures in SETTINGS and set the controller to AUTO.",
        ],
    ),
    ("h", "7. Checking a zone"),
    (
        "ol",
        [
            "Select the zone in MANUAL and let it run for at least 5 min.",
            "Read the zone pressure on the display.",
            "Look at the water surface: a steady line of bubbles over the whole hose length, without large boils.",
            "Note pressure and pattern in the winter logbook. Repeat monthly while the system is in AUTO.",
        ],
    ),
    ("h", "8. Flushing a silted hose"),
    (
        "ol",
        [
            "Switch the other zones off in the menu.",
            "Open the zone to be flushed and close its throttle valve until the pressure reaches 3.5 bar; never more.",
            "Hold for 5 min, then open the throttle fully. Repeat three times.",
            "Let the zone run normally for 15 min and read the pressure again.",
            "If it is still more than 0.5 bar above depth / 10 + 0.4 bar, the hose must be cleaned or replaced by "
            "the diving contractor.",
            "Switch the other zones back on and return to AUTO.",
        ],
    ),
    ("h", "9. Spring lay-up"),
    (
        "ol",
        [
            "After 31 March, or when no frost is forecast for two weeks, set the controller to OFF.",
            "Run each zone for 10 min in MANUAL to blow the water out of the hose ends.",
            "Switch off, vent the receiver and open its drain.",
            "Clean the inlet filter and leave the cabinet heaters on to keep the cabinet dry.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly in winter", "Check the condensate drain works; read the zone pressures"],
            ["3 months in winter", "Clean the compressor inlet filter RBK-IF-7; replace it when torn"],
            ["12 months", "Replace the dryer pre-filter RBK-DF-2"],
            ["4000 h or 12 months, whichever comes first (B12)", "Compressor service by Rimbeck service"],
            ["3 years", "Diving inspection of all hoses (diving contractor); report to the site"],
            ["As the national rules require", "Receiver inspection, arranged by the site"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Compressor inlet filter", "RBK-IF-7"],
            ["Dryer pre-filter element", "RBK-DF-2"],
            ["Zone valve DN 32, 24 V DC coil", "RBK-ZV-32"],
            ["Condensate drain valve with timer", "RBK-CD-1"],
            ["Water temperature sensor with 15 m cable", "RBK-WT-15"],
            ["Bubbler hose, per metre", "RBK-BH-25"],
            ["Hose connector with clamp", "RBK-HC-25"],
        ],
        (100, 70),
    ),
    (
        "p",
        "Replacement of a hose section under water is carried out by the diving contractor with connectors "
        "RBK-HC-25; the method is in the contractor's own work instructions.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("sluysmark-mg-mitre-lock-gate-drive.pdf", "Sluysmark SMK-OM-MG-04 Ed 3 - MG-160 / MG-250", SLUYSMARK),
        ("draaiholt-sd-swing-bridge-slewing-drive.pdf", "Draaiholt DRH-OM-SD-02 Ed 2 - SD-250 / SD-400", DRAAIHOLT),
        (
            "hefbrook-cr-lift-bridge-counterweight-rope-system.pdf",
            "Hefbrook HBK-IM-CR-07 Ed 1 - CR-60 / CR-90",
            HEFBROOK,
        ),
        ("rimbeck-ib-lock-ice-bubbler-system.pdf", "Rimbeck RBK-OM-IB8-01 Ed 2 - IB-8", RIMBECK),
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
