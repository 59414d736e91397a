"""Generate the PDF manuals of the hundred-and-thirty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set135-scratch/venv && /tmp/set135-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set135-scratch/venv/bin/python knowledge/samples/hundredthirtyfifth/make_pdfs.py

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



# ---------------------------------------------------------------- Sterivanta SV saturated steam spice sterilisers
STERIVANTA = [
    (
        "title",
        "Sterivanta SV Saturated Steam Spice Sterilisers\nOperation and Maintenance - SV-300 and SV-600",
    ),
    (
        "p",
        "Document STV-OM-SV-03, Edition 2, March 2025. Sterivanta Thermal Systems. The SV-300 and SV-600 are batch "
        "sterilisers for whole and cracked spices and seeds. The product is tumbled in a rotating horizontal vessel, "
        "preheated through the steam jacket under vacuum, treated with saturated steam injected directly into the "
        "vessel, held at the setpoint and then dried and cooled under vacuum. Apart from the vessel size, the drive, "
        "the vacuum pump and the items named in this manual, the two models are built alike. The log reduction "
        "required and the validation of each recipe are decided by the site's food safety team and confirmed by an "
        "accredited laboratory; this manual gives the machine settings only. The steam supply up to the inlet "
        "valve V1, its boiler and its steam quality belong to the site's boiler house.",
    ),
    (
        "warn",
        "WARNING: Never open the lid while the vessel pressure shows more than 0.05 bar(g) or the product is above "
        "60 °C. The lid lock releases only at the end of the cooling phase. Steam and hot product cause severe burns.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SV-300", "SV-600"],
            ["Gross vessel volume", "300 L", "600 L"],
            ["Maximum fill level", "50 % of gross volume", "50 % of gross volume"],
            ["Batch size, whole black pepper (bulk density about 550 kg/m³)", "up to 80 kg", "up to 160 kg"],
            ["Batch size, cumin or coriander seed (bulk density about 400 kg/m³)", "up to 60 kg", "up to 120 kg"],
            ["Vessel design pressure", "4.0 bar(g)", "4.0 bar(g)"],
            ["Maximum operating pressure", "2.2 bar(g) at 135 °C", "2.2 bar(g) at 135 °C"],
            ["Safety valve set pressure", "3.0 bar(g)", "3.0 bar(g)"],
            ["Sterilisation setpoint range", "105-135 °C", "105-135 °C"],
            ["Steam at the inlet, dry saturated", "6-8 bar(g)", "6-8 bar(g)"],
            ["Steam used per batch, recipe P1 with a full batch of whole pepper", "about 14 kg", "about 26 kg"],
            ["Vessel rotation", "2-8 rpm", "2-6 rpm"],
            ["Rotation drive motor", "2.2 kW", "4.0 kW"],
            ["Liquid ring vacuum pump", "100 m³/h, 5.5 kW", "160 m³/h, 7.5 kW"],
            ["Final vacuum", "50 mbar abs", "50 mbar abs"],
            ["Seal water to the vacuum pump", "at least 6 L/min", "at least 9 L/min"],
            ["Cycle time, recipe P1, full batch, steam at 7 bar(g)", "about 26 min", "about 32 min"],
            ["Connected load 400 V 3~ 50 Hz", "9 kW", "13 kW"],
            ["Compressed air", "6-7 bar, dry", "6-7 bar, dry"],
            ["Mass, empty", "2400 kg", "3700 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The vessel is a pressure vessel. Its periodic inspection and the set-pressure test of the safety valve "
            "are carried out by the inspector named by the site under the national pressure equipment rules; the "
            "inspection intervals are set by that inspector, not by Sterivanta.",
            "Before entering the vessel, opening the steam filter or working on the drain, close and lock the inlet "
            "valve V1, vent the vessel and lock out the electrical and compressed air supplies.",
            "Never bypass the lid lock, the pressure switch PS2 or the safety valve.",
            "Ground spice dust can form explosive dust clouds. Keep the loading area clean and follow the site's "
            "explosion protection document.",
            "Wear heat-resistant gloves and a face shield when taking samples through the sample valve.",
        ],
    ),
    ("h", "3. Cycle phases and limits"),
    (
        "cols",
        [
            ("h", "Pre-vacuum"),
            (
                "p",
                "After the lid is locked the vacuum pump lowers the vessel to 100 mbar abs. If 100 mbar abs is not "
                "reached within 5 min the cycle stops with S02. The pre-vacuum removes the air that would otherwise "
                "lower the steam temperature at a given pressure.",
            ),
            ("h", "Preheating"),
            (
                "p",
                "The jacket is heated with steam at no more than 2.5 bar(g) while the vessel turns under vacuum, "
                "until the product probe TT2 shows the preheat setpoint (default 60 °C, settable 40-80 °C). "
                "Preheating limits the condensate formed on the product when the steam is injected: condensate (kg) "
                "= batch mass (kg) x 1.8 x (setpoint - product temperature at injection (°C)) / 2200. For 80 kg of "
                "pepper taken from 60 °C to 118 °C this is 80 x 1.8 x 58 / 2200 = 3.8 kg.",
            ),
            ("h", "Come-up"),
            (
                "p",
                "Steam is injected until the steam space probe TT1 reaches the setpoint. The come-up must not exceed "
                "4 min on the SV-300 or 6 min on the SV-600 (S03). These times hold with a full batch and steam of at "
                "least 6 bar(g) at the inlet; with a lower supply pressure the come-up is longer and S01 may show.",
            ),
            ("h", "Hold"),
            (
                "p",
                "The hold timer runs only while TT1 is at or above the setpoint and TT2 is no more than 2.0 °C below "
                "it. If TT1 falls more than 1.0 °C below the setpoint during the hold, the hold restarts from zero "
                "(S07). Hold time range 30-600 s.",
            ),
            ("h", "Saturation check"),
            (
                "p",
                "During the come-up and the hold the controller compares TT1 with the saturation temperature for the "
                "vessel pressure PT1. TT1 more than 2 °C above it means superheated steam (S04); more than 2 °C below "
                "it means air or another non-condensable gas in the vessel (S05).",
            ),
            ("h", "Drying and cooling"),
            (
                "p",
                "After the hold the vessel is vented to the condenser and evacuated to 80 mbar abs. Default drying "
                "time 8 min, settable 2-20 min. The product must leave with a moisture content no more than 0.5 "
                "percentage points above that of the untreated product; if it is higher, lengthen the drying time "
                "before changing anything else. The lid unlocks when TT2 is below 40 °C.",
            ),
        ],
    ),
    ("h", "4. Standard recipes"),
    (
        "table",
        [
            ["Recipe", "Product", "Setpoint", "Hold", "Rotation"],
            ["P1", "Whole black or white pepper", "118 °C", "120 s", "4 rpm"],
            ["P2", "Cracked pepper, 2-4 mm", "112 °C", "90 s", "3 rpm"],
            ["S1", "Cumin, coriander and fennel seed", "115 °C", "150 s", "4 rpm"],
            ["S2", "Mustard seed", "110 °C", "180 s", "3 rpm"],
        ],
        (20, 70, 27, 27, 26),
    ),
    (
        "p",
        "The standard recipes are starting points for the site's validation. Recipes for leafy herbs, barks and "
        "ground spices are not standard: they are developed with the Sterivanta process laboratory for each product, "
        "together with the batch size for that product.",
    ),
    ("h", "5. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "S01",
                "Steam supply low",
                "Inlet pressure PT0 below 5.0 bar(g) for more than 10 s. Check the site steam supply, the strainer and "
                "valve V1.",
            ],
            [
                "S02",
                "Pre-vacuum not reached",
                "100 mbar abs not reached within 5 min: lid seal leaking, seal water missing or vacuum valve V4 not "
                "opening.",
            ],
            [
                "S03",
                "Come-up too long",
                "Setpoint not reached within 4 min (SV-300) or 6 min (SV-600): wet steam, steam filter blocked, "
                "condensate drain blocked or vessel overfilled.",
            ],
            [
                "S04",
                "Superheated steam",
                "TT1 more than 2 °C above the saturation temperature. Steam superheated by a pressure reduction "
                "upstream; have the site check its desuperheater.",
            ],
            [
                "S05",
                "Air in vessel",
                "TT1 more than 2 °C below the saturation temperature: pre-vacuum too short, lid seal leak or air in the "
                "steam.",
            ],
            [
                "S06",
                "Overpressure",
                "PT1 above 2.6 bar(g): valve V2 closes and the vessel vents. Check V2 and the pressure controller; never "
                "raise the limit.",
            ],
            [
                "S07",
                "Hold restarted",
                "TT1 more than 1.0 °C below the setpoint during the hold: dip in the steam supply or valve V2 hunting.",
            ],
            ["S08", "Probe fault", "TT1 or TT2 open or short-circuited, or reading outside -20 to 200 °C."],
            ["S10", "Lid not locked", "Lock pin sensor not made. Check the pin and the sensor gap of 2 mm."],
            ["S11", "Drive fault", "Rotation motor overload, or speed more than 10 % off the setpoint."],
            ["S12", "Discharge too hot", "Discharge requested with TT2 above 40 °C. Extend the cooling."],
            [
                "S13",
                "Condensate drain blocked",
                "Level switch LS3 in the drain pot high for more than 30 s. Clean the drain strainer.",
            ],
            [
                "S14",
                "Seal water low",
                "Vacuum pump seal water below 6 L/min (SV-300) or 9 L/min (SV-600). Check the supply and the "
                "rotameter.",
            ],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Product lumpy or wet at the end of the cycle",
                "Preheat too low, drying time too short or condensate drain blocked",
                "Raise the preheat towards 70 °C, lengthen the drying in 2 min steps, clean the drain strainer",
            ],
            [
                "Pepper darker with a weak aroma after treatment",
                "Hold too long, setpoint too high or jacket too hot",
                "Check the recipe and the jacket regulator (no more than 2.5 bar(g))",
            ],
            [
                "Hissing at the lid during the hold",
                "Lid seal worn or out of its groove",
                "Replace the lid seal (section 9)",
            ],
            [
                "Cycles much longer than usual, S03 now and then",
                "Wet steam or steam filter blocked",
                "Check the steam filter differential pressure; replace the element above 0.3 bar",
            ],
            [
                "Microbiology results failing with a normal cycle",
                "Probes reading high, vessel overfilled or cold spots",
                "Check the probes (section 8), reduce the batch, contact the Sterivanta process laboratory",
            ],
            [
                "Temperature swings up and down during the hold",
                "Valve V2 hunting; positioner air below 5 bar",
                "Check the air supply and the positioner of V2",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Running a batch"),
    (
        "ol",
        [
            "Check the steam supply on PT0: at least 6 bar(g).",
            "Check the seal water flow on the rotameter of the vacuum pump.",
            "Select the recipe on the HMI and enter the batch mass.",
            "Turn the vessel to the loading position (lid up) with the jog buttons.",
            "Load the product through the loading chute, never above the batch size for the product.",
            "Wipe the lid seal and its seat with a dry cloth, close the lid and check that the lock pin is in (no S10).",
            "Press START. The controller runs the pre-vacuum, preheating, come-up, hold, drying and cooling.",
            "Watch the trends of TT1, TT2 and PT1 during the hold; the batch report shows any restart.",
            "When the display shows END and the lid lock lamp is off, turn the vessel to the discharge position.",
            "Place the discharge bin, open the lid and discharge with the vessel turning at 2 rpm.",
            "Take the samples for moisture and microbiology required by the site's sampling plan.",
            "Release the batch only after the batch report has been signed by the shift leader.",
        ],
    ),
    ("h", "8. Checking the temperature probes"),
    (
        "ol",
        [
            "Run the vessel empty, let it cool to ambient and lock it out.",
            "Remove TT1 and TT2 from their thermowells.",
            "Place both probes and the reference thermometer in a dry block calibrator set to 121.0 °C and wait 10 "
            "min.",
            "Read both probes on the HMI under SERVICE > PROBES.",
            "Each probe must read within ±0.5 °C of the reference. If not, enter the offset; a probe that needs an "
            "offset of more than 1.0 °C must be replaced (STV-PT-100).",
            "Repeat the check at 100.0 °C.",
            "Refit the probes with fresh thermowell paste and record the check in the calibration log.",
        ],
    ),
    (
        "p",
        "The reference thermometer itself must be calibrated by an accredited laboratory once a year.",
    ),
    ("h", "9. Replacing the lid seal"),
    (
        "ol",
        [
            "Let the vessel cool to ambient, turn the lid to the top and lock out steam, air and power.",
            "Open the lid and pull the old seal out of its groove.",
            "Clean the groove with a plastic scraper and warm water; no solvents.",
            "Press the new seal into the groove starting at the hinge, without stretching it, so that the joint "
            "sits at the top.",
            "Close the lid and run the leak test under SERVICE > LEAK: from 100 mbar abs the pressure must rise by no "
            "more than 10 mbar in 5 min.",
            "Record the change in the maintenance log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the lid seal and seat; drain the steam filter; check the seal water flow"],
            ["Weekly", "Check the steam filter differential pressure (replace above 0.3 bar); clean the drain strainer"],
            ["Monthly", "Compare TT1 and TT2 at the end of a hold (no more than 1.0 °C apart); grease the lid hinge"],
            ["6 months", "Probe check in the dry block (section 8); lift the safety valve by hand"],
            ["12 months or 2000 batches, whichever comes first", "Replace the lid seal; Sterivanta service of valve V2 and the drive"],
            ["As set by the inspector", "Inspection of the pressure vessel and set-pressure test of the safety valve"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SV-300", "SV-600"],
            ["Lid seal, silicone", "STV-LS-300", "STV-LS-600"],
            ["Steam filter element, 5 µm", "STV-SF-25", "STV-SF-40"],
            ["Pt100 probe with 2 m cable", "STV-PT-100", "STV-PT-100"],
            ["Safety valve, set at 3.0 bar(g)", "STV-SV-30", "STV-SV-30"],
            ["Vacuum pump mechanical seal kit", "STV-MS-100", "STV-MS-160"],
            ["Drain strainer", "STV-DS-15", "STV-DS-15"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kryolund KPM cryogenic spice grinding mills
KRYOLUND = [
    ("title", "Kryolund KPM Cryogenic Spice Grinding Mills\nOperating Manual - KPM-250 and KPM-400"),
    (
        "p",
        "Document KLM-OM-KPM-04, Edition 1, June 2025. Kryolund Milling Technology. The KPM-250 and KPM-400 are "
        "cryogenic pin mills for spices, seeds and dried herbs. The product is cooled in a pre-cooling screw into "
        "which liquid nitrogen (LN2) is injected, and ground cold between a rotating pin disc and a stationary pin "
        "disc in the mill door. Grinding cold keeps the essential oils in the powder and stops oily products from "
        "smearing. Apart from the size of the discs, the motor, the screw and the items named in this manual, the two "
        "models are built alike. The product filter, rotary valve and exhaust fan after the mill are covered by their "
        "own manual KLM-OM-PF-02. The LN2 tank, its vaporiser and the supply line up to the mill valve belong to the "
        "gas supplier and the site.",
    ),
    (
        "warn",
        "WARNING: Nitrogen displaces oxygen without warning: there is no smell and no breathlessness before a person "
        "collapses. Never enter the mill room when the oxygen alarm sounds. Liquid nitrogen and parts below -30 °C "
        "cause cold burns: wear cryogenic gloves and a face shield.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KPM-250", "KPM-400"],
            ["Pin disc diameter", "250 mm", "400 mm"],
            ["Maximum rotor speed", "14000 rpm", "9000 rpm"],
            ["Pin tip speed at maximum rotor speed", "183 m/s", "188 m/s"],
            ["Main motor, with frequency converter", "11 kW", "30 kW"],
            ["Largest feed piece", "8 mm", "12 mm"],
            ["Throughput, whole black pepper to 90 % below 500 µm, ground at -60 °C", "60-90 kg/h", "180-260 kg/h"],
            ["LN2 used, black pepper entering at 20 °C and ground at -60 °C", "about 0.8 kg per kg", "about 0.7 kg per kg"],
            ["Pre-cooling screw, diameter x length", "160 mm x 2.0 m", "250 mm x 3.0 m"],
            ["Screw speed", "5-40 rpm", "5-40 rpm"],
            ["LN2 pressure at the mill valve", "2.0-4.0 bar(g)", "2.0-4.0 bar(g)"],
            ["Product temperature setpoint range", "-20 to -100 °C", "-20 to -100 °C"],
            ["Lowest permitted casing temperature", "-120 °C", "-120 °C"],
            ["Cool-down time to a casing temperature of -30 °C", "about 15 min", "about 25 min"],
            ["Noise at 1 m, maximum speed, sound hood closed", "79 dB(A)", "82 dB(A)"],
            ["Supply 400 V 3~ 50 Hz", "16 kW", "38 kW"],
            ["Mass", "1350 kg", "2600 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The mill room has two oxygen sensors wired to the mill controller. They are calibrated by the site's gas "
            "detection contractor at the interval that contractor sets; Kryolund does not set it.",
            "Before opening the mill door, warm the mill up (section 9). Opening a cold mill lets moisture freeze on "
            "the pins and in the bearings.",
            "Lock out the main motor, the feeder and the LN2 valve before any work in the grinding chamber.",
            "Ground spices form explosive dust clouds. The zone classification of the mill, the filter and the room "
            "is laid down in the site's explosion protection document.",
            "Never run the mill with the sound hood or the mill door open; the door interlock (C09) must not be "
            "bridged.",
        ],
    ),
    ("h", "3. Operating settings and limits"),
    (
        "cols",
        [
            ("h", "Fineness"),
            (
                "p",
                "Fineness is set with the rotor speed. For black pepper ground at -60 °C, 90 % below 500 µm needs "
                "about 10000 rpm on the KPM-250 and about 6500 rpm on the KPM-400; 90 % below 300 µm needs the "
                "maximum speed. Each 10 °C colder gives a slightly finer powder and about 10 % more throughput down to "
                "-80 °C; colder than that gives little gain for the nitrogen used.",
            ),
            ("h", "Product temperature"),
            (
                "p",
                "The product temperature at the mill inlet (TT2) must stay within ±5 °C of the setpoint in steady "
                "running. If it is outside ±10 °C for more than 60 s the feeder stops (C06).",
            ),
            ("h", "Nitrogen consumption"),
            (
                "p",
                "LN2 needed (kg per kg of product) = k x (product temperature before the screw - setpoint) (°C), "
                "with k = 0.010 for the KPM-250 and 0.009 for the KPM-400, for pepper and seeds. Example: pepper at "
                "20 °C ground at -60 °C on a KPM-400: 0.009 x 80 = 0.72 kg per kg. Oily products such as nutmeg and "
                "cloves need more; ask Kryolund for their figures.",
            ),
            ("h", "Bearings"),
            (
                "p",
                "The main bearings sit outside the cold zone. The bearing housing must stay between 5 °C and 70 °C "
                "(C07); heater strips keep it above 5 °C while the mill is cold. Never run the mill cold with the "
                "bearing heaters switched off.",
            ),
            ("h", "Vibration"),
            (
                "p",
                "Vibration on the bearing housing: warning at 4.5 mm/s (C04), trip at 7.1 mm/s (C05). A mill with new "
                "pin discs runs below 2.0 mm/s.",
            ),
            ("h", "Oxygen"),
            (
                "p",
                "Below 19.5 % oxygen in the room the beacon flashes and the horn sounds (C01). At 18.0 % oxygen the "
                "LN2 valve closes and the room must be left at once.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "C01",
                "Oxygen low",
                "Oxygen below 19.5 %: beacon and horn; at 18.0 % the LN2 valve closes. Leave the room; re-enter only "
                "when both sensors show more than 19.5 %.",
            ],
            [
                "C02",
                "LN2 pressure low",
                "PT1 below 2.0 bar(g) for 30 s: tank low, supply valve closed or line iced. The tank is the gas "
                "supplier's.",
            ],
            ["C03", "Main motor overload", "Product too warm and sticky, feed too high or pins clogged."],
            [
                "C04",
                "Vibration warning",
                "Above 4.5 mm/s: product build-up on the rotor or worn pins. Plan a stop and check the pins.",
            ],
            ["C05", "Vibration trip", "Above 7.1 mm/s: the mill stops. Inspect the rotor before restarting."],
            [
                "C06",
                "Product temperature out of band",
                "TT2 outside ±10 °C of the setpoint for more than 60 s; the feeder stops. Check the LN2 pressure and "
                "the injection nozzle.",
            ],
            [
                "C07",
                "Bearing temperature",
                "Bearing housing above 70 °C or below 5 °C. Check the heater strips and the grease quantity.",
            ],
            ["C09", "Door interlock", "Mill door or sound hood open."],
            [
                "C10",
                "Outlet pressure high",
                "Above 15 mbar(g) at the mill outlet: product filter blocked or rotary valve stopped.",
            ],
            ["C11", "Feeder fault", "Screw or feeder motor overload; a foreign body in the screw."],
            [
                "C12",
                "Cool-down not reached",
                "Casing not at -30 °C within 30 min: LN2 pressure low or insulation damaged.",
            ],
            ["C13", "Exhaust fan fault", "Exhaust fan stopped; the LN2 valve closes."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Powder coarser than usual at the normal speed",
                "Pins worn, rotor slower than set, or product warmer than the setpoint",
                "Check the pins (section 8) and TT2",
            ],
            [
                "Powder lumpy and damp in the bins",
                "Cold powder took up moisture from the air below its dew point",
                "Keep the bins closed until the powder has warmed to room temperature; never open cold bins in the "
                "hall",
            ],
            [
                "Heavy frost on the screw and high LN2 use",
                "Insulation or screw cover seal damaged",
                "Repair the insulation; replace the cover seal",
            ],
            [
                "Throughput falling while the motor current rises",
                "Product too warm and sticky, or oily product clogging the pins",
                "Lower the setpoint by 10 °C; clean the pins",
            ],
            [
                "Powder with a weak aroma",
                "Product too warm in the mill",
                "Lower the setpoint; check TT2 against a reference thermometer",
            ],
            [
                "Knocking noise at start-up",
                "Mill not cooled evenly, or a foreign body",
                "Stop, warm up and inspect the grinding chamber",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pin wear limit"),
    (
        "p",
        "Replace the pin disc set when the pins are worn by more than 1.0 mm on their leading face, or when the "
        "throughput at the usual speed and temperature has fallen by 15 % or more, whichever comes first. Pin disc "
        "sets are balanced as a pair by Kryolund: never fit a single disc and never re-tip pins.",
    ),
    ("h", "7. Cold start and grinding"),
    (
        "ol",
        [
            "Check that the oxygen monitor shows no alarm and both sensors read 20.9 %.",
            "Check the LN2 pressure on PT1: 2.0-4.0 bar(g).",
            "Check that the bearing heaters are switched on.",
            "Close the mill door and the sound hood.",
            "Start the exhaust fan, the rotary valve and the product filter (manual KLM-OM-PF-02).",
            "Start the mill at 3000 rpm and select COOL DOWN. LN2 is injected into the empty screw until the casing "
            "reaches -30 °C.",
            "Set the product temperature and the rotor speed for the product.",
            "Start the feeder at 50 % of the planned throughput and raise it to 100 % over 5 min.",
            "Check that TT2 settles within ±5 °C of the setpoint.",
            "After 10 min of steady running take a sample for the sieve analysis.",
        ],
    ),
    ("h", "8. Checking and changing the pin discs"),
    (
        "ol",
        [
            "Stop the feed and run the mill empty for 2 min.",
            "Warm the mill up (section 9).",
            "Lock out the main motor, the feeder and the LN2 valve.",
            "Open the mill door and check the pins with the wear gauge KLM-WG-1. Replace the set if a pin is worn "
            "by more than 1.0 mm.",
            "Hold the rotor with the holding tool (KLM-HT-250 or KLM-HT-400), unscrew the rotor nut (left-hand thread) "
            "and pull the pin disc with the puller.",
            "Remove the stator disc from the door (six screws).",
            "Clean the seats and fit the new discs as a matched set. Tighten the rotor nut to 180 Nm (KPM-250) or "
            "320 Nm (KPM-400) and the stator screws to 25 Nm.",
            "Close the door slowly and turn the rotor by hand: no pin may touch.",
            "Run the mill empty at 3000 rpm for 5 min; the vibration must stay below 2.0 mm/s.",
            "Record the change and the running hours in the maintenance log.",
        ],
    ),
    ("h", "9. Stopping and warming up"),
    (
        "ol",
        [
            "Stop the feeder and let the screw run empty.",
            "Stop the LN2 injection; the mill runs on for 2 min to clear the chamber.",
            "Select WARM UP: the exhaust fan draws room air through the mill until the casing is above 10 °C "
            "(about 60 min).",
            "Stop the mill; leave the bearing heaters on until the casing is above 10 °C.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check that both oxygen sensors read 20.9 % in fresh air; check the insulation for frost spots"],
            ["Weekly", "Check the pins; check the bearing heaters; clean the screw"],
            ["500 h", "Grease the main bearings with KLM-LT-40, 8 g per bearing"],
            ["2000 h or 12 months, whichever comes first", "Kryolund service: vibration analysis and bearing check"],
            ["As set by the contractor", "Calibration of the oxygen sensors by the site's gas detection contractor"],
        ],
        (60, 110),
    ),
    (
        "p",
        "The main bearings are replaced by Kryolund service only; no procedure for it is given to operators.",
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KPM-250", "KPM-400"],
            ["Pin disc set, rotor and stator, balanced", "KLM-PD-250", "KLM-PD-400"],
            ["Rotor holding tool", "KLM-HT-250", "KLM-HT-400"],
            ["Pin wear gauge", "KLM-WG-1", "KLM-WG-1"],
            ["Mill door seal, PTFE", "KLM-DS-250", "KLM-DS-400"],
            ["LN2 solenoid valve", "KLM-SV-15", "KLM-SV-20"],
            ["Bearing heater strip", "KLM-BH-1", "KLM-BH-1"],
            ["Bearing grease, low temperature, 400 g", "KLM-LT-40", "KLM-LT-40"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Pflugmark PS ploughshare mixers for seasonings
PFLUGMARK = [
    ("title", "Pflugmark PS Ploughshare Mixers for Seasoning Blends\nOperating Instructions - PS-800 and PS-1600"),
    (
        "p",
        "Document PFM-BA-PS-07, Edition 3, January 2025. Pflugmark Mixing Technology. The PS-800 and PS-1600 are "
        "horizontal ploughshare batch mixers for dry seasoning blends: salt, sugar and dextrose carriers, ground "
        "spices, herbs, flavourings and small additions of oil or oleoresin. Ploughshare tools on a horizontal shaft "
        "throw the product into the free space of the drum; two high-speed choppers in the drum wall break lumps and "
        "disperse the liquids. Apart from the drum size, the drives and the items named in this manual, the two "
        "models are built alike. The liquid dosing unit that feeds the spray nozzles has its own manual "
        "PFM-BA-LD-02. The load cells are calibrated by an accredited weighing service. Allergen cleaning and its "
        "validation are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The ploughshares and choppers can cut off a hand. Never open the inspection door or reach into the "
        "discharge flap unless the main drive and both choppers are locked out and have stopped. The choppers run "
        "down for up to 20 s after they are switched off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PS-800", "PS-1600"],
            ["Total drum volume", "800 L", "1600 L"],
            ["Working volume, 30-70 % of the total volume", "240-560 L", "480-1120 L"],
            ["Batch mass, blend with a bulk density of 0.5 kg/L", "120-280 kg", "240-560 kg"],
            ["Drum diameter", "800 mm", "1000 mm"],
            ["Number of ploughshares", "6", "8"],
            ["Shaft speed at 50 Hz", "160 rpm", "125 rpm"],
            ["Ploughshare tip speed", "6.7 m/s", "6.5 m/s"],
            ["Main drive", "15 kW", "30 kW"],
            ["Choppers", "2 x 5.5 kW, 3000 rpm", "2 x 7.5 kW, 3000 rpm"],
            ["Spray nozzles for liquids", "2", "3"],
            ["Mixing time, dry blend, to a CV of 5 % or less", "2-3 min", "2-4 min"],
            ["Pneumatic discharge flap", "300 x 200 mm", "400 x 250 mm"],
            ["Residue after discharge, dry blend, shaft at full speed", "below 0.1 % of the batch", "below 0.1 % of the batch"],
            ["Shaft seal purge air", "0.5-1.0 bar, 40 NL/min per seal", "0.5-1.0 bar, 40 NL/min per seal"],
            ["Gearbox oil, CLP 220", "9 L", "16 L"],
            ["Mass, empty", "1900 kg", "3200 kg"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the main drive and both choppers, and close the compressed air to the flap, before opening the "
            "inspection door.",
            "The inspection door interlock (M05) must never be bridged.",
            "Spice and sugar dust can form explosive clouds. The zone inside the drum and the earthing of the mixer "
            "are laid down in the site's explosion protection document.",
            "Oleoresins irritate the eyes and skin: wear goggles and gloves when cleaning the nozzles.",
            "Use the turning lever PFM-TL-1 to turn the shaft by hand; never turn it with the motor in jog mode while a "
            "person is at the door.",
        ],
    ),
    ("h", "3. Filling and mixing rules"),
    (
        "cols",
        [
            ("h", "Filling order"),
            (
                "p",
                "Fill with the shaft running, in this order: about half of the carrier (salt, sugar, dextrose), then the "
                "spices and herbs, then the minor ingredients, then the rest of the carrier. Minor ingredients of less "
                "than 0.5 % of the batch mass must first be premixed 1:10 with carrier.",
            ),
            ("h", "Fill level"),
            (
                "p",
                "Never fill below 30 % or above 70 % of the total volume. Below 30 % the ploughshares do not throw the "
                "product; above 70 % the mixing time rises sharply and the blend stays streaky. The batch masses in "
                "the data table hold for a bulk density of 0.5 kg/L; for other blends work from the volume.",
            ),
            ("h", "Liquids"),
            (
                "p",
                "Spray liquids with the choppers running, at no more than 1.5 % of the batch mass per minute. The "
                "total liquid must not exceed 8 % of the batch mass; above that the blend forms balls that the "
                "choppers cannot break. Spray pressure at the nozzles 3-5 bar.",
            ),
            ("h", "Choppers"),
            (
                "p",
                "The choppers heat the product. Run them for no more than 8 min per batch. With oleoresins or fats in "
                "the blend the product temperature must not exceed 35 °C (M10).",
            ),
            ("h", "Discharge"),
            (
                "p",
                "Discharge with the shaft at full speed. Slowing or stopping the shaft during the discharge leaves "
                "product in the drum and carries it into the next batch.",
            ),
            ("h", "Homogeneity"),
            (
                "p",
                "Homogeneity is judged by the coefficient of variation of a tracer in ten samples: CV (%) = standard "
                "deviation / mean x 100. A CV of 5 % or less is accepted.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Main drive overload", "Overfilled, product too dense, or a ploughshare touching the drum."],
            ["M02", "Chopper 1 overload", "Lumps, liquid added too fast, or a bent chopper blade."],
            ["M03", "Chopper 2 overload", "As M02."],
            [
                "M04",
                "Discharge flap not closed",
                "Product on the flap seal or limit switch out of adjustment. The mixer does not accept filling.",
            ],
            [
                "M05",
                "Inspection door open",
                "Door interlock: the shaft and the choppers stop and cannot restart until the door is closed and "
                "reset.",
            ],
            [
                "M07",
                "Liquid pressure low",
                "Below 3 bar at the nozzles: liquid dosing unit (manual PFM-BA-LD-02) or a blocked nozzle.",
            ],
            [
                "M08",
                "Batch over weight",
                "Load cells above 280 kg (PS-800) or 560 kg (PS-1600). Take product out before starting.",
            ],
            ["M09", "Seal air low", "Shaft seal purge air below 0.5 bar; the shaft stops after 60 s."],
            ["M10", "Product temperature high", "Above 35 °C: choppers run too long or the liquid too hot."],
            ["M11", "Discharge flap not open", "Flap limit switch not made 5 s after the open command."],
            ["M12", "Load cell error", "Signal out of range or a damaged cable."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Streaks or uneven colour in the blend, salt spots",
                "Mixing time too short, drum overfilled, or minor ingredient not premixed",
                "Mix 1 min longer, check the fill level, premix minor ingredients 1:10",
            ],
            [
                "Lumps or balls after the oil or oleoresin",
                "Liquid sprayed too fast, choppers off, or a dripping nozzle",
                "Spray no more than 1.5 % of the batch per minute with the choppers on; clean the nozzle",
            ],
            [
                "Dust puffing out at the shaft ends",
                "Seal purge air low or seal packing worn",
                "Set the air to 0.5-1.0 bar; replace the packing",
            ],
            [
                "Product left in the drum after discharge",
                "Shaft slowed or stopped during the discharge",
                "Discharge with the shaft at full speed",
            ],
            ["Blend warm to the touch", "Choppers run too long", "No more than 8 min of chopper time per batch"],
            [
                "Knocking once per shaft turn",
                "A ploughshare touching the drum wall",
                "Check the ploughshare clearance (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Mixing a batch with liquid addition"),
    (
        "ol",
        [
            "Check that the discharge flap is closed (no M04) and the seal air is at 0.5-1.0 bar.",
            "Select the recipe and check that its batch mass lies within the working volume.",
            "Start the shaft.",
            "Fill in the order given in section 3.",
            "Mix dry for the recipe time, normally 2 min.",
            "Start the choppers.",
            "Start the liquid dosing; the controller sets the rate from the batch mass, no more than 1.5 % per minute.",
            "After the liquid, mix on with the choppers for 1 min; total chopper time no more than 8 min.",
            "Stop the choppers and mix for a further 30 s.",
            "Open the discharge flap with the shaft at full speed; close it when the load cells show less than 0.5 kg.",
        ],
    ),
    ("h", "7. Homogeneity test"),
    (
        "ol",
        [
            "Use a production blend, or a test batch of dextrose with 2 % fine salt as a tracer, at a fill of 50 %.",
            "Mix for the recipe time and stop the shaft.",
            "Lock out, open the inspection door and take 10 samples of about 20 g with a sample thief, spread along the "
            "length and the depth of the drum.",
            "Analyse each sample for the tracer (salt by conductivity or chloride titration).",
            "Work out the CV: standard deviation / mean x 100.",
            "A CV of 5 % or less is accepted. If it is higher, lengthen the mixing by 30 s and repeat the test.",
            "Record the mixing time, the fill and the CV in the mixer log.",
        ],
    ),
    ("h", "8. Checking the ploughshare clearance"),
    (
        "ol",
        [
            "Empty and clean the mixer; lock out the main drive and the choppers and close the air.",
            "Open the inspection door.",
            "Turn the shaft by hand with the turning lever PFM-TL-1 so that each ploughshare passes the bottom.",
            "Measure the gap between the ploughshare tip and the drum wall at the lowest point with feeler gauges: "
            "3-5 mm on the PS-800, 4-6 mm on the PS-1600.",
            "If a gap is outside, loosen the two M16 clamping bolts of the arm, set the gap and tighten to 210 Nm.",
            "Replace a ploughshare tip that is worn by more than 5 mm, since its gap can no longer be set.",
            "Close the door, reset M05 and run the mixer empty for 1 min.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the seal air; clean the spray nozzles; check the drum for product build-up"],
            ["Weekly", "Check the chopper blades for nicks and bends"],
            ["Monthly", "Check the ploughshare clearance (section 8)"],
            ["3000 h or 12 months, whichever comes first", "Change the gearbox oil (CLP 220); replace the shaft seal packing"],
            ["12 months", "Load cell calibration by an accredited weighing service"],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "PS-800", "PS-1600"],
            ["Ploughshare tip", "PFM-PT-08", "PFM-PT-16"],
            ["Chopper blade set", "PFM-CB-55", "PFM-CB-75"],
            ["Shaft seal packing set", "PFM-SP-80", "PFM-SP-100"],
            ["Spray nozzle", "PFM-NZ-2", "PFM-NZ-2"],
            ["Discharge flap seal", "PFM-FS-32", "PFM-FS-40"],
            ["Turning lever", "PFM-TL-1", "PFM-TL-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Dosquella AF-30 auger filler for spice jars
DOSQUELLA = [
    ("title", "Dosquella AF-30 Auger Filler for Spice Jars\nUser Manual"),
    (
        "p",
        "Document DQL-UM-AF30-02, Edition 2, October 2024. Dosquella Filling Systems. The AF-30 is a servo-driven "
        "auger filler for ground spices, seasonings and herb powders into jars and tins. It stands over an indexing "
        "jar conveyor with a net weighing station after the filling head, whose results correct the fills "
        "automatically. The jar infeed, the capper and the labeller are separate machines with their own manuals. The "
        "dust extraction system and the explosion protection are the site's.",
    ),
    (
        "warn",
        "WARNING: Never put a hand or a tool into the hopper or the funnel while the agitator or the auger can turn. "
        "Lock out the filler before removing the funnel or the auger.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AF-30"],
            ["Fill range", "10-1000 g"],
            [
                "Fill accuracy, free-flowing ground spice (for example paprika, ground pepper), fills of 25 g and more",
                "±1 % of the fill weight or ±0.5 g, whichever is greater (2 sigma)",
            ],
            ["Output", "up to 40 jars/min with 100 g of ground paprika and auger set AT-32"],
            ["Hopper", "50 L, with agitator"],
            ["Agitator speed", "20-120 rpm"],
            ["Auger servo motor", "1.5 kW, 50-1500 rpm"],
            ["Jar diameter / jar height", "40-110 mm / 60-220 mm"],
            ["Weighing station", "3 kg load cell, resolution 0.05 g"],
            ["Compressed air", "6 bar, 80 NL/min"],
            ["Supply", "400 V 3~ 50 Hz, 3.5 kW"],
            ["Dust extraction spigot", "100 mm, at least 400 m³/h"],
            ["Mass", "650 kg"],
        ],
        (80, 90),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Lock out the filler and the jar conveyor before removing the funnel, the auger or a guard. The guard "
            "doors of the filling head are interlocked (F11); never bridge them.",
            "Ground spices form explosive dust clouds. The zone classification of the hopper, the funnel area and the "
            "room, and the earthing checks, are laid down in the site's explosion protection document; keep the "
            "earthing clip on the hopper connected.",
            "Capsicum powders (paprika, chilli) irritate the eyes and airways. Keep the dust extraction running "
            "during filling and cleaning, and wear a dust mask of class FFP2 or better when opening the hopper.",
            "Lift the auger sets AT-38 and AT-45 with two people or with the auger trolley DQL-AW-1; they weigh more "
            "than 15 kg with the funnel.",
            "Use the test weight only with clean, dry gloves, and keep it in its case.",
        ],
    ),
    ("h", "3. Auger sets"),
    (
        "table",
        [
            ["Auger set", "Auger diameter", "Fill range", "Output per revolution, ground paprika"],
            ["AT-19", "19 mm", "10-40 g", "about 0.9 g/rev"],
            ["AT-25", "25 mm", "25-100 g", "about 2.4 g/rev"],
            ["AT-32", "32 mm", "60-250 g", "about 5.0 g/rev"],
            ["AT-38", "38 mm", "150-500 g", "about 8.5 g/rev"],
            ["AT-45", "45 mm", "300-1000 g", "about 14 g/rev"],
        ],
        (30, 35, 35, 70),
    ),
    (
        "p",
        "The output per revolution is given for ground paprika with a bulk density of about 0.45 kg/L. Other products "
        "differ and are found by the calibration in section 10. Each auger comes with its matched funnel of the same "
        "code. The jar neck must be at least 6 mm wider inside than the outside of the funnel tip.",
    ),
    ("h", "4. Fill settings and limits"),
    (
        "cols",
        [
            ("h", "Revolutions per fill"),
            (
                "p",
                "The auger turns a set number of revolutions per fill: revolutions = target fill (g) / output per "
                "revolution (g/rev). Example: 100 g of paprika with AT-32 at 5.0 g/rev needs 100 / 5.0 = 20 "
                "revolutions; at 1200 rpm (20 rev/s) the fill takes 1.0 s.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "Run the agitator at 30-60 rpm for free-flowing powders. Oily powders that bridge (nutmeg, cloves, "
                "cumin) need 80-120 rpm. An agitator that runs too fast packs the powder and the fills come out "
                "heavy.",
            ),
            ("h", "Hopper level"),
            (
                "p",
                "Keep the hopper level within 40-70 %. The density of the powder at the auger changes with the height "
                "of powder above it, and the fills drift with it.",
            ),
            ("h", "Weight feedback"),
            (
                "p",
                "The weighing station averages 5 jars and corrects the revolutions by no more than 3 % per step. If "
                "a larger correction is needed the filler stops with F06. Jars outside the reject band (default ±2 %, "
                "settable 0.5-5 %) are pushed off by the reject gate.",
            ),
            ("h", "Funnel and auger clearance"),
            (
                "p",
                "The gap between the auger flights and the funnel bore is 0.5-1.0 mm all round. Replace the auger "
                "when the gap has worn to more than 1.5 mm; worn augers dribble and fill unevenly.",
            ),
            ("h", "Anti-drip devices"),
            (
                "p",
                "Free-flowing powders run on after the auger stops. Fit the spinner disc (DQL-SD-25 to DQL-SD-45, to "
                "suit the auger) or the mesh screen at the funnel tip. The jar lift should hold the funnel tip 5-10 mm "
                "inside the jar neck during the fill.",
            ),
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "No jar", "No jar under the funnel, or the jar sensor is dirty."],
            [
                "F02",
                "Hopper level low",
                "Level below 40 % for more than 30 s. Check the feed screw or the vacuum conveyor that tops up the "
                "hopper.",
            ],
            ["F03", "Hopper overfill", "Level above 85 %."],
            ["F04", "Auger servo fault", "Servo drive alarm; read the drive code on the HMI."],
            ["F05", "Agitator overload", "Product bridged or compacted in the hopper."],
            [
                "F06",
                "Correction limit",
                "More than 3 % correction needed in one step: bulk density changed, wrong auger set, or wrong g/rev "
                "entered.",
            ],
            ["F07", "Three rejects in a row", "Three consecutive jars outside the reject band."],
            ["F08", "Weighing error", "Load cell not zeroed or signal out of range."],
            ["F09", "Air pressure low", "Below 5 bar."],
            ["F11", "Guard open", "A guard door of the filling head is open."],
            ["F12", "Reject bin full", "Empty the reject bin."],
        ],
        (16, 40, 114),
    ),
    ("h", "6. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Fill weights creeping down through the shift",
                "Hopper level drifting, or the powder aerating and its density falling",
                "Keep the level within 40-70 %; check the level sensor and the agitator speed",
            ],
            [
                "Powder dribbling from the funnel after the auger stops",
                "No anti-drip device fitted for the product, or auger worn",
                "Fit the spinner disc or the mesh screen; check the auger gap",
            ],
            [
                "Fill weights vary widely from jar to jar with oily powders",
                "Bridging or rat-holing in the hopper",
                "Raise the agitator speed to 80-120 rpm",
            ],
            [
                "Dust cloud at the jar neck",
                "Funnel tip too high above the jar, or extraction weak",
                "Set the jar lift so that the tip is 5-10 mm inside the neck; check the extraction",
            ],
            [
                "Fills heavy after a product change",
                "Output per revolution not calibrated for the new product",
                "Calibrate the auger (section 10)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "7. Cleaning between products"),
    (
        "p",
        "The cleaning method, the agents and the checks after cleaning (for example for allergens such as mustard, "
        "celery or sesame) are set by the site's cleaning plan, not by Dosquella. Dry cleaning with brushes and the "
        "dust extraction is preferred; if the auger and the funnel are washed, dry them fully before refitting, "
        "since a damp auger picks up powder and fills light for the first jars. Never wash the load cell of the "
        "weighing station with a hose.",
    ),
    ("h", "8. Starting production"),
    (
        "ol",
        [
            "Check that the auger set on the filler matches the recipe (the code is engraved on the funnel flange).",
            "Fill the hopper to 60 % and run the agitator for 2 min.",
            "Select the recipe; the HMI shows the target, the revolutions and the reject band.",
            "Zero the weighing station (SERVICE > ZERO) with no jar on it.",
            "Start the jar conveyor and the filler.",
            "Check the first 20 jars on the weighing display; the mean must be within ±0.5 % of the target.",
        ],
    ),
    ("h", "9. Changing the auger and funnel"),
    (
        "ol",
        [
            "Run the hopper empty into a bin, stop the filler and lock it out.",
            "Release the clamp ring and remove the funnel.",
            "Hold the agitator, unscrew the auger (left-hand thread) and pull it down out of the hopper.",
            "Fit the new auger and the funnel with the same code.",
            "Turn the auger by hand and check the gap to the funnel bore: 0.5-1.0 mm all round.",
            "Fit the spinner disc or mesh screen for the product.",
            "Set the jar lift height for the jar so that the funnel tip enters 5-10 mm into the neck.",
            "Enter the auger set on the HMI; the HMI loads its default output per revolution.",
            "Calibrate the auger for the product (section 10).",
        ],
    ),
    ("h", "10. Calibrating the auger"),
    (
        "ol",
        [
            "Fill the hopper to 60 % and run the agitator for 2 min.",
            "Select SERVICE > CALIBRATE and enter the auger set.",
            "Place an empty jar on the weighing station and tare it.",
            "The filler makes 5 test fills of 20 revolutions each and weighs each one.",
            "The HMI works out the output per revolution: mean fill (g) / 20.",
            "If any of the five fills differs by more than 2 % from their mean, check the agitator speed and the "
            "hopper level and repeat the calibration.",
            "Accept the value, run 20 jars and check that their mean is within ±0.5 % of the target; the weight "
            "feedback then takes over.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every product change", "Clean the hopper, auger and funnel to the site's cleaning plan"],
            ["Daily", "Clean the funnel tip and the anti-drip device; check the reject gate"],
            ["Weekly", "Check the auger gap; check the weighing station with the 100 g test weight (within ±0.1 g)"],
            ["6 months or 2000 h, whichever comes first", "Replace the agitator shaft seal and the funnel clamp seal"],
            ["12 months", "Load cell calibration by an accredited weighing service; Dosquella service of the servo drive"],
        ],
        (60, 110),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Auger set with matched funnel", "DQL-AT-19, DQL-AT-25, DQL-AT-32, DQL-AT-38, DQL-AT-45"],
            ["Spinner disc", "DQL-SD-25, DQL-SD-32, DQL-SD-38, DQL-SD-45"],
            ["Mesh screen for the funnel tip", "DQL-MS-1"],
            ["Agitator shaft seal", "DQL-AS-50"],
            ["Funnel clamp seal", "DQL-FC-2"],
            ["Test weight 100 g, class F1", "DQL-TW-100"],
            ["Auger trolley", "DQL-AW-1"],
        ],
        (70, 100),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("sterivanta-sv-saturated-steam-spice-steriliser.pdf", "Sterivanta STV-OM-SV-03 Ed 2 - SV-300 / SV-600", STERIVANTA),
        ("kryolund-kpm-cryogenic-spice-grinding-mill.pdf", "Kryolund KLM-OM-KPM-04 Ed 1 - KPM-250 / KPM-400", KRYOLUND),
        ("pflugmark-ps-ploughshare-seasoning-mixer.pdf", "Pflugmark PFM-BA-PS-07 Ed 3 - PS-800 / PS-1600", PFLUGMARK),
        ("dosquella-af30-spice-jar-auger-filler.pdf", "Dosquella DQL-UM-AF30-02 Ed 2 - AF-30", DOSQUELLA),
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
