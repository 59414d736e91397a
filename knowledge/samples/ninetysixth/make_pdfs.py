"""Generate the PDF manuals of the ninety-sixth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set96venv && /tmp/set96venv/bin/pip install fpdf2 pypdf
    /tmp/set96venv/bin/python knowledge/samples/ninetysixth/make_pdfs.py

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


# ---------------------------------------------------------------- Aggrelund AWB aggregate weigh batchers
AGGRELUND = [
    ("title", "Aggrelund AWB Aggregate Weigh Batchers\nInstallation, Operation and Maintenance - AWB-30 and AWB-60"),
    (
        "p",
        "Document AGL-OM-AWB-04, Edition 3, March 2025. Aggrelund Weighing Systems. The AWB-30 and AWB-60 are "
        "aggregate weigh batchers for ready-mix and precast concrete plants. Up to four aggregates are drawn in turn "
        "from the bins above into one weigh hopper that hangs on compression load cells. The weighed batch is then "
        "discharged onto the collecting belt conveyor, which carries it to the inclined belt or the skip of the "
        "mixer. The WC-8 weighing controller runs the sequence for the plant control system. Apart from the capacity, "
        "the load cells, the gates, the belt and the items named in "
        "this manual, the two models are built alike. The aggregate bins, their level probes and the bin vibrators "
        "are supplied by the plant builder and covered by the plant builder's documents; the inclined belt conveyor "
        "has its own manual, AGL-OM-IBC-02. Legal verification of the scale, where national rules require it, is "
        "arranged by the site with the verification body.",
    ),
    (
        "warn",
        "WARNING: Never enter the weigh hopper or reach under a bin gate unless the air is shut off and vented and "
        "the belt drive is locked off. A gate can open on stored air.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AWB-30", "AWB-60"],
            ["Weighing capacity (Max)", "3000 kg", "6000 kg"],
            ["Scale interval d", "5 kg", "10 kg"],
            ["Smallest target per aggregate", "100 kg", "200 kg"],
            ["Weigh hopper volume, struck", "2.2 m³", "4.2 m³"],
            ["Load cells, compression type, accuracy class C3, 2 mV/V", "3 x 2000 kg", "4 x 2500 kg"],
            ["Bin gates, pneumatic clamshell with fine-feed position", "4 x 500 x 500 mm", "4 x 600 x 600 mm"],
            ["Hopper discharge gate", "600 x 600 mm", "800 x 800 mm"],
            ["Hopper discharge time, full batch", "40 s", "50 s"],
            ["Collecting belt width", "650 mm", "800 mm"],
            ["Belt speed", "1.25 m/s", "1.6 m/s"],
            ["Belt centre distance", "12 m", "16 m"],
            ["Drum motor 400 V 3~ 50 Hz", "5.5 kW, 10.6 A", "7.5 kW, 14.3 A"],
            ["Supply fuse", "20 A gG", "25 A gG"],
            ["Compressed air", "6-8 bar, dew point +3 °C or lower", "6-8 bar, dew point +3 °C or lower"],
            ["Air used per batch", "45 NL", "70 NL"],
            ["Batch cycle, four aggregates weighed and discharged", "90 s", "110 s"],
            ["Mass without aggregate", "1850 kg", "2900 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The batch cycle times hold only with the bins at least one third full, with aggregate moisture below 8 % "
        "and with free-flowing material up to 32 mm. Wetter sand may bridge in the bin; the bin vibrator "
        "settings are given by the plant builder, not by Aggrelund. The weighing "
        "tolerance of section 3 holds only after a calibration check within the last 6 months, with the hopper "
        "hanging free and the free-fall compensation switched on.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The plant control system must not start a batch while anybody is on the hopper platform.",
            "Before any work on gates, hopper or belt, lock off the drum motor at its isolator and shut and vent the "
            "air supply at ball valve V1 (the valve with the vent port).",
            "The pull-cord switches along the belt stop it at once (alarm B11).",
            "Never weld on the hopper or its frame with the load cells connected; welding current through a cell "
            "destroys it.",
        ],
    ),
    ("h", "3. Weighing settings and limits"),
    (
        "cols",
        [
            ("h", "Coarse and fine feed"),
            (
                "p",
                "Each bin gate opens fully (coarse feed) until the weight reaches the fine-feed point, then closes to "
                "its fine-feed position. The factory fine-feed point is 90 % of the target; it can be set between 80 % "
                "and 95 %.",
            ),
            ("h", "Free-fall compensation"),
            (
                "p",
                "The gate closes before the target by the free-fall value, to allow for material still in the air. "
                "Starting values are 15 kg (AWB-30) and 30 kg (AWB-60). With ADAPT on, the WC-8 corrects the free fall "
                "after each batch by half of the last error, but never by more than 10 kg (AWB-30) or 20 kg (AWB-60) "
                "at once.",
            ),
            ("h", "Tolerance"),
            (
                "p",
                "A weight is accepted within ±2 % of its target, but the band is never narrower than ±2 d: that is "
                "±10 kg on the AWB-30 and ±20 kg on the AWB-60. A weight outside the band stops the sequence with B05 "
                "unless the plant control system is set to accept and log it.",
            ),
            ("h", "Zero and empty"),
            (
                "p",
                "After discharge the hopper counts as empty below 2 % of Max (60 kg on the AWB-30, 120 kg on the "
                "AWB-60); the discharge gate closes only then. At the start of every batch the zero must lie within "
                "±2 % of Max of the zero stored at calibration, or B02 is shown. Automatic zero tracking works only "
                "within ±2 d and only with the hopper empty and still.",
            ),
            ("h", "Hanging free"),
            (
                "p",
                "The hopper must hang free on its cells. Leave a gap of at least 10 mm all round between the hopper "
                "and "
                "the bin chutes, and fit the rubber dust skirts so that they stay slack. A skirt pulled tight takes "
                "weight off the cells.",
            ),
            ("h", "Belt run-on"),
            (
                "p",
                "After the discharge gate closes, the belt runs on for 20 s (settable 10-60 s) so that it is empty "
                "before the next batch lands on it. Never set the run-on shorter than the belt travel time, centre "
                "distance / belt speed: 12 m / 1.25 m/s = 9.6 s (AWB-30) and 16 m / 1.6 m/s = 10 s (AWB-60).",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "B01",
                "Load cell signal",
                "Signal out of range or a cell cable broken. Check junction box JB1 for water "
                "and check each cell cable.",
            ],
            [
                "B02",
                "Zero out of range",
                "Zero more than ±2 % of Max away from the calibration zero: build-up in the "
                "hopper, a skirt pulled tight or a damaged cell. Clean the hopper, free the skirts, "
                "check the zero again.",
            ],
            ["B03", "Overload", "Weight above Max + 9 d. Never discharge onto a stopped belt; start the belt first."],
            ["B04", "Weighing time", "Target not reached within 90 s: bin empty, material bridging or gate stuck."],
            [
                "B05",
                "Out of tolerance",
                "Weight outside the tolerance band. Check the free fall and the fine-feed point.",
            ],
            ["B06", "Hopper not empty", "Not below 2 % of Max within 60 s of the discharge gate opening."],
            ["B07", "Discharge gate", "Closed limit switch not made within 5 s of the close command."],
            [
                "B09",
                "Belt speed",
                "Speed monitor at the tail pulley sees less than 80 % of the belt speed for 3 s: "
                "belt slipping or stopped. Check the tension and the drum motor.",
            ],
            ["B10", "Belt drift", "Drift switch tripped. Find the cause in the symptom table before restarting."],
            ["B11", "Pull-cord", "A pull-cord switch was pulled. Reset it by hand, then press RESET."],
            ["B12", "Air pressure", "Below 5.5 bar for 3 s."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Every weight of one aggregate overshoots by about the same amount",
                "Free-fall value too small or ADAPT switched off",
                "Switch ADAPT on, or raise the free fall by the average overshoot.",
            ],
            [
                "Zero wanders, worse after rain or washing down",
                "Water in junction box JB1 or a damaged cell cable",
                "Dry JB1 and fit a new gasket (AGL-JB-01). Check each cell's insulation: "
                "at least 2000 Mohm at 50 V DC.",
            ],
            [
                "Weight jumps when the belt starts or a bin vibrator runs",
                "Hopper touching a chute or the belt frame, or dust skirts pulled tight",
                "Restore the gap of at least 10 mm all round; slacken the skirts.",
            ],
            [
                "Sand weighs slowly, long fine feed",
                "Fine-feed point too low, fine-feed opening too small or sand bridging",
                "Raise the fine-feed point towards 95 %; open the fine-feed stop by one notch; bridging: "
                "bin vibrator (plant builder).",
            ],
            [
                "Belt runs off to one side",
                "Batch landing off centre, tail pulley not square, build-up on pulleys or idlers",
                "Centre the discharge chute, square the tail pulley (section 6.2), clean pulleys and idlers.",
            ],
            [
                "Sticky fines fall off under the return belt",
                "Scraper blade worn or blade pressure too low",
                "Set the scraper spring to mark 3 of its green band, or replace the blade.",
            ],
        ],
        (52, 54, 64),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Calibration check with test weights"),
    (
        "ol",
        [
            "Empty the hopper, stop the plant sequence and select SERVICE on the WC-8.",
            "Check that the hopper hangs free (gap of at least 10 mm, skirts slack) and that it is clean.",
            "Press ZERO. The display must show 0 kg and be stable.",
            "Hang certified test weights on the test weight lugs next to the load cells, spread evenly: at least 20 % "
            "of Max, that is at least 600 kg on the AWB-30 and at least 1200 kg on the AWB-60.",
            "Read the display. It must show the test mass within ±1 d (±5 kg on the AWB-30, ±10 kg on the AWB-60).",
            "To check higher up the range, use the substitution method: take the weights off, fill aggregate from a "
            "bin until the display shows the same reading, hang the weights on again and read. Repeat up to at least "
            "50 % of Max.",
            "Empty the hopper, take the weights off and check that the zero comes back within ±1 d.",
            "If any reading is outside ±1 d, do not adjust the span yourself: the span adjustment is sealed and is "
            "made by Aggrelund service. Record all readings in the scale log.",
        ],
    ),
    ("h", "6.2 Tensioning the collecting belt"),
    (
        "ol",
        [
            "Stop the belt, lock off the drum motor isolator and clear any material from the belt.",
            "Slacken both take-up screws at the tail pulley until the belt lies slack on the return idlers.",
            "Make two chalk marks exactly 10 000 mm apart along the centre of the top belt.",
            "Turn both take-up screws by the same number of turns until the marks are 10 030 mm apart (0.3 % "
            "stretch). The take-up has then moved about 36 mm on the AWB-30 or 48 mm on the AWB-60.",
            "Check that the tail pulley is square: the two diagonals from the tail pulley shaft ends to the head "
            "pulley shaft ends must not differ by more than 3 mm.",
            "Tighten the lock nuts, remove the lock-off and run the belt empty for 5 min while watching the tracking. "
            "Check a new belt again after its first 50 hours.",
        ],
    ),
    ("h", "6.3 Replacing a load cell"),
    (
        "ol",
        [
            "Empty the hopper, lock off the belt and shut and vent the air.",
            "Fit the two jacking screws at that cell's bracket and lift the hopper by no more than 3 mm, just enough "
            "to unload the cell.",
            "Disconnect the cell cable in junction box JB1.",
            "Take out the old cell. Fit the new one (AGL-LC-20 on the AWB-30, AGL-LC-25 on the AWB-60) with the load "
            "button upwards and centred in its cup. Never mix cells of different capacities.",
            "Lower the hopper with the jacking screws and remove them.",
            "Reconnect the cable. Never shorten a cell cable; coil the spare length.",
            "Do a corner test: place 300 kg (AWB-30) or 600 kg (AWB-60) of test weights over each cell in turn. The "
            "readings must agree within ±1 d. Then do the calibration check of section 6.1. If the corner readings "
            "differ by more, call Aggrelund service to trim the junction box.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean build-up from the hopper and gates; check the zero with the hopper empty."],
            ["Weekly", "Test each pull-cord switch; check belt tracking and the scraper; drain the air filter bowl."],
            [
                "Monthly",
                "Grease the gate pivot bearings, 2 strokes of lithium EP2 grease each; check the gate seals "
                "and the belt stretch.",
            ],
            [
                "Every 6 months or 50 000 batches, whichever comes first",
                "Calibration check with test weights (section 6.1).",
            ],
            [
                "Yearly",
                "Renew the gate seals; check the cell insulation (at least 2000 Mohm at 50 V DC); replace the "
                "scraper blade if worn to the wear line, 10 mm above its base.",
            ],
            [
                "Drum motor",
                "Oil grade, quantity and change interval: see the drum motor maker's nameplate and "
                "manual (not part of this manual).",
            ],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "AWB-30", "AWB-60"],
            ["Load cell, compression, C3", "AGL-LC-20 (2000 kg)", "AGL-LC-25 (2500 kg)"],
            ["Scraper blade set", "AGL-SB-65", "AGL-SB-80"],
            ["Bin gate seal set", "AGL-GS-50", "AGL-GS-60"],
            ["Discharge gate cylinder", "AGL-DC-60", "AGL-DC-80"],
            ["Gate pivot bearing", "AGL-GB-40", "AGL-GB-40"],
            ["Junction box JB1 gasket", "AGL-JB-01", "AGL-JB-01"],
            ["Belt drift switch", "AGL-DS-02", "AGL-DS-02"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Cemtaro CS cement silos
CEMTARO = [
    ("title", "Cemtaro CS Cement Silos\nReverse-Jet Filter, Safety Valve and Filling - CS-60 and CS-90"),
    (
        "p",
        "Document CMT-OM-CS-07, Edition 2, June 2024. Cemtaro Silo Systems. The CS-60 and CS-90 are welded steel "
        "cement silos on four legs for concrete batching plants, filled pneumatically from bulk tankers. Each silo "
        "carries on its roof a JF reverse-jet cartridge filter, a spring-loaded safety valve (pressure and vacuum "
        "relief) and the level probes; the cone has aeration pads and ends in a manual slide gate and a butterfly "
        "valve. The two models differ in size, filter and valve size and in the items named here. The screw "
        "conveyor under the silo has its own manual. The foundation, the anchor design (wind and seismic loads "
        "included) and the yearly structural inspection of shell, legs and bolts are the site's, by its structural "
        "engineer or another competent person. Which cement types and strength classes a silo may hold is decided "
        "by the plant's quality manager.",
    ),
    (
        "warn",
        "WARNING: Never enter the silo. Cleaning inside and work on the aeration pads need a confined space entry "
        "and are done only by Cemtaro service or a specialist contractor under the site's permit. On the roof, wear "
        "a harness clipped to the anchor rail.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CS-60", "CS-90"],
            ["Capacity, cement at 1.2 t/m³", "60 t", "90 t"],
            ["Usable volume", "50 m³", "75 m³"],
            ["Shell diameter", "3.0 m", "3.4 m"],
            ["Overall height, legs and filter included", "14.0 m", "15.5 m"],
            ["Mass, empty", "8.2 t", "10.9 t"],
            ["Anchor bolts per leg", "4 x M30", "4 x M36"],
            ["Reverse-jet filter", "JF-24: 12 cartridges, 24 m²", "JF-32: 16 cartridges, 32 m²"],
            ["Largest fill air flow", "1400 m³/h", "1900 m³/h"],
            ["Pulse valves, 1 in, 24 V DC", "4", "4"],
            ["Safety valve size", "DN 300", "DN 400"],
            ["Safety valve opening pressure", "+50 mbar / -5 mbar", "+50 mbar / -5 mbar"],
            ["Fill pipe and coupling", "DN 100", "DN 100"],
            ["Aeration pads on the cone", "4", "6"],
            ["Outlet: slide gate and butterfly valve", "DN 300", "DN 300"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The largest fill air flow holds for cement up to 80 °C with the cartridges cleaned by the pulse system and "
        "a differential pressure below 15 mbar. The capacity is stated for cement at 1.2 t/m³; a denser cement gives "
        "more tonnes in the same volume, a loosely aerated one fewer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The silo is designed for +80 mbar and -8 mbar. Never blank off the safety valve or the filter outlet.",
            "Earth the tanker to the silo earth point before the fill hose is connected.",
            "Cement dust irritates the eyes, skin and lungs. Wear goggles, gloves and an FFP2 mask on the roof.",
            "Before opening the filter lid, shut and vent the pulse air at the ball valve on the header.",
        ],
    ),
    ("h", "3. Filling rules and limits"),
    (
        "cols",
        [
            ("h", "Room for the load"),
            (
                "p",
                "Accept only a load that fits: the capacity minus the present content, in tonnes, must be at least "
                "the load. In volume, the free space needed is load (t) / 1.2, so a 28 t tanker needs 23.3 m³.",
            ),
            ("h", "Level probes"),
            (
                "p",
                "The high level probe at 90 % of the cylinder height sounds the horn and lights the beacon at the fill "
                "point (S01). The maximum level probe at 95 % closes the pinch valve in the fill pipe (S02).",
            ),
            ("h", "Tanker pressure"),
            (
                "p",
                "Ask the driver to blow at no more than 2.0 bar at the tanker. At the end, the line may be blown clean "
                "for no more than 2 min. The silo pressure switch gives S03 at 30 mbar; the safety valve opens at 50 "
                "mbar.",
            ),
            ("h", "Filter differential pressure"),
            (
                "p",
                "At rest the dp gauge reads 0-5 mbar. While filling, 5-15 mbar is normal. Above 25 mbar for 10 s the "
                "filter gives S04: stop the delivery. Below 2 mbar while filling (S05) a cartridge is torn, missing or "
                "not sealed.",
            ),
            ("h", "Pulse cleaning"),
            (
                "p",
                "Pulsing starts when the fill pipe pressure switch sees pressure. One valve fires every 10 s (settable "
                "5-30 s) for 150 ms. After the fill ends the filter goes on pulsing for 5 min, then stops. Pulse air "
                "5.5-6.5 bar at the header, dry and oil-free; never above 7 bar, which damages the cartridges.",
            ),
            ("h", "Aeration"),
            (
                "p",
                "The pads get 0.4-0.6 bar, in pulses of 2 s every 20 s, only while the outlet is open. Never aerate a "
                "silo standing idle: aerated cement floods the screw when the valve opens.",
            ),
            ("h", "Hot cement"),
            (
                "p",
                "The cartridges withstand 130 °C. Reject cement delivered above 90 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["S01", "High level", "90 % reached. Horn and beacon warn the driver."],
            ["S02", "Maximum level", "Pinch valve closed. Stop the tanker. Do not blow the line clean."],
            ["S03", "Silo pressure", "30 mbar in the silo: tanker blowing too hard or filter blocked."],
            [
                "S04",
                "Filter dp high",
                "Above 25 mbar for 10 s: cartridges blinded, pulse air low or a pulse valve "
                "not firing. Stop the delivery.",
            ],
            ["S05", "Filter dp low", "Below 2 mbar while filling: cartridge torn, missing or not sealed."],
            ["S06", "Pulse air low", "Below 5 bar at the header."],
            ["S08", "Pulse valve", "Coil open circuit; the display shows the valve number."],
            ["S09", "Aeration air", "Pad air below 0.3 bar with the outlet open."],
            ["S10", "Level probe", "Probe signal missing or probe motor stalled."],
            ["S11", "Safety valve open", "The proximity switch on the valve lid opened."],
            ["S12", "Outlet valve", "Butterfly valve not closed 5 s after the close command."],
        ],
        (16, 38, 116),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Dust blowing out of the filter outlet during filling",
                "Cartridge torn or its clamp ring not seated; dp low (S05)",
                "Stop the delivery; replace the torn cartridge or reseat it (section 6.2).",
            ],
            [
                "dp rises every fill and stays high afterwards",
                "Cartridges blinded by moisture: wet pulse air or damp cement",
                "Check the air dryer and drain; run the filter on manual cleaning for 10 min; replace "
                "the cartridges if the dp stays above 20 mbar.",
            ],
            [
                "Safety valve lifts during filling, cement on the roof",
                "Tanker pressure too high, filter blinded or silo overfilled",
                "Stop; check the dp and the level; tell the haulier; clean the roof and do the valve "
                "check of section 6.3.",
            ],
            [
                "No pops from the filter while filling",
                "Pulse air shut, sequencer off or a valve coil failed (S08)",
                "Open the air, check the sequencer fuse and the valve coils.",
            ],
            [
                "Screw starved, cement does not flow",
                "Pads off or blocked, or lumps of damp cement over the outlet",
                "Check the pad air (0.4-0.6 bar); blocked or torn pads: Cemtaro service.",
            ],
            [
                "Level shows full when the silo is not",
                "Rotary paddle of the high level probe coated",
                "Clean the paddle from the roof access port.",
            ],
        ],
        (52, 54, 64),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Receiving a cement delivery"),
    (
        "ol",
        [
            "Check the delivery note: the cement type and strength class must match the label at the fill pipe.",
            "Check that the load fits (section 3): capacity minus content at least the load.",
            "Check the filter: pulse air at least 5.5 bar, dp 0-5 mbar at rest, no alarm shown.",
            "Have the driver earth the tanker to the silo earth point, then connect the fill hose to the DN 100 "
            "coupling.",
            "The driver blows at no more than 2.0 bar. Watch the dp: 5-15 mbar is normal. At S03 or S04 have the "
            "driver stop.",
            "At the S01 horn, the driver finishes the load already in the line and stops.",
            "The line is blown clean for no more than 2 min. The filter goes on pulsing for 5 min.",
            "Check that the safety valve has not lifted (no S11, no cement on the roof). Sign the delivery note with "
            "the silo number.",
        ],
    ),
    ("h", "6.2 Replacing a filter cartridge"),
    (
        "ol",
        [
            "Make sure no delivery is due. Shut and vent the pulse air and switch off the sequencer.",
            "Open the clean-side lid of the filter. Do not open it in winds above 10 m/s.",
            "Undo the clamp ring of the cartridge and lift the cartridge out; put it straight into a bag.",
            "Clean the seal face on the cell plate.",
            "Fit the new cartridge (CMT-FC-20) and tighten the clamp ring screw to 8 Nm. If more than 3 cartridges "
            "are torn, replace the full set.",
            "Close the lid, open the air and run the manual cleaning for 2 min.",
        ],
    ),
    ("h", "6.3 Checking the safety valve"),
    (
        "ol",
        [
            "Choose a time with no delivery and the level below the high level probe.",
            "On the roof, clean any cement crust from the valve lid and seat.",
            "Lift the lid with the lifting lever. It must lift freely; the control must show S11.",
            "Let it go. The lid must drop back and seat fully all round.",
            "Push the vacuum plate inwards by hand; it must move freely and spring back.",
            "The opening pressures are fixed by the springs and cannot be set on site. A valve that sticks, leaks or "
            "has a damaged seal is replaced complete (CMT-RV-30 or CMT-RV-40).",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the dp at rest; drain the pulse air filter."],
            ["Weekly", "Listen for every pulse valve on manual cleaning; check the pad air."],
            ["Every 12 months or 500 deliveries, whichever comes first", "Safety valve check (section 6.3)."],
            ["When the dp stays above 20 mbar, or every 3 years", "Replace all cartridges."],
            ["Yearly", "Structural inspection of shell, legs and bolts (by the site's competent person)."],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "CS-60", "CS-90"],
            ["Filter cartridge, polyester with PTFE membrane, 2 m²", "CMT-FC-20", "CMT-FC-20"],
            ["Pulse valve 1 in with coil", "CMT-JV-25", "CMT-JV-25"],
            ["Safety valve, complete", "CMT-RV-30", "CMT-RV-40"],
            ["Safety valve lid seal", "CMT-RS-30", "CMT-RS-40"],
            ["Aeration pad", "CMT-AP-10", "CMT-AP-10"],
            ["Rotary paddle level probe", "CMT-LP-01", "CMT-LP-01"],
            ["Pinch valve sleeve DN 100", "CMT-PS-100", "CMT-PS-100"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Hollvenna HCE hollow-core slab extruder
HOLLVENNA = [
    ("title", "Hollvenna HCE-12 Hollow-Core Slab Extruder\nOperation and Maintenance"),
    (
        "p",
        "Document HVN-OM-HCE-03, Edition 1, November 2024. Hollvenna Precast Machinery. The HCE-12 casts prestressed "
        "hollow-core slabs 1200 mm wide on long steel casting beds. It runs on the bed's side rails and is pushed "
        "backwards by the reaction of the concrete: the augers press earth-moist concrete around the vibrating "
        "forming tubes, which leave the cores, while the hydraulic travel drive only brakes or assists. Four "
        "forming sets give slab depths of 200, 265, 320 and 400 mm. The casting bed, its heating, the strand "
        "stressing, the saw and the concrete supply are not part of the HCE-12. The strand pattern and the "
        "prestressing forces of each slab type come from the plant's design office; stressing is done with the "
        "stressing equipment's own manual. The mix design is the plant's responsibility: the HCE-12 needs "
        "earth-moist concrete with a maximum aggregate size of 16 mm (12 mm for the 200 mm set).",
    ),
    (
        "warn",
        "WARNING: Nobody may stand on the bed behind or in front of the machine while it casts or travels. Stressed "
        "strands store great energy: keep out of the line of the strands at the bed ends while they are under "
        "tension.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HCE-12"],
            ["Slab width", "1200 mm"],
            ["Slab depths (forming sets)", "200, 265, 320 and 400 mm"],
            ["Auger drive", "2 x 18.5 kW with bevel gearbox"],
            ["Forming tube vibration", "2 x 3.0 kW, 100-150 Hz by frequency converter, factory setting 125 Hz"],
            ["Auger speed", "45-75 rpm"],
            ["Connected load, 400 V 3~ 50 Hz", "50 kW, fuse 100 A gL, by trailing cable from a 160 m cable reel"],
            ["Hopper", "1.8 m³"],
            ["Bed rail gauge", "1360 mm"],
            ["Mass with the 265 mm set", "7.6 t"],
            ["Gearbox oil", "CLP 220, 2 x 18 L"],
            ["Hydraulic oil (travel drive and lifting)", "HLP 46, 60 L"],
        ],
        (70, 100),
    ),
    ("h", "Forming sets"),
    (
        "table",
        [
            [
                "Set (slab depth)",
                "Cores",
                "Auger outer diameter, new",
                "Highest travel speed",
                "Concrete per metre of slab",
            ],
            ["200 mm", "7", "130 mm", "2.2 m/min", "0.147 m³"],
            ["265 mm", "6", "165 mm", "1.8 m/min", "0.190 m³"],
            ["320 mm", "5", "200 mm", "1.5 m/min", "0.227 m³"],
            ["400 mm", "4", "255 mm", "1.2 m/min", "0.276 m³"],
        ],
        (34, 22, 38, 36, 40),
    ),
    (
        "p",
        "The highest travel speeds hold for earth-moist concrete at 10-30 °C with the hopper kept at least one third "
        "full and augers within their wear limit. At the top speed of any set the machine uses about 20 m³ of "
        "concrete per hour; the supply must keep up or the speed must come down.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock off the machine at the cable reel isolator before reaching into the hopper or the forming area.",
            "Keep the trailing cable clear of the bed and the strands; never drive over it.",
            "The vibrators are loud: wear hearing protection within 5 m of the running machine.",
            "Before the machine is lifted by crane (bed change), empty the hopper and fit the four lifting eyes; lift "
            "with the four-leg chain sling only.",
            "Wash down with no more than 150 bar; never aim the jet at motors, the control box or the cable reel "
            "slip ring.",
        ],
    ),
    ("h", "3. Casting settings and limits"),
    (
        "cols",
        [
            ("h", "Slab depth"),
            (
                "p",
                "Measure the slab depth at the start and then every 10 m. It must lie within -3 mm / +5 mm of the "
                "nominal depth. Top cover over the cores at least 30 mm (200 and 265 mm sets) or 35 mm (320 and 400 "
                "mm sets).",
            ),
            ("h", "Hopper level"),
            (
                "p",
                "Keep the hopper at least one third full (0.6 m³). Below one quarter the concrete loses pressure "
                "around the forming tubes and voids form in the webs.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Start at 125 Hz. Go up in steps of 5 Hz if the webs show voids, down if the top surface tears. "
                "Stay between 100 and 150 Hz.",
            ),
            ("h", "Travel"),
            (
                "p",
                "Never exceed the highest travel speed of the set. Set the travel brake so that the machine moves "
                "steadily; a machine that surges forward after a stop makes a weak section.",
            ),
            ("h", "Stops"),
            (
                "p",
                "A stop of up to 20 min may be bridged with the augers at 20 rpm and the vibration off. After a longer "
                "stop end the slab: the concrete in the machine stiffens. Drive clear, empty and clean the machine.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Concrete 10-30 °C, bed at least 5 °C. For colder beds follow the plant's winter procedure.",
            ),
            ("h", "Auger wear"),
            (
                "p",
                "Replace an auger when its outer diameter at the last flight is more than 6 mm below the new size.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["X01", "Emergency stop", "An emergency stop pressed. Release it, then press RESET."],
            [
                "X02",
                "Auger motor 1 overload",
                "Current above 110 % for 5 s: concrete too stiff, stone jammed or hopper overfilled.",
            ],
            ["X03", "Auger motor 2 overload", "As X02, motor 2."],
            ["X04", "Vibrator overload", "Vibrator motor current too high; check the mounts and the bearings."],
            ["X05", "Vibration converter", "Frequency converter fault; the converter shows its own code."],
            ["X06", "Hydraulic oil hot", "Oil above 70 °C; check the oil level and clean the cooler."],
            ["X07", "Hydraulic oil low", "Oil level switch open. Top up with HLP 46."],
            ["X08", "Bed end", "End switch at the bed end reached."],
            ["X10", "Cable reel", "Fewer than 2 turns of cable left on the drum."],
            ["X11", "Gearbox hot", "Gearbox oil above 90 °C."],
            ["X12", "Supply", "Phase missing or wrong phase sequence."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Cores sag or collapse behind the machine",
                "Concrete too wet, or vibration too long at one place",
                "Ask the batching plant for a drier mix; keep the machine moving; lower the vibration by 5 Hz.",
            ],
            [
                "Voids and honeycomb in the webs or bottom flange",
                "Concrete too dry, hopper too low or vibration too weak",
                "Keep the hopper above one third; raise the vibration by 5 Hz; check the water content.",
            ],
            [
                "Slab depth under tolerance, machine runs fast",
                "Augers worn, concrete too wet or travel brake too low",
                "Measure the augers (section 6.3); set the travel brake higher.",
            ],
            [
                "Top surface tears or cracks across",
                "Concrete too dry or too much vibration, travel too fast",
                "Lower the vibration; reduce the speed.",
            ],
            [
                "Machine stalls, X02 or X03",
                "Concrete too stiff, oversize stone, hopper overfilled",
                "Stop, lock off, clear the augers; check the maximum aggregate size.",
            ],
            [
                "Strands show at the slab bottom",
                "Strand guides worn or set too low",
                "Replace or reset the strand guides to the design strand height.",
            ],
        ],
        (52, 54, 64),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Starting a casting run"),
    (
        "ol",
        [
            "Check that the bed is clean and oiled and that the stressing supervisor has signed the stressing record "
            "for the bed.",
            "Lower the machine onto the rails at the start of the bed, against the end plate.",
            "Check the forming set against the slab type and enter it on the panel (SET 200, 265, 320 or 400).",
            "Fill the hopper at least half full.",
            "Start the vibration at 125 Hz, then the augers. Release the travel brake gradually.",
            "Check the slab depth after the first metre and then every 10 m.",
        ],
    ),
    ("h", "6.2 Changing the forming set"),
    (
        "ol",
        [
            "Empty and clean the machine at the cleaning station at the bed end. Lock off at the cable reel isolator.",
            "Raise the machine body with the built-in hydraulic jacks to the change height of 450 mm.",
            "Undo the eight M20 screws of the forming tube bracket and lift the forming tubes out with the crane.",
            "Pull the augers off the drive shafts with the auger puller. Every auger is marked with its set and "
            "position: fit the new set's augers in the marked positions.",
            "Fit the new forming tubes and tighten the eight M20 screws to 410 Nm.",
            "Lower the machine and enter the new set on the panel (SET 200, 265, 320 or 400); the panel then "
            "limits the travel speed to that set's highest speed.",
            "Check the first slab depth after 1 m of casting.",
        ],
    ),
    ("h", "6.3 Measuring auger wear"),
    (
        "ol",
        [
            "With the augers out (section 6.2) and cleaned, measure the outer diameter of the last flight at three "
            "points, 120° apart.",
            "Take the smallest value. If it is more than 6 mm below the new size of the set, replace the auger.",
            "Replace the augers of a set together when more than half are worn out. Worn augers are exchanged by "
            "Hollvenna service; building up flights by welding on site is not allowed.",
        ],
    ),
    ("h", "6.4 Cleaning after a run"),
    (
        "ol",
        [
            "At the bed end, drive the machine onto the cleaning station and fix it with the two rail clamps.",
            "Empty the hopper into the skip: run the augers at 20 rpm with the vibration off until no more concrete "
            "comes out.",
            "Lock off at the cable reel isolator. Open the two hopper side doors and scrape out what is left.",
            "Wash the hopper, the augers and the forming tubes with no more than 150 bar, within 45 min of the last "
            "concrete. Keep the jet away from the motors, the control box and the slip ring.",
            "Let the wash water run into the bed-end pit, never onto the bed. The pit and the water treatment are "
            "the plant's.",
            "Close the side doors and grease the auger shaft bearings, 4 strokes each, while the machine is warm.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After every run", "Clean the hopper, augers and forming tubes within 45 min of the last concrete."],
            ["Daily", "Grease the auger shaft bearings, 4 strokes each; check the vibrator mounts."],
            ["Weekly", "Check the trailing cable and the strand guides."],
            ["Every 250 h", "Change the hydraulic return filter (HVN-RF-10)."],
            ["Every 1000 h or 12 months, whichever comes first", "Change the gearbox oil, CLP 220, 2 x 18 L."],
            ["Every 2000 h", "Change the hydraulic oil, HLP 46, 60 L."],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Auger, per set and position (for example HVN-AU-265-3)", "HVN-AU-200, -265, -320, -400"],
            ["Forming tube set", "HVN-FT-200, -265, -320, -400"],
            ["Vibrator motor 3.0 kW", "HVN-VM-30"],
            ["Hydraulic return filter", "HVN-RF-10"],
            ["Gearbox shaft seal kit", "HVN-GS-18"],
            ["Cable reel slip ring", "HVN-SR-4"],
            ["Strand guide", "HVN-SG-01"],
        ],
        (90, 80),
    ),
]


# ---------------------------------------------------------------- Tensorra SJ mono-strand stressing jacks
TENSORRA = [
    ("title", "Tensorra SJ Mono-Strand Stressing Jacks with PU-70 Pump\nOperation and Maintenance - SJ-13 and SJ-16"),
    (
        "p",
        "Document TNS-OM-SJ-05, Edition 4, February 2025. Tensorra Prestress Equipment. The SJ-13 and SJ-16 are "
        "double-acting centre-hole jacks for pretensioning single seven-wire strands on long-line precast beds, "
        "driven by the PU-70 electric pump. The strand passes through the jack; gripping jaws at the back of the "
        "jack pull it, and at the end of each stroke the anchorage wedges at the bed abutment hold it, pressed in "
        "by the jack's power seating. The SJ-13 is for 12.5 and 12.9 mm strand, the SJ-16 for 15.2 and 15.7 mm "
        "strand; apart from the items named here the two jacks are built alike and use the same pump. The "
        "stressing forces, the initial force and the calculated elongation of each strand come from the stressing "
        "schedule issued by the plant's design office; this manual gives none. The anchorage barrels and wedges at "
        "the bed ends belong to the bed: whether and how often they may be reused is set by the plant's rules and "
        "the anchorage maker.",
    ),
    (
        "warn",
        "WARNING: A strand that breaks or slips under tension can be thrown out of the bed end at great speed. Never "
        "stand behind the jack or in line with the strand at either bed end while a strand is being stressed or is "
        "under tension. Use the barriers.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SJ-13", "SJ-16"],
            ["Strand, seven-wire", "12.5 and 12.9 mm", "15.2 and 15.7 mm"],
            ["Rated force", "220 kN", "300 kN"],
            ["Effective piston area", "31.4 cm²", "42.9 cm²"],
            ["Highest working pressure", "700 bar", "700 bar"],
            ["Stroke", "200 mm", "250 mm"],
            ["Free strand needed behind the anchorage", "at least 600 mm", "at least 700 mm"],
            ["Power seating pressure", "120 bar", "90 bar"],
            ["Wedge draw-in at lock-off without power seating", "6 mm", "7 mm"],
            ["Wedge draw-in at lock-off with power seating", "2-3 mm", "2-3 mm"],
            ["Highest return pressure", "150 bar", "150 bar"],
            ["Mass", "18 kg", "24 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "table",
        [
            ["PU-70 pump", "Value"],
            ["Motor", "1.5 kW, 400 V 3~ 50 Hz, 3.4 A"],
            ["Flow", "2.4 L/min up to 60 bar, 0.6 L/min from 60 to 700 bar"],
            ["Oil", "HLP 32, 10 L usable"],
            ["Pressure gauge", "100 mm, glycerine filled, class 1.0, 0-1000 bar"],
            ["Hoses", "2 x 3 m, 700 bar working, 2800 bar burst"],
            ["Relief valve", "Adjustable, factory set to 700 bar, lockable cap"],
            ["Mass with oil", "38 kg"],
        ],
        (50, 120),
    ),
    (
        "p",
        "The flows hold with oil at 20-50 °C and a supply of at least 380 V. The rated forces hold only with clean "
        "jaws and the strand size the jack is made for; never use an SJ-16 on 12.9 mm strand or the other way round.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained in stressing and named by the stressing supervisor may work the jack and pump.",
            "Never stress a strand that is kinked, corroded or has a damaged wire; tell the stressing supervisor.",
            "Never disconnect a hose under pressure. Release the pressure and check that the gauge reads 0 first.",
            "Hold the jack by its handles, never by the hoses. Support it on the bed end stand, not by hand, while "
            "the pressure rises.",
            "Wear safety glasses and gloves; a cut strand end springs.",
        ],
    ),
    ("h", "3. Stressing rules and settings"),
    (
        "cols",
        [
            ("h", "Pressure for a force"),
            (
                "p",
                "Each jack comes with a calibration certificate for the jack and gauge pair. Read the pressure for "
                "each force from that certificate only. The pressure calculated from the piston area, pressure (bar) "
                "= force (kN) x 100 / area (cm²), ignores the friction in the jack and is for orientation only: 140 kN "
                "on an SJ-13 gives 446 bar.",
            ),
            ("h", "Relief valve"),
            (
                "p",
                "Before stressing, set the pump relief valve no more than 10 % above the final pressure of the "
                "certificate, and never above 700 bar.",
            ),
            ("h", "Elongation check"),
            (
                "p",
                "Measure the elongation from the mark made at the initial force and add up the strokes. If the "
                "measured elongation differs from the calculated elongation of the schedule by more than 5 %, do not "
                "lock off: hold the pressure, stop and tell the stressing supervisor.",
            ),
            ("h", "Strokes"),
            (
                "p",
                "A long bed needs several strokes. At the end of a stroke the red ring on the piston shows: seat the "
                "wedges, release the pressure, retract, grip again and go on. A full stroke under load takes about "
                "1 min on the SJ-13 and about 2 min on the SJ-16.",
            ),
            ("h", "Calibration"),
            (
                "p",
                "Have the jack and its gauge calibrated together by an accredited laboratory every 6 months, after "
                "1000 stressing operations or after any repair, whichever comes first. A gauge that has been dropped "
                "or reads more than 10 bar at rest is taken out of use.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Oil between 10 and 60 °C; the pump stops at 65 °C (P03). Rules for stressing below 0 °C are the "
                "plant's.",
            ),
        ],
    ),
    ("h", "4. Pump fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "Stop button on the pendant pressed. Release it and press RESET."],
            ["P02", "Motor hot", "Motor thermal switch open; let the motor cool."],
            ["P03", "Oil hot", "Oil above 65 °C. Let it cool with the pump idling unloaded."],
            ["P04", "Oil low", "Oil level below the minimum mark. Top up with HLP 32."],
            ["P05", "Pressure transducer", "Signal missing or out of range."],
            ["P07", "Set pressure", "The pump stopped at the pressure set on the pendant."],
            [
                "P08",
                "Pressure time",
                "Set pressure not reached within 120 s: leak, jack at the end of its stroke "
                "or relief valve set too low.",
            ],
            ["P09", "Supply low", "Supply below 360 V."],
            ["P10", "Service due", "500 h since the last oil change."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Strand slips in the jack with a bang and the jack jumps back",
                "Gripping jaws clogged with grease or dirt, or teeth worn",
                "Stop. Clean the jaws (section 6.3); replace the jaw set if the teeth are worn.",
            ],
            [
                "Gauge falls while the pressure is held",
                "Coupling not fully home, hose leak or jack seals worn",
                "Release the pressure; screw the couplings fully home; a jack that still leaks goes to Tensorra "
                "service.",
            ],
            [
                "Piston does not return fully",
                "Return hose coupling half engaged",
                "Screw the return coupling fully home; never exceed 150 bar on the return side.",
            ],
            [
                "Elongation more than 5 % short of the schedule",
                "Strand caught on a deviator or support, wrong certificate or faulty gauge",
                "Hold, stop and tell the stressing supervisor.",
            ],
            [
                "Elongation more than 5 % over the schedule",
                "Strand slipping at the dead end, wrong strand size in the schedule",
                "Hold, stop and tell the stressing supervisor.",
            ],
            [
                "Wedges draw in more than 6 mm (SJ-13) or 7 mm (SJ-16)",
                "Power seating not used, wedges or barrel dirty or worn",
                "Use power seating; clean the anchorage; worn wedges: plant's rules.",
            ],
            [
                "Pump slow to build pressure",
                "Oil cold or low, relief valve set too low",
                "Warm the oil by idling; top up; check the relief setting.",
            ],
        ],
        (52, 54, 64),
    ),
    ("h", "6. Procedures"),
    ("h", "6.1 Stressing a strand"),
    (
        "ol",
        [
            "From the stressing schedule, read the initial and final force and the calculated elongation of the "
            "strand. Read the final pressure from the jack's calibration certificate.",
            "Put up the barriers at both bed ends. Nobody may stand behind the jack or in line with the strand.",
            "Set the relief valve no more than 10 % above the final pressure.",
            "Check that the anchorage wedges sit on the strand, then push the jack over the strand until its nose "
            "rests on the anchorage.",
            "Advance to the initial force and mark the strand at the back of the jack.",
            "Advance stroke by stroke. At each red ring, seat the wedges, release, retract and grip again, noting the "
            "elongation of every stroke.",
            "At the final pressure hold for 10 s and add up the elongation. Compare it with the schedule: no more "
            "than 5 % difference.",
            "Lock off with power seating at 120 bar (SJ-13) or 90 bar (SJ-16), release the pressure, retract and take "
            "the jack off.",
            "Record force, pressure, elongation and the jack and gauge numbers in the stressing record.",
        ],
    ),
    ("h", "6.2 Daily check before the first strand"),
    (
        "ol",
        [
            "Check the oil level in the sight glass and look over both hoses for kinks and cuts.",
            "Check that the gauge reads 0 with the pump off; more than 10 bar at rest takes it out of use.",
            "Connect the couplings and screw them fully home by hand.",
            "Run the jack out and back once without a strand, at no more than 100 bar.",
            "Check that the jaws are clean and open freely.",
        ],
    ),
    ("h", "6.3 Cleaning and replacing the gripping jaws"),
    (
        "ol",
        [
            "Release the pressure and disconnect the hoses.",
            "Unscrew the jaw cap at the back of the jack and take out the three jaws and the spring.",
            "Clean the jaws and their seat with a brass brush and solvent. Never oil or grease them.",
            "Replace the whole set (TNS-GJ-13 or TNS-GJ-16) if any teeth are flattened or cracked, or after 300 "
            "stressing operations.",
            "Fit the jaws with the spring and screw the cap fully home.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily check (section 6.2)."],
            ["Weekly", "Clean the jaws (section 6.3)."],
            ["300 stressing operations", "Replace the jaw set."],
            [
                "Every 500 h or 12 months, whichever comes first",
                "Change the pump oil (HLP 32, 10 L) and the suction filter.",
            ],
            [
                "Every 6 months, 1000 stressing operations or after a repair",
                "Calibration of jack and gauge by an accredited laboratory.",
            ],
            ["Every 5 years or when damaged", "Replace the hoses."],
        ],
        (60, 110),
    ),
    ("h", "8. Spare parts"),
    (
        "table",
        [
            ["Part", "SJ-13", "SJ-16"],
            ["Gripping jaw set", "TNS-GJ-13", "TNS-GJ-16"],
            ["Seal kit (fitted by Tensorra service)", "TNS-SK-13", "TNS-SK-16"],
            ["Nose piece", "TNS-NP-13", "TNS-NP-16"],
            ["Hose 3 m, 700 bar", "TNS-HS-3", "TNS-HS-3"],
            ["Pressure gauge 100 mm (calibrate with its jack)", "TNS-PG-100", "TNS-PG-100"],
            ["Coupling set", "TNS-QC-10", "TNS-QC-10"],
            ["Pump suction filter", "TNS-SF-70", "TNS-SF-70"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("aggrelund-awb-aggregate-weigh-batcher.pdf", "Aggrelund AGL-OM-AWB-04 Ed 3 - AWB-30 / AWB-60", AGGRELUND),
        ("cemtaro-cs-cement-silo-filter-and-safety-valve.pdf", "Cemtaro CMT-OM-CS-07 Ed 2 - CS-60 / CS-90", CEMTARO),
        ("hollvenna-hce-hollow-core-slab-extruder.pdf", "Hollvenna HVN-OM-HCE-03 Ed 1 - HCE-12", HOLLVENNA),
        ("tensorra-sj-prestressing-strand-jack.pdf", "Tensorra TNS-OM-SJ-05 Ed 4 - SJ-13 / SJ-16", TENSORRA),
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
