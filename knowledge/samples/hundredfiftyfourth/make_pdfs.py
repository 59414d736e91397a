"""Generate the PDF manuals of the hundred-and-fifty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set154-scratch/venv && /tmp/set154-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set154-scratch/venv/bin/python knowledge/samples/hundredfiftyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Calidorne VH spin beam vapour heating systems
CALIDORNE = [
    ("title", "Calidorne VH Spin Beam Vapour Heating Systems\nOperation and Maintenance - VH-32 and VH-48"),
    (
        "p",
        "Document CLD-OM-VH-04, Edition 3, March 2025. Calidorne Process Heat. The VH-32 and VH-48 heat the spin "
        "beam of a spunbond line with the condensing vapour of a diphenyl / diphenyl oxide eutectic heat transfer "
        "fluid (HTF). An electrically heated vaporiser below the beam makes the vapour; it condenses in the beam "
        "jacket and around the melt distribution pipes, gives off its latent heat at one uniform temperature and "
        "runs back to the vaporiser by gravity. The VH-32 serves beams of 3.2 m working width, the VH-48 beams of "
        "4.8 m. Apart from the items in the technical data and the spare parts list, the two systems are built "
        "alike. The extruder, the melt pump, the spin packs and the quench air system are covered by their own "
        "manuals. Polymer and beam temperatures for a product come from the line's process recipe, which belongs "
        "to the site's process engineers; this manual gives only the limits of the heating system.",
    ),
    (
        "warn",
        "WARNING: The system holds hot liquid and vapour at up to 300 °C, under vacuum or under pressure. Never open "
        "a flange, a drain, a vent or the sight glass while the vaporiser is above 60 °C or the gauge does not read "
        "the ambient pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VH-32", "VH-48"],
            ["Spin beam working width", "3200 mm", "4800 mm"],
            ["Vaporiser heaters, 400 V 3~ 50 Hz", "3 x 36 kW = 108 kW", "4 x 40 kW = 160 kW"],
            ["Rated current at 400 V", "156 A", "231 A"],
            ["Supply fuse", "200 A gG", "315 A gG"],
            ["Vapour temperature setting range", "230-300 °C", "230-300 °C"],
            [
                "Beam temperature uniformity across the width, vapour at 285 °C, after 2 h at steady state",
                "±1.0 °C",
                "±1.5 °C",
            ],
            ["HTF charge (diphenyl / diphenyl oxide eutectic)", "420 L", "610 L"],
            ["Design pressure, vaporiser and beam jacket", "-1 / +5 bar g", "-1 / +5 bar g"],
            ["Safety valve set pressure", "4.0 bar g", "4.0 bar g"],
            ["Heat-up time 20 °C to 285 °C, beam without spin packs, insulation closed", "5.0 h", "6.5 h"],
            ["Vacuum pump (venting and operation below 257 °C)", "0.75 kW, 20 m³/h", "1.1 kW, 30 m³/h"],
            ["Vent condenser cooling water, 15-25 °C", "at least 5 L/min", "at least 8 L/min"],
            ["Fixed over-temperature cut-out (manual reset)", "320 °C", "320 °C"],
            ["Mass, filled", "1850 kg", "2600 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The uniformity figures hold only with the beam insulation complete, all non-condensable gases vented and "
        "the vapour at 285 °C; Calidorne states no uniformity at other vapour temperatures. The rated current is "
        "worked out as I (A) = P (kW) x 1000 / (1.732 x 400 V), so 108 kW gives 156 A and 160 kW gives 231 A.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this system and on the fluid's safety data sheet may operate it. Wear "
            "heat-resistant gloves, a face shield and long sleeves for any work on the vaporiser or the beam.",
            "HTF that has leaked into insulation can self-ignite well below its auto-ignition temperature. Replace "
            "insulation soaked with fluid at once; never leave it until the next planned stop.",
            "The fluid has a sweetish smell that can be noticed at very low concentrations. A smell near the beam or "
            "the vaporiser means a leak: find it before the next start.",
            "Isolate and lock off the heater supply before opening the heater terminal box: it carries 400 V and "
            "the thyristor heat sinks stay live while the main switch is on.",
            "The vaporiser and the beam jacket are pressure equipment. Their periodic inspection, and the test of the "
            "safety valve, are arranged by the site under national rules; this manual does not replace them.",
            "Drained fluid and used fluid go back to the fluid supplier or to a licensed waste contractor, never to "
            "the drain.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Vapour temperature and pressure"),
            (
                "p",
                "The fluid boils at 257 °C at atmospheric pressure. Below this the system runs under vacuum, above "
                "it under pressure. The controller regulates the vapour temperature; the pressure follows it. Pure "
                "saturated vapour reads: 230 °C -0.45 bar g; 245 °C -0.25 bar g; 257 °C 0.0 bar g; 270 °C 0.3 bar "
                "g; 280 °C 0.6 bar g; 290 °C 1.0 bar g; 300 °C 1.4 bar g.",
            ),
            ("h", "Non-condensable gases"),
            (
                "p",
                "Air and the low boilers formed as the fluid ages collect at the beam ends and at the top of the "
                "condensate return. They insulate the jacket and make the beam ends cold. Vent the system (section "
                "7) if the pressure is more than 0.15 bar above the table value at the measured vapour temperature, "
                "or if a beam end thermocouple reads more than 3 °C below the vapour temperature.",
            ),
            ("h", "Heat-up rate"),
            (
                "p",
                "With spin packs fitted, heat the beam no faster than 60 °C per hour. The controller ramp is factory "
                "set to 50 °C per hour. Shortest heat-up time (h) = (setpoint - start temperature) (°C) / ramp "
                "(°C/h); for example (285 - 20) / 50 = 5.3 h. Without spin packs the ramp may be set to its maximum; "
                "the heat-up times in section 1 were measured so.",
            ),
            ("h", "Temperature alarms"),
            (
                "p",
                "The high vapour temperature alarm (A04) stands 10 °C above the setpoint. The fixed cut-out switches "
                "all heaters off at 320 °C and needs a manual reset at the cabinet (A05). The high pressure switch "
                "trips the heaters at 3.5 bar g (A07), below the 4.0 bar g of the safety valve.",
            ),
            ("h", "Liquid level"),
            (
                "p",
                "Read the level only with the vaporiser below 40 °C and the heaters off: it must stand between the "
                "MIN and MAX marks of the sight glass. Hot, the fluid expands by about 25 % and stands above MAX; "
                "this is normal. Never top up while hot. The low level switch trips the heaters when the hot level "
                "falls to the MIN mark (A06).",
            ),
            ("h", "Fluid condition"),
            (
                "p",
                "Have a sample analysed every 12 months or 8000 h of operation, whichever comes first. The analysis "
                "is done by the fluid supplier's laboratory; whether the fluid must be reprocessed or replaced is "
                "decided from its report. Calidorne gives no limits for the fluid.",
            ),
            ("h", "Heater stages"),
            (
                "p",
                "The heaters are switched by thyristors in stages of one element each. A stage whose current is "
                "more than 15 % below the others is reported as failed (A10); the system goes on heating with the "
                "remaining stages, more slowly.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["A01", "Emergency stop", "An emergency stop is pressed or its circuit is open. Release it, press RESET."],
            [
                "A02",
                "Vapour sensor fault",
                "PT100 in the vapour space open or short-circuited. Heaters off. Check the plug, replace the sensor "
                "with the system cold.",
            ],
            [
                "A03",
                "Beam end cold",
                "A beam end thermocouple more than 5 °C below the vapour temperature for 10 min. Vent the "
                "non-condensable gases (section 7).",
            ],
            ["A04", "High vapour temperature", "10 °C above the setpoint. Check the controller and the thyristors."],
            [
                "A05",
                "Over-temperature cut-out",
                "320 °C reached. All heaters off. Find the cause before resetting at the cabinet.",
            ],
            [
                "A06",
                "Low liquid level",
                "Level at the MIN mark. Heaters off. Look for leaks; top up only when cold (section 8).",
            ],
            [
                "A07",
                "High pressure",
                "3.5 bar g reached. Heaters off. Non-condensable gases or a setpoint above 300 °C.",
            ],
            ["A09", "Vacuum pump overload", "Motor protection tripped. Check the pump oil and the inlet filter."],
            [
                "A10",
                "Heater stage failed",
                "Stage current more than 15 % below the others. Check the element and its thyristor.",
            ],
            ["A11", "Thyristor overtemperature", "Cabinet fan stopped or filter mat blocked."],
            [
                "A12",
                "Heater insulation low",
                "Insulation resistance of a heater below 1 megohm. Stage locked out; the element must be replaced.",
            ],
            ["A13", "Fluid analysis due", "12 months or 8000 h since the last sample. The system still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Filament breaks at the edges of the web, beam ends colder than the centre",
                "Non-condensable gases at the beam ends",
                "Vent the system (section 7); check the beam end insulation",
            ],
            [
                "Pressure higher than the table value for the vapour temperature",
                "Non-condensable gases, or air drawn in through a flange during vacuum operation",
                "Vent; if it comes back within a week, have the flanges leak tested under vacuum",
            ],
            [
                "Heat-up takes much longer than usual",
                "A heater stage failed (A10), ramp set too low or insulation panels open",
                "Compare the stage currents; check the ramp and the insulation",
            ],
            [
                "Vapour temperature swings by 3 °C or more",
                "Controller tuning lost after a sensor change, or a thyristor firing only part of the time",
                "Run the controller's self-tuning at the working setpoint; check the thyristors",
            ],
            [
                "Cold level lower after each venting",
                "Vapour carried out with the gases: vent condenser water too low or venting too long",
                "Check the vent condenser water flow; vent for no longer than 2 min per valve",
            ],
            [
                "Sweetish smell near the beam",
                "Leak at a flange gasket or at the sight glass",
                "Locate the leak; replace the gasket with the system cold",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting up and heating the beam"),
    (
        "ol",
        [
            "Check that the cold level stands between MIN and MAX and that all drain valves are closed and plugged.",
            "Check that the vent valves V12 (left beam end) and V13 (right beam end) are closed.",
            "Open the cooling water to the vent condenser and check the flow on the rotameter.",
            "Switch on the main switch and the control voltage; clear any alarms with RESET.",
            "Enter the vapour setpoint from the process recipe and check the ramp: no more than 60 °C per hour with "
            "spin packs fitted.",
            "Start heating. Below 257 °C the vacuum pump runs now and then to hold the vacuum.",
            "When the vapour reaches the setpoint, wait 1 h, then compare the pressure with the table in section 3 "
            "and the beam end temperatures with the vapour temperature.",
            "Vent the system if either is outside its limit (section 7).",
            "Release the beam to the line only after 2 h at the setpoint.",
        ],
    ),
    ("h", "7. Venting non-condensable gases"),
    (
        "ol",
        [
            "Run the system at the working setpoint for at least 1 h.",
            "Check that the vent condenser has cooling water: at least 5 L/min (VH-32) or 8 L/min (VH-48).",
            "Start the vacuum pump in manual mode from the panel.",
            "Open vent valve V12 slowly and leave it open for 2 min, then close it.",
            "Open vent valve V13 slowly and leave it open for 2 min, then close it.",
            "Stop the vacuum pump and note the pressure; it should fall towards the table value within 10 min.",
            "After 30 min check that both beam end thermocouples read within 3 °C of the vapour temperature.",
            "If not, repeat from step 3, but vent no more than three times in one shift. If the limits are still not "
            "met, the fluid may be breaking down: have a sample analysed.",
        ],
    ),
    ("h", "8. Topping up the heat transfer fluid"),
    (
        "ol",
        [
            "Switch the heaters off and let the vaporiser cool below 40 °C.",
            "Use only fluid of the same type and supplier as the charge. Never mix fluids of different types.",
            "Connect the hand pump to fill valve V3 through the 10 µm filter supplied.",
            "Open V3 and pump until the level is midway between MIN and MAX.",
            "Close V3, remove the pump and refit the blind plug.",
            "Record the quantity added. More than 10 L in 3 months points to a leak or to venting losses.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Compare the pressure with the table in section 3; read the beam end temperatures"],
            ["At each cold stop", "Read the sight glass level; look for fluid on the insulation"],
            ["Monthly", "Compare the heater stage currents; check the vent condenser water flow"],
            ["Every 6 months", "Change the vacuum pump oil; clean the cabinet filter mats"],
            [
                "Every 6 months",
                "Measure the insulation resistance of each heater with 500 V DC: at least 1 megohm cold",
            ],
            ["12 months or 8000 h, whichever comes first", "Fluid sample to the fluid supplier's laboratory"],
            ["Yearly", "Calibrate the vapour PT100 and the beam end thermocouples; safety valve test by the site"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Heater elements are replaced with the vaporiser drained; this work is done by Calidorne service only. "
        "Replacing the insulation of the beam is a job for the site's insulation contractor.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VH-32", "VH-48"],
            ["Heater element", "CLD-HE-36 (36 kW)", "CLD-HE-40 (40 kW)"],
            ["PT100 vapour sensor", "CLD-TS-100", "CLD-TS-100"],
            ["Beam end thermocouple type K", "CLD-TC-K2", "CLD-TC-K2"],
            ["Safety valve 4.0 bar g", "CLD-SV-25 (DN25)", "CLD-SV-32 (DN32)"],
            ["Sight glass with gaskets", "CLD-SG-32", "CLD-SG-48"],
            ["Vacuum pump", "CLD-VP-20", "CLD-VP-30"],
            ["Spiral wound gasket set", "CLD-GK-32", "CLD-GK-48"],
            ["Fill filter 10 µm", "CLD-FF-10", "CLD-FF-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Faltenberg KL cross lappers
FALTENBERG = [
    ("title", "Faltenberg KL Cross Lappers\nOperating and Maintenance Manual - KL-45 and KL-65"),
    (
        "p",
        "Document FNM-BA-KL-11, Edition 2, November 2024. Faltenberg Nonwoven Machinery. The KL-45 and KL-65 are "
        "camel-back cross lappers with servo-driven carriages. The web from the card runs up the infeed apron, "
        "over the upper carriage and down between the two lapping aprons of the lower carriage, which lays it "
        "across the slowly moving floor apron in overlapping layers. The batt that leaves the floor apron goes to "
        "a needle loom or a pre-needler. The KL-45 lays batts up to 4.5 m wide, the KL-65 up to 6.5 m. The card, "
        "the batt drafter and the needle loom have manuals of their own; batt weights and the number of layers for "
        "a product are given by the customer's product specification.",
    ),
    (
        "warn",
        "WARNING: The lower carriage reverses at up to 4 m/s² and travels the full width of the machine. Never "
        "reach into the lapper or step over the safety fences while the carriages can move. Open the access doors "
        "only with the machine stopped and the drives disabled.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KL-45", "KL-65"],
            ["Laying width, maximum", "4500 mm", "6500 mm"],
            ["Laying width, minimum", "1500 mm", "2500 mm"],
            ["Infeed web width, maximum", "2500 mm", "3500 mm"],
            ["Infeed (web) speed", "up to 120 m/min", "up to 100 m/min"],
            ["Floor apron (outfeed) speed", "0.5-12 m/min", "0.5-10 m/min"],
            ["Lower carriage acceleration at reversal, maximum", "4 m/s²", "3 m/s²"],
            ["Carriage servo motor", "11 kW", "15 kW"],
            ["Connected load / supply fuse, 400 V 3~ 50 Hz", "28 kW / 63 A", "36 kW / 80 A"],
            ["Compressed air, dry and oil-free", "6 bar, 50 Nl/min", "6 bar, 70 Nl/min"],
            ["Apron material", "antistatic polyester, 2 mm", "antistatic polyester, 2 mm"],
            ["Carriage toothed belt, width", "75 mm", "100 mm"],
            ["Length x width of the machine", "7.8 x 3.2 m", "10.2 x 4.1 m"],
            ["Mass", "6.2 t", "8.4 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The infeed speeds hold for webs of 12 g/m² or more with a fibre length of 38-80 mm. Lighter webs, or "
        "fibres outside this range, need lower speeds that depend on the fibre and are found by trial.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The lapper is guarded by fences with interlocked doors and by light curtains at the batt outlet. Never "
            "bridge an interlock; a door switch that does not stop the carriage must be repaired before restarting.",
            "Aprons and rollers form drawing-in points. Clean them only with the machine stopped and the drives "
            "disabled, never with a cloth on a running apron.",
            "Fibre fly is combustible. Keep the area under the floor apron clean; the site's fire protection rules "
            "apply to the whole carding line.",
            "The servo drives hold dangerous voltages for 5 min after switching off. Wait before opening the "
            "drive cabinet.",
            "Lift the carriages only at the marked lifting points and with the transport locks fitted.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Batt weight and number of layers"),
            (
                "p",
                "Batt weight (g/m²) = web weight (g/m²) x web width (m) x infeed speed (m/min) / (laying width (m) x "
                "floor apron speed (m/min)). The number of layers is the batt weight divided by the web weight. "
                "Example: a web of 20 g/m², 2.4 m wide at 80 m/min, laid 4.0 m wide on a floor apron at 4 m/min, "
                "gives 20 x 2.4 x 80 / (4.0 x 4) = 240 g/m², that is 12 layers. The draft in the needle loom "
                "lowers the weight again; its manual gives the figures.",
            ),
            ("h", "Minimum number of layers"),
            (
                "p",
                "Lay at least 4 layers. Fewer layers leave visible diagonal stripes in the batt, because the edges "
                "of the single web no longer overlap evenly.",
            ),
            ("h", "Infeed draft"),
            (
                "p",
                "Set the infeed apron 1-3 % faster than the web delivery of the card so that the web is held taut "
                "without being drawn thin. Above 3 % the web tears at the infeed; below 1 % it sags and folds.",
            ),
            ("h", "Edge profile"),
            (
                "p",
                "At each reversal the carriage slows down and lays more fibre at the edges. With the profile "
                "function on, the controller speeds up the floor apron during each reversal; the edges then stay "
                "within ±5 % of the centre weight. Without it, edges of 10-20 % heavier are normal. The profile "
                "gain is set in percent, default 100 %, range 50-150 %.",
            ),
            ("h", "Static and climate"),
            (
                "p",
                "Run the lapper at 55-70 % relative humidity and 20-28 °C. Below 55 % the web charges up, sticks "
                "to the aprons and flies off at the carriage. The room climate belongs to the site's air "
                "conditioning; Faltenberg sets no humidifier.",
            ),
            ("h", "Apron tension"),
            (
                "p",
                "Tension the aprons by the pneumatic tensioners: 3.5 bar on the KL-45 and 4.5 bar on the KL-65. "
                "Never exceed 5 bar on either model; the apron joints open.",
            ),
            ("h", "Carriage belts"),
            (
                "p",
                "Check the tension of the carriage toothed belts with a frequency meter in the middle of the free "
                "length: 38-42 Hz on the KL-45 and 32-36 Hz on the KL-65. Retension when the reading is more than "
                "3 Hz below the range.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Emergency stop", "An emergency stop or a pull cord is actuated. Release it, press RESET."],
            ["L02", "Safety door open", "A fence door is open or its switch is out of position."],
            ["L03", "Light curtain", "The batt outlet light curtain was interrupted. Clear the area, press RESET."],
            [
                "L04",
                "Carriage following error",
                "Carriage position more than 20 mm behind the set value: belt slipping, a bearing tight or "
                "acceleration too high for the batt.",
            ],
            ["L05", "Carriage end position", "Overtravel switch reached. Check the laying width setting and the belt."],
            [
                "L06",
                "Apron drift",
                "An apron has run more than 25 mm off its centre. Check the tracking (section 7).",
            ],
            ["L08", "Apron tension low", "Air pressure at a tensioner below 2.5 bar."],
            [
                "L09",
                "Web break",
                "The infeed photocell sees no web. Rethread the web from the card; check the infeed draft.",
            ],
            ["L10", "Drive fault", "A servo drive reports a fault. Read its number on the drive display."],
            ["L11", "Line speed mismatch", "The card or the needle loom did not follow a speed change within 10 s."],
            ["L12", "Lubrication due", "250 h since the last carriage guide lubrication."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Both edges of the batt heavier than the centre",
                "Edge profile switched off or gain too low",
                "Switch the profile on; raise the gain in steps of 10 %",
            ],
            [
                "Diagonal stripes across the batt",
                "Fewer than 4 layers, or the infeed web uneven across its width",
                "Lay more layers (lower the floor apron speed); check the web from the card",
            ],
            [
                "Web folds over at the reversal points",
                "Infeed draft below 1 % or carriage acceleration too high for a light web",
                "Raise the draft; lower the acceleration in steps of 0.5 m/s²",
            ],
            [
                "Web sticks to the aprons and flies off the carriage",
                "Static charge: relative humidity below 55 % or antistatic finish washed out of the fibre",
                "Check the room humidity; ask the fibre supplier about the finish",
            ],
            [
                "Batt edge wanders from side to side",
                "Floor apron tracking out or tensioner pressure unequal",
                "Check the tensioner pressure; adjust the tracking (section 7)",
            ],
            [
                "Knocking at each reversal",
                "Carriage belt loose or a guide roller bearing worn",
                "Check the belt frequency; replace the bearing",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting up for a new batt"),
    (
        "ol",
        [
            "Take the batt weight, width and number of layers from the product specification.",
            "Enter the laying width; it must lie between the minimum and the maximum of the model.",
            "Enter the web weight and the web width measured at the card.",
            "Let the controller work out the floor apron speed from the formula in section 3, or enter it yourself.",
            "Check that the number of layers is at least 4.",
            "Set the infeed draft to 2 % as a start.",
            "Switch the edge profile on with the gain at 100 %.",
            "Run for 5 min, then cut three samples of 0.5 x 0.5 m across the width (both edges and the centre) and "
            "weigh them.",
            "If an edge sample is more than 5 % heavier or lighter than the centre, change the gain by 10 % and "
            "repeat the check.",
        ],
    ),
    ("h", "7. Adjusting the apron tracking"),
    (
        "ol",
        [
            "Run the apron empty at 10 m/min (floor apron: 5 m/min).",
            "Check that both tensioners of the apron read the same pressure.",
            "Watch the apron edge against the scale on the frame for three full turns.",
            "If it runs towards one side, turn the tracking screw on the tail roller on that side by a quarter turn "
            "clockwise, never more at one time.",
            "Wait for three turns of the apron before the next correction.",
            "The apron is tracked when it stays within ±5 mm of the centre mark for ten turns.",
            "Lock the tracking screws and note the setting in the machine log.",
        ],
    ),
    ("h", "8. Replacing a carriage guide roller"),
    (
        "ol",
        [
            "Stop the lapper, disable the drives and lock the main switch.",
            "Move the lower carriage by hand to the service position at the operator side.",
            "Fit the carriage locking pins on both sides.",
            "Remove the roller cover and loosen the eccentric axle nut (24 mm).",
            "Pull the roller off its axle and fit the new one with the seal facing out.",
            "Turn the eccentric until the roller just touches the guide rail and the roller can still be turned by "
            "hand with the carriage locked.",
            "Tighten the nut to 120 Nm, refit the cover, remove the locking pins.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Remove fly from the aprons, the photocells and under the floor apron"],
            ["Weekly", "Check the apron tracking and the tensioner pressures; check the light curtains"],
            ["Every 250 h", "Lubricate the carriage guides with the grease in the spare parts list"],
            ["Every 1000 h", "Check the carriage belt frequencies; inspect the guide rollers"],
            ["Every 4000 h or 12 months, whichever comes first", "Replace the carriage guide rollers as a set"],
            ["Every 2 years", "Check the apron joints; aprons are replaced by Faltenberg service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KL-45", "KL-65"],
            ["Carriage toothed belt", "FNM-ZR-75-45", "FNM-ZR-100-65"],
            ["Carriage guide roller with seal", "FNM-FR-62", "FNM-FR-80"],
            ["Apron tensioner cylinder", "FNM-SP-40", "FNM-SP-50"],
            ["Infeed photocell", "FNM-LS-01", "FNM-LS-01"],
            ["Carriage guide grease, 400 g cartridge", "FNM-GR-2", "FNM-GR-2"],
            ["Floor apron (complete)", "FNM-BB-45", "FNM-BB-65"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Stichmoor SN needle looms
STICHMOOR = [
    ("title", "Stichmoor SN Needle Looms\nOperation and Maintenance - SN-40 and SN-60"),
    (
        "p",
        "Document STM-OM-SN-07, Edition 5, January 2025. Stichmoor Needling Systems. The SN-40 and SN-60 are "
        "single-board down-stroke needle looms for pre-needling and finish needling of staple fibre batts "
        "(polyester, polypropylene, viscose and blends). The needle board moves up and down on two crank drives; "
        "the batt passes between the bed plate and the stripper plate and is drawn through by the take-off "
        "rollers. The SN-40 has a working width of 4.0 m, the SN-60 of 6.0 m. The cross lapper, the batt feeder "
        "and the winder have manuals of their own. The needle type for a product comes from the customer's "
        "product specification or from the needle maker; this manual does not choose needles.",
    ),
    (
        "warn",
        "WARNING: The needle board is driven by a flywheel that runs on for up to 40 s after a stop. Never reach "
        "between the stripper plate and the bed plate until the board has stopped and the main drive is locked "
        "off. Needles are sharp and break: wear safety glasses and cut-resistant gloves at the loom.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SN-40", "SN-60"],
            ["Working width", "4000 mm", "6000 mm"],
            ["Needle density of the board", "4000 needles per metre", "4000 needles per metre"],
            ["Needles per board", "16 000", "24 000"],
            ["Stroke frequency", "up to 1500 strokes/min", "up to 1200 strokes/min"],
            ["Stroke length (fixed)", "40 mm", "50 mm"],
            ["Penetration depth, setting range", "0-16 mm", "0-18 mm"],
            ["Take-off speed", "up to 15 m/min", "up to 12 m/min"],
            ["Main drive motor", "45 kW", "75 kW"],
            ["Connected load / supply fuse, 400 V 3~ 50 Hz", "62 kW / 125 A", "98 kW / 200 A"],
            ["Circulating oil, ISO VG 68, tank capacity", "60 L", "90 L"],
            ["Needle board mass with needles", "96 kg", "148 kg"],
            ["Mass of the loom", "14 t", "21 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The stroke frequencies hold only with a balanced board (all needles fitted, or the missing needles spread "
        "evenly) and a loom anchored on a foundation to the Stichmoor foundation drawing. With an unbalanced board "
        "run no faster than 800 strokes/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the loom. The guard doors are interlocked; the main drive cannot start "
            "with a door open.",
            "Change needle boards only with the board lifting device, never by hand. Two persons are needed for "
            "the SN-60 board.",
            "Collect broken needles in the red sharps box at the loom. Broken needle tips left in the batt must be "
            "found by the metal detector after the loom; its manual gives its settings.",
            "The loom emits up to 88 dB(A) at 1 m at full stroke frequency. Wear hearing protection in the loom area.",
            "The oil in the crank housing can reach 60 °C. Let it cool before opening the drain plug.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Punch density"),
            (
                "p",
                "Punch density (punches/cm²) = needle density (needles per metre) x stroke frequency (strokes/min) "
                "/ (take-off speed (m/min) x 10 000). Example: 4000 needles per metre at 800 strokes/min and 4 "
                "m/min give 4000 x 800 / (4 x 10 000) = 80 punches/cm². The punch density a product needs comes "
                "from its specification.",
            ),
            ("h", "Advance per stroke"),
            (
                "p",
                "Advance per stroke (mm) = take-off speed (m/min) x 1000 / stroke frequency (strokes/min). Keep it "
                "at no more than 12 mm. Above this the batt moves on while the needles are still in it: needles "
                "bend and break and the fabric shows drag marks.",
            ),
            ("h", "Penetration depth"),
            (
                "p",
                "Depth is measured from the top of the bed plate to the tip of the needle at the bottom of the "
                "stroke. Pre-needling usually runs 10-14 mm, finish needling 6-10 mm; the product specification "
                "decides. Change the depth in steps of no more than 1 mm while running.",
            ),
            ("h", "Stripper plate"),
            (
                "p",
                "Set the stripper plate height to the batt thickness at the infeed plus 5 mm, but never less than "
                "15 mm above the bed plate.",
            ),
            ("h", "Warming up"),
            (
                "p",
                "After a cold start with the oil below 15 °C, run no faster than 600 strokes/min for the first 10 min.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "The oil return temperature must stay below 60 °C. The loom warns at 60 °C (N07) and stops at 70 "
                "°C (N08). The oil cooler is sized for a hall temperature of up to 35 °C.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Measured on the crank housing: up to 4.5 mm/s is normal, 4.5-7.1 mm/s needs a check of the board "
                "balance and the anchor bolts, above 7.1 mm/s stop the loom (N10).",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["N01", "Emergency stop", "An emergency stop is pressed. Release it, press RESET."],
            ["N02", "Guard door open", "A guard door is open or its switch is out of position."],
            [
                "N03",
                "Board clamp open",
                "The pneumatic board clamps are not closed or the air is below 5 bar. Check before starting.",
            ],
            ["N04", "Main drive fault", "Frequency converter fault. Read the code on the converter display."],
            [
                "N05",
                "Batt overload at infeed",
                "The infeed roller torque is too high: batt too thick for the stripper plate gap.",
            ],
            ["N07", "Oil temperature warning", "Oil return at 60 °C. Check the cooler and the hall temperature."],
            ["N08", "Oil temperature stop", "Oil return at 70 °C. The loom stops."],
            ["N09", "Oil pressure low", "Pressure below 1.2 bar at the crank bearings. Check the level and filter."],
            ["N10", "Vibration high", "Above 7.1 mm/s on the crank housing. Check the board balance."],
            ["N11", "Take-off slip", "The take-off roller speed differs from the set value by more than 5 %."],
            [
                "N12",
                "Advance too large",
                "Advance per stroke above 12 mm. Lower the take-off speed or raise the stroke frequency.",
            ],
            ["N13", "Oil filter", "Differential pressure above 2 bar. Change the filter element."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Many broken needles",
                "Advance per stroke too large, needles hitting a bent stripper or bed plate hole, or foreign bodies "
                "in the batt",
                "Check the advance per stroke; check the plates for burrs; check the batt for metal",
            ],
            [
                "Lines or needle marks along the fabric",
                "Needles missing in one row, or a needle arrangement unsuited to the product",
                "Check the board for empty holes; ask the needle maker about the arrangement",
            ],
            [
                "Fabric drawn longer and narrower than planned",
                "Take-off draft too high or penetration too shallow for the batt",
                "Reduce the take-off speed; increase the depth by 1 mm at a time",
            ],
            [
                "Fibres build up on the needles",
                "Barbs worn or fibre finish unsuited",
                "Renew the board's needles; ask the fibre supplier",
            ],
            [
                "Oil temperature rising slowly over weeks",
                "Oil cooler fins blocked with fly",
                "Blow the cooler clean with the loom stopped",
            ],
            [
                "Knocking at each stroke",
                "Crank bearing play, or the board clamps not closed fully",
                "Stop at once; check the clamps, then call Stichmoor service for the bearings",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the penetration depth"),
    (
        "ol",
        [
            "Stop the loom, lock off the main drive and wait until the board has stopped.",
            "Turn the board by the handwheel to bottom dead centre; the marker on the flywheel points to BDC.",
            "Place the depth gauge on the bed plate under a needle at each end and in the middle of the board.",
            "Read the depth at the three points; they must agree within 0.3 mm.",
            "Adjust with the bed plate height motor: one push of the button moves the plate 0.1 mm.",
            "Set the depth display to the measured value.",
            "Remove the gauge and the handwheel, close the guard doors and start at reduced speed.",
        ],
    ),
    ("h", "7. Changing a needle board"),
    (
        "ol",
        [
            "Stop the loom at top dead centre and lock off the main drive.",
            "Raise the stripper plate to its top position.",
            "Slide the board lifting device into its rails and lock it.",
            "Open the board clamps from the panel (key switch BOARD CHANGE).",
            "Pull the board out onto the lifting device and lower it onto the board trolley.",
            "Load the new board, check that no needles are bent, and push it into the beam up to the stop.",
            "Close the clamps; the panel must show CLAMPED on both sides.",
            "Reset the stripper plate to the batt thickness plus 5 mm.",
            "Run at no more than 600 strokes/min for 5 min, then check the vibration.",
        ],
    ),
    ("h", "8. Renewing needles"),
    (
        "ol",
        [
            "Take the board out (section 7) and lay it needles up on the board bench.",
            "Press out the broken and worn needles with the pneumatic needle press from the back of the board.",
            "Fit new needles of the same type, tapping them in with the plastic hammer until the crank bends sit "
            "flat on the board.",
            "Check that all needles of a row stand in line; a needle more than 0.5 mm higher than its neighbours is "
            "pressed in again.",
            "Renew the whole board when more than 5 % of its needles have been changed one by one, or after 4000 "
            "h, whichever comes first.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Look for broken needles; empty the sharps box; clean fly from the stripper plate"],
            ["Weekly", "Blow the oil cooler clean; check the oil level; check the board clamp air pressure"],
            ["Every 500 h", "Measure the vibration on the crank housing; check the anchor bolts"],
            ["Every 2000 h or 6 months, whichever comes first", "Change the oil filter element"],
            ["Every 8000 h or 2 years, whichever comes first", "Change the oil (60 L or 90 L, ISO VG 68)"],
            ["Every 16 000 h", "Crank bearing inspection by Stichmoor service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "SN-40", "SN-60"],
            ["Needle board, bare", "STM-NB-40", "STM-NB-60"],
            ["Stripper plate segment", "STM-SP-40-8", "STM-SP-60-8"],
            ["Oil filter element", "STM-OF-25", "STM-OF-40"],
            ["Board clamp cylinder", "STM-BC-2", "STM-BC-3"],
            ["Depth gauge", "STM-DG-1", "STM-DG-1"],
            ["Connecting rod bearing set", "STM-CB-45", "STM-CB-75"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Luftvenne TD-36 through-air dryer
LUFTVENNE = [
    ("title", "Luftvenne TD-36 Through-Air Drum Dryer\nOperating Instructions and Maintenance"),
    (
        "p",
        "Document LFV-BA-TD36-02, Edition 2, June 2025. Luftvenne Drying Technology. The TD-36 dries spunlace and "
        "other air-permeable nonwovens on a single perforated drum of 3600 mm diameter. A radial fan draws the "
        "process air through the fabric and the drum shell and returns it through a gas burner to the hood over "
        "the drum; part of the moist air leaves through the exhaust fan. The fabric is held on the drum by the "
        "suction alone. The dewatering drums, the hydroentanglement unit and the winder have manuals of their own. "
        "Air temperatures for a product come from the customer's recipe; the limits in this manual must not be "
        "exceeded by any recipe.",
    ),
    (
        "warn",
        "WARNING: The hood holds air at up to 230 °C and the drum surface stays hot for hours after a stop. The "
        "burner may only be started by the burner control after the purge. Never enter the hood or the fan "
        "housing unless the gas is shut off and locked, the fans are locked off and the air is below 40 °C.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TD-36"],
            ["Drum diameter / face width / open area of the shell", "3600 mm / 3800 mm / 96 %"],
            ["Working width (fabric)", "up to 3500 mm"],
            ["Fabric speed", "10-250 m/min"],
            ["Process air temperature, maximum", "230 °C"],
            ["Process air flow through the drum, maximum", "120 000 m³/h"],
            ["Circulation fan / exhaust fan", "160 kW / 22 kW"],
            ["Drum drive", "15 kW, frequency controlled"],
            ["Gas burner, natural gas", "3.5 MW, gas pressure 80-300 mbar at the valve train"],
            [
                "Evaporation capacity, air at 180 °C, fabric entering at 100-130 % moisture (dry basis)",
                "2500 kg water per hour",
            ],
            ["Suction under the fabric (drum differential pressure)", "1500-4000 Pa"],
            ["Connected load / supply fuse, 400 V 3~ 50 Hz", "215 kW / 400 A"],
            ["Mass", "48 t"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The evaporation capacity holds only at 180 °C process air with the fabric covering at least 90 % of the "
        "drum width. At lower air temperatures or with narrower fabric it is smaller; Luftvenne does not state it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The gas train, the burner and the burner control are set up and serviced only by a gas engineer "
            "approved for the site. The gas supply up to the main gas valve belongs to the site.",
            "Keep the hood doors closed in production. A door opened hot lets out air at up to 230 °C.",
            "Fibre fly and lint in the hood and the fan housing can ignite. Clean them at the intervals in section "
            "9; a fire in the hood is fought with the built-in water spray, never by opening the doors.",
            "The drum turns slowly after the drive stops. Wait until it stands still before cleaning the shell.",
            "Noise at the exhaust fan outlet on the roof is up to 85 dB(A); the roof is not part of the dryer.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Air temperature by fibre"),
            (
                "p",
                "For fabrics of viscose, lyocell, cotton and polyester the process air may be set up to 200 °C. For "
                "fabrics that contain any polypropylene or polyethylene, set no more than 135 °C. The 230 °C "
                "maximum is for bonding bicomponent fibres only, and only for the time stated in the recipe.",
            ),
            ("h", "Evaporation"),
            (
                "p",
                "Water to evaporate (kg/h) = fabric speed (m/min) x 60 x width (m) x dry basis weight (g/m²) x "
                "(moisture in - moisture out) (%) / 100 / 1000. Example: 100 m/min, 3.5 m, 60 g/m², 120 % in and "
                "2 % out: 100 x 60 x 3.5 x 60 x 118 / 100 / 1000 = 1487 kg/h.",
            ),
            ("h", "Suction"),
            (
                "p",
                "Set the drum differential pressure between 1500 Pa and 4000 Pa. Below 1500 Pa the fabric lifts "
                "off the drum and wrinkles; above 4000 Pa light fabrics (under 40 g/m²) are drawn into the "
                "perforations and show a pattern.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The exhaust damper is set so that the hood air holds a dew point of 55-70 °C. Below 55 °C energy is "
                "wasted; above 70 °C the drying rate falls and water may condense in the exhaust duct.",
            ),
            ("h", "Burner"),
            (
                "p",
                "The burner starts only with the circulation fan at 40 % speed or more and after a purge of at "
                "least five hood volumes (about 90 s at 40 %). After three failed starts in a row the burner "
                "control locks out (D07) and needs a manual reset.",
            ),
            ("h", "Cooling down"),
            (
                "p",
                "After the burner goes off, keep the drum turning at 10 m/min and the circulation fan running until "
                "the hood air is below 80 °C. A hot drum left standing can warp.",
            ),
            ("h", "Fabric width"),
            (
                "p",
                "With fabric narrower than 90 % of the drum width, cover the open drum edges with the deckle "
                "straps, or the air bypasses the fabric.",
            ),
        ],
    ),
    ("h", "4. Fault messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop or a pull cord is actuated. Release it, press RESET."],
            ["D02", "Hood door open", "A hood door is open or its switch is out of position."],
            [
                "D03",
                "Circulation fan fault",
                "The fan converter reports a fault or the fan runs below 40 %; the burner goes off.",
            ],
            ["D04", "Exhaust fan fault", "The exhaust fan has stopped. The burner goes off."],
            ["D06", "Air temperature high", "Hood air 15 °C above the setpoint. Check the burner modulation."],
            [
                "D07",
                "Burner lockout",
                "No flame after three starts, or flame lost. Reset at the burner control; if it locks out again, "
                "call the gas engineer.",
            ],
            ["D08", "Gas pressure low", "Below 80 mbar at the valve train. Check the site's gas supply."],
            ["D09", "Gas pressure high", "Above 300 mbar at the valve train."],
            [
                "D10",
                "Suction low",
                "Drum differential pressure below 1500 Pa. Check the fan speed and the deckle straps.",
            ],
            [
                "D11",
                "Fabric break",
                "The outlet sensor sees no fabric. The drum slows to 10 m/min, the burner goes to low fire.",
            ],
            ["D12", "Over-temperature cut-out", "Hood air at 250 °C. The burner is shut off and locked out."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fabric still damp at one edge",
                "Deckle strap missing on that side or fabric narrower than 90 % of the drum",
                "Fit or move the deckle straps",
            ],
            [
                "Fabric damp over the whole width",
                "Water load above the evaporation capacity, or the exhaust dew point above 70 °C",
                "Work out the water load (section 3); open the exhaust damper",
            ],
            [
                "Perforation pattern in light fabric",
                "Suction too high for the fabric",
                "Lower the differential pressure towards 1500 Pa",
            ],
            [
                "Fabric wrinkles on the drum",
                "Suction below 1500 Pa or the fabric arriving with uneven tension",
                "Raise the suction; check the tension from the dewatering section",
            ],
            [
                "Fabric shrinks and feels harsh",
                "Air too hot for the fibre",
                "Check the recipe against the fibre limits in section 3",
            ],
            [
                "Drum vibration rising",
                "Lint caked on the inside of the drum shell, or drum warped after standing hot",
                "Clean the shell (section 8); if it stays, call Luftvenne service",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting the dryer"),
    (
        "ol",
        [
            "Check that the hood doors are closed and that no one is inside the hood or the fan housing.",
            "Start the drum at 10 m/min.",
            "Start the exhaust fan, then the circulation fan at 40 % speed.",
            "Open the site's main gas valve and check the gas pressure: 80-300 mbar.",
            "Release the burner; the control purges for about 90 s and lights the burner at low fire.",
            "Enter the air temperature from the recipe and let the hood heat up at low fire.",
            "Raise the fan speed until the drum differential pressure is in the range for the fabric.",
            "Thread the fabric and bring the drum up to line speed.",
            "Set the exhaust damper for a dew point of 55-70 °C.",
        ],
    ),
    ("h", "7. Shutting down"),
    (
        "ol",
        [
            "Take the burner to low fire and then switch it off.",
            "Run the fabric out, or cut it at the infeed.",
            "Slow the drum to 10 m/min and keep both fans running.",
            "Wait until the hood air is below 80 °C.",
            "Stop the circulation fan, then the exhaust fan, then the drum.",
            "Close the site's main gas valve for any stop longer than a shift.",
        ],
    ),
    ("h", "8. Cleaning the drum shell"),
    (
        "ol",
        [
            "Shut down (section 7) and wait until the hood air is below 40 °C.",
            "Lock off the gas, both fans and the drum drive.",
            "Open the hood doors on the drive side and the operator side.",
            "Turn the drum with the inching button at the local box, one segment at a time.",
            "Blow the shell out from the inside with compressed air at no more than 6 bar, working from the "
            "centre to the edges.",
            "Remove lint from the fan inlet screen.",
            "Close the doors and run the drum empty for 10 min before production.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            [
                "Every shift",
                "Check the differential pressure and the exhaust dew point; look for lint at the hood seals",
            ],
            ["Weekly", "Clean the fan inlet screen; check the deckle straps for wear"],
            ["Every 500 h", "Clean the drum shell (section 8); check the hood door seals"],
            ["Every 2000 h", "Grease the drum bearings (80 g each, high temperature grease)"],
            ["Every 4000 h or 12 months, whichever comes first", "Burner and gas train service by the gas engineer"],
            ["Yearly", "Check the fan bearings and the drum drive gearbox oil"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Deckle strap, heat resistant, one per drum edge", "LFV-DS-36"],
            ["Hood door seal, per metre", "LFV-HS-01"],
            ["Drum bearing, fixed side", "LFV-DB-220F"],
            ["Drum bearing, floating side", "LFV-DB-220L"],
            ["Flame sensor (UV)", "LFV-UV-3"],
            ["Fan inlet screen segment", "LFV-FS-6"],
            ["High temperature bearing grease, 1 kg", "LFV-GR-HT"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "calidorne-vh-spin-beam-vapour-heating-system.pdf",
            "Calidorne CLD-OM-VH-04 Ed 3 - VH-32 / VH-48",
            CALIDORNE,
        ),
        ("faltenberg-kl-cross-lapper.pdf", "Faltenberg FNM-BA-KL-11 Ed 2 - KL-45 / KL-65", FALTENBERG),
        ("stichmoor-sn-needle-loom.pdf", "Stichmoor STM-OM-SN-07 Ed 5 - SN-40 / SN-60", STICHMOOR),
        ("luftvenne-td-through-air-dryer.pdf", "Luftvenne LFV-BA-TD36-02 Ed 2 - TD-36", LUFTVENNE),
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
