"""Generate the PDF manuals of the ninety-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set91venv && /tmp/set91venv/bin/pip install fpdf2 pypdf
    /tmp/set91venv/bin/python knowledge/samples/ninetyfirst/make_pdfs.py

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




# ---------------------------------------------------------------- Tidewell TBS travelling band screens
TIDEWELL = [
    ("title", "Tidewell TBS Travelling Band Screens\nOperation and Maintenance Manual - TBS-20 and TBS-30"),
    (
        "p",
        "Document TWL-OM-TBS-04, Edition 3, March 2025. Tidewell Intake Screens. The TBS-20 and TBS-30 are "
        "through-flow travelling band screens for the open seawater intakes of desalination plants. Mesh panels "
        "are carried on two endless duplex stainless steel chains between a driven head shaft above the operating "
        "floor and an idler boot shaft near the channel floor. Debris held on the upstream face of the panels is "
        "lifted above the floor, washed off by a row of spray nozzles and carried away in the debris trough. Apart "
        "from the band width, the well depth, the drive and the items named in this manual, the two models are "
        "built alike. The intake channel, the stop logs, the intake pumps and their control, the handling of the "
        "debris beyond the trough outlet and the diving inspection of the boot section are the site's. Drive "
        "parameters not listed here are in the frequency converter maker's manual.",
    ),
    (
        "warn",
        "WARNING: Never stand on the mesh panels or reach into the band while the screen can move. Isolate and lock "
        "off the drive and the spray pump before opening a cover. Work over open water only with a harness, a "
        "second person and a lifebuoy at hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TBS-20", "TBS-30"],
            ["Panel width (band width)", "2000 mm", "3000 mm"],
            ["Channel width at the screen", "2300 mm", "3300 mm"],
            ["Maximum well depth, operating floor to channel floor", "12.0 m", "15.0 m"],
            ["Number of mesh panels, panel height 600 mm", "44", "54"],
            ["Mesh, woven super duplex, standard (option)", "3 mm (2 mm)", "3 mm (2 mm)"],
            ["Design flow at 6.0 m water depth and 0.15 m/s approach velocity", "6480 m³/h", "9720 m³/h"],
            ["Band speed, slow / fast", "3.0 / 6.0 m/min", "3.0 / 6.0 m/min"],
            ["Time for one band revolution, slow / fast", "8.8 / 4.4 min", "10.8 / 5.4 min"],
            ["Drive motor 400 V 3~ 50 Hz, on a frequency converter", "1.5 kW, 3.4 A", "2.2 kW, 4.8 A"],
            ["Gearbox oil, synthetic ISO VG 220", "4.5 L", "7.0 L"],
            ["Torque limiter trip setting at the head shaft", "2.4 kNm", "3.6 kNm"],
            ["Chains, duplex 2205, pitch 150 mm, breaking load", "180 kN", "250 kN"],
            ["Spray nozzles at 100 mm spacing", "20", "30"],
            ["Spray water flow at 4.0 bar", "40 m³/h", "60 m³/h"],
            ["Spray water pressure at the header", "3.5-4.5 bar", "3.5-4.5 bar"],
            ["Maximum differential level across the screen (structural)", "1.5 m", "1.2 m"],
            ["Mass without water", "9.8 t", "14.5 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The design flow holds only for the standard 3 mm mesh, clean panels and 6.0 m of water in the channel at "
        "the screen. At other water depths the flow for the same approach velocity is band width x water depth x "
        "0.15 m/s x 3600 (m³/h). The flow with the 2 mm mesh is given on the order confirmation of each screen, "
        "not here.",
    ),
    ("h", "2. Operating settings and limits"),
    (
        "cols",
        [
            ("h", "Operating modes"),
            (
                "p",
                "In AUTO the band runs one full revolution at slow speed every 60 min (settable 15-240 min), or at "
                "once when the differential level reaches 100 mm. In SEASON mode, for jellyfish blooms and seaweed "
                "storms, the band runs continuously at slow speed and changes to fast speed at 150 mm. In HAND the "
                "band runs at slow speed as long as the button is held.",
            ),
            ("h", "Differential level"),
            (
                "p",
                "Two level transmitters measure the water level upstream and downstream of the band. Above 100 mm "
                "the band runs continuously at slow speed; above 200 mm at fast speed; above 300 mm alarm A04 is "
                "sent to the site control system and the band keeps running fast. Whether to reduce or stop the "
                "intake pumps is the site's decision and is not set in the screen panel. The band goes back to "
                "slow speed when the differential has stayed below 80 mm for 10 min.",
            ),
            ("h", "Spray water"),
            (
                "p",
                "The spray wash runs whenever the band moves and for 2 min after it stops. The pressure at the "
                "header must be between 3.5 and 4.5 bar. Below 3.5 bar for 30 s alarm A05 is shown; the band keeps "
                "running. Above 4.5 bar the mesh wears faster: do not raise the pressure to remove heavy growth, "
                "brush the panels by hand instead. The spray water is filtered seawater from the site's wash pump "
                "through the 1 mm strainer on the header.",
            ),
            ("h", "Torque limiter"),
            (
                "p",
                "A friction torque limiter on the head shaft slips at the setting in the table and a proximity "
                "switch gives alarm A03. Never raise the setting to drive the band through a jam; find and remove "
                "the cause first.",
            ),
            ("h", "Chain take-up"),
            (
                "p",
                "The take-up screws on the head frame have 100 mm of travel. Both sides must be set equally, within "
                "2 mm of each other. When all the travel has been used the chains are worn out and must be "
                "replaced, never shortened by removing links.",
            ),
            ("h", "Carryover"),
            (
                "p",
                "Debris on the downstream side of the band is carryover. A few leaves a day are normal; a steady "
                "carryover of weed or shells points to worn side seals or a torn panel.",
            ),
        ],
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only persons trained on this screen may operate it. Keep the covers closed while the band runs.",
            "The screen well is a confined space. Entry needs the site's permit, gas testing and a rescue plan.",
            "The band can move on its own weight if a chain breaks or the brake is released. Secure it with the "
            "locking bar at the head frame before any work on the panels or chains.",
            "Spray water at 4 bar can cut skin. Never hold a hand or tool in front of a nozzle.",
            "Debris from the trough may hold jellyfish, sharp shells and dead fish. Wear gloves and eye protection.",
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop pressed or its circuit open. Release it, then press RESET."],
            [
                "A02",
                "Drive motor overload",
                "Thermal overload of the drive motor: band jammed, gearbox oil low or a phase missing. Let the motor "
                "cool for 15 min before a restart.",
            ],
            [
                "A03",
                "Torque limiter slipped",
                "Band blocked by a log, a rope or a panel caught in the frame. Stop, lock off and inspect the band "
                "over its full length.",
            ],
            [
                "A04",
                "Differential high-high",
                "Differential level above 300 mm. Heavy debris load or band not running. The site decides on the "
                "intake pumps.",
            ],
            [
                "A05",
                "Spray water pressure low",
                "Below 3.5 bar for 30 s: wash pump stopped, header strainer blocked or a nozzle missing.",
            ],
            ["A06", "Upstream level signal fault", "Signal below 3.6 mA or above 21 mA. Check the transmitter."],
            ["A07", "Downstream level signal fault", "As A06, downstream transmitter."],
            [
                "A09",
                "No band motion",
                "No pulses from the boot shaft speed sensor for 20 s with the drive running: chain broken, chain off "
                "a sprocket or sensor fault.",
            ],
            ["A10", "Frequency converter fault", "See the converter's display and its maker's manual."],
            ["A11", "Gearbox oil temperature high", "Above 90 °C. Check the oil level and the band for drag."],
            ["A12", "Service due", "4000 running hours or 12 months since the last service. The screen still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Weed and shells found downstream of the screen",
                "Side seals worn, a panel torn or a panel seal missing",
                "Inspect the side seals and the panels at slow speed; replace worn seals and torn panels (section 7)",
            ],
            [
                "Debris stays on the panels after they pass the spray bar",
                "Nozzles blocked, spray pressure low or nozzles turned",
                "Clean the header strainer and the nozzles; check 3.5-4.5 bar at the header",
            ],
            [
                "Band runs jerkily with a knocking noise at the head",
                "Chains stretched, take-up unequal or sprocket teeth worn",
                "Measure the chain elongation and set the take-up (section 8)",
            ],
            [
                "Differential keeps rising even at fast speed",
                "Jellyfish bloom or seaweed storm",
                "Run in SEASON mode and tell the site control room",
            ],
            [
                "Debris trough overflows",
                "Trough flushing water too low or the trough outlet blocked",
                "Clear the outlet; check the flushing water valve is fully open",
            ],
            [
                "Chain jumps a tooth at the boot",
                "Chain slack or a foreign body in the boot sprocket",
                "Set the take-up; have the boot inspected by the site's divers",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the screen after a stop"),
    (
        "ol",
        [
            "Check that the locking bar at the head frame is removed and stowed in its holder.",
            "Check that all covers are closed and nobody is on the operating floor inside the railing.",
            "Open the spray water valve and start the site's wash pump.",
            "Check the spray pressure at the header: 3.5-4.5 bar.",
            "Reset any alarm on the panel and select HAND.",
            "Run the band at slow speed for one full revolution and watch the panels pass the spray bar.",
            "Listen at the head for knocking and look for panels that do not sit flat.",
            "Select AUTO, or SEASON during a bloom.",
            "Check that the differential level shown is below 100 mm after the first revolution.",
        ],
    ),
    ("h", "7. Replacing a mesh panel"),
    (
        "ol",
        [
            "In HAND, bring the damaged panel to the inspection opening at slow speed.",
            "Stop the band, isolate and lock off the drive and the wash pump.",
            "Fit the locking bar at the head frame.",
            "Remove the inspection cover.",
            "Hook the panel to the lifting tackle; a 3 mm panel weighs 38 kg (TBS-20) or 55 kg (TBS-30).",
            "Remove the eight M12 bolts that hold the panel to the chain attachments.",
            "Lift the panel out and fit the new one with new side seal strips.",
            "Fit the eight M12 A4-70 bolts with new nyloc nuts and tighten them to 45 Nm.",
            "Check that the side seals touch the frame along the full panel height.",
            "Refit the cover, remove the locking bar and run the band for one revolution in HAND.",
        ],
    ),
    ("h", "8. Checking chain elongation and setting the take-up"),
    (
        "ol",
        [
            "Run the band in HAND until a straight run of chain is at the inspection opening, then lock off.",
            "Measure over 10 pitches on each chain with a steel tape. Nominal length is 1500 mm.",
            "Replace both chains when either chain measures 1530 mm or more (2 % elongation).",
            "Slacken the lock nuts on both take-up screws.",
            "Turn both screws by the same amount until the chains hang with no more than 25 mm of sag below the "
            "head sprocket.",
            "Measure the take-up on both sides: the two readings must be within 2 mm of each other.",
            "Tighten the lock nuts and record the take-up reading in the log.",
            "Run the band for one revolution at slow speed and listen for knocking.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the spray pattern and the debris trough; look for carryover downstream"],
            ["Weekly", "Clean the header strainer; check the gearbox oil level"],
            ["Monthly", "Inspect the side seals and panels over a full revolution"],
            ["3 months", "Measure chain elongation and set the take-up (section 8)"],
            ["4000 running hours or 12 months, whichever comes first", "Change the gearbox oil; Tidewell service (A12)"],
            ["2 years", "Diving inspection of the boot shaft, its bearings and the sill (site's dive contractor)"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TBS-20", "TBS-30"],
            ["Mesh panel, 3 mm", "TWL-MP-20-3", "TWL-MP-30-3"],
            ["Side seal strip, one panel", "TWL-SS-20", "TWL-SS-30"],
            ["Spray nozzle, flat fan", "TWL-SN-65", "TWL-SN-65"],
            ["Chain, one strand complete", "TWL-CH-180", "TWL-CH-250"],
            ["Torque limiter friction lining set", "TWL-TL-20", "TWL-TL-30"],
            ["Boot shaft bearing bush, UHMW-PE", "TWL-BB-20", "TWL-BB-30"],
            ["Level transmitter, 0-4 m", "TWL-LT-4", "TWL-LT-4"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Quellmark QRO high-pressure RO feed pumps
QUELLMARK = [
    ("title", "Quellmark QRO High-Pressure RO Feed Pumps\nInstallation, Operation and Maintenance - QRO-250 and QRO-320"),
    (
        "p",
        "Document QPW-IOM-QRO-07, Edition 2, June 2024. Quellmark Pump Works. The QRO-250 and QRO-320 are "
        "horizontal multistage ring-section centrifugal pumps in super duplex stainless steel. They feed seawater "
        "to the reverse osmosis membranes of one train. A hydraulic balance drum carries the axial thrust; its "
        "leak-off returns to the suction. The shaft runs in two oil-bath rolling bearings with oil rings and is "
        "sealed at each end by a balanced cartridge mechanical seal. Apart from the flow, the number of stages, the "
        "motor and the values given for each model, the two pumps are built alike. The motor, its protection and "
        "its frequency converter have their own manuals. The pressure ramp at the membranes, the minimum flow line "
        "and the check valve are part of the plant's RO design and are set by the plant's RO control system. The "
        "pressure exchanger and the booster pump of the train have their own makers' manuals.",
    ),
    (
        "warn",
        "WARNING: The discharge side works at up to 74 bar. Never loosen a fitting, a plug or a gauge on the pump "
        "while it is under pressure. Before any work close the suction and discharge valves, open the casing "
        "drain and check that the pressure gauge shows 0 bar.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QRO-250", "QRO-320"],
            ["Rated flow", "250 m³/h", "320 m³/h"],
            ["Rated differential pressure", "66 bar", "68 bar"],
            ["Number of stages", "9", "8"],
            ["Speed", "2980 rpm", "2980 rpm"],
            ["Pump efficiency at the rated point", "82 %", "84 %"],
            ["Absorbed power at the rated point, seawater", "559 kW", "720 kW"],
            ["Motor 6.6 kV 3~ 50 Hz, rated output and current", "630 kW, 65 A", "800 kW, 82 A"],
            ["Minimum continuous flow (30 % of rated flow)", "75 m³/h", "96 m³/h"],
            ["Maximum flow (120 % of rated flow)", "300 m³/h", "384 m³/h"],
            ["Suction pressure at the suction flange", "2.0-5.0 bar g", "2.0-5.0 bar g"],
            ["Discharge pressure high trip (P02)", "72 bar", "74 bar"],
            ["Casing design pressure / hydrostatic test pressure", "90 / 135 bar", "90 / 135 bar"],
            ["Bearing oil ISO VG 68, each bearing housing", "0.9 L", "1.2 L"],
            ["Casing water volume", "180 L", "210 L"],
            ["Suction / discharge flange", "DN200 PN16 / DN150 PN100", "DN250 PN16 / DN200 PN100"],
            ["Mass of the pump on its baseplate, without motor", "2.6 t", "3.1 t"],
            ["Seawater temperature / total dissolved solids", "up to 40 °C / 45 g/L", "up to 40 °C / 45 g/L"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Flows, pressures and powers hold for seawater of density 1025 kg/m³ at 25 °C at 2980 rpm. At a lower speed "
        "on the frequency converter the flow falls in proportion to the speed and the pressure with the square of "
        "the speed. The absorbed power is flow (m³/h) x differential pressure (bar) / 36 / efficiency, in kW.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Suction pressure"),
            (
                "p",
                "At least 2.0 bar g at the suction flange at any flow, or the pump cavitates. The start permissive "
                "is 2.5 bar g. Below 2.0 bar g for 5 s the pump trips (P01). The cartridge filters and the feed "
                "pumps upstream are the plant's.",
            ),
            ("h", "Minimum flow"),
            (
                "p",
                "Never run below the minimum continuous flow for more than 60 s (P03). The pump must reach the "
                "minimum continuous flow within 60 s of a start.",
            ),
            ("h", "Starts"),
            (
                "p",
                "No more than 3 starts per hour, with at least 15 min between two starts. The panel blocks a start "
                "that breaks this rule (P11).",
            ),
            ("h", "Bearings"),
            (
                "p",
                "Normal bearing temperature is 50-70 °C. Alarm at 85 °C, trip at 95 °C (P04, P05). Change the oil "
                "every 4000 h or 12 months, whichever comes first; top up to the middle of the sight glass with the "
                "pump stopped.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Measured on the bearing housings as RMS velocity: up to 2.8 mm/s is good, alarm at 4.5 mm/s, trip "
                "at 7.1 mm/s (P06).",
            ),
            ("h", "Mechanical seals"),
            (
                "p",
                "Up to 10 drops per minute from each seal is normal. A steady stream, or more than 5 mL/min, means "
                "the seal must be changed. P08 shows when the 500 mL seal drain pot is full.",
            ),
            ("h", "Balance leak-off"),
            (
                "p",
                "The leak-off flow measured at commissioning is written on the test sheet. Alarm P09 is set at 1.5 "
                "times that value. A rising leak-off flow shows wear of the balance drum and its bushing; the "
                "internal parts are replaced by Quellmark service only.",
            ),
            ("h", "Standstill"),
            (
                "p",
                "After any stop longer than 24 h flush the pump with permeate (section 7). The pump must never stand "
                "filled with seawater for more than 72 h.",
            ),
        ],
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only trained persons may start, stop or work on the pump. Lock off the motor at its switchgear before "
            "any work; the frequency converter alone is not an isolation.",
            "Fit the coupling guard before every start. The coupling turns at 2980 rpm.",
            "A jet of water at 70 bar can penetrate skin. Treat any such injury as a medical emergency.",
            "Lift the pump only at the lifting lugs of the baseplate, never at the shaft or the nozzles.",
            "The bearing housings can reach 80 °C in normal running. Do not touch them without gloves.",
        ],
    ),
    ("h", "4. Protection panel codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "P01",
                "Suction pressure low",
                "Below 2.0 bar g for 5 s. Cartridge filters blocked, feed pump stopped or a suction valve partly "
                "closed.",
            ],
            [
                "P02",
                "Discharge pressure high",
                "Above the trip setting (72 / 74 bar). Membrane outlet valve closed or the RO control out of "
                "range.",
            ],
            ["P03", "Flow below minimum", "Below the minimum continuous flow for 60 s. Check the discharge valve."],
            ["P04", "Drive end bearing hot", "Alarm 85 °C, trip 95 °C. Check the oil level and the oil ring."],
            ["P05", "Non-drive end bearing hot", "As P04, non-drive end."],
            [
                "P06",
                "Vibration high",
                "Alarm 4.5 mm/s, trip 7.1 mm/s. Check the alignment, the foundation bolts and for cavitation.",
            ],
            ["P08", "Seal leakage high", "Seal drain pot full. Check which seal leaks and how much."],
            ["P09", "Balance leak-off high", "1.5 times the commissioning value. Call Quellmark service."],
            ["P10", "Motor winding hot", "From the motor protection relay; see the motor manual."],
            ["P11", "Start blocked", "3 starts in the last hour or less than 15 min since the last start."],
            ["P12", "Flush not completed", "The permeate flush was stopped before 3 casing volumes had passed."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Crackling noise like gravel in the pump, pressure needle flickers",
                "Cavitation: suction pressure too low",
                "Check the suction pressure (at least 2.0 bar g) and the cartridge filter differential",
            ],
            [
                "Flow and pressure low at full speed, leak-off flow higher than at commissioning",
                "Internal wear of the balance drum, bushing or wear rings",
                "Compare with the test sheet; call Quellmark service",
            ],
            [
                "Seal drips in a steady stream",
                "Seal faces worn or the flush orifice blocked",
                "Clean the flush orifice; change the seal cartridge",
            ],
            [
                "Bearing temperature creeps up over several weeks",
                "Oil level low, oil aged or the oil ring not turning",
                "Top up or change the oil (section 8); check the oil ring",
            ],
            [
                "Vibration high at running speed after work on the motor",
                "Coupling misaligned",
                "Check the alignment (section 9)",
            ],
            [
                "Oil milky in the sight glass",
                "Water in the oil from a leaking seal or washdown",
                "Change the oil at once and find the water source",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the pump"),
    (
        "ol",
        [
            "Check the oil level in both bearing housings: middle of the sight glass.",
            "Check that the seal drain pot is empty and its valve open.",
            "Open the suction valve fully and vent the casing at the top vent valve until water without air comes "
            "out.",
            "Check the suction pressure: at least 2.5 bar g.",
            "Check that P11 is not shown and that 15 min have passed since the last start.",
            "Set the discharge valve to its start position, 10-15 % open, or let the RO control system do so.",
            "Start the motor. The pump must reach 2980 rpm within 30 s.",
            "Check that the flow rises above the minimum continuous flow within 60 s: 75 m³/h (QRO-250) or 96 m³/h "
            "(QRO-320).",
            "Let the RO control system open the discharge valve and raise the membrane feed pressure.",
            "During the first hour check the seal leakage, the bearing temperatures and the vibration every 15 min.",
        ],
    ),
    ("h", "7. Stopping and flushing with permeate"),
    (
        "ol",
        [
            "Stop the pump with the RO control system's stop sequence.",
            "Close the discharge valve.",
            "Open the plant's permeate flush valve into the pump suction.",
            "Flush at least 3 casing volumes, 540 L (QRO-250) or 630 L (QRO-320), until the water at the casing "
            "drain is below 1000 µS/cm.",
            "Close the flush valve and leave the pump filled with permeate.",
            "For a stop of more than 30 days, turn the shaft by hand 5 full turns every week.",
        ],
    ),
    ("h", "8. Changing the bearing oil"),
    (
        "ol",
        [
            "Stop the pump and lock off the motor.",
            "Place a container under the drive end bearing housing and remove the drain plug.",
            "Do the same at the non-drive end.",
            "Look at the old oil: milky oil means water, glittering oil means bearing wear. Report either.",
            "Refit both drain plugs with new sealing rings.",
            "Fill each housing with ISO VG 68 turbine oil, 0.9 L (QRO-250) or 1.2 L (QRO-320), to the middle of the "
            "sight glass.",
            "Turn the shaft by hand and check through the filler hole that the oil ring turns with it.",
            "Refit the filler plugs and reset the oil hours in the panel.",
        ],
    ),
    ("h", "9. Checking the coupling alignment"),
    (
        "ol",
        [
            "Check the alignment after any work on the pump or the motor and 3 months after commissioning.",
            "Stop the pump, lock off the motor and remove the coupling guard. Check within 30 min of stopping, "
            "while the pump is still warm.",
            "Fit the laser or dial indicator brackets to the two coupling hubs.",
            "Measure the parallel offset and the angular error in the vertical and horizontal planes.",
            "Parallel offset must be within 0.05 mm and the angular error within 0.05 mm per 100 mm.",
            "Correct with stainless shims under the motor feet, no more than 4 shims per foot.",
            "Tighten the motor foot bolts to 450 Nm and measure again.",
            "Refit the coupling guard before the next start.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check seal leakage, bearing temperatures, oil level and vibration"],
            ["Monthly", "Record the balance leak-off flow and compare it with the test sheet"],
            ["4000 h or 12 months, whichever comes first", "Change the bearing oil (section 8)"],
            ["3 months after commissioning, then yearly", "Check the coupling alignment (section 9)"],
            ["About 24000 h, or when P09 shows", "Overhaul of the internal parts by Quellmark service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "QRO-250", "QRO-320"],
            ["Mechanical seal cartridge, one end", "QPW-MS-250", "QPW-MS-320"],
            ["Bearing set, drive end and non-drive end", "QPW-BS-250", "QPW-BS-320"],
            ["Oil ring", "QPW-OR-55", "QPW-OR-65"],
            ["Coupling element pack", "QPW-CE-250", "QPW-CE-320"],
            ["Casing gasket and O-ring set", "QPW-GS-250", "QPW-GS-320"],
            ["Balance drum and bushing set (Quellmark service only)", "QPW-BD-250", "QPW-BD-320"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rekuvant RX isobaric pressure exchangers
REKUVANT = [
    ("title", "Rekuvant RX Isobaric Pressure Exchangers\nInstallation and Operating Manual - RX-45 and RX-65"),
    (
        "p",
        "Document RKV-IOM-RX-03, Edition 5, November 2024. Rekuvant Energy Recovery. The RX-45 and RX-65 are "
        "rotary isobaric pressure exchangers for seawater reverse osmosis. A ceramic rotor with axial ducts turns "
        "inside a ceramic sleeve between two end covers; it is driven by the flow itself, without a motor. In each "
        "turn the ducts take in seawater at low pressure and then hand the pressure of the brine leaving the "
        "membranes over to that seawater. The four ports are: HP in (brine from the membranes), HP out (seawater at "
        "high pressure, to the booster pump), LP in (seawater from the supply) and LP out (brine at low pressure, "
        "to the outfall). Units are installed in parallel in arrays on common manifolds. Apart from the size, the "
        "flows and the values given for each model, the two units are built alike. The high-pressure pump, the "
        "booster pump and the membranes have their own makers' manuals; the array manifolds and the booster pump "
        "size are part of the plant design.",
    ),
    (
        "warn",
        "WARNING: Never pressurise the HP side of a unit while the LP flow through it is stopped. Never open a "
        "unit, loosen a tie rod or remove a port coupling while any port is under pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "RX-45", "RX-65"],
            ["Rated flow, each stream", "45 m³/h", "65 m³/h"],
            ["Operating flow range, each stream", "30-50 m³/h", "45-70 m³/h"],
            ["Maximum HP in pressure", "83 bar", "83 bar"],
            ["Maximum LP in pressure", "10 bar g", "10 bar g"],
            ["Minimum LP out pressure", "1.0 bar g", "1.0 bar g"],
            ["HP side pressure loss (HP in to HP out) at rated flow", "0.6 bar", "0.7 bar"],
            ["LP side pressure loss (LP in to LP out) at rated flow", "0.7 bar", "0.8 bar"],
            ["Efficiency at rated flow, balanced flow", "96.5 %", "97.0 %"],
            ["Lubrication flow at 60 bar HP in", "about 0.9 m³/h", "about 1.3 m³/h"],
            ["Salinity increase at the membrane feed, balanced flow", "2.5-3.0 %", "2.5-3.0 %"],
            ["Rotor speed at rated flow", "about 1200 rpm", "about 1050 rpm"],
            ["Sound pressure at 1 m, rated flow", "82 dB(A)", "84 dB(A)"],
            ["Water temperature", "2-40 °C", "2-40 °C"],
            ["Ports, grooved couplings, HP / LP", "3 in / 4 in", "4 in / 5 in"],
            ["Length / mass", "1010 mm / 78 kg", "1190 mm / 113 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Efficiency and mixing hold only with balanced flow, clean seawater and the unit inside its flow range. The "
        "lubrication flow rises with the HP pressure; at other pressures it is not stated here and is read from "
        "the plant's flow meters at commissioning.",
    ),
    ("h", "2. Flow balance and settings"),
    (
        "cols",
        [
            ("h", "Balance"),
            (
                "p",
                "Run the LP in flow 0-5 % above the HP in flow (overflush). Never run it below the HP in flow: the "
                "salinity at the membranes then rises quickly. A difference of more than 10 % between the two flows "
                "gives alarm E26.",
            ),
            ("h", "Flow range"),
            (
                "p",
                "Above the top of the flow range the rotor overspeeds, the noise rises and the ceramics wear. Below "
                "the bottom of the range the rotor may slow down or stall and the mixing rises. With fewer trains "
                "in service, take units out of the array rather than run all of them below their range.",
            ),
            ("h", "LP out pressure"),
            (
                "p",
                "Keep at least 1.0 bar g at the LP out port with the control valve on the brine discharge line. "
                "Below this, the water cavitates in the rotor ducts (E24).",
            ),
            ("h", "HP pressure"),
            (
                "p",
                "Up to 83 bar at HP in. Pressure surges above this, for example from a fast-closing valve, crack "
                "the ceramics; the plant's valves must close in no less than 10 s.",
            ),
            ("h", "Speed monitor RMM-2"),
            (
                "p",
                "The RMM-2 module reads the rotor speed sensor of each unit and the plant's HP in flow signal. The "
                "expected speed is about 26.7 rpm per m³/h (RX-45) or 16.2 rpm per m³/h (RX-65). Below 60 % of "
                "the expected speed E21 is shown; no speed at all for 10 s with flow gives E22.",
            ),
            ("h", "Booster pump"),
            (
                "p",
                "The booster pump makes up the HP side pressure loss and the pressure drop of the membranes. Its "
                "size and control are set by the plant designer; Rekuvant gives only the HP side pressure loss.",
            ),
        ],
    ),
    ("h", "3. Definitions and formulas"),
    (
        "ul",
        [
            "Balanced flow: the LP in flow equals the HP in flow.",
            "Lubrication flow: HP in flow minus HP out flow. Where it is not measured, take HP out = HP in - "
            "lubrication flow and LP out = LP in + lubrication flow.",
            "Efficiency (%) = (p HP out x Q HP out + p LP out x Q LP out) / (p HP in x Q HP in + p LP in x Q LP in) x "
            "100, with all pressures in bar g and all flows in m³/h.",
            "Salinity increase (%) = (C HP out - C LP in) / C LP in x 100, with C the conductivity of samples taken "
            "at the same time.",
        ],
    ),
    ("h", "4. Safety"),
    (
        "ul",
        [
            "Only trained persons may start, stop or work on the array.",
            "The units are loud: wear hearing protection near a running array.",
            "Before any work on a unit, isolate it on all four ports, open the drain valves and check that both "
            "gauges show 0 bar.",
            "A unit weighs up to 113 kg. Lift it with slings at the two marked points, never at a port.",
            "Never use a unit as a step or a support for other pipework.",
        ],
    ),
    ("h", "5. RMM-2 alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "E21",
                "Rotor speed low",
                "Below 60 % of the expected speed: flow below range, debris in the rotor, or the unit starting to "
                "stall.",
            ],
            ["E22", "Rotor stalled", "No speed for 10 s with flow. Free the rotor (section 8)."],
            [
                "E23",
                "Rotor overspeed",
                "Speed above 110 % of the speed at the top of the flow range. Reduce the flow through the array.",
            ],
            ["E24", "LP out pressure low", "Below 1.0 bar g. Close the brine control valve further."],
            ["E25", "HP in pressure high", "Above 83 bar. Check the HP pump and the RO control."],
            [
                "E26",
                "Flow unbalanced",
                "LP in and HP in flows differ by more than 10 %. Set the LP flow (section 2).",
            ],
            [
                "E28",
                "Lubrication flow high",
                "Twice the commissioning value: the rotor or end covers are worn. Call Rekuvant service.",
            ],
            ["E29", "Speed sensor fault", "No signal or a short circuit. Check the cable and the sensor RKV-SS-1."],
            ["E30", "Flow signal fault", "The plant's flow signal below 3.6 mA or above 21 mA."],
            ["E31", "Monitor supply low", "24 V DC supply below 20 V."],
            ["E32", "Inspection due", "12 months since the last inspection. The units still run."],
        ],
        (16, 44, 110),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Membrane feed conductivity higher than usual, permeate quality falling",
                "LP in flow below the HP in flow (unbalanced), so more mixing",
                "Raise the LP in flow to 0-5 % above the HP in flow",
            ],
            [
                "High whine from a unit, speed reading unsteady",
                "Flow above the range, or LP out pressure below 1.0 bar g (cavitation)",
                "Reduce the flow per unit; raise the LP out pressure",
            ],
            [
                "Rotor does not restart after a plant trip",
                "Debris or scale holding the rotor",
                "Free the rotor (section 8)",
            ],
            [
                "Lubrication flow rising slowly over months",
                "Wear of the rotor faces and end covers",
                "Compare with the commissioning value; at twice the value call Rekuvant service",
            ],
            [
                "Knocking in the manifold at start-up",
                "Air in the array",
                "Vent the high points with the LP flow running (section 7)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Starting an array"),
    (
        "ol",
        [
            "Check that the isolating valves of every unit are open and the LP out control valve is at its start "
            "position.",
            "Start the LP supply flow at about 50 % of the rated flow: 22 m³/h per RX-45 or 32 m³/h per RX-65.",
            "Vent the HP and LP manifolds at the high points until water without air comes out.",
            "Check on the RMM-2 that every rotor turns; a steady hum is normal.",
            "Start the booster pump at its minimum speed (plant sequence).",
            "Start the high-pressure pump as its own manual describes.",
            "As the HP flow rises, keep the LP in flow 0-5 % above the HP in flow.",
            "Set the LP out control valve to hold at least 1.0 bar g at the LP out ports.",
            "Check the speed and noise of every unit and log the flows and pressures.",
        ],
    ),
    ("h", "8. Freeing a stalled rotor"),
    (
        "ol",
        [
            "Stop the high-pressure pump and the booster pump; let the HP side fall to 0 bar.",
            "Close the HP in and HP out isolating valves of the stalled unit.",
            "With the LP supply running, raise the flow through the unit's LP side to its rated flow for 2 min.",
            "Watch the RMM-2: the speed must come back within the 2 min.",
            "If the rotor turns, open the HP valves again and restart the array (section 7).",
            "If it does not turn, leave the unit isolated and do not open it: the cartridge (rotor, sleeve and end "
            "covers) is exchanged complete, RKV-CR-45 or RKV-CR-65.",
        ],
    ),
    ("h", "9. Stopping an array"),
    (
        "ol",
        [
            "Stop the high-pressure pump.",
            "Stop the booster pump when the HP side has fallen below 5 bar.",
            "Keep the LP flow running for at least 5 min to push the brine out of the rotors.",
            "For a stop longer than 48 h flush the array with permeate for 10 min, then stop the LP flow.",
        ],
    ),
    ("h", "10. Measuring efficiency and mixing"),
    (
        "ol",
        [
            "Run the train at steady conditions for at least 30 min.",
            "Read the pressures at the four ports and the flows (section 3 for the flows not measured).",
            "Work out the efficiency with the formula in section 3.",
            "Take conductivity samples at LP in and HP out at the same time and work out the salinity increase.",
            "Compare with the commissioning values. An efficiency more than 2 points below the commissioning value, "
            "or a salinity increase above 6 %, calls for a balance check and then Rekuvant service.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check speed, noise and the four pressures on every unit"],
            ["Monthly", "Record the lubrication flow and the salinity increase"],
            ["6 months", "Check the grooved couplings and tie rod nuts for corrosion and leaks"],
            ["12 months (E32)", "Efficiency and mixing measurement (section 10); speed sensor check"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "RX-45", "RX-65"],
            ["Cartridge, exchanged complete", "RKV-CR-45", "RKV-CR-65"],
            ["O-ring kit, end covers and ports", "RKV-OK-45", "RKV-OK-65"],
            ["Tie rod set with nuts, super duplex", "RKV-TR-45", "RKV-TR-65"],
            ["Speed sensor with 10 m cable", "RKV-SS-1", "RKV-SS-1"],
            ["Grooved coupling, HP port", "RKV-GC-3", "RKV-GC-4"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Marisal ECG-12 seawater electrochlorination
MARISAL = [
    ("title", "Marisal ECG-12 Seawater Electrochlorination Generator\nOperation and Maintenance Manual"),
    (
        "p",
        "Document MRL-OM-ECG12-02, Edition 2, February 2025. Marisal Electrolysis. The ECG-12 makes a dilute "
        "sodium hypochlorite solution on site by electrolysis of filtered seawater, for dosing at the seawater "
        "intake against marine growth. Seawater passes through four electrolyser cells in series, each with six "
        "bipolar sections, fed with direct current by one rectifier. The hypochlorite solution and the hydrogen "
        "formed at the cathodes flow to a degassing tank, where blowers dilute the hydrogen with air and vent it "
        "to a safe place. The dosing pumps after the tank, their set points and the chlorine dose at the intake are "
        "the site's, set by the site's process engineer within the plant's discharge permit. The rectifier has its "
        "own maker's manual for its internal faults.",
    ),
    (
        "warn",
        "WARNING: Hydrogen is formed whenever current flows through the cells. Never run the rectifier without both "
        "the seawater flow and a dilution blower running. No naked flames, sparks or smoking within 5 m of the "
        "cells and the degassing tank.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ECG-12"],
            ["Output, as equivalent chlorine", "12 kg/h (288 kg/day)"],
            ["Rated conditions", "Seawater 20-30 °C, salinity 35-42 g/L, flow 10 m³/h"],
            ["Hypochlorite strength at rated output", "about 1200 mg/L as Cl2"],
            ["Electrolyser", "4 cells in series, 6 bipolar sections each (24 sections)"],
            ["Seawater flow through the cells", "10 m³/h (minimum 8 m³/h, maximum 12 m³/h)"],
            ["Seawater pressure at the cell inlet", "2.0-4.0 bar g"],
            ["Seawater strainer, duplex", "500 µm"],
            ["Rectifier", "0-500 A, 0-130 V DC; supply 400 V 3~ 50 Hz, 75 kVA"],
            ["Operating current at rated output", "420 A"],
            ["Stack voltage, new cells at 420 A and 25 °C", "105 V"],
            ["DC energy, new cells", "about 3.7 kWh per kg of chlorine"],
            ["Temperature rise across the cells at rated output", "4-6 K"],
            ["Hydrogen formed at rated output", "about 3.8 Nm³/h"],
            ["Dilution air blowers", "2 x 100 %, each 800 Nm³/h"],
            ["Degassing tank, GRP", "15 m³"],
            ["Anode coating life", "about 5 years at rated current with correct acid cleaning"],
            ["Mass of the electrolyser skid, filled", "2.4 t"],
        ],
        (80, 90),
    ),
    (
        "p",
        "The output holds only at the rated conditions. Below 20 °C the output falls: about 90 % at 15 °C and about "
        "80 % at 10 °C. Below 10 °C do not run the generator, because the anode coating wears quickly. Below 35 g/L "
        "salinity the output is not guaranteed; ask Marisal before running the generator on brackish water.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Seawater flow"),
            (
                "p",
                "Set 10 m³/h through the cells. Below 8 m³/h for 10 s the rectifier trips (EC02). Above 12 m³/h the "
                "hypochlorite is weaker and the cells wear faster at the inlet.",
            ),
            ("h", "Current and output"),
            (
                "p",
                "The output follows the current: about 2.86 kg/h of chlorine per 100 A at the rated conditions. The "
                "current can be set from 30 % to 100 % of rated, 126 A to 420 A. Never set more than 420 A, even "
                "when the rectifier allows it.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "Seawater 10-35 °C at the inlet. Cell outlet above 45 °C trips the rectifier (EC03).",
            ),
            ("h", "Stack voltage"),
            (
                "p",
                "Record the stack voltage every day at 420 A. Compare readings only at the same current and within "
                "2 °C of water temperature. When the voltage has risen more than 10 % above the value after the last "
                "acid cleaning, clean the cells (section 8). EC07 shows at 125 V.",
            ),
            ("h", "Hydrogen"),
            (
                "p",
                "A dilution blower must run for a 5 min purge before the rectifier can start, and keeps running for "
                "15 min after it stops. The standby blower starts at once if the running one fails. Detectors in "
                "the vent duct and the room give EC04 at 25 % of the lower explosive limit (1.0 % H2) and trip the "
                "rectifier at 50 % (2.0 % H2, EC05).",
            ),
            ("h", "Acid cleaning"),
            (
                "p",
                "Use 5 % hydrochloric acid, never stronger than 8 %. Clean when the voltage rule above calls for it "
                "or every 3 months, whichever comes first.",
            ),
        ],
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the generator. The site's permit to work applies to all work on the "
            "cells, the rectifier and the tank.",
            "The DC busbars carry up to 130 V and 500 A. Lock off the rectifier and check for zero voltage at the "
            "cell terminals before touching a cell.",
            "Hypochlorite solution irritates eyes and skin. Wear a face shield and gloves when sampling.",
            "Never mix the hypochlorite with acid: chlorine gas is released. Keep the acid cleaning hoses apart from "
            "the hypochlorite lines and drain the cells before cleaning.",
            "The hydrogen detectors must be bump tested every month (section 9).",
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["EC01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            [
                "EC02",
                "Seawater flow low",
                "Below 8 m³/h for 10 s. Strainer blocked, the seawater pump stopped or a valve closed.",
            ],
            ["EC03", "Cell outlet temperature high", "Above 45 °C. Check the seawater flow and inlet temperature."],
            [
                "EC04",
                "Hydrogen 25 % LEL",
                "1.0 % H2 in the vent duct or the room. Check that a blower runs and the vent is free.",
            ],
            ["EC05", "Hydrogen 50 % LEL", "2.0 % H2. Rectifier tripped. Leave the room and ventilate it."],
            [
                "EC06",
                "Dilution air flow low",
                "Both blowers failed or the vent blocked. Rectifier tripped.",
            ],
            [
                "EC07",
                "Stack voltage high",
                "125 V or more at the set current. Scale on the cathodes or worn anodes. Acid clean (section 8).",
            ],
            ["EC08", "Rectifier fault", "See the rectifier display and its maker's manual."],
            ["EC10", "Tank level high-high", "Degassing tank overfilling. Dosing pumps stopped or outlet closed."],
            ["EC11", "Tank level low", "The dosing pumps are stopped to protect them."],
            ["EC12", "DC earth fault", "Insulation of the DC circuit below 50 kohm. Call an electrician."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "White crust on the cathodes, stack voltage creeping up",
                "Calcium and magnesium scale from the seawater",
                "Acid clean the cells (section 8)",
            ],
            [
                "Hypochlorite weak although the current is at 420 A",
                "Seawater flow too high, cold seawater, or worn anode coating",
                "Check the flow (10 m³/h) and the temperature; if the voltage is also high after a cleaning, call "
                "Marisal",
            ],
            [
                "Foam building up in the degassing tank",
                "Organic matter or algae in the seawater",
                "Check the intake strainer and the foam overflow; tell the site",
            ],
            [
                "Brown water from the cells",
                "Iron from corroded pipework upstream",
                "Check the seawater pipework; flush the cells",
            ],
            [
                "Rectifier trips at start with EC06",
                "Blower filter blocked or a damper shut",
                "Clean the blower inlet filter; open the damper",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the generator"),
    (
        "ol",
        [
            "Check that the seawater strainer is clean (differential below 0.3 bar) and the cell drain valves are "
            "closed.",
            "Open the seawater inlet and outlet valves of the cells.",
            "Start the seawater pump and set 10 m³/h on the flow indicator.",
            "Check the cell inlet pressure: 2.0-4.0 bar g.",
            "Start the duty dilution blower and wait for the 5 min purge.",
            "Reset the alarms and start the rectifier at 126 A.",
            "Raise the current in steps of about 100 A to the set current, at most 420 A.",
            "After 15 min record the current, the stack voltage and the inlet and outlet temperatures.",
            "Check that the temperature rise across the cells is 4-6 K at 420 A.",
        ],
    ),
    ("h", "7. Stopping the generator"),
    (
        "ol",
        [
            "Lower the current to 126 A and stop the rectifier.",
            "Keep the seawater flowing through the cells for 10 min to flush out hydrogen and hypochlorite.",
            "Stop the seawater pump and close the cell valves.",
            "Leave the blowers to run on for 15 min; they stop by themselves.",
            "For a stop longer than 7 days, drain the cells and fill them with fresh seawater every week.",
        ],
    ),
    ("h", "8. Acid cleaning the cells"),
    (
        "ol",
        [
            "Stop the generator (section 7) and let the blowers run on.",
            "Lock off the rectifier and check for zero voltage at the cell terminals.",
            "Close the seawater valves and drain the cells to the drain tank.",
            "Make up 1.2 m³ of 5 % hydrochloric acid in the cleaning tank: about 180 L of 33 % acid topped up with "
            "fresh water.",
            "Connect the cleaning hoses and circulate the acid through the cells for 30 min. Gas bubbles are "
            "normal; keep the blowers running.",
            "Test the acid strength: if it has fallen below 2 %, add acid and circulate for 15 min more.",
            "Drain the acid to the neutralisation tank. Neutralising and disposing of it are the site's.",
            "Rinse the cells with seawater for 15 min.",
            "Start the generator (section 6) and record the stack voltage at 420 A: it should be within 3 % of the "
            "voltage after the last cleaning.",
        ],
    ),
    ("h", "9. Bump testing the hydrogen detectors"),
    (
        "ol",
        [
            "Tell the control room: the test gives EC04 and may trip the rectifier.",
            "Fit the test cap on the detector head.",
            "Apply the 1.0 % hydrogen test gas at 0.5 L/min for 60 s.",
            "The detector must read 25 % LEL (±3 % LEL) and give EC04.",
            "Remove the cap and wait until the reading is back below 2 % LEL.",
            "If a detector fails, it is calibrated or replaced by the detector maker's service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Record current, stack voltage, temperatures and seawater flow"],
            ["Weekly", "Clean the duty strainer basket; change over to the other basket"],
            ["Monthly", "Bump test the hydrogen detectors (section 9); clean the blower inlet filters"],
            ["3 months, or when the voltage rule calls for it, whichever comes first", "Acid clean the cells (section 8)"],
            ["12 months", "Marisal service: electrode inspection, DC busbar torque check, rectifier check"],
            ["About 5 years", "Electrode packs exchanged for recoating by Marisal"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Electrode pack, one cell (exchange)", "MRL-EP-12"],
            ["Cell gasket set, one cell", "MRL-CG-12"],
            ["Strainer basket 500 µm", "MRL-SB-500"],
            ["Hydrogen detector head", "MRL-HD-4"],
            ["Blower inlet filter", "MRL-BF-800"],
            ["Cleaning hose set", "MRL-CH-25"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("tidewell-tbs-travelling-band-screen.pdf", "Tidewell TWL-OM-TBS-04 Ed 3 - TBS-20 / TBS-30", TIDEWELL),
        (
            "quellmark-qro-high-pressure-ro-feed-pump.pdf",
            "Quellmark QPW-IOM-QRO-07 Ed 2 - QRO-250 / QRO-320",
            QUELLMARK,
        ),
        ("rekuvant-rx-isobaric-pressure-exchanger.pdf", "Rekuvant RKV-IOM-RX-03 Ed 5 - RX-45 / RX-65", REKUVANT),
        ("marisal-ecg-seawater-electrochlorination-generator.pdf", "Marisal MRL-OM-ECG12-02 Ed 2 - ECG-12", MARISAL),
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
