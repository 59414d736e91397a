"""Generate the PDF manuals of the hundred-and-forty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set149-scratch/venv && /tmp/set149-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set149-scratch/venv/bin/python knowledge/samples/hundredfortyninth/make_pdfs.py

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


# ---------------------------------------------------------------- Flashmoor FCB flash smelting concentrate burner
FLASHMOOR = [
    (
        "title",
        "Flashmoor FCB Concentrate Burners for Flash Smelting Furnaces\n"
        "Operation and Maintenance - FCB-140 and FCB-190",
    ),
    (
        "p",
        "Document FPS-OM-FCB-07, Edition 3, March 2025. Flashmoor Pyro Systems. The FCB-140 and FCB-190 are central "
        "jet distribution burners mounted on the roof of the reaction shaft of a copper flash smelting furnace. Dry "
        "concentrate, flux and recycled dust drop through the central feed pipe onto the distribution cone, where "
        "dispersion air blown through the cone ports spreads them into an even umbrella. Oxygen-enriched process air "
        "enters through the annular wind box and leaves through the gap around the feed pipe; a hydraulic velocity "
        "control sleeve sets the width of that gap, and so the outlet velocity, at any feed rate. A central oxygen "
        "lance adds technical oxygen at the cone. The burner block around the outlet is a water-cooled copper "
        "casting. Apart from the capacity and the items marked in this manual, the two models are built alike.",
    ),
    (
        "p",
        "The concentrate dryer, the dry concentrate bin, the air slides and the loss-in-weight feeder are covered by "
        "their own manuals. The oxygen plant and the process air blower belong to the site. The furnace refractory, "
        "the reaction shaft cooling elements and the uptake are the furnace builder's scope and are not described "
        "here.",
    ),
    (
        "warn",
        "WARNING: The burner works above a bath of molten matte and slag at about 1300 °C and in an atmosphere rich "
        "in SO2. Never open an inspection port or remove the lance while process gas flows. Work on the burner roof "
        "needs a hot work permit, an SO2 monitor on each person and a second person at the roof stairs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FCB-140", "FCB-190"],
            ["Concentrate feed rate, dry solids", "60-140 t/h", "90-190 t/h"],
            ["Process gas flow at the maximum feed rate", "38 000 Nm³/h", "52 000 Nm³/h"],
            ["Oxygen in the process gas", "40-75 % O2", "45-85 % O2"],
            ["Process gas velocity at the burner outlet", "80-120 m/s", "90-140 m/s"],
            ["Dispersion air through the cone", "1200-1800 Nm³/h at 3.0 bar", "1600-2400 Nm³/h at 3.5 bar"],
            ["Central oxygen lance", "up to 1500 Nm³/h", "up to 2200 Nm³/h"],
            ["Velocity control sleeve stroke", "0-250 mm", "0-320 mm"],
            ["Sleeve actuator, hydraulic pressure", "120 bar", "140 bar"],
            ["Distribution cone diameter", "420 mm", "500 mm"],
            ["Feed pipe inside diameter", "560 mm", "650 mm"],
            ["Cooling water, burner block", "45 m³/h", "60 m³/h"],
            ["Cooling water inlet temperature", "25-35 °C", "25-35 °C"],
            ["Burner mass without the block", "6.8 t", "8.9 t"],
            ["Burner block mass (copper)", "4.1 t", "5.6 t"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The feed rates hold only for dried chalcopyrite-based concentrate with no more than 0.3 % moisture and 80 % "
        "of the particles finer than 100 µm, fed with up to 12 % flux and 10 % recycled dust. For wetter or coarser "
        "feed, or for concentrates high in pyrite or bornite, ask Flashmoor for an assessment before raising the "
        "feed rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the hydraulic unit and close the lance oxygen valve before working at the sleeve or the lance.",
            "Oxygen-enriched air makes clothing and grease burn fiercely. Use only oxygen-clean tools and grease "
            "approved for oxygen service on the wind box and the lance.",
            "Cooling water must never be shut off while the furnace is hot, even with the feed stopped. Water "
            "reaching the molten bath through a leaking block can cause a steam explosion: at the first sign of a "
            "block leak, stop the feed and call the shift supervisor.",
            "Keep the roof clear of loose tools; anything dropped into the feed pipe ends in the furnace.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Oxygen flow"),
            (
                "p",
                "The furnace control system sets the oxygen flow from the feed rate and the oxygen coefficient: "
                "Oxygen flow (Nm³/h) = feed rate (t/h) x oxygen coefficient (Nm³/t). Example: 120 t/h x 180 Nm³/t = "
                "21 600 Nm³/h. The oxygen coefficient comes from the site's metallurgical model for the blend being "
                "smelted and the matte grade wanted; Flashmoor does not give one.",
            ),
            ("h", "Outlet velocity"),
            (
                "p",
                "Keep the outlet velocity inside the range of the technical data at every feed rate, using the "
                "sleeve. Below 80 m/s (FCB-140) or 90 m/s (FCB-190) the concentrate mixes poorly with the gas and "
                "unreacted feed falls through to the settler. Above 120 m/s or 140 m/s the jet erodes the shaft "
                "refractory. Each 10 mm of sleeve stroke changes the velocity by about 4 m/s at constant gas flow.",
            ),
            ("h", "Dispersion air"),
            (
                "p",
                "The dispersion air pressure at the cone must be at least 2.5 bar. Below that the umbrella collapses "
                "and alarm B06 is raised. Raise the dispersion air within its range when the feed rate goes up; "
                "never use it to correct the outlet velocity.",
            ),
            ("h", "Minimum feed"),
            (
                "p",
                "Do not run the burner below 60 t/h (FCB-140) or 90 t/h (FCB-190) for more than 30 min. At lower "
                "feed the flame moves up into the burner and the block overheats; hold the furnace temperature with "
                "the auxiliary burners instead.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "The temperature rise across the burner block must stay below 10 K. B02 warns at 10 K; B03 trips the "
                "feed at 15 K or when the flow falls below 70 % of the design flow. B01 warns when the flow falls "
                "below 80 % of the design flow.",
            ),
            ("h", "Feed interruption"),
            (
                "p",
                "If the concentrate feed stops for more than 20 s while process oxygen flows, the interlock cuts the "
                "oxygen to the pilot flow and B05 is shown. Restart the feed with the procedure in section 6.",
            ),
            ("h", "Lance position"),
            (
                "p",
                "The lance tip sits 150 mm ±10 mm above the top of the distribution cone. Check it at every cone "
                "change.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Cooling flow low", "Block cooling flow below 80 % of design. Check the strainer and the valves."],
            ["B02", "Cooling rise high", "Temperature rise across the block 10 K or more. Check the flow; look for "
             "build-up on the block face."],
            ["B03", "Cooling trip", "Rise of 15 K or flow below 70 % of design. Feed stopped. Do not restart until "
             "the cause is found."],
            ["B04", "Sleeve deviation", "Sleeve more than 10 mm from its setpoint for 30 s. Check the hydraulic unit "
             "and the position transmitter."],
            ["B05", "Feed lost", "No concentrate for more than 20 s with oxygen on. Oxygen cut to pilot flow."],
            ["B06", "Dispersion air low", "Pressure at the cone below 2.5 bar. Check the compressor and the cone "
             "ports."],
            ["B07", "Lance flow deviation", "Lance oxygen more than 10 % from setpoint for 60 s."],
            ["B09", "Block temperature high", "A block thermocouple above 250 °C. Check the cooling; inspect for "
             "a leak at the next stop."],
            ["B10", "Hydraulic pressure low", "Sleeve hydraulic unit below 90 % of its working pressure."],
            ["B11", "Feed pipe blocked", "Feeder running at high torque with no flow into the burner. Stop the "
             "feeder; rod the feed pipe (section 8)."],
            ["B12", "Service due", "8000 operating hours since the last inspection."],
        ],
        (16, 40, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Build-up growing on the cone and the block face, seen on the roof camera",
                "Dispersion air too low, concentrate moisture above 0.3 %, or outlet velocity at the bottom of its "
                "range",
                "Raise the dispersion air; check the dryer outlet moisture; clean the tip (section 8)",
            ],
            [
                "Unreacted concentrate in the settler, high magnetite in the slag",
                "Outlet velocity too low, worn or off-centre cone",
                "Close the sleeve to raise the velocity; inspect the cone at the next stop",
            ],
            [
                "Shaft refractory wearing on one side",
                "Cone worn unevenly or blocked cone ports",
                "Change the cone (section 7); clean the ports",
            ],
            [
                "SO2 and temperature in the uptake swinging every few minutes",
                "Uneven feed from the air slide or the feeder",
                "Check the air slide fluidising air and the feeder (their manuals)",
            ],
            [
                "Steam at the block cooling return",
                "Cooling flow far too low or a blocked channel",
                "Stop the feed at once; check the flow (B01, B03)",
            ],
        ],
        (52, 64, 58),
    ),
    ("h", "6. Starting the concentrate feed"),
    (
        "ol",
        [
            "Check that the furnace is at its operating temperature on the auxiliary burners and that the off-gas "
            "line, the waste heat boiler and the acid plant are ready to take gas.",
            "Check the block cooling: flow at the design value and inlet temperature 25-35 °C.",
            "Start the dispersion air and set it to the bottom of its range; the pressure at the cone must be at "
            "least 2.5 bar.",
            "Set the sleeve to the start position, 60 % of its stroke.",
            "Start the process air at the flow for the starting feed rate, then open the oxygen.",
            "Start the feeder at the minimum feed rate: 60 t/h (FCB-140) or 90 t/h (FCB-190).",
            "Watch the roof camera: the umbrella must be even all round within 2 min.",
            "Raise the feed in steps of no more than 10 t/h every 5 min, adjusting the sleeve so that the outlet "
            "velocity stays in range.",
            "Switch off the auxiliary burners when the feed has run steadily for 30 min.",
        ],
    ),
    ("h", "7. Changing the distribution cone"),
    (
        "ol",
        [
            "Stop the feed and purge the feed pipe with dispersion air for 5 min. Keep the block cooling running.",
            "Close the oxygen and lance valves, lock them and lock out the hydraulic unit.",
            "Remove the lance and lay it on its rack.",
            "Fit the lifting beam FPS-LB-2 to the cone shaft and take its weight with the roof hoist.",
            "Undo the six cone shaft clamp bolts and lift the cone up through the feed pipe.",
            "Check the new cone: ports clear, no cracks, diameter 420 mm (FCB-140) or 500 mm (FCB-190).",
            "Lower the new cone and fit the clamp bolts with oxygen-service anti-seize. Tighten them to 280 Nm in "
            "a cross pattern.",
            "Refit the lance and set the tip 150 mm ±10 mm above the top of the cone.",
            "Remove the locks and start the feed as in section 6.",
        ],
    ),
    ("h", "8. Cleaning the burner tip and rodding the feed pipe"),
    (
        "ol",
        [
            "Reduce the feed to the minimum and raise the dispersion air to the top of its range for 10 min; light "
            "build-up often falls off.",
            "If it does not, stop the feed as in section 7, step 1.",
            "Open the rodding port on the wind box only after the process gas has stopped.",
            "Knock off the build-up with the water-cooled rodding bar; never use an oxygen lance on the burner.",
            "To clear a blocked feed pipe (B11), rod it from the top hatch with the feeder locked out.",
            "Close the port and restart as in section 6.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the roof camera image and the block cooling readings; log the sleeve position"],
            ["Weekly", "Check the hydraulic unit oil level and filter indicator"],
            ["Every 3 months or 2000 h, whichever comes first", "Inspect the lance tip; check the sleeve for "
             "smooth travel over the full stroke"],
            ["At every furnace stop", "Inspect the cone and its ports; measure the cone wear"],
            ["8000 h (B12)", "Flashmoor inspection: block pressure test, sleeve seals, wind box"],
        ],
        (70, 104),
    ),
    (
        "p",
        "Change the cone when its diameter has worn by 15 mm or more, or when a port has eroded into the next one. "
        "The burner block pressure test and any repair of the block are done by Flashmoor service only.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FCB-140", "FCB-190"],
            ["Distribution cone", "FPS-DC-420", "FPS-DC-500"],
            ["Oxygen lance tip", "FPS-LT-15", "FPS-LT-22"],
            ["Sleeve seal kit", "FPS-SK-140", "FPS-SK-190"],
            ["Block thermocouple, type K", "FPS-TC-K6", "FPS-TC-K6"],
            ["Cone clamp bolt set (6)", "FPS-CB-24", "FPS-CB-30"],
        ],
        (84, 45, 45),
    ),
]

# ---------------------------------------------------------------- Torvelund PTD Peirce-Smith converter tilting drive
TORVELUND = [
    ("title", "Torvelund PTD-46 Tilting Drive for Peirce-Smith Converters\nOperation and Maintenance Manual"),
    (
        "p",
        "Document TVL-OM-PTD-46, Edition 2, November 2024. Torvelund Heavy Drives. The PTD-46 turns a Peirce-Smith "
        "converter of 4.6 m shell diameter and up to 11.0 m shell length. Two AC motors on variable frequency drives "
        "each drive a planetary reducer; the two output pinions mesh with the girth gear on the converter shell. Each "
        "motor carries a spring-applied disc brake. An emergency air motor on the first reducer can turn the "
        "converter out of the blowing position when the power fails, using air from its own receiver. Two absolute "
        "encoders on the trunnion give the tilt angle.",
    ),
    (
        "p",
        "The converter shell, its riding rings and support rollers, the hood and the tuyere line belong to the "
        "converter builder and are covered by the converter manual. The blowing air supply and the process control "
        "system belong to the site.",
    ),
    (
        "warn",
        "WARNING: A converter that turns with tuyeres under the bath and no blowing air floods its tuyeres with "
        "matte. Never stop the blowing air with the converter in the blowing position. Never stand on the aisle "
        "side of the converter mouth while it turns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Converter served", "4.6 m diameter, shell length up to 11.0 m, up to 280 t of charge"],
            ["Working range", "-10° to +125° (0° = blowing position)"],
            ["Tuyeres clear of the bath", "from +45°"],
            ["Normal tilting speed", "0.6 rpm"],
            ["Creep speed", "0.06 rpm"],
            ["Main motors", "2 x 110 kW, 690 V, 1490 rpm, on variable frequency drives"],
            ["Planetary reducers", "2, ratio 1:245, oil ISO VG 320, 480 L each"],
            ["Girth gear", "192 teeth, module 40, four segments"],
            ["Pinions", "2 x 19 teeth"],
            ["Motor brakes", "spring-applied disc brakes, 2 x 4500 Nm per motor"],
            ["Emergency drive", "air motor 55 kW at 6 bar on reducer 1, receiver 12 m³"],
            ["Maximum torque at the shell", "2400 kNm"],
            ["Girth gear lubrication", "spray system, open gear lubricant, 1.2 L per hour of running"],
            ["Supply", "690 V 3~ 50 Hz, 2 x 250 A; control 24 V DC"],
        ],
        (60, 114),
    ),
    (
        "p",
        "The tilting times hold with both motors running and the converter charged within its rated 280 t. With one "
        "motor the drive is limited to creep speed and to a charge of no more than 180 t.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Before any work on the drive, empty the converter or let its charge freeze, turn it to 0°, set both "
            "brakes, close the emergency air valve and lock out both drives and the air motor.",
            "Never release a brake by hand while the converter is out of balance; the shell can turn by itself.",
            "The girth gear guard may only be opened with the drive locked out. The spray nozzles fire without "
            "warning.",
            "Hot matte splashes can reach the drive platform during charging. Keep the platform doors shut.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Tilting time"),
            (
                "p",
                "One revolution per minute is 6° per second, so: Tilting time (s) = angle (°) / (6 x speed (rpm)). "
                "Example: from blowing to the charging position, 62° at 0.6 rpm = 62 / 3.6 = 17.2 s. The drive "
                "slows to creep speed 5° before each end of the working range and before every stored position.",
            ),
            ("h", "Emergency tilt"),
            (
                "p",
                "The emergency tilt starts by itself when the blowing air pressure at the wind box falls below "
                "0.8 bar with the converter at less than +45°, or when the 690 V supply has been lost for more than "
                "3 s. The air motor must bring the tuyeres clear of the bath, at +45°, within 60 s. The receiver must "
                "hold at least 5.5 bar; below that T11 is shown and blowing may not start.",
            ),
            ("h", "Load sharing"),
            (
                "p",
                "The currents of the two motors must stay within 10 % of each other. A difference of more than "
                "15 % for 10 s gives T06.",
            ),
            ("h", "Brakes"),
            (
                "p",
                "Air gap 0.8-1.2 mm with the brake applied. Replace the pads when the lining is worn to 8 mm "
                "(new 14 mm). A brake that does not open within 1.5 s of the run command gives T03.",
            ),
            ("h", "Girth gear"),
            (
                "p",
                "Backlash between the girth gear and each pinion 1.2-2.0 mm. Radial runout of the girth gear no more "
                "than 1.5 mm and axial runout no more than 2.0 mm, measured at the four segment joints.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Reducer oil normally 50-80 °C. T09 warns at 90 °C; above 95 °C the drive is limited to creep speed.",
            ),
            ("h", "Encoders"),
            (
                "p",
                "The two encoders must agree within 1°. They are checked against the mechanical 0° mark on the "
                "riding ring: the reading must lie within ±0.5° of zero.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["T01", "Drive 1 fault", "Variable frequency drive 1 tripped. Read its own fault code on the drive panel."],
            ["T02", "Drive 2 fault", "As T01, drive 2. The converter can still be turned at creep speed on one motor."],
            ["T03", "Brake not open", "Brake release not confirmed within 1.5 s. Check the brake coil, the "
             "rectifier and the limit switch."],
            ["T04", "Brake pads worn", "Lining wear switch reached 8 mm. Replace the pads (section 7)."],
            ["T05", "Overtorque", "Torque above 110 % of rated for 2 s: mouth skull caught on the hood, charge "
             "too high, or a brake dragging."],
            ["T06", "Load sharing", "Motor currents more than 15 % apart for 10 s."],
            ["T08", "Encoder mismatch", "The two encoders differ by more than 1°."],
            ["T09", "Reducer hot", "Reducer oil at 90 °C or above."],
            ["T10", "Spray fault", "No lubricant spray pulse for 30 min of running. Check the barrel and the "
             "nozzles."],
            ["T11", "Emergency air low", "Receiver below 5.5 bar. Blowing may not start."],
            ["T12", "Emergency tilt done", "The air motor has turned the converter out. Reset only after the "
             "cause has been found and the receiver refilled."],
        ],
        (16, 40, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Converter keeps turning a little after the stop command",
                "Brake air gap too large or pads worn, or oil on the brake disc",
                "Check the air gap and the lining (section 7); clean the disc",
            ],
            [
                "Knocking once per pinion revolution",
                "Damaged pinion tooth, or backlash too small at a segment joint",
                "Measure the backlash at all four joints (section 8); inspect the teeth",
            ],
            [
                "Jerky motion at creep speed",
                "Dry girth gear, or the drive speed loop badly tuned after a drive change",
                "Check the spray (T10); have the drive settings checked by Torvelund",
            ],
            [
                "One motor much hotter than the other",
                "Load sharing lost, one brake dragging",
                "Compare the currents; check the brake air gaps",
            ],
            [
                "Emergency tilt slower than 60 s in the monthly test",
                "Receiver pressure low, air motor worn or its lubricator empty",
                "Check the receiver and the lubricator; call Torvelund if still slow",
            ],
        ],
        (52, 64, 58),
    ),
    ("h", "6. Monthly emergency tilt test"),
    (
        "ol",
        [
            "Choose a time with the converter empty or holding only a cold skull, and tell the shift supervisor and "
            "the control room.",
            "Turn the converter to 0° at creep speed.",
            "Check that the receiver holds at least 5.5 bar.",
            "Switch the drive to TEST on the local panel and press EMERGENCY TILT.",
            "Time the movement from 0° to +45° with a stopwatch: it must take no more than 60 s.",
            "Note the receiver pressure at the end of the test; it must still be at least 4.0 bar.",
            "Switch back to AUTO, refill the receiver and reset T12.",
            "Record the time and the pressures in the drive log.",
        ],
    ),
    ("h", "7. Checking the brake air gap and changing the pads"),
    (
        "ol",
        [
            "Make the drive safe as in section 2.",
            "Measure the air gap at three points round the brake with a feeler gauge: 0.8-1.2 mm.",
            "If the gap is outside the range, loosen the lock nuts and turn the three adjusting sleeves equally, "
            "then retighten the lock nuts.",
            "If the lining is worn to 8 mm, remove the brake cover and the two pad retainers.",
            "Slide out the old pads and fit the new set TVL-BP-45 on both sides.",
            "Refit the retainers, reset the air gap to 1.0 mm and refit the cover.",
            "Release the lockout and run the drive five times through 10° at creep speed to bed in the pads.",
        ],
    ),
    ("h", "8. Measuring the gear backlash"),
    (
        "ol",
        [
            "Turn the converter so that a segment joint of the girth gear meshes with pinion 1; make it safe.",
            "Fit a dial gauge on the pinion housing, touching a girth gear tooth at the pitch circle.",
            "Rock the converter against the brakes with the air motor at low pressure and read the backlash.",
            "Repeat at all four segment joints and at both pinions.",
            "Readings must lie between 1.2 and 2.0 mm. Report readings outside this range to Torvelund; the pinion "
            "position is set by Torvelund service.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the reducer oil levels and the spray barrel; listen for knocking"],
            ["Monthly", "Emergency tilt test (section 6); drain the receiver condensate"],
            ["Every 3 months", "Brake air gap and lining (section 7)"],
            ["Every 6 months", "Backlash at the four joints (section 8); encoder check against the 0° mark"],
            ["Every 8000 h or 2 years, whichever comes first", "Change the reducer oil, ISO VG 320, 480 L per "
             "reducer"],
            ["Every 5 years", "Torvelund inspection of the reducers and the air motor"],
        ],
        (70, 104),
    ),
    (
        "p",
        "Clean off old lubricant from the girth gear teeth at every converter reline. The bolts joining the girth "
        "gear segments and holding the gear on the shell are tightened to the converter builder's values; they are "
        "not given here.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Brake pad set (one brake)", "TVL-BP-45"],
            ["Brake coil 207 V DC", "TVL-BC-207"],
            ["Absolute encoder with coupling", "TVL-EN-13"],
            ["Spray nozzle, girth gear", "TVL-SN-04"],
            ["Air motor vane kit", "TVL-AV-55"],
            ["Pinion 19 teeth, module 40", "TVL-PN-1940"],
        ],
        (100, 74),
    ),
]

# ---------------------------------------------------------------- Formelind ACW anode casting wheel
FORMELIND = [
    ("title", "Formelind ACW Anode Casting Wheels\nOperating and Maintenance Instructions - ACW-18 and ACW-24"),
    (
        "p",
        "Document FML-OI-ACW-11, Edition 1, June 2025. Formelind Casting Systems. The ACW-18 and ACW-24 are single "
        "casting wheels for copper anodes. Fire-refined copper from the anode furnace runs along the launder into "
        "the tundish and the weighing ladle; the ladle, standing on three load cells, pours the set weight into "
        "each mould in turn. The wheel indexes one mould pitch after each pour and carries the anodes through the "
        "top and bottom cooling sprays to the take-off station, where the ejector lifts each anode and the take-off "
        "machine places it in the cooling tank. Before each pour the empty mould is sprayed with a mould release "
        "slurry. The two models differ in the number of moulds, the wheel size and the casting rate.",
    ),
    (
        "p",
        "The anode furnace, the launder and its burners, the cooling tank and the anode preparation machine have their "
        "own manuals. The anode weight and shape are set by the tankhouse; the mould release slurry recipe is the "
        "site's.",
    ),
    (
        "warn",
        "WARNING: Molten copper meeting water explodes. Never pour into a wet mould or a mould with standing water, "
        "and never spray water onto copper that has not yet set. Wear aluminised clothing, face shield and spats at "
        "the ladle.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ACW-18", "ACW-24"],
            ["Number of moulds", "18", "24"],
            ["Wheel pitch circle diameter", "9.2 m", "12.0 m"],
            ["Anode mass range", "300-420 kg", "300-420 kg"],
            ["Casting rate", "up to 45 t/h", "up to 70 t/h"],
            ["Anodes per hour", "up to 120", "up to 180"],
            ["Wheel drive", "hydraulic, 2 motors, power pack 15 kW", "hydraulic, 2 motors, power pack 22 kW"],
            ["Positioning accuracy at the ladle", "±3 mm", "±3 mm"],
            ["Weighing ladle capacity", "1.2 t", "1.5 t"],
            ["Weighing accuracy per anode", "±1.5 kg", "±2.0 kg"],
            ["Top cooling spray", "40 m³/h at 2.5 bar", "55 m³/h at 2.5 bar"],
            ["Bottom cooling spray", "60 m³/h at 3.0 bar", "80 m³/h at 3.0 bar"],
            ["Copper mould mass", "2.9 t", "2.9 t"],
            ["Mould release slurry", "0.3-0.5 L per mould", "0.3-0.5 L per mould"],
        ],
        (70, 52, 52),
    ),
    (
        "p",
        "The casting rates hold for anodes of 380 kg with the copper in the launder at 1150-1180 °C and moulds at "
        "their normal working temperature. Heavier anodes or hotter copper need a longer cooling time and lower the "
        "rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the area under the wheel free of water pools; drain gullies must be clear before casting starts.",
            "The wheel can index at any moment in AUTO. Enter the wheel pit only with the power pack locked out and "
            "the wheel pinned with the locking pin.",
            "The take-off machine grips anodes at up to 450 °C. Keep out of its travel range.",
            "Lift moulds only with the mould lifting frame FML-LF-29 and its four pins.",
        ],
    ),
    ("h", "3. Casting settings and limits"),
    (
        "cols",
        [
            ("h", "Anode weight"),
            (
                "p",
                "Each anode must be within ±2 % of the set weight. Anodes outside this band are marked and rejected "
                "at the take-off (F05). Example: at a set weight of 380 kg the band is 372.4-387.6 kg.",
            ),
            ("h", "Mould temperature"),
            (
                "p",
                "Mould surface temperature before the pour 160-220 °C, measured by the pyrometer after the spray. "
                "Never pour into a mould below 140 °C: the wheel stops with F03. Above 250 °C anodes stick and the "
                "mould cracks early; raise the bottom spray flow.",
            ),
            ("h", "Mould release spray"),
            (
                "p",
                "0.3-0.5 L of slurry per mould, applied as an even coat over the whole face. The slurry tank must be "
                "stirred at all times. The slurry density and its solids are set by the site.",
            ),
            ("h", "Pouring"),
            (
                "p",
                "Pour time 6-9 s per anode. The ladle lip must stand 40-60 mm above the mould face. Start the wheel "
                "index no sooner than 4 s after the ladle has returned level.",
            ),
            ("h", "Mould life"),
            (
                "p",
                "Replace a mould after 600 pours, or when it has a crack longer than 50 mm, or when its face has "
                "sunk by more than 8 mm, whichever comes first. The pour counter of each mould is in the MOULDS menu.",
            ),
            ("h", "Wheel indexing"),
            (
                "p",
                "Index time 5 s (ACW-18) or 6 s (ACW-24). The wheel must stop within ±3 mm of the pour position; "
                "outside ±8 mm F07 stops the ladle.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["F01", "Hydraulic pressure low", "Power pack below 160 bar. Check the oil level and the pump."],
            ["F02", "Hydraulic oil hot", "Oil above 60 °C. Check the oil cooler water."],
            ["F03", "Mould too cold", "Pyrometer below 140 °C. Reduce the spray flows; wait for the mould to warm."],
            ["F04", "Ladle overload", "More than the ladle capacity on the load cells. Stop the launder flow."],
            ["F05", "Weight out of band", "Anode more than 2 % from the set weight. Marked for rejection."],
            ["F06", "Load cell fault", "One load cell signal missing or more than 5 % from the mean of the other "
             "two."],
            ["F07", "Index position", "Wheel more than 8 mm from the pour position."],
            ["F08", "Spray pressure low", "Top or bottom spray below 2.0 bar."],
            ["F09", "Ejector fault", "Ejector did not reach its upper end in 5 s: anode stuck in the mould."],
            ["F11", "Take-off fault", "Take-off gripper did not close on an anode."],
            ["F12", "Slurry tank low", "Mould release slurry below 20 % in the tank."],
            ["F13", "Mould pour count", "A mould has reached 600 pours."],
        ],
        (16, 40, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Anodes stick in the moulds, ejector struggles (F09)",
                "Too little mould release slurry, or moulds running above 250 °C",
                "Check the spray nozzles and the slurry tank; raise the bottom spray flow",
            ],
            [
                "Anode weights scatter widely around the set weight",
                "Load cell fault or the ladle touching its frame, or the launder flow too uneven",
                "Check the ladle for free movement; calibrate the load cells (section 7)",
            ],
            [
                "Fins along the anode edges and lugs",
                "Worn mould edges, or the ladle pouring too fast",
                "Check the mould pour count and face; lengthen the pour time",
            ],
            [
                "Thin lugs or lugs not filled",
                "Mould tilted or wheel not level at the pour position",
                "Check the wheel level and the index position (F07)",
            ],
            [
                "Blisters and holes on the anode surface",
                "Wet release coat or too much slurry, or gassy copper from the furnace",
                "Reduce the slurry quantity; check the mould temperature; ask the furnace crew about the reduction",
            ],
        ],
        (52, 64, 58),
    ),
    ("h", "6. Starting a cast"),
    (
        "ol",
        [
            "Check that the wheel pit is dry and the drain gullies are clear.",
            "Start the hydraulic power pack and the cooling water; check both spray pressures.",
            "Preheat the ladle and the tundish with the gas burners for at least 45 min.",
            "Select the anode recipe: set weight and pour time.",
            "Run the wheel once round in AUTO without copper, with the mould spray on, to coat all moulds.",
            "Check on the pyrometer that the mould at the ladle is at 160-220 °C.",
            "Tell the furnace crew to start the copper flow into the launder.",
            "Pour the first three anodes in MANUAL and check their weights before switching to AUTO.",
        ],
    ),
    ("h", "7. Calibrating the ladle load cells"),
    (
        "ol",
        [
            "Empty the ladle and lock it level with the ladle pin.",
            "Select CALIBRATION in the LADLE menu and press ZERO.",
            "Hang the test weight frame FML-TW-5 with 500 kg of certified weights from the ladle lugs.",
            "Enter 500 kg and press SPAN.",
            "Remove the weights and check that the display returns to 0 kg ±1 kg.",
            "Hang the weights again: the reading must be 500 kg ±1 kg; if not, repeat from step 2.",
            "Remove the frame and the ladle pin and save the calibration.",
        ],
    ),
    ("h", "8. Replacing a mould"),
    (
        "ol",
        [
            "Index the mould to be replaced to the take-off station and stop the wheel.",
            "Let the mould cool below 80 °C with the sprays; then switch the sprays off.",
            "Lock out the power pack and fit the wheel locking pin.",
            "Remove the four mould clamps and their wedges.",
            "Fit the lifting frame FML-LF-29 with its four pins and lift the mould out with the casting bay crane.",
            "Clean the mould seat and check the two locating dowels.",
            "Set the new mould on the seat and check that it sits level within 1 mm across its face.",
            "Fit the clamps and drive the wedges home.",
            "Reset the mould's pour counter in the MOULDS menu.",
            "Preheat the new mould with the burner to at least 160 °C before the first pour.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every cast", "Check the spray nozzles and the slurry tank stirrer; check the moulds for cracks"],
            ["Weekly", "Check the load cells with the 500 kg weights"],
            ["Monthly", "Grease the wheel slewing bearing; check the wheel level at four points"],
            ["Every 6 months or 4000 h, whichever comes first", "Change the hydraulic filters; check the power pack "
             "oil"],
            ["Yearly", "Formelind inspection of the slewing bearing and drive motors"],
        ],
        (70, 104),
    ),
    (
        "p",
        "New moulds are cast by the site's mould shop or bought from a supplier; the mould pattern and the mould "
        "casting practice are not part of this manual.",
    ),
    (
        "p",
        "Hydraulic oil for the power pack: ISO VG 46, 250 L (ACW-18) or 320 L (ACW-24). Grease for the slewing "
        "bearing: lithium complex EP2, 1.5 kg per month on both models, through the six nipples while the wheel "
        "turns slowly in MANUAL.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "ACW-18", "ACW-24"],
            ["Load cell 2 t", "FML-LC-20", "FML-LC-20"],
            ["Spray nozzle, bottom", "FML-SN-B18", "FML-SN-B24"],
            ["Mould clamp with wedge", "FML-MC-18", "FML-MC-24"],
            ["Ejector cylinder seal kit", "FML-EJ-S1", "FML-EJ-S2"],
            ["Pyrometer with air purge", "FML-PY-3", "FML-PY-3"],
        ],
        (70, 52, 52),
    ),
]

# ---------------------------------------------------------------- Strupvik CSM cathode stripping machine
STRUPVIK = [
    ("title", "Strupvik CSM Cathode Stripping Machines\nOperator and Maintenance Manual - CSM-300 and CSM-450"),
    (
        "p",
        "Document STV-OM-CSM-04, Edition 2, January 2025. Strupvik Tankhouse Machines. The CSM-300 and CSM-450 strip "
        "copper cathode sheets from permanent stainless steel cathode plates. The tankhouse crane sets a full load "
        "of plates on the receiving conveyor; the machine washes them with hot water, flexes each plate to crack the "
        "copper loose at the top edge, drives the stripping wedges in between copper and steel and peels both "
        "sheets off. The sheets go to the discharge conveyor for the washing and bundling line; the bare plates pass "
        "the plate inspection station and the edge strip check and go back to the crane rack, or to the reject "
        "rack. The CSM-450 has a second flexing station and a faster walking beam; otherwise the two models are "
        "built alike.",
    ),
    (
        "p",
        "The crane, the cathode washing and bundling line and the plate straightening press have their own manuals. "
        "The electrolyte, the current density and the plating cycle belong to the tankhouse operation and are not "
        "covered here.",
    ),
    (
        "warn",
        "WARNING: Stripped copper sheets have sharp edges and weigh up to 80 kg. Enter the machine only through the "
        "interlocked gates, with the machine stopped and locked out. Hot wash water at up to 85 °C scalds.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CSM-300", "CSM-450"],
            ["Stripping capacity", "300 plates/h", "450 plates/h"],
            ["Cathode plate, stainless steel 316L", "1000 x 1000 mm active face", "1000 x 1000 mm active face"],
            ["Copper sheet mass per side", "35-80 kg", "35-80 kg"],
            ["Flexing stations", "1", "2"],
            ["Flexing stroke at mid-height", "15 mm", "18 mm"],
            ["Wash water", "6 m³/h at 4 bar, 75-85 °C", "9 m³/h at 4 bar, 75-85 °C"],
            ["Hydraulic power pack", "30 kW, 160 bar", "45 kW, 180 bar"],
            ["Walking beam stroke", "110 mm", "110 mm"],
            ["Compressed air", "6 bar, 300 Nm³/h", "6 bar, 420 Nm³/h"],
            ["Electrical supply", "400 V 3~ 50 Hz, 110 kVA", "400 V 3~ 50 Hz, 160 kVA"],
            ["Machine mass", "38 t", "52 t"],
        ],
        (70, 52, 52),
    ),
    (
        "p",
        "The capacities hold for plates carrying 40-70 kg of copper per side after a normal plating cycle, with "
        "straight plates and sound edge strips. Thin or heavily nodulated copper and bent plates lower the rate.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the hydraulic power pack and bleed the accumulator to 0 bar before reaching into the flexing "
            "or wedge stations.",
            "Wear cut-resistant gloves and sleeves when handling sheets or plates by hand.",
            "The wash hood collects acid mist; keep its extraction running whenever the wash runs.",
            "Never stand under a plate hanging from the crane over the receiving conveyor.",
        ],
    ),
    ("h", "3. Stripping settings and limits"),
    (
        "cols",
        [
            ("h", "Washing"),
            (
                "p",
                "Wash the plates at 75 °C or more to remove electrolyte and soften the copper-steel bond. Below "
                "70 °C the machine shows S03 and sheets strip poorly.",
            ),
            ("h", "Flexing"),
            (
                "p",
                "Each plate is flexed 15 mm (CSM-300) or 18 mm (CSM-450) at mid-height, twice. Never set more than "
                "20 mm on either model: the plates take a permanent bend and must go to the straightening press.",
            ),
            ("h", "Wedge entry"),
            (
                "p",
                "The wedges must enter at least 20 mm below the top edge of the copper. Wedge force: no more than "
                "12 kN (CSM-300) or 15 kN (CSM-450). A plate that has not stripped after two attempts goes to the "
                "reject rack (S07).",
            ),
            ("h", "Thin copper"),
            (
                "p",
                "Sheets thinner than 3 mm tear instead of peeling. Strip them in SLOW mode at half the walking beam "
                "speed and check the wedge entry by eye.",
            ),
            ("h", "Edge strips"),
            (
                "p",
                "The plastic edge strips on the plate sides must be whole and tight. A plate whose strip is cracked, "
                "or lifted by more than 10 mm anywhere, goes to the reject rack to have the strip replaced.",
            ),
            ("h", "Plate straightness"),
            (
                "p",
                "Plates bent by more than 5 mm over their width are rejected by the inspection station (S10) and go "
                "to the straightening press.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Hydraulic pressure low", "Below 140 bar (CSM-300) or 160 bar (CSM-450)."],
            ["S02", "Hydraulic oil hot", "Oil above 65 °C. Check the cooler and the oil level."],
            ["S03", "Wash water cold", "Below 70 °C. Check the heater and the steam supply."],
            ["S04", "Wash pressure low", "Below 3 bar. Clean the nozzles and the strainer."],
            ["S05", "Plate missing", "A position on the walking beam is empty where a plate was expected."],
            ["S07", "Strip failed", "Plate not stripped after two attempts. Sent to the reject rack."],
            ["S08", "Sheet not released", "Sheet gripper still closed after 3 s. Check the gripper air."],
            ["S09", "Discharge full", "Discharge conveyor full; the bundling line has stopped."],
            ["S10", "Plate bent", "Plate bent by more than 5 mm. Sent to the reject rack."],
            ["S11", "Gate open", "An interlocked gate opened during the cycle. Machine stopped."],
            ["S12", "Accumulator precharge", "Accumulator precharge below 90 bar. Recharge with nitrogen."],
            ["S13", "Service due", "4000 h since the last service."],
        ],
        (16, 40, 118),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Wedges slide over the copper instead of entering, many S07 rejects",
                "Copper grown over the top edge because the edge strips are worn, or too little flexing",
                "Check the edge strips on the rejected plates; check the flexing stroke",
            ],
            [
                "Copper peels on one side only",
                "One wedge worn or its cylinder slow",
                "Change the wedge blades (section 7); check the cylinder",
            ],
            [
                "Sheets torn or folded on the discharge conveyor",
                "Copper thinner than 3 mm, or sheet gripper timing off",
                "Use SLOW mode; check the gripper timing",
            ],
            [
                "Plates dropped at the transfer to the walking beam",
                "Worn hanger bar hooks, or plates hanging skew after the crane",
                "Check the hooks; tell the crane crew",
            ],
            [
                "White or blue deposits left on the sheets",
                "Wash water too cold or blocked nozzles",
                "Check S03 and S04; clean the nozzles",
            ],
        ],
        (52, 64, 58),
    ),
    ("h", "6. Starting the machine"),
    (
        "ol",
        [
            "Check that all gates are shut and the reject rack has free places.",
            "Start the wash hood extraction and the wash water heating; wait for 75 °C.",
            "Start the hydraulic power pack and check the pressure: 160 bar (CSM-300) or 180 bar (CSM-450).",
            "Check that the bundling line is running and ready for sheets.",
            "Select AUTO and press START; the walking beam makes one empty cycle.",
            "Tell the crane driver that the machine is ready for the first load.",
        ],
    ),
    ("h", "7. Changing the wedge blades"),
    (
        "ol",
        [
            "Stop the machine at the end of a cycle with the wedge station empty.",
            "Lock out the power pack and bleed the accumulator to 0 bar.",
            "Open gate 3 and fit the wedge holder support bar.",
            "Undo the four M12 blade screws on each wedge and remove the blades.",
            "Clean the blade seats and fit new blades on both sides together: STV-WB-300 (CSM-300) or STV-WB-450 "
            "(CSM-450).",
            "Tighten the screws to 85 Nm.",
            "Remove the support bar and close the gate.",
            "Run five plates in SLOW mode and check that the wedges enter at least 20 mm below the copper edge.",
        ],
    ),
    ("h", "8. Setting the flexing stroke"),
    (
        "ol",
        [
            "Select SETUP > FLEX and enter the stroke: 15 mm (CSM-300) or 18 mm (CSM-450).",
            "Place a bare test plate in the flexing station in MANUAL.",
            "Fit the dial gauge on the gauge bracket at mid-height of the plate.",
            "Press FLEX once and read the deflection; it must be within ±1 mm of the setting.",
            "Adjust the end stop of the flexing cylinder if needed and repeat.",
            "Check that the plate springs back straight; a bent plate means the stroke is too large.",
        ],
    ),
    ("h", "9. Clearing a jammed plate"),
    (
        "ol",
        [
            "Press STOP and wait until all movement has ended.",
            "Find the jam on the overview screen: the station with the red position marker.",
            "Lock out the power pack and bleed the accumulator to 0 bar.",
            "Open the nearest gate and check that the walking beam is down on its rests.",
            "Free the plate by hand with two persons, wearing cut-resistant gloves; never pull on a half-stripped "
            "sheet with the crane.",
            "Move the plate and any loose sheets to the reject rack.",
            "Look for the cause: a bent hanger bar, a torn sheet or a broken edge strip.",
            "Close the gate, remove the lockout, press RESET and restart in SLOW mode for one load.",
        ],
    ),
    (
        "p",
        "Rejected plates are collected on the reject rack, 30 places on both models. The plate workshop replaces "
        "edge strips and straightens bent plates; the straightening press has its own manual, and the edge strip "
        "fitting method is given by the strip supplier.",
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the wash nozzles; empty the reject rack; check the wedge blades for chips"],
            ["Weekly", "Check the flexing stroke (section 8); grease the walking beam guides"],
            ["Every 100 000 plates or 3 months, whichever comes first", "Change the wedge blades (section 7)"],
            ["Every 6 months", "Check the accumulator precharge (90-100 bar nitrogen)"],
            ["4000 h (S13)", "Strupvik service: hydraulic oil and filters, walking beam bearings"],
        ],
        (70, 104),
    ),
    (
        "p",
        "Keep a log of the S07 and S10 rejects per shift. A reject rate above 3 % of the plates stripped over a "
        "shift points to worn edge strips or plating trouble in the cells; tell the tankhouse supervisor. The "
        "hydraulic oil is ISO VG 46 (HLP 46), 400 L (CSM-300) or 630 L (CSM-450).",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CSM-300", "CSM-450"],
            ["Wedge blade pair", "STV-WB-300", "STV-WB-450"],
            ["Wash nozzle", "STV-WN-06", "STV-WN-06"],
            ["Sheet gripper pad set", "STV-GP-31", "STV-GP-45"],
            ["Flexing cylinder seal kit", "STV-FS-30", "STV-FS-45"],
            ["Edge strip, 1 m (for the plates)", "STV-ES-1000", "STV-ES-1000"],
        ],
        (70, 52, 52),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("flashmoor-fcb-flash-smelting-concentrate-burner.pdf", "Flashmoor FPS-OM-FCB-07 Ed 3 - FCB-140 / FCB-190",
         FLASHMOOR),
        ("torvelund-ptd-converter-tilting-drive.pdf", "Torvelund TVL-OM-PTD-46 Ed 2 - PTD-46", TORVELUND),
        ("formelind-acw-anode-casting-wheel.pdf", "Formelind FML-OI-ACW-11 Ed 1 - ACW-18 / ACW-24", FORMELIND),
        ("strupvik-csm-cathode-stripping-machine.pdf", "Strupvik STV-OM-CSM-04 Ed 2 - CSM-300 / CSM-450", STRUPVIK),
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
