"""Generate the PDF manuals of the eighty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set87venv && /tmp/set87venv/bin/pip install fpdf2 pypdf
    /tmp/set87venv/bin/python knowledge/samples/eightyseventh/make_pdfs.py

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



# ---------------------------------------------------------------- Quirlmann QD high-speed dispersers
QUIRLMANN = [
    ("title", "Quirlmann QD High-Speed Dispersers\nOperating and Maintenance Manual - QD-30 and QD-45"),
    (
        "p",
        "Document QPM-OM-QD-04, Edition 3, March 2025. Quirlmann Process Machines. The QD-30 and QD-45 are "
        "single-shaft high-speed dispersers on a hydraulic lifting column, for wetting and pre-dispersing pigments "
        "and fillers in paint, ink and coating mill bases in open or lidded mobile vessels. A toothed dissolver "
        "blade on the end of the shaft is driven by an inverter-fed motor through one poly-V belt. The vessel is "
        "held under the shaft by a vessel clamp with a position switch. Apart from the drive, the blade, the lift "
        "and the items named in this manual, the two models are built alike. This manual covers the standard "
        "machines, which must not stand in a hazardous area. For the Ex version (II 2G, for zone 1) the ATEX "
        "supplement QPM-EX-01 applies in addition and takes precedence; its contents are not repeated here. The "
        "vessels, the extraction hood ducting and fan, and the zone classification of the room are the site's.",
    ),
    (
        "warn",
        "WARNING: Never put a hand, a tool or a sampling ladle into the vessel while the shaft turns. Stop the "
        "shaft and wait for the white standstill lamp before taking a sample or scraping the vessel wall.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QD-30", "QD-45"],
            ["Main motor, 400 V 3~ 50 Hz, inverter-fed, rated current", "30 kW, 54 A", "45 kW, 79 A"],
            ["Supply fuse", "63 A gG", "100 A gG"],
            ["Shaft speed range", "0-1500 rpm", "0-1150 rpm"],
            ["Standard blade, toothed, stainless 1.4571, diameter", "300 mm", "400 mm"],
            ["Blade tip speed at the highest shaft speed with the standard blade", "23.6 m/s", "24.1 m/s"],
            ["Original tooth height of the standard blade", "12 mm", "15 mm"],
            ["Shaft diameter / length below the lid", "60 mm / 1100 mm", "70 mm / 1350 mm"],
            ["Lift stroke of the hydraulic column", "900 mm", "1100 mm"],
            ["Lifting time / lowering time, full stroke", "25 s / 20 s", "30 s / 25 s"],
            ["Hydraulic power pack (motor, pressure, oil HLP 46)", "1.1 kW, 90 bar, 8 L", "1.5 kW, 100 bar, 12 L"],
            ["Vessel inside diameter (see section 3)", "750-900 mm", "1000-1200 mm"],
            ["Batch volume", "150-600 L", "400-1400 L"],
            ["Poly-V belt", "16 ribs, PL 1651", "20 ribs, PL 1900"],
            ["Belt span frequency, measured with a frequency meter", "62-68 Hz", "55-60 Hz"],
            ["Mass", "1450 kg", "2100 kg"],
            ["Sound pressure level at 1 m, water at the highest speed", "82 dB(A)", "84 dB(A)"],
        ],
        (84, 44, 46),
    ),
    (
        "p",
        "Both models: ambient temperature 5-40 °C, protection IP55 for the motor and IP54 for the control cabinet, "
        "batch temperature probe Pt100 in the vessel clamp arm, shaft bearings regreased at the interval in "
        "section 8.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only trained operators may run the disperser. Wear hearing protection near a running machine; the "
            "sound level with a viscous batch can be higher than the water value in section 1.",
            "Start the shaft only with the vessel clamped and the blade immersed. A blade running in air or near "
            "the surface throws product out of the vessel and can bend the shaft.",
            "Keep everyone clear of the space under the raised head. The lift holds on a pilot-operated check "
            "valve; before any work under the raised head, fit the mechanical prop (support bar) in the column.",
            "With solvent-borne products run the extraction hood and connect the earthing clip of the vessel "
            "clamp to the vessel. The site's own earthing and solvent handling rules apply as well.",
            "Before changing the blade or working on the belt, switch off and lock the main switch and the "
            "hydraulic pump switch.",
            "Batches can become hot. Do not open a lidded vessel above the temperature the batch card allows.",
        ],
    ),
    ("h", "3. Dispersion settings"),
    (
        "cols",
        [
            ("h", "Tip speed"),
            (
                "p",
                "The blade tip speed is v = pi x D x n / 60 000, with v in m/s, D the blade diameter in mm and n "
                "the shaft speed in rpm. For dispersing pigments use 18-25 m/s. The tip speed must never exceed "
                "25 m/s, whatever blade is fitted; a larger special blade therefore lowers the highest permitted "
                "shaft speed, which you set in parameter P04. Example: 20 m/s needs 1273 rpm with a 300 mm blade "
                "and 955 rpm with a 400 mm blade.",
            ),
            ("warn", "Never raise P04 above the speed that gives 25 m/s with the blade that is fitted."),
            ("h", "Vessel and blade position"),
            (
                "p",
                "The vessel inside diameter should be 2.5 to 3 times the blade diameter. Set the blade 0.5 to 1 "
                "blade diameter above the vessel bottom. At rest, the liquid level should be 1 to 2 blade "
                "diameters above the blade. A lidded vessel needs a lid opening of at least the blade diameter "
                "plus 100 mm.",
            ),
            ("h", "Flow pattern"),
            (
                "p",
                "At the right speed and viscosity the batch forms the doughnut flow: the surface rolls inwards to "
                "the shaft and the top of the blade is just visible at the bottom of a small vortex. If the whole "
                "blade shows, the speed is too high for the viscosity and air is drawn in. If the surface does not "
                "move, the speed is too low or the batch too thick.",
            ),
            ("h", "Viscosity and load"),
            (
                "p",
                "Dispersion works best with a thick mill base, about 3000 to 20 000 mPa·s during the grind. A thin "
                "batch takes the energy without shearing the pigment. Above about 30 000 mPa·s the motor reaches "
                "its current limit and D05 follows.",
            ),
            ("h", "Temperature"),
            (
                "p",
                "The Pt100 shows the batch temperature. A warning is given at P07 (default 60 °C, settable 20-80 "
                "°C); at P07 + 10 K the shaft stops and D04 is shown. For solvent-borne batches P07 must be at "
                "least 15 K below the lowest flash point of the solvents in the batch, taken from the safety data "
                "sheet; the site sets P07 for each product.",
            ),
            ("h", "Ramps"),
            (
                "p",
                "Acceleration ramp P02: default 20 s, never shorter than 10 s (belt slip). Deceleration ramp "
                "P03: default 30 s, braked by the braking resistor.",
            ),
        ],
    ),
    ("h", "4. Dispersing a batch"),
    (
        "ol",
        [
            "Check the blade for damage and dried product and the vessel for foreign objects.",
            "Roll the vessel under the shaft and close the vessel clamp; the green clamp lamp lights.",
            "With solvent-borne products connect the earthing clip to the vessel and start the extraction hood.",
            "Charge the liquid part of the formula as the batch card says.",
            "Lower the shaft until the blade is 0.5 to 1 blade diameter above the bottom: 150-300 mm on the "
            "QD-30, 200-400 mm on the QD-45.",
            "Start the shaft at about 30 % of the highest speed and add pigments and fillers steadily into the "
            "vortex, not onto the shaft.",
            "When all powder is in, raise the speed until the doughnut flow forms, within 18-25 m/s tip speed.",
            "Disperse for the time on the batch card and watch the batch temperature.",
            "Check the fineness with a grindometer as the batch card says.",
            "Slow down to about 30 %, add the let-down part, then stop. Wait for the standstill lamp, raise the "
            "shaft and rinse the blade over the vessel.",
        ],
    ),
    ("h", "5. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["D01", "Vessel clamp open or clamp switch fault", "Close the clamp; check the switch and its cam"],
            ["D02", "Shaft start blocked: blade above the start position", "Lower the blade into the product"],
            ["D03", "Extraction hood fan not running (interlock input)", "Start the site's extraction fan"],
            ["D04", "Batch temperature above P07 + 10 K, shaft stopped", "Let the batch cool; check P07"],
            ["D05", "Motor current limit for more than 20 s", "Lower the speed or add part of the liquid"],
            ["D06", "Inverter overtemperature", "Clean the cabinet filter mat; ambient above 40 °C?"],
            ["D08", "Belt slip: shaft speed below 90 % of motor speed", "Tension the belt (section 6)"],
            ["D09", "Hydraulic oil above 60 °C", "Let the pack cool; check the oil level"],
            ["D10", "Pt100 open or short circuit", "Check the probe and cable"],
            ["D11", "Emergency stop pressed", "Release the button and reset"],
            ["D12", "Motor thermistor tripped", "Let the motor cool; check the motor fan"],
        ],
        (16, 86, 72),
    ),
    ("h", "Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Deep vortex, the whole blade shows, air drawn in and foam on the batch",
                "Speed too high for the viscosity, or blade too near the surface",
                "Lower the speed until the top of the blade is just visible; lower the blade; keep the level 1 "
                "to 2 blade diameters above it",
            ],
            [
                "Surface does not move, powder lies on top",
                "Batch too thick or speed too low",
                "Raise the speed within 25 m/s tip speed or add part of the liquid held back",
            ],
            [
                "Batch heats up quickly",
                "Too long at top speed, batch too thick, blade too large for the vessel",
                "Lower the speed; check the vessel to blade ratio of 2.5 to 3; use a jacketed vessel if the "
                "batch card allows",
            ],
            [
                "Coarse grindometer readings after the normal time",
                "Tip speed below 18 m/s, teeth worn, batch too thin",
                "Check the speed against the formula; check the blade wear limits (section 7)",
            ],
            [
                "Knocking or vibration from the shaft",
                "Blade bent or caked with dried product; shaft runout",
                "Clean the blade; runout at the blade hub no more than 0.5 mm; a bent blade is replaced, never "
                "straightened",
            ],
            [
                "Belt squeals at start, D08",
                "Belt loose or ramp P02 too short",
                "Tension the belt; P02 not below 10 s",
            ],
            [
                "Raised head sinks slowly",
                "Check valve leaking or lift cylinder seal worn",
                "Fit the prop; call Quirlmann service",
            ],
        ],
        (52, 56, 66),
    ),
    ("h", "6. Tensioning the poly-V belt"),
    (
        "ol",
        [
            "Lower the shaft into an empty vessel, switch off and lock the main switch.",
            "Remove the belt guard (6 screws M6).",
            "Pluck the belt in the middle of its span and read the frequency with the frequency meter: 62-68 Hz "
            "on the QD-30, 55-60 Hz on the QD-45.",
            "If it is low, loosen the four motor plate nuts and turn the tensioning screw clockwise; recheck.",
            "Tighten the motor plate nuts to 80 Nm and check the frequency again.",
            "A new belt is set to the upper value and checked again after 4 h of running.",
            "Refit the guard before switching on.",
        ],
    ),
    ("h", "7. Blade wear and changing the blade"),
    (
        "p",
        "Replace the blade when its diameter is worn more than 10 mm below nominal (below 290 mm on the QD-30, "
        "below 390 mm on the QD-45) or when the teeth are worn to half their original height, whichever comes "
        "first. A cracked, bent or unbalanced blade is replaced at once.",
    ),
    (
        "ol",
        [
            "Raise the shaft fully, stop it, and lock the main switch and the hydraulic pump switch.",
            "Fit the mechanical prop in the column.",
            "Hold the shaft on its spanner flats: 50 mm across flats on the QD-30, 60 mm on the QD-45.",
            "Remove the central screw (M16 on the QD-30, M20 on the QD-45) and its washer, and pull the blade off "
            "the hub.",
            "Clean the hub and the key; check the hub for cracks.",
            "Fit the new blade so that the bent teeth lead in the direction of the rotation arrow (clockwise seen "
            "from above).",
            "Fit a new screw and washer with medium-strength thread locker and tighten to 160 Nm (M16) or 320 Nm "
            "(M20).",
            "Remove the prop; run the shaft at 200 rpm in a vessel of water and check that it runs smoothly.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the blade and shaft; check the blade; check the clamp and earthing clip"],
            ["Weekly", "Check belt tension and hydraulic oil level; check the clamp interlock (no start when open)"],
            ["500 h", "Grease the shaft bearings: upper 10 g, lower 15 g, lithium complex NLGI 2"],
            [
                "2000 h or 12 months, whichever comes first",
                "Change the hydraulic oil and filter; measure the shaft runout at the blade hub",
            ],
            ["4000 h", "Replace the poly-V belt"],
            ["12 months", "Quirlmann service: bearings, lift cylinder, electrical safety check"],
        ],
        (60, 114),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "QD-30", "QD-45"],
            ["Standard blade", "QPM-B300", "QPM-B400"],
            ["Poly-V belt", "QPM-PV16-1651", "QPM-PV20-1900"],
            ["Shaft bearing set", "QPM-BS-60", "QPM-BS-70"],
            ["Blade screw and washer", "QPM-BSW-16", "QPM-BSW-20"],
            ["Lift cylinder seal kit", "QPM-SK-63", "QPM-SK-80"],
            ["Hydraulic return filter", "QPM-HF-10", "QPM-HF-10"],
            ["Pt100 probe with cable", "QPM-PT-01", "QPM-PT-01"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Korbenhall KBM basket mills
KORBENHALL = [
    ("title", "Korbenhall KBM Basket Mills\nOperation and Maintenance - KBM-18 and KBM-30"),
    (
        "p",
        "Document KBH-OM-KBM-07, Edition 2, November 2024. Korbenhall Milling Systems. The KBM-18 and KBM-30 are "
        "immersion basket mills for the wet grinding of paint, ink and coating mill bases in the batch vessel. A "
        "cylindrical basket holding the grinding media hangs from the hydraulic lifting head and is lowered into "
        "the product. Pegs on the rotor inside the basket stir the media; a pumping impeller at the basket bottom "
        "draws the product up into the basket, and the product leaves through the slotted screen in the basket "
        "wall. A dispersing blade under the basket keeps the whole batch turning. The basket wall is jacketed for "
        "cooling water. The rotor shaft is sealed by a double mechanical seal with barrier fluid. Apart from the "
        "drive, the basket size and the items named here, the two models are built alike. The vessels, the cooling "
        "water supply and the choice of grinding media for a product are the site's; the media maker's data sheet "
        "gives the bulk density of other media.",
    ),
    (
        "warn",
        "WARNING: Never run the rotor with the basket out of the product or in an empty vessel. Running dry with "
        "media destroys the screen and the pegs in a short time and heats the basket.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KBM-18", "KBM-30"],
            ["Main motor, 400 V 3~ 50 Hz, inverter-fed, rated current", "18.5 kW, 34 A", "30 kW, 55 A"],
            ["Supply fuse", "50 A gG", "80 A gG"],
            ["Rotor speed range", "600-1800 rpm", "500-1350 rpm"],
            ["Rotor peg circle diameter", "160 mm", "220 mm"],
            ["Peripheral speed of the pegs at the highest rotor speed", "15.1 m/s", "15.6 m/s"],
            ["Basket grinding volume", "6 L", "12 L"],
            ["Standard screen slot width", "0.3 mm", "0.3 mm"],
            [
                "Media charge at 75 % fill, yttrium-stabilised zirconia beads (bulk density 3.6 kg/L)",
                "16.2 kg",
                "32.4 kg",
            ],
            ["Media charge at 75 % fill, zirconium silicate beads (bulk density 2.4 kg/L)", "10.8 kg", "21.6 kg"],
            ["Batch volume", "100-400 L", "250-1000 L"],
            ["Vessel inside diameter", "700-1000 mm", "1000-1400 mm"],
            ["Lift stroke", "1200 mm", "1400 mm"],
            ["Cooling water to the basket jacket, minimum flow", "15 L/min", "25 L/min"],
            ["Mass", "1900 kg", "2800 kg"],
        ],
        (90, 42, 42),
    ),
    (
        "p",
        "Both models: grinding media beads 0.6-1.6 mm; cooling water inlet pressure 2-4 bar, jacket design "
        "pressure 6 bar; barrier fluid pot 3 L; hydraulic lift oil HLP 46, 10 L; ambient temperature 5-40 °C.",
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Keep clear of the space under the raised basket; before working under it, fit the lift prop.",
            "Switch off and lock the main switch before opening the basket cover or touching the screen.",
            "Grinding media are slippery: sweep up spilt beads at once.",
            "With solvent-borne products run the vessel extraction and earth the vessel. This machine is not for "
            "a hazardous area; the zone classification of the room is the site's.",
            "The basket and the product can be hot after grinding. Let the basket drain and cool before cleaning.",
            "Do not pressurise the cooling jacket above 6 bar.",
        ],
    ),
    ("h", "3. Grinding settings"),
    (
        "cols",
        [
            ("h", "Media and screen"),
            (
                "p",
                "The screen slot must be no wider than one third of the smallest bead in the charge. The standard "
                "0.3 mm screen is therefore right for beads of 0.9 mm and larger; for 0.6-0.8 mm beads fit the "
                "0.2 mm screen. Never mix bead sizes that break this rule.",
            ),
            ("h", "Media fill"),
            (
                "p",
                "Fill the basket to 70-80 % of its grinding volume with media (bulk), factory setting 75 %. Media "
                "mass = basket volume (L) x fill fraction x bulk density (kg/L). Overfilling raises wear, power "
                "and temperature; underfilling slows the grind.",
            ),
            ("h", "Peripheral speed"),
            (
                "p",
                "v = pi x d x n / 60 000, with d the peg circle diameter in mm and n the rotor speed in rpm. The "
                "pegs must never run faster than 16 m/s. Normal grinding is at 10-14 m/s; 10 m/s is 1194 rpm on "
                "the KBM-18 and 868 rpm on the KBM-30.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Mill base temperature warning K05 at P11 (default 55 °C, settable 30-70 °C); at P11 + 10 K the "
                "rotor stops with K06. Cooling water inlet no warmer than 20 °C; the outlet should be no more than "
                "10 K warmer than the inlet. A larger rise means too little water.",
            ),
            ("h", "Basket position"),
            (
                "p",
                "While grinding, the top of the basket must be at least 100 mm below the product surface, and the "
                "dispersing blade at least 150 mm above the vessel bottom.",
            ),
            ("h", "Barrier fluid"),
            (
                "p",
                "The double mechanical seal runs with barrier fluid from the pot on the head, held at 1.5-2.0 bar "
                "with nitrogen or dry air. The barrier fluid must be compatible with the product, because a little "
                "of it can enter the batch. The site chooses it with its paint formulator; Korbenhall does not "
                "approve barrier fluids.",
            ),
        ],
    ),
    ("h", "4. Charging the grinding media"),
    (
        "ol",
        [
            "Raise the basket clear of the vessel, rinse it, stop the rotor and lock the main switch.",
            "Set a clean tray under the basket and remove the basket cover (8 screws M8).",
            "Check the screen for damage. A 0.35 mm feeler gauge must not enter the slots of a 0.3 mm screen (0.25 "
            "mm feeler for a 0.2 mm screen).",
            "Weigh the charge: basket volume x 0.75 x bulk density, for example 16.2 kg (KBM-18) or 32.4 kg "
            "(KBM-30) of yttrium-stabilised zirconia.",
            "Pour the media in through the filling funnel.",
            "Refit the cover with its gasket and tighten the screws crosswise to 20 Nm.",
            "Lower the basket into the liquid part of the batch or into a compatible solvent and run 10 min at "
            "the lowest rotor speed to wet the beads before grinding.",
        ],
    ),
    ("h", "5. Grinding a batch"),
    (
        "ol",
        [
            "Start the cooling water and check the flow: at least 15 L/min (KBM-18) or 25 L/min (KBM-30).",
            "Check the barrier pressure: 1.5-2.0 bar.",
            "Roll the pre-dispersed batch under the head and close the vessel clamp.",
            "Lower the basket until its top is at least 100 mm below the surface.",
            "Start the rotor at the lowest speed and raise it to the speed on the batch card, at most 16 m/s.",
            "Watch the mill base temperature and the basket level lamp.",
            "Take samples for fineness as the batch card says; stop the rotor before sampling.",
            "At the end, slow down, raise the basket until it just clears the product and let it spin for 1 min "
            "at the lowest speed to throw off product; then stop.",
        ],
    ),
    ("h", "6. Checking media wear"),
    (
        "p",
        "Every 200 h of grinding: empty the media, rinse and dry them, weigh the charge and sieve it on a test "
        "sieve of 80 % of the nominal bead size (0.8 mm for 1.0 mm beads). Top up with new media when the charge "
        "has lost more than 5 % of its mass. Replace the whole charge when more than 15 % of its mass passes the "
        "test sieve.",
    ),
    ("h", "7. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["K01", "Head not in grinding position", "Lower the basket into the product"],
            ["K02", "Vessel clamp open", "Close the clamp"],
            ["K03", "Barrier fluid pressure below 1.2 bar", "Top up the pot; check the gas supply; seal leak?"],
            ["K04", "Cooling water flow below 10 L/min (KBM-18) or 18 L/min (KBM-30)", "Open the supply; clean the strainer"],
            ["K05", "Mill base temperature above P11 (warning)", "See symptoms: product too hot"],
            ["K06", "Mill base temperature above P11 + 10 K, rotor stopped", "Cool the batch; find the cause"],
            ["K07", "Motor current above 110 % of rated for 30 s", "Lower the speed; mill base too thick"],
            ["K08", "Basket level high: product backs up in the basket", "Stop; clean the screen (symptoms)"],
            ["K09", "Rotor speed sensor fault", "Check the sensor gap of 1-2 mm and the cable"],
            ["K11", "Emergency stop pressed", "Release and reset"],
            ["K12", "Inverter fault", "Read the inverter display code; reset"],
            ["K13", "Motor thermistor tripped", "Let the motor cool"],
        ],
        (16, 88, 70),
    ),
    ("h", "Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Product backs up in the basket, K08, little flow through the screen",
                "Screen blinded by broken beads or dried product; mill base too thick",
                "Stop, raise and clean the screen; check the media for broken beads; thin the mill base",
            ],
            [
                "Beads in the product or on the vessel bottom",
                "Screen damaged or slots worn; beads too small for the screen; cover gasket",
                "Check the slots with the feeler; apply the one-third rule; renew the gasket",
            ],
            [
                "Mill base too hot, K05",
                "Too little cooling water or inlet too warm; speed too high; media overfilled",
                "Check the flow (15 or 25 L/min) and inlet no warmer than 20 °C; lower the speed; check the fill",
            ],
            [
                "Grinding slower than usual",
                "Media worn or lost; fill too low; speed low; wrong bead size",
                "Check media wear (section 6); speed 10-14 m/s",
            ],
            [
                "Barrier fluid level falls fast",
                "Mechanical seal leaking",
                "Stop grinding; call Korbenhall service",
            ],
            [
                "Batch does not turn over, still zones at the vessel wall",
                "Basket and blade too high, or batch too thick",
                "Lower the basket (blade at least 150 mm above the bottom); thin the batch",
            ],
        ],
        (52, 60, 62),
    ),
    ("h", "8. Cleaning at a product change"),
    (
        "ol",
        [
            "Raise the basket out of the product and let it drain, spinning at the lowest speed for 1 min.",
            "Roll a wash vessel with 30-50 L (KBM-18) or 60-100 L (KBM-30) of compatible solvent under the head.",
            "Lower the basket into the solvent and run 5 min at about 800 rpm (KBM-18) or 600 rpm (KBM-30).",
            "Raise, drain and repeat with clean solvent until it comes out clear.",
            "For a change from dark to white, also empty and rinse the media.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Check the barrier fluid level and pressure; clean the basket outside; check the cooling flow"],
            ["200 h", "Check media wear (section 6)"],
            ["500 h", "Grease the rotor bearings, 12 g each, lithium complex NLGI 2"],
            ["2000 h or 12 months, whichever comes first", "Change the lift oil and filter; check the screen slots"],
            ["12 months", "Korbenhall service: mechanical seal, bearings, electrical check"],
        ],
        (60, 114),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "KBM-18", "KBM-30"],
            ["Screen 0.3 mm", "KBH-SC-03-18", "KBH-SC-03-30"],
            ["Screen 0.2 mm", "KBH-SC-02-18", "KBH-SC-02-30"],
            ["Rotor peg set", "KBH-PG-18", "KBH-PG-30"],
            ["Mechanical seal kit", "KBH-MS-45", "KBH-MS-55"],
            ["Basket cover gasket", "KBH-CG-18", "KBH-CG-30"],
            ["Dispersing blade", "KBH-DB-250", "KBH-DB-340"],
        ],
        (80, 47, 47),
    ),
]


# ---------------------------------------------------------------- Triwalda TW-26 three-roll mill
TRIWALDA = [
    ("title", "Triwalda TW-26 Three-Roll Mill\nOperation and Maintenance Manual"),
    (
        "p",
        "Document TRW-OM-26-02, Edition 5, January 2025. Triwalda Roll Mills. The TW-26 is a hydraulic three-roll "
        "mill for the fine grinding of printing inks, pigment pastes and concentrates. Three rolls of chilled cast "
        "iron, 260 mm in diameter with a 650 mm face, turn at a fixed ratio of 1 : 3 : 9. The feed roll and the "
        "apron roll are pressed against the fixed centre roll by hydraulic cylinders. The product is fed into the "
        "feed nip between the feed roll and the centre roll, where two end plates hold it, passes with the centre "
        "roll to the apron nip, and is taken off the apron roll by the scraper knife onto the apron. Each roll is "
        "water-cooled through a rotary union. A version with alumina ceramic rolls, the TW-26C, has other pressing "
        "limits and cooling rules, which are given only in its data sheet TRW-DS-26C; this manual covers the "
        "steel-roll TW-26 only.",
    ),
    (
        "warn",
        "WARNING: The nips draw in fingers, cloths and hair. Never reach towards a nip while the rolls turn. Clean "
        "the rolls only at crawl speed with hold-to-run and only with the long-handled scraper supplied.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Rolls", "3, chilled cast iron, surface hardness 520-560 HB"],
            ["Roll diameter x face length", "260 mm x 650 mm"],
            ["Roll speeds at 50 Hz, feed / centre / apron roll", "20 / 60 / 180 rpm"],
            ["Speed ratio", "1 : 3 : 9, fixed"],
            ["Apron roll speed range by inverter (ratio kept)", "60-180 rpm"],
            ["Apron roll surface speed at 180 rpm", "2.45 m/s"],
            ["Crawl speed for cleaning (hold-to-run)", "10 rpm apron roll"],
            ["Main motor 400 V 3~ 50 Hz", "11 kW, 21 A"],
            ["Supply fuse", "32 A gG"],
            ["Hydraulic pressing", "2 cylinders per nip, bore 50 mm, gauge 0-40 bar, relief valve 42 bar"],
            ["Line force", "up to 24 N/mm (see section 3)"],
            ["Gap range in gap mode", "5-100 µm, one dial division 2 µm"],
            [
                "Roll cooling water",
                "3 circuits, at least 8 L/min each (24 L/min in all), inlet 12-18 °C, 2-4 bar",
            ],
            ["Scraper knife", "650 mm, steel or bronze blade, pneumatic holder 1.5-3.0 bar"],
            ["End plates", "PTFE, 20 mm new, replace at 14 mm"],
            [
                "Throughput (offset ink base of 20-40 Pa·s, 10 µm final fineness, apron roll at 180 rpm)",
                "about 60-80 kg/h",
            ],
            ["Hydraulic oil", "HLP 32, 6 L"],
            ["Dimensions (L x W x H) / mass", "1850 x 1100 x 1350 mm / 2300 kg"],
            ["Sound pressure level at 1 m, running with product", "72 dB(A)"],
        ],
        (78, 96),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "The trip bar runs along the front of both nips. Pushing or pulling it stops the rolls and opens the "
            "nips to zero pressure. Test it every week (section 6).",
            "Keep the guards closed; the machine does not run above crawl speed with a guard open.",
            "Wear close-fitting clothes, tie back long hair, and wear cut-resistant gloves when handling knife "
            "blades.",
            "The TW-26 is not built for a hazardous area. With solvent-based inks run the local extraction; where "
            "the mill may stand is decided by the site.",
            "Roll surfaces can reach 45 °C and more after a fault; let them cool before touching.",
        ],
    ),
    ("h", "3. Nip and temperature settings"),
    (
        "cols",
        [
            ("h", "Line force"),
            (
                "p",
                "In pressure mode the cylinders press the feed and apron rolls against the centre roll. Line force "
                "(N/mm) = 0.6 x gauge pressure (bar). Example: 30 bar gives 18 N/mm; the highest setting of 40 bar "
                "gives 24 N/mm.",
            ),
            (
                "p",
                "Start with the feed nip at 10 bar and the apron nip at 15 bar. Raise both in steps of 5 bar until "
                "the fineness is reached. Keep the apron nip at least as high as the feed nip.",
            ),
            ("warn", "Apply pressure only with product in the nips and the rolls turning. Never press dry rolls."),
            ("h", "Gap mode"),
            (
                "p",
                "For thin products the rolls can be held at a set gap by the stops. Set the gap with the micrometer "
                "dials; one division is 2 µm. Never set a gap below 5 µm: the rolls must not touch while turning, "
                "because metal contact scores them.",
            ),
            ("h", "Roll temperatures"),
            (
                "p",
                "Roll surfaces no warmer than 45 °C, measured on the apron roll face with the contact thermometer "
                "or read from the IR sensor. Two neighbouring rolls should not differ by more than 10 K. Cooling "
                "water inlet 12-18 °C, never below 10 °C, because condensation on the rolls puts water into the "
                "ink.",
            ),
            (
                "p",
                "After a loss of cooling water with rolls above 50 °C, do not open the water at full flow. Let the "
                "rolls turn unpressed and open the water slowly over about 10 min; sudden cooling can crack a "
                "chilled roll.",
            ),
            ("h", "Speed and knife"),
            (
                "p",
                "Start with the apron roll at 60 rpm and raise the speed only when the film covers the whole face. "
                "Knife pressure 1.5-3.0 bar; above 3.0 bar the knife wears the apron roll.",
            ),
        ],
    ),
    ("h", "4. Starting and setting the nips"),
    (
        "ol",
        [
            "Open the cooling water and check each circuit shows at least 8 L/min.",
            "Close the guards, reset the trip bar and start the rolls at 60 rpm (apron roll), nips unpressed.",
            "Set the end plates against the feed and centre rolls (section 7).",
            "Fill the feed nip evenly along its length; keep the bank no higher than 50 mm.",
            "Press the feed nip to 10 bar and the apron nip to 15 bar.",
            "Swing the knife onto the apron roll at 1.5 bar.",
            "Check the fineness with a grindometer and raise the pressures in 5 bar steps as needed, at most 40 "
            "bar.",
            "Raise the speed once the film covers the face; watch the roll temperatures.",
        ],
    ),
    ("h", "5. Changing the scraper knife"),
    (
        "ol",
        [
            "Release the nips to 0 bar, stop the rolls and lock the main switch.",
            "Swing the knife holder away from the apron roll with the lever.",
            "Wearing cut-resistant gloves, loosen the 9 clamp screws M8 and slide the old blade out sideways.",
            "Clean the holder and its clamping face.",
            "Slide the new blade in with its bevel facing away from the roll and centre it on the face.",
            "Tighten the clamp screws from the middle outwards to 12 Nm.",
            "Swing the holder back. With a little product on the rolls at 60 rpm, set the knife to 1.5 bar and "
            "raise it in 0.5 bar steps until the apron roll is wiped clean, but no higher than 3.0 bar.",
            "Check that no strips of film are left along the face.",
        ],
    ),
    ("h", "6. Testing the trip bar (weekly)"),
    (
        "ol",
        [
            "Run the rolls unpressed at 60 rpm.",
            "Put a little product into the feed nip and press the feed nip to 10 bar.",
            "Push the trip bar. The rolls must stop within 0.5 s and both pressure gauges must fall to 0 bar.",
            "Repeat by pulling the bar.",
            "If either test fails, take the mill out of use and call Triwalda service.",
        ],
    ),
    ("h", "7. End plates"),
    (
        "p",
        "The PTFE end plates close the ends of the feed nip. Screw each plate in until it touches both rolls, then "
        "a further quarter turn, never more, or the plate wears fast and heats the roll ends. Replace the plates "
        "when they are worn to 14 mm or when product runs past them although they are set correctly.",
    ),
    ("h", "8. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["R01", "Trip bar operated", "Find the cause; reset the bar"],
            ["R02", "Guard open", "Close the guard"],
            ["R03", "Nip pressure above 42 bar (relief valve)", "Check the pressure setting"],
            ["R04", "Cooling water flow below 6 L/min on one circuit", "Check the supply and the rotary union"],
            ["R06", "Roll surface above 45 °C", "Open the nips; see symptoms"],
            ["R07", "Hydraulic oil level low", "Top up HLP 32; look for leaks"],
            ["R08", "Knife air pressure below 1.0 bar", "Check the air supply"],
            ["R09", "Main motor overload", "Lower pressure or speed"],
            ["R10", "Inverter fault", "Read the inverter code; reset"],
            ["R11", "Roll standstill while the drive runs", "Stop; coupling or chain failure: Triwalda service"],
            ["R12", "Nip pressure not reached within 20 s", "Check the pump and the cylinders for leaks"],
        ],
        (16, 82, 76),
    ),
    ("h", "Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Product does not go over to the apron roll and stays on the centre roll",
                "Apron nip pressure too low; apron roll much warmer than the centre roll",
                "Raise the apron nip pressure by 5 bar; bring the roll temperatures within 10 K of each other",
            ],
            [
                "Product runs out at the ends of the feed nip",
                "End plates worn or not touching; bank too high",
                "Reset the end plates (a quarter turn past contact); replace them at 14 mm; bank no higher than "
                "50 mm",
            ],
            [
                "Streaks of film left on the apron roll after the knife",
                "Knife worn or nicked; knife pressure too low",
                "Change the blade; knife pressure 1.5-3.0 bar",
            ],
            [
                "Fineness not reached",
                "Nip pressure too low; rolls too warm, product thin; speed too high",
                "Raise the pressure (at most 40 bar); cool the rolls; slow down; make a second pass",
            ],
            [
                "Rolls run hot, R06",
                "Cooling flow low or inlet too warm; pressure too high",
                "Check at least 8 L/min per roll and inlet no warmer than 18 °C",
            ],
            [
                "Fine lines scored round the roll faces",
                "Grit or metal in the feed; rolls touching in gap mode",
                "Check the feed; gap not below 5 µm; scoring deep enough to feel with a fingernail needs "
                "Triwalda service",
            ],
            [
                "Chatter or uneven film across the face",
                "Roll bearings worn or rolls out of round",
                "Triwalda service",
            ],
        ],
        (52, 58, 64),
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the rolls; check the knife blade and end plates; check the cooling flows"],
            ["Weekly", "Trip bar test (section 6); hydraulic oil level"],
            ["1000 h", "Grease the six roll bearings, 15 g each"],
            ["4000 h or 2 years, whichever comes first", "Change the hydraulic oil (6 L HLP 32) and filter"],
            [
                "When a roll runs out by more than 0.01 mm or is scored",
                "Triwalda service: the rolls are reground and re-crowned at the Triwalda works only",
            ],
            ["12 months", "Triwalda service: trip bar stopping time, relief valve, bearings"],
        ],
        (64, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Scraper knife blade, steel, 650 mm", "TRW-KB-650S"],
            ["Scraper knife blade, bronze, 650 mm", "TRW-KB-650B"],
            ["End plates, PTFE, pair", "TRW-EP-26"],
            ["Roll bearing", "TRW-RB-26"],
            ["Hydraulic filter", "TRW-HF-03"],
            ["Cooling water rotary union", "TRW-RU-20"],
            ["Long-handled cleaning scraper", "TRW-CS-01"],
        ],
        (110, 64),
    ),
]


# ---------------------------------------------------------------- Harzmont HRX-6 resin reactor
HARZMONT = [
    ("title", "Harzmont HRX-6 Resin Reactor\nOperating Manual - Reactor, Agitator, Overheads and Thermal Oil Jacket"),
    (
        "p",
        "Document HZM-OM-HRX6-01, Edition 2, June 2024. Harzmont Reactor Systems. The HRX-6 is a 6 m³ stainless "
        "steel batch reactor for alkyd, polyester and acrylic resins for the paint and ink industry. It is heated "
        "and cooled through a half-pipe jacket with thermal oil. Above the reactor stand a packed column, a "
        "shell-and-tube condenser, a decanter (water separator) for azeotropic water removal with a reflux "
        "solvent such as xylene, and a distillate receiver. The thermal oil comes from the site's thermal oil "
        "heater and oil cooler; the heater, its burner, the expansion tank and the oil quality are covered by the "
        "heater maker's manual, not by this one. Nitrogen and cooling water come from the site networks. Process "
        "recipes, with temperatures, times and end points such as acid value and viscosity, are the resin "
        "formulator's and are given in the batch instructions; this manual gives the equipment limits only.",
    ),
    (
        "warn",
        "WARNING: The reactor can hold flammable vapour and hot resin. Never open the manway while the batch is "
        "above 60 °C, while the reactor is under pressure or while nitrogen is flowing. Solvent may be charged "
        "only into an inerted reactor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Nominal volume", "6000 L"],
            [
                "Working volume (lower limit: bottom agitator stage covered; upper limit: 75 % of nominal, room "
                "for foam)",
                "1500-4500 L",
            ],
            ["Design pressure / design temperature, reactor", "-1 to +3.0 bar(g) / 280 °C"],
            ["Design pressure / temperature, half-pipe jacket", "10 bar(g) / 320 °C"],
            ["Jacket heat transfer area", "14.5 m²"],
            ["Materials", "1.4404 on the product side; jacket P265GH"],
            ["Agitator", "anchor with two pitched-blade stages, 22 kW, 40 A, 20-90 rpm by inverter"],
            ["Shaft seal", "double mechanical seal with thermosiphon barrier system"],
            ["Thermal oil supply", "40 m³/h, up to 300 °C at the jacket inlet"],
            ["Heating duty", "about 330 kW at 40 m³/h with a 15 K fall in oil temperature across the jacket"],
            ["Column / condenser", "DN 400, 3 m structured packing / 28 m², cooling water at least 15 m³/h"],
            ["Decanter / distillate receiver", "250 L / 1000 L"],
            ["Nitrogen", "sparge 2-10 m³/h; blanket 20-50 mbar"],
            ["Safety valve on the reactor", "set at 3.0 bar(g)"],
            ["Weighing", "3 load cells of 10 t, display step 2 kg"],
            ["Empty mass", "9800 kg"],
        ],
        (88, 86),
    ),
    ("h", "2. Safety notes"),
    (
        "ul",
        [
            "Only operators trained on this reactor and on the batch instructions may run it.",
            "Wear heat-resistant gloves and a face shield when sampling; samples above 150 °C are taken only with "
            "the closed sampling valve.",
            "The area round the reactor top is a hazardous area as classified by the site. Use only tools and "
            "lamps approved for it.",
            "The jacket and the oil lines reach 300 °C. Keep their insulation complete.",
            "Never blank off the safety valve or the vent line. The vent line can block with sublimed anhydride; "
            "check it as the maintenance table says.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Temperatures"),
            (
                "p",
                "Highest batch temperature 265 °C; the batch instructions may set a lower one. At 270 °C (high-high) "
                "the controller closes the oil supply valve and switches the jacket to cooling (A102). The oil "
                "supply at the jacket inlet must never exceed 300 °C; the site's heater must be limited to that.",
            ),
            ("h", "Oil to batch difference"),
            (
                "p",
                "While heating, the oil supply may be no more than 50 K above the batch temperature. The cascade "
                "controller holds this with parameter DT-MAX (default 50 K, settable 20-50 K). A larger difference "
                "burns resin onto the wall and spoils the colour.",
            ),
            ("h", "Inerting"),
            (
                "p",
                "Before heating above 60 °C or charging solvent, purge with nitrogen until the vent analyser shows "
                "less than 5 % oxygen by volume. Keep a blanket of 20-50 mbar at all times after that. During "
                "water removal sparge 2-10 m³/h through the sparge ring.",
            ),
            ("h", "Agitator"),
            (
                "p",
                "The agitator must run whenever the jacket is heating (interlock). Lowest speed 20 rpm. Speeds "
                "above 60 rpm only with at least 2500 L in the reactor; with less, the upper stage splashes and the "
                "shaft can vibrate.",
            ),
            ("h", "Level and pressure"),
            (
                "p",
                "Working volume 1500-4500 L. Normal operation is at atmospheric pressure with the blanket; vacuum "
                "stripping at the end of a batch down to 50 mbar absolute is allowed. The warning A106 comes at 2.5 "
                "bar(g), below the safety valve.",
            ),
            ("h", "Cooling"),
            (
                "p",
                "For cooling the jacket is switched to the cooling oil circuit of the site. With 4500 L of alkyd, "
                "cooling from 240 °C to 160 °C takes about 60-90 min with the cooling oil at 120 °C.",
            ),
        ],
    ),
    ("h", "4. Inerting the reactor"),
    (
        "ol",
        [
            "Close the manway and all charging nozzles; check that the vent line through the condenser is open.",
            "Switch on the vent oxygen analyser and check that it shows air (20.9 %).",
            "Open the nitrogen to the sparge ring at 10 m³/h, with the agitator at 20 rpm if there is product in "
            "the reactor.",
            "Purge until the analyser shows less than 5 % oxygen and stays there for at least 5 min. For the "
            "empty reactor this takes about 2 h (three volume changes).",
            "Switch the nitrogen to the blanket regulator and check 20-50 mbar on the reactor gauge.",
            "Record the oxygen reading and the time on the batch record. Only now may solvent be charged or the "
            "jacket heat above 60 °C.",
        ],
    ),
    ("h", "5. Heating up and water removal"),
    (
        "ol",
        [
            "Charge the raw materials as the batch instructions say and inert the reactor (section 4).",
            "Start the agitator at the speed in the batch instructions, at least 20 rpm.",
            "Check cooling water to the condenser: at least 15 m³/h.",
            "Set the batch temperature target and DT-MAX; start the cascade heating.",
            "When water of reaction starts to distil, fill the decanter with the reflux solvent to the overflow.",
            "Sparge nitrogen at 2-10 m³/h as the batch instructions say to carry the water over.",
            "Drain water from the decanter to the receiver before it reaches the high level (A112).",
            "Take samples as the batch instructions say; stop at the end point given there.",
        ],
    ),
    ("h", "6. Loss of agitation while hot"),
    (
        "ol",
        [
            "The heating stops by itself (A105). Check that the oil supply valve has closed.",
            "Switch the jacket to the cooling oil circuit.",
            "Keep the nitrogen blanket on and the condenser cooling water running.",
            "If the agitator has stood still for more than 5 min with the batch above 150 °C, do not restart it: "
            "a restart can make the batch boil up suddenly. The shift leader decides with the resin formulator.",
            "If it has stood still for less than 5 min, restart it at 20 rpm and watch the pressure and the "
            "condenser.",
            "Find the cause of the stop before heating again.",
        ],
    ),
    ("h", "7. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A101", "Batch temperature above the recipe limit", "Check the heating; follow the batch instructions"],
            ["A102", "Batch temperature high-high, 270 °C: oil closed, cooling on", "Find the cause before reset"],
            ["A103", "Oil supply above 300 °C", "Check the site's heater (heater manual)"],
            ["A104", "Oil supply more than DT-MAX above the batch", "Check the oil control valve and the cascade"],
            ["A105", "Agitator stopped while heating", "Section 6"],
            ["A106", "Reactor pressure above 2.5 bar(g)", "Stop heating; check the vent line and the condenser"],
            ["A108", "Barrier pressure less than 1.0 bar above the reactor pressure", "Top up the barrier system"],
            ["A109", "Nitrogen sparge below 2 m³/h", "Check the site nitrogen and the sparge valve"],
            ["A110", "Oxygen in the vent above 5 %", "Stop charging and heating; inert again"],
            ["A111", "Condenser cooling water below 15 m³/h", "Check the site supply and the strainer"],
            ["A112", "Decanter level high", "Drain the water phase"],
        ],
        (18, 84, 72),
    ),
    ("h", "Symptoms"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Heating slower than usual, batch stays well below the oil temperature",
                "Oil flow below 40 m³/h; oil supply low from the site heater; DT-MAX set low; jacket strainer "
                "blocked",
                "Check the flow; check the heater (heater manual); check DT-MAX; clean the jacket inlet strainer",
            ],
            [
                "Foam rises into the column during water removal",
                "Heating too fast; sparge too high; level above 4500 L",
                "Lower the oil supply; cut the sparge to 2 m³/h; keep within 4500 L; antifoam only if the batch "
                "instructions allow",
            ],
            [
                "Solvent smell at the vent, vapour from the condenser",
                "Cooling water below 15 m³/h or too warm; condenser fouled",
                "Check the flow (A111); clean the condenser tubes at the next stop",
            ],
            [
                "No water collects in the decanter, end point not approached",
                "Decanter full of emulsion; reflux solvent lost; sparge too low",
                "Drain the decanter; top up the reflux solvent; raise the sparge within 2-10 m³/h",
            ],
            [
                "Pressure rises without a change in heating",
                "Vent line blocked by sublimed anhydride",
                "Stop heating; follow the batch instructions; clear the vent line when safe",
            ],
            [
                "Agitator current rises",
                "Viscosity rising towards the end point (normal) or resin building up on the wall",
                "Compare with earlier batches; boil out at the next stop",
            ],
        ],
        (50, 60, 64),
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every batch", "Check the decanter sight glass, the blanket pressure and the barrier level"],
            ["Weekly", "Check the vent line for deposits; clean the jacket inlet strainer"],
            ["Monthly", "Boil out with solvent if resin builds up; check the agitator gearbox oil level"],
            ["6 months", "Calibrate the temperature probes and the vent oxygen analyser"],
            [
                "12 months",
                "Inspect the mechanical seal; load cell check; gearbox oil change; Harzmont service visit",
            ],
            [
                "As set by the site's written scheme of examination",
                "Pressure vessel inspection and safety valve test, by the site's competent person or the authority",
            ],
        ],
        (62, 112),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Mechanical seal cartridge", "HZM-MS-100"],
            ["Double Pt100 probe for the batch", "HZM-PT-2"],
            ["Decanter sight glass with gaskets", "HZM-SG-80"],
            ["Manway gasket, PTFE", "HZM-MG-500"],
            ["Nitrogen sparge ring", "HZM-SR-6"],
            ["Jacket inlet strainer insert", "HZM-ST-65"],
        ],
        (110, 64),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("quirlmann-qd-high-speed-disperser.pdf", "Quirlmann QPM-OM-QD-04 Ed 3 - QD-30 / QD-45", QUIRLMANN),
        ("korbenhall-kbm-basket-mill.pdf", "Korbenhall KBH-OM-KBM-07 Ed 2 - KBM-18 / KBM-30", KORBENHALL),
        ("triwalda-tw-three-roll-mill.pdf", "Triwalda TRW-OM-26-02 Ed 5 - TW-26", TRIWALDA),
        ("harzmont-hrx-resin-reactor.pdf", "Harzmont HZM-OM-HRX6-01 Ed 2 - HRX-6", HARZMONT),
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
