"""Generate the PDF manuals of the hundred-and-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set105-scratch/venv && /tmp/set105-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set105-scratch/venv/bin/python knowledge/samples/hundredfifth/make_pdfs.py

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


# ---------------------------------------------------------------- Ferrovant BH billet induction heaters
FERROVANT = [
    ("title", "Ferrovant BH Billet Induction Heaters\nOperation and Maintenance Manual - BH-350 and BH-550"),
    (
        "p",
        "Document FVT-OM-BH-04, Edition 3, March 2025. Ferrovant Induction Systems. The BH-350 and BH-550 are "
        "medium-frequency induction heaters that heat round or square steel billets to forging temperature in line "
        "with a forging press. A pinch-roll feeder pushes the billets end to end through a line of water-cooled "
        "coils; at the exit a two-colour pyrometer measures every billet and a three-way sorting gate sends it to "
        "the press, to the cold chute or to the hot chute. Apart from the power, the frequency, the billet sizes "
        "and the values given for each model, the two heaters are built alike. The heaters are for steel billets "
        "only. The supply transformer and the closed cooling water circuit with its heat exchanger are the site's; "
        "the billet magazine and the press have their own manuals.",
    ),
    (
        "warn",
        "DANGER: The coils and bus bars carry up to 1000 V at medium frequency. Never open the coil line cover or "
        "the converter cabinet with the converter on. After switching off, wait at least 5 min for the DC link "
        "capacitors to discharge, then check for absence of voltage. Persons with pacemakers or other active "
        "implants must keep at least 2 m from a coil in operation.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BH-350", "BH-550"],
            ["Rated converter output power", "350 kW", "550 kW"],
            ["Working frequency", "3 kHz", "1.5 kHz"],
            ["Billet size, round diameter or square side", "40-80 mm", "60-120 mm"],
            ["Billet length", "50-300 mm", "80-400 mm"],
            ["Throughput, carbon steel C45 heated to 1250 °C at rated power", "1.1 t/h", "1.7 t/h"],
            ["Specific energy, C45 heated to 1250 °C", "about 320 kWh/t", "about 320 kWh/t"],
            ["Coil line", "3 coils, 2.4 m in all", "4 coils, 3.6 m in all"],
            ["Supply", "400 V 3~ 50 Hz, 560 A", "690 V 3~ 50 Hz, 510 A"],
            ["Cooling water, closed circuit, nominal flow and pressure", "6 m³/h at 3 bar", "9 m³/h at 4 bar"],
            ["Cooling water inlet temperature", "20-35 °C", "20-35 °C"],
            ["Cooling water conductivity", "no more than 20 µS/cm", "no more than 20 µS/cm"],
            ["Pinch-roll feeder, maximum pushing force", "25 kN", "40 kN"],
            ["Mass of one coil, largest size", "210 kg", "340 kg"],
            ["Exit pyrometer, two-colour", "600-1400 °C", "600-1400 °C"],
            ["Compressed air for the sorting gate", "6 bar, at least 5 bar", "6 bar, at least 5 bar"],
            ["Mass of the heater with coil line", "6.8 t", "9.4 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The throughput holds only for C45 billets heated to 1250 °C at rated power, with the coils matched to the "
        "billet size. Alloy steels, lower setpoints and billets smaller than the coil is made for give other "
        "figures; Ferrovant calculates them for each application on request. The cycle time between billets "
        "follows from the throughput: cycle time (s) = billet mass (kg) x 3600 / throughput (kg/h). Example: a "
        "2.2 kg billet on a BH-350 at 1100 kg/h gives 2.2 x 3600 / 1100 = 7.2 s.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may run the heater. Electrical work on the converter and the coil line is for "
            "qualified electricians authorised by the site.",
            "Wear heat-resistant gloves and a face shield at the exit and at the chutes: billets leave the coil at "
            "up to 1280 °C.",
            "Never reach into the coil line or the sorting gate while the feeder is in AUTO. Use the emptying "
            "procedure (section 8) to clear billets.",
            "Keep loose steel objects (tools, rings, watches) away from a coil in operation: they heat within "
            "seconds.",
            "A billet sorted to the hot chute must not be forged. What happens to it is decided by the site's "
            "quality department.",
            "Water leaking from a coil onto hot billets can cause steam bursts. Stop the heater at once if water "
            "appears at the coil line.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Exit temperature"),
            (
                "p",
                "The exit temperature setpoint can be set from 750 °C to 1280 °C. Typical setpoints are 1200-1250 °C "
                "for carbon and low-alloy steels in hot closed-die forging and 850-950 °C for warm forging. Below "
                "900 °C the pyrometer reads less reliably through scale and steam: clean its window every shift when "
                "warm forging.",
            ),
            ("h", "Sorting"),
            (
                "p",
                "A billet more than 30 °C below the setpoint is sorted to the cold chute, a billet more than 20 °C "
                "above it to the hot chute. The bands can be narrowed in the recipe but not widened. Cold billets "
                "may be reheated once, after they have cooled below 400 °C. Hot billets are never reheated.",
            ),
            ("h", "Start-up"),
            (
                "p",
                "After a stop the heater restarts with the start-up ramp: the power rises while the first billets "
                "pass the coil line, and billets go to the cold chute until the exit temperature is within the "
                "band. The coil line holds coil line length / billet length billets, for example 2400 / 120 = 20 "
                "billets on a BH-350.",
            ),
            ("h", "Holding"),
            (
                "p",
                "If the press stops, the heater goes to holding after 30 s and keeps the billets in the coil line "
                "warm at reduced power. Holding is limited to 10 min. After that the converter switches off (F12) "
                "and the coil line must be emptied (section 8): the billets grow scale and their grain coarsens.",
            ),
            ("h", "Cooling water"),
            (
                "p",
                "The flow alarm F01 comes at 80 % of the nominal flow, 4.8 m³/h on a BH-350 and 7.2 m³/h on a "
                "BH-550. The outlet temperature must not exceed 55 °C (F02). The inlet temperature must stay at "
                "least 3 K above the dew point of the hall air, or water condenses on the coils and in the "
                "converter; in humid weather raise the inlet temperature, up to 35 °C.",
            ),
            ("h", "Skid rails and empty coils"),
            (
                "p",
                "The billets slide on two water-cooled skid rails in each coil. Replace a rail when it is worn down "
                "by 2 mm or more at any point. Never run the converter with an empty coil line above 10 % of the "
                "rated power.",
            ),
            ("h", "Earth fault monitor"),
            (
                "p",
                "The coil line is insulated from earth. The monitor warns when the insulation falls below 50 kohm "
                "and stops the converter below 10 kohm (F06).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Cooling water flow low", "Flow below 80 % of nominal. Check the pump, the strainer and the coil "
             "hoses for kinks."],
            ["F02", "Cooling water too hot", "Outlet above 55 °C: heat exchanger fouled, its fan stopped or the inlet "
             "too warm."],
            ["F03", "Conductivity high", "Above 20 µS/cm: warning. Above 30 µS/cm the converter stops. Replace the "
             "ion exchanger cartridge."],
            ["F04", "Converter overcurrent", "Coil not matched to the billet size, coil turn short circuit or billets "
             "touching the coil."],
            ["F05", "Converter overtemperature", "Heat sink above 70 °C: low water flow in the converter branch or the "
             "cabinet fan stopped."],
            ["F06", "Earth fault", "Insulation below 10 kohm: water leak, scale bridging a coil, damaged lining."],
            ["F07", "Feeder overload", "Pushing force at the maximum: billets jammed, a bent or overlong billet, skid "
             "rails worn."],
            ["F08", "Pyrometer fault", "No signal, or signal below 20 % because the window is dirty. Clean the "
             "window; check the purge air."],
            ["F10", "Frequency out of range", "More than 15 % off nominal: wrong coil for the billet size or a "
             "damaged coil."],
            ["F11", "Guard open", "Coil line cover or exit guard open."],
            ["F12", "Holding time over", "Press stopped for more than 10 min. Empty the coil line (section 8)."],
            ["F13", "Three hot billets", "Three billets in a row sorted hot: setpoint or power wrong, or the press "
             "takes billets far slower than set."],
            ["F14", "Service due", "4000 h of converter operation since the last service. The heater still works."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Heavy grey scale on the billets", "Long holding, setpoint too high, or throughput far below rated",
             "Keep holding short; lower the setpoint within the forging range"],
            ["Forgings underfilled although the exit temperature shown is right",
             "Billet core colder than the surface: cycle too short for the size, or the frequency too high for "
             "the diameter", "Lengthen the cycle; check that the coils match the billet size (section 1)"],
            ["Arcing marks or small burn craters on the billets", "Skid rails worn, billets touching the lining",
             "Measure the rails; replace rails worn by 2 mm or more"],
            ["Many billets to the cold chute after a break", "Coil line cooled during the stop, start-up ramp "
             "not used", "Empty the coil line and restart with the start-up ramp"],
            ["Coil hums loudly, converter power swings", "Loose coil clamps or bus bar joints",
             "Tighten the coil clamps to 45 Nm and the bus bar joints to 60 Nm"],
            ["Exit temperature jumps between billets of the same heat", "Pyrometer window dirty, purge air off, "
             "scale on the billet end", "Clean the window; check the purge air"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting production"),
    (
        "ol",
        [
            "Check that the cooling water runs: nominal flow, inlet 20-35 °C and at least 3 K above the dew point.",
            "Check that the coils fitted are those for the billet size (coil label) and that the skid rails are "
            "not worn.",
            "Close the coil line cover and the exit guard.",
            "Switch on the converter main switch; READY shows after the self test (about 40 s).",
            "Select the recipe for the billet (size, length, steel, setpoint) or enter a new one.",
            "Fill the billet magazine; the press must be ready to take billets.",
            "Select AUTO and press START. The start-up ramp runs.",
            "Watch the first ten billets at the press: temperature shown, sorting, scale.",
        ],
    ),
    ("h", "7. Changing a coil"),
    (
        "ol",
        [
            "Empty the coil line (section 8) and switch off the converter. Wait 5 min and check for absence of "
            "voltage at the coil terminals.",
            "Close the coil water valves, open the drain valve and blow the coil empty with air at no more than "
            "3 bar.",
            "Undo the two bus bar bolts and the water quick couplings of the coil.",
            "Lift the coil out with the coil change frame and the crane (up to 210 kg on a BH-350, 340 kg on a "
            "BH-550).",
            "Set the new coil in the frame and align it with the skid rails of the neighbouring coils to within "
            "1 mm.",
            "Fit the bus bar bolts with new spring washers, tighten to 60 Nm and connect the water couplings.",
            "Open the water valves and check the joints for leaks for 5 min.",
            "Measure the insulation of the coil to earth with a 1000 V tester: at least 1 Mohm.",
            "Enter the coil numbers under SETUP > COILS so that the frequency check (F10) uses the right values.",
        ],
    ),
    ("h", "8. Emptying the coil line"),
    (
        "ol",
        [
            "Select MANUAL; the feeder stops.",
            "Turn the key switch on the exit panel to HOT CHUTE: every billet leaving the coil goes to the hot "
            "chute.",
            "Load the magazine with dummy billets of the same size (cold billets painted yellow, kept at the "
            "heater).",
            "Select EMPTY and press START. The converter switches off and the feeder pushes the dummy billets in "
            "until the last hot billet has left the coil line.",
            "Stop when the display shows LINE EMPTY. The dummy billets now fill the coil line.",
            "To restart, select RESTART: production billets push the dummy billets out at low power, and the "
            "dummies are sorted to the cold chute.",
            "Take the dummy billets from the cold chute and put them back on their rack once they are below "
            "100 °C.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the pyrometer window; check the coil line for water leaks and scale"],
            ["Weekly", "Measure the skid rails (worn by 2 mm or more: replace); blow scale out of the coils with dry "
             "air"],
            ["Monthly", "Compare the conductivity reading with a hand meter; check the coil clamps (45 Nm)"],
            ["Every 6 months or 2000 h, whichever comes first", "Replace the ion exchanger cartridge; check the bus "
             "bar joints (60 Nm); insulation test of each coil (at least 1 Mohm)"],
            ["4000 h (F14)", "Ferrovant service: converter, capacitor bank, coil condition. Coil relining is done by "
             "Ferrovant service; send the coil with its coil number."],
        ],
        (60, 110),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "BH-350", "BH-550"],
            ["Coil for one billet size (xx = size in mm)", "FVT-C35-xx", "FVT-C55-xx"],
            ["Skid rail set for one coil", "FVT-SR-35", "FVT-SR-55"],
            ["Pyrometer window with seal", "FVT-PW-02", "FVT-PW-02"],
            ["Ion exchanger cartridge", "FVT-IX-10", "FVT-IX-16"],
            ["Sorting gate cylinder", "FVT-SG-63", "FVT-SG-63"],
            ["Bus bar spring washer set", "FVT-BW-12", "FVT-BW-12"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Dummy billets are not supplied: the site makes them from production billets of each size and paints them "
        "yellow.",
    ),
]

# ---------------------------------------------------------------- Stauberg KP hot forging presses
STAUBERG = [
    ("title", "Stauberg KP Hot Forging Presses\nOperating and Maintenance Manual - KP-1600 and KP-2500"),
    (
        "p",
        "Document STB-OM-KP-07, Edition 2, June 2024. Stauberg Forging Presses. The KP-1600 and KP-2500 are "
        "mechanical hot forging presses with an eccentric shaft, a wedge shut height adjustment in the bed, a "
        "pneumatic disc clutch and brake, a hydraulic overload protection and top and bottom ejectors. They are "
        "built for closed-die forging of steel and aluminium parts in dies with up to three impressions. Apart "
        "from the force, the stroke and the values given for each model, the two presses are built alike. The "
        "die spray unit, the transfer, the billet heater and the dies have their own documents. The foundation is "
        "built by the site to the Stauberg foundation drawing supplied with each press.",
    ),
    (
        "warn",
        "WARNING: Never reach between the dies. Never work in the die space unless the ram is at TDC, the main "
        "motor is off, the flywheel has stopped and both safety blocks are fitted under the ram. A flywheel that "
        "is still coasting drives the press as soon as the clutch engages.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "KP-1600", "KP-2500"],
            ["Nominal force", "16 MN", "25 MN"],
            ["Nominal force stroke (height above BDC at which the nominal force is available)", "6 mm", "8 mm"],
            ["Stroke", "250 mm", "300 mm"],
            ["Strokes per minute, continuous", "90", "70"],
            ["Shut height, stroke down, adjustment up", "900 mm", "1050 mm"],
            ["Shut height adjustment (bed wedge)", "10 mm", "12 mm"],
            ["Bed area, left-right x front-back", "1250 x 1100 mm", "1500 x 1300 mm"],
            ["Top ejector, force / stroke", "100 kN / 40 mm", "160 kN / 50 mm"],
            ["Bottom ejector, force / stroke", "200 kN / 60 mm", "320 kN / 80 mm"],
            ["Main motor", "160 kW", "250 kW"],
            ["Overload protection trips at", "17.6 MN (110 %)", "27.5 MN (110 %)"],
            ["Clutch and brake air pressure", "6 bar", "6 bar"],
            ["Brake stopping angle, single stroke stop at TDC, maximum", "12°", "14°"],
            ["Brake lining thickness, new / replace at", "12 mm / 6 mm", "14 mm / 7 mm"],
            ["Circulating lubrication oil ISO VG 220, tank", "400 L", "600 L"],
            ["Overload hydraulics oil HLP 46", "60 L", "80 L"],
            ["Mass of the press", "145 t", "230 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The nominal force is available only at the nominal force stroke and below it, with the load centred. "
        "Higher in the stroke the crank gives less force: at 20 mm above BDC the KP-1600 allows 9.0 MN and the "
        "KP-2500 16 MN; at 50 mm above BDC, 6.1 MN and 10.8 MN. The centre of the forging forces of all "
        "impressions together must lie within 100 mm (KP-1600) or 125 mm (KP-2500) of the press centre; with the "
        "resultant farther out the press must not be used, whatever the force.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained press operators may run the press. Die setting is for trained die setters only.",
            "Before any work in the die space: stop at TDC, switch off the main motor, wait until the display "
            "shows FLYWHEEL 0, fit both safety blocks under the ram and lock the main switch.",
            "Dies must be preheated before forging; die preheating is described in the die oven manual. Cold dies "
            "crack.",
            "Use only die sets whose height suits the shut height and its adjustment range; never pack under a die "
            "with loose plates.",
            "Keep the light curtain and the two-hand control working; never bridge them.",
            "A press that fails the weekly stopping angle check (section 9) must not be used until the brake has "
            "been repaired.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Die temperature"),
            (
                "p",
                "Steel parts are forged from 1150-1250 °C, aluminium parts from 430-480 °C. Before the first stroke "
                "the dies must be at least 150 °C for steel forging and at least 350 °C for aluminium forging.",
            ),
            ("h", "Overload protection"),
            (
                "p",
                "A hydraulic cushion in the ram carries the connecting rod. At 110 % of the nominal force its valve "
                "opens, the cushion gives way by up to 15 mm and the press stops (P07). The cushion must be refilled "
                "with RESET OVERLOAD before the next stroke; refilling takes about 40 s.",
            ),
            ("h", "Shut height adjustment"),
            (
                "p",
                "The bed wedge lifts the lower die by up to 10 mm (KP-1600) or 12 mm (KP-2500). Adjust only with "
                "the ram at TDC. Set it for the flash thickness on the die drawing. Never adjust the dies to close "
                "onto each other (die on die): the overload protection is not made for repeated die-on-die strokes.",
            ),
            ("h", "Clutch and brake"),
            (
                "p",
                "Air pressure 6 bar, at least 5.5 bar. Below 5.0 bar the press stops (P04). The stopping angle at a "
                "single stroke stop at TDC must not exceed 12° (KP-1600) or 14° (KP-2500). An increase of more than "
                "3° since the last weekly check calls for a brake inspection, even within the limit.",
            ),
            ("h", "Lubrication and bearings"),
            (
                "p",
                "Circulating oil temperature 35-55 °C. Below 20 °C the press runs in inching only while the tank "
                "heater warms the oil; above 60 °C it stops at TDC (P09). Main bearing temperature: warning at "
                "70 °C, stop at 80 °C (P08).",
            ),
            ("h", "Continuous strokes"),
            (
                "p",
                "In continuous strokes the flywheel speed must not fall by more than 15 % in one stroke. A larger "
                "drop (P10) means the energy taken per stroke is too high for continuous running: use single "
                "strokes.",
            ),
            ("h", "Gibs"),
            (
                "p",
                "Ram gib clearance 0.20-0.30 mm. Readjust when more than 0.30 mm is measured.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["P01", "Emergency stop", "An emergency stop pressed. Release it and press RESET."],
            ["P02", "Light curtain", "Light curtain interrupted during the down stroke."],
            ["P03", "Two-hand control", "Buttons pressed more than 0.5 s apart or released too early."],
            ["P04", "Air pressure low", "Clutch and brake air below 5.0 bar."],
            ["P05", "Stopping angle", "Stopping angle over the limit at the last stop. Inspect the brake."],
            ["P06", "Ram not at TDC", "Stroke ended more than 5° from TDC. Check the cam encoder and the brake."],
            ["P07", "Overload", "Overload cushion gave way: cold billet, double billet, part not in the impression, "
             "shut height set too low. RESET OVERLOAD."],
            ["P08", "Bearing temperature", "Main bearing above 80 °C: oil flow low or a bearing damaged."],
            ["P09", "Oil temperature", "Circulating oil below 20 °C (inching only) or above 60 °C."],
            ["P10", "Flywheel slowdown", "Speed fell by more than 15 % in one stroke."],
            ["P12", "Ejector", "An ejector not back in its end position within 1 s."],
            ["P13", "Stuck at BDC", "Press stopped within 30° of BDC and the main drive cannot move it. Free the "
             "press (section 8)."],
            ["P14", "Service due", "2000 h or 12 months since the last Stauberg service, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Forgings over height (thick flash) at the start of the shift, in tolerance once warm",
             "Press and dies cold: the dies and the ram grow as they warm up and close the gap",
             "Warm up the press and the dies; correct the shut height after the first 30 min"],
            ["Press stops near BDC and will not move on", "Overload near BDC: cold or double billet, shut height "
             "too low", "Free the press (section 8); check the billet temperature and the shut height"],
            ["Smell of burnt lining, clutch housing hot", "Clutch slipping: air pressure low, linings worn or oily",
             "Check the air pressure (6 bar) and the clutch linings"],
            ["Stopping angle grows from week to week", "Brake linings worn or glazed, brake exhaust valve slow",
             "Inspect the brake; replace the linings at 6 mm (KP-1600) or 7 mm (KP-2500)"],
            ["Forgings stick in the top die", "Top ejector stroke too short, or no die spray on the top die",
             "Set the top ejector; check the die spray unit (its own manual)"],
            ["Ram knocks at the bottom of the stroke", "Gib clearance too large", "Measure and set the gibs to "
             "0.20-0.30 mm"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start-up"),
    (
        "ol",
        [
            "Check the air pressure (6 bar), the oil levels and the circulating oil temperature (at least 20 °C).",
            "Start the lubrication pump and wait until the oil flow indicator shows green.",
            "Start the main motor and let the flywheel reach full speed.",
            "Make five single strokes without a part and check the stopping angle shown.",
            "Check that the dies are at temperature (at least 150 °C for steel, 350 °C for aluminium).",
            "Forge the first part in single strokes and check its height and flash before continuous running.",
        ],
    ),
    ("h", "7. Changing the dies"),
    (
        "ol",
        [
            "Run the ram to TDC and set the shut height adjustment to its lowest position.",
            "Switch off the main motor and wait for FLYWHEEL 0. Fit both safety blocks and lock the main switch.",
            "Release the upper and lower die clamps and uncouple the ejectors.",
            "Pull the old die set out on the die change arms and set the new die set in, centred on the keyway.",
            "Clamp the lower die with its four clamps at 180 bar.",
            "Remove the safety blocks, switch on and inch the ram down at no more than 10 % speed until it rests "
            "on the upper die; clamp the upper die at 180 bar.",
            "Inch back to TDC, couple the ejectors and set their strokes.",
            "Heat the dies in place with the die burners if they have cooled below 150 °C (steel) or 350 °C "
            "(aluminium).",
            "Forge the first part in single strokes, measure the flash and the height, and correct the shut "
            "height with the ram at TDC.",
        ],
    ),
    ("h", "8. Freeing a press stuck at BDC"),
    (
        "ol",
        [
            "Do not try to force the press through with the main drive: repeated starts burn the clutch.",
            "Switch off the main motor and wait for FLYWHEEL 0.",
            "Select SERVICE > OVERLOAD RELEASE: the valve opens, the cushion pressure falls to 0 bar and the ram "
            "drops by up to 15 mm, which takes the load off the dies.",
            "Select inching reverse: the 11 kW barring drive turns the eccentric shaft backwards at low speed. "
            "Inch back to TDC.",
            "Fit the safety blocks and remove the stuck part with tongs. Find the cause (cold billet, double "
            "billet, shut height).",
            "Remove the safety blocks, press RESET OVERLOAD and wait for READY (about 40 s).",
            "Make one single stroke without a part and check that P07 does not return.",
            "Enter the event in the press log. Three or more P13 events in one week call for an inspection of the "
            "connecting rod bearing by Stauberg service.",
        ],
    ),
    ("h", "9. Weekly stopping angle check"),
    (
        "ol",
        [
            "Run the press in continuous strokes at the full stroke rate for 1 min without a part.",
            "Select SERVICE > BRAKE TEST.",
            "Make a single stroke. The press stops at TDC and the display shows the stopping angle.",
            "Repeat twice more; the highest of the three values counts.",
            "Compare it with the limit (12° KP-1600, 14° KP-2500) and with last week's value, and enter it in the "
            "press log.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Air pressure, oil levels and temperature; drain the air filter; check the die clamps"],
            ["Weekly", "Stopping angle check (section 9); measure the gib clearance"],
            ["Monthly", "Measure the brake and clutch lining thickness; change the oil filter element when its "
             "indicator is red"],
            ["2000 h or 12 months, whichever comes first", "Stauberg service (P14): clutch, brake, overload valve, "
             "bearings"],
            ["8000 h", "Oil analysis of the circulating oil; replace it if the analysis asks for it"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "KP-1600", "KP-2500"],
            ["Brake lining set", "STB-BL-16", "STB-BL-25"],
            ["Clutch lining set", "STB-CL-16", "STB-CL-25"],
            ["Overload valve cartridge", "STB-OV-30", "STB-OV-30"],
            ["Hydraulic die clamp, 180 bar", "STB-DC-16", "STB-DC-25"],
            ["Oil filter element 10 µm", "STB-OF-10", "STB-OF-10"],
            ["Safety block pair", "STB-SB-16", "STB-SB-25"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Orbalt RX radial-axial ring rolling mill
ORBALT = [
    ("title", "Orbalt RX-100/80 Radial-Axial Ring Rolling Mill\nOperation and Maintenance Manual"),
    (
        "p",
        "Document ORB-OM-RX-02, Edition 1, November 2024. Orbalt Ring Rolling. The RX-100/80 rolls seamless rings "
        "from pierced preforms. The driven main roll and the idle mandrel reduce the wall (radial pass), two "
        "driven conical axial rolls reduce the height (axial pass), and two centring arms keep the ring round "
        "and centred. A laser measures the ring diameter, and the control follows the rolling curve stored in the "
        "ring's recipe. The mill rolls rings of carbon and low-alloy steel and of the aluminium alloys 6082 and "
        "2014. The preform press, the ring manipulators and the ring cooling line have their own manuals. Rolling "
        "curves for new rings are worked out by the site's process engineers with the Orbalt recipe tool.",
    ),
    (
        "warn",
        "WARNING: Keep out of the mill area, marked yellow on the floor, while a ring is rolled. A ring that jumps "
        "out of the mill is hot and heavy. Never lean into the mill to pull out scale while the drives are on; "
        "use the scale blow-off. Lock the main switch before any work on the rolls or the mandrel.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Radial rolling force, maximum", "1000 kN"],
            ["Axial rolling force, maximum", "800 kN"],
            ["Ring outside diameter", "300-1600 mm"],
            ["Ring height", "40-400 mm"],
            ["Ring mass, maximum", "1000 kg"],
            ["Main roll diameter, new / minimum after regrinding", "1000 mm / 950 mm"],
            ["Main roll speed (surface speed up to 1.3 m/s)", "0-25 rpm"],
            ["Mandrels available (diameter)", "120, 160 and 200 mm"],
            ["Main roll drive", "400 kW"],
            ["Axial roll drives", "2 x 160 kW"],
            ["Axial roll cone angle", "40°"],
            ["Centring arm force, each arm, set in the recipe", "20-60 kN"],
            ["Hydraulic system pressure / pumps", "250 bar / 2 x 75 kW"],
            ["Hydraulic oil HLP 46, tank", "2500 L"],
            ["Laser diameter measurement, accuracy with a clean window and no steam", "±1 mm"],
            ["Mass of the mill", "85 t"],
        ],
        (110, 60),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained mill operators may roll rings; recipes are changed only by persons the site has "
            "authorised.",
            "Wear the aluminised jacket, face shield and gloves at the mill: rings leave it at up to 1200 °C.",
            "Never use a mandrel that is cracked, bent or without its code ring.",
            "Before work on the hydraulics: lower the axial head, open the centring arms, switch off the pumps "
            "and relieve the accumulators with the relief valve on the valve block.",
            "Mandrels and rolls stay hot for hours after rolling; handle them with the change tongs only.",
        ],
    ),
    ("h", "3. Rolling limits and settings"),
    (
        "cols",
        [
            ("h", "Mandrel and radial force"),
            (
                "p",
                "The radial force is limited by the mandrel in use: 450 kN with the 120 mm mandrel, 700 kN with "
                "the 160 mm mandrel and 1000 kN with the 200 mm mandrel. The control reads the code ring of the "
                "mandrel and sets the limit. The preform bore must be at least the mandrel diameter plus 30 mm.",
            ),
            ("h", "Rolling speed"),
            (
                "p",
                "The ring surface speed must not exceed 1.3 m/s for steel rings and 0.8 m/s for aluminium rings.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Steel rings start rolling at 1100-1200 °C and must finish at no less than 850 °C. Aluminium 6082 "
                "and 2014 rings start at 440-480 °C and finish at no less than 380 °C. A ring that falls below its "
                "finishing temperature before it reaches size must be reheated, not rolled on. Stainless steels, "
                "nickel alloys and titanium alloys need recipes from the Orbalt application department and are not "
                "covered by this manual.",
            ),
            ("h", "Growth rate and feed per revolution"),
            (
                "p",
                "The diameter growth rate is set in the rolling curve, at most 8 mm/s in the main rolling phase. "
                "Keep the wall reduction per ring revolution between 0.5 and 3 mm: feed per revolution (mm) = "
                "radial feed rate (mm/s) x time for one ring revolution (s). Example: a ring of 800 mm OD at "
                "1.2 m/s turns once in 3.14 x 0.8 / 1.2 = 2.1 s; at a radial feed of 1.0 mm/s the feed per "
                "revolution is 2.1 mm.",
            ),
            ("h", "Sizing phase"),
            (
                "p",
                "At the end of rolling the radial feed falls to 0.1-0.3 mm/s and the ring turns at least 3 times at "
                "final size. A finished ring must be round within 0.3 % of its OD, measured at three places 60° "
                "apart.",
            ),
            ("h", "Centring arms"),
            (
                "p",
                "Too little centring force lets the ring wander and roll oval; too much pushes it out of plane and "
                "it dishes.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["R01", "Emergency stop", "An emergency stop pressed or the mill area gate opened."],
            ["R02", "Hydraulic pressure low", "Below 200 bar: pump, suction filter or relief valve."],
            ["R03", "Oil temperature high", "Hydraulic oil above 60 °C: cooler fouled or cooling water off."],
            ["R04", "Radial force limit", "Force at the mandrel limit for more than 2 s: preform too cold, or the "
             "mandrel too small for the ring."],
            ["R05", "Axial force limit", "Axial force above 800 kN: ring too high or too cold."],
            ["R06", "Main drive overload", "Main roll torque above the limit for more than 5 s."],
            ["R07", "Laser signal lost", "Steam or scale in the beam, or the window dirty. Clean the window."],
            ["R09", "Ring out of plane", "The upper axial roll senses a height difference of more than 5 mm around "
             "the ring."],
            ["R10", "Mandrel not locked", "Upper mandrel bearing open or not locked."],
            ["R11", "Ring too cold", "Ring pyrometer below the finishing temperature before final size."],
            ["R12", "Speed limit", "Ring surface speed above 1.3 m/s (steel) or 0.8 m/s (aluminium)."],
            ["R13", "Service due", "3000 h since the last Orbalt service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Rings dished or cone-shaped after rolling", "Axial rolls not centred on the ring wall, or the "
             "centring arm force too high", "Check the axial roll position and lower the centring arm force"],
            ["Main roll slips, the ring stops turning and squeals", "Too little radial force at the start, scale "
             "on the preform, or the ring too cold", "Descale the preform; raise the starting feed; check the "
             "temperature"],
            ["Hollow ends (fishtail) on the ring faces", "Too little axial reduction compared with the radial "
             "reduction", "Raise the axial share in the rolling curve"],
            ["Rings oval", "Sizing phase too short or centring arms too weak", "At least 3 revolutions at size; "
             "raise the centring arm force"],
            ["Mandrel bent or broken", "Radial force above the mandrel limit, or the preform bore too small",
             "Check the mandrel code; bore at least mandrel + 30 mm"],
            ["Diameter reading jumps", "Steam from the roll cooling, scale", "Clean the laser window; reduce the "
             "roll cooling spray"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Changing the mandrel"),
    (
        "ol",
        [
            "Finish the ring in the mill and remove it; stop the main drive.",
            "Select MANDREL CHANGE: the mandrel slide moves to the change position.",
            "Turn the key switch to MANDREL UNLOCK: the upper mandrel bearing swings open and R10 shows.",
            "Lift the mandrel out with the mandrel change tongs on the crane and lay it on the mandrel rack.",
            "Check the new mandrel: code ring on the shaft end, diameter, no cracks.",
            "Preheat the new mandrel to 150-250 °C with the burner stand.",
            "Set it into the lower bearing, close the upper bearing and turn the key switch back to LOCK; R10 "
            "clears.",
            "Check that the control shows the new mandrel code and its radial force limit (450, 700 or 1000 kN).",
            "Switch the mandrel cooling on and check the spray at the mandrel.",
        ],
    ),
    ("h", "7. Rolling a ring"),
    (
        "ol",
        [
            "Select the ring's recipe; the control shows the mandrel it needs. Change the mandrel if needed "
            "(section 6).",
            "Check the preform: bore at least the mandrel diameter plus 30 mm, temperature within the starting "
            "range, scale blown off.",
            "Open the mandrel bearing, set the preform on the table over the mandrel with the manipulator and close "
            "the bearing.",
            "Press START. The main roll closes on the ring, the axial head comes down and the centring arms close.",
            "Watch the ring while it grows; the control follows the rolling curve and ends with the sizing phase.",
            "When END shows, the rolls open; take the ring out with the manipulator and check its diameters and "
            "roundness.",
        ],
    ),
    ("h", "8. Calibrating the diameter laser"),
    (
        "ol",
        [
            "Place the reference ring (diameter stamped on it) on the mill table.",
            "Select SERVICE > LASER CAL and enter the stamped diameter.",
            "Close the centring arms on the ring at 20 kN.",
            "Press CAL; the control reads the ring and corrects the offset.",
            "The deviation shown after calibration must be within ±0.5 mm. If not, clean the window and repeat; "
            "if it is still out, call Orbalt service.",
        ],
    ),
    ("h", "9. Starting after a stop of more than 8 h"),
    (
        "ol",
        [
            "Switch on the tank heater until the hydraulic oil is at least 30 °C.",
            "Start the pumps and run all axes through their full travel twice at low speed.",
            "Preheat the mandrel to 150-250 °C.",
            "Run the main and axial rolls at 5 rpm for 5 min.",
            "Roll the first ring with the recipe and measure it before releasing production.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Clean the laser window; check the mandrel for cracks; blow scale off the table"],
            ["Weekly", "Check the main roll for fire cracks and wear grooves; grease the centring arm pivots"],
            ["Monthly", "Replace the hydraulic return filter element when its indicator is red; check the "
             "accumulator nitrogen precharge (the value is on each accumulator's nameplate)"],
            ["When needed", "Regrind the main roll when fire cracks are deeper than 1 mm or wear grooves reach 2 mm. "
             "Regrinding is done by the roll shop named by Orbalt, down to the minimum diameter of 950 mm."],
            ["3000 h (R13)", "Orbalt service: drives, axial head, bearings, hydraulics"],
        ],
        (40, 130),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Mandrel 120 mm with code ring", "ORB-MD-120"],
            ["Mandrel 160 mm with code ring", "ORB-MD-160"],
            ["Mandrel 200 mm with code ring", "ORB-MD-200"],
            ["Axial roll cone, 40°", "ORB-AC-40"],
            ["Laser window with seal", "ORB-LW-01"],
            ["Centring roll", "ORB-CR-60"],
            ["Hydraulic return filter element", "ORB-HF-10"],
        ],
        (110, 60),
    ),
]

# ---------------------------------------------------------------- Zangwerk FM forging manipulators
ZANGWERK = [
    ("title", "Zangwerk FM Rail-Bound Forging Manipulators\nOperating and Maintenance Manual - FM-3 and FM-6"),
    (
        "p",
        "Document ZGW-OM-FM-03, Edition 2, February 2025. Zangwerk Handling Technology. The FM-3 and FM-6 are "
        "rail-bound hydraulic manipulators that hold and turn hot workpieces at a forging press or hammer. The "
        "tong can be lifted, tilted, shifted sideways, rotated endlessly and opened; compliance cylinders let it "
        "give way when the press or hammer strikes. The operator drives the manipulator from the cabin or with "
        "the radio remote control. Apart from the payload, the tong, the speeds, the hydraulics and the values "
        "given for each model, the two manipulators are built alike. The rails and their foundation are laid by "
        "the site to the Zangwerk rail drawing; the radio remote control has its own manual.",
    ),
    (
        "warn",
        "WARNING: Keep out of the travel path and the tong area while the manipulator is switched on. Never stand "
        "under a lifted tong: a workpiece that falls is hot and heavy. The hydraulic fluid is a water-glycol "
        "(HFC) fluid: never top up with mineral oil or any other fluid.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FM-3", "FM-6"],
            ["Rated payload, centre of gravity at 1.5 m (FM-3) or 1.8 m (FM-6) from the rotary head",
             "3000 kg", "6000 kg"],
            ["Rated load moment", "44 kNm", "106 kNm"],
            ["Tong clamping force at 200 bar", "60 kN", "110 kN"],
            ["Tong opening, jaw to jaw", "80-600 mm", "120-900 mm"],
            ["Tong rotation, endless", "20 rpm", "15 rpm"],
            ["Tong lift, vertical", "1200 mm", "1500 mm"],
            ["Tong tilt", "±10°", "±10°"],
            ["Side shift", "±150 mm", "±200 mm"],
            ["Compliance travel, horizontal / vertical", "150 / 100 mm", "200 / 120 mm"],
            ["Travel speed", "0-48 m/min", "0-36 m/min"],
            ["Hydraulic system pressure", "210 bar", "210 bar"],
            ["Hydraulic pumps", "2 x 45 kW", "2 x 75 kW"],
            ["Hydraulic fluid HFC (water-glycol), tank", "800 L", "1200 L"],
            ["Track gauge", "2000 mm", "2500 mm"],
            ["Mass without workpiece", "24 t", "42 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The rated payload holds with the workpiece's centre of gravity no farther than 1.5 m (FM-3) or 1.8 m "
        "(FM-6) from the face of the rotary head. Farther out the permitted mass falls with the load moment: "
        "permitted mass (kg) = rated load moment (kNm) x 1000 / (9.81 x distance (m)). Example: an FM-3 with the "
        "centre of gravity at 2.0 m may hold 44 x 1000 / (9.81 x 2.0) = 2240 kg.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only operators trained and authorised by the site may drive the manipulator.",
            "Clamp the workpiece before lifting it. Never travel with a workpiece in an open tong.",
            "Never use the tong to push or pull other loads, to straighten workpieces or as a lever.",
            "The jaws may stay in contact with a workpiece above 1000 °C for no more than 5 min at a time; then cool "
            "them with the jaw spray for at least 2 min.",
            "HFC fluid is fire-resistant but not non-flammable. Wipe up leaks and keep it away from hot workpieces.",
            "Before work on the hydraulics: lower the tong, open it without a load, switch off the pumps and relieve "
            "the accumulators.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Clamping pressure"),
            (
                "p",
                "The clamping pressure can be set from 80 to 200 bar. Set it high enough to hold the workpiece under "
                "the blows, and no higher: at forging temperature the steel is soft and the jaws press into it. Jaw "
                "marks deeper than 2 mm mean the pressure is too high. The clamping force is in proportion to the "
                "pressure: 30 kN at 100 bar on an FM-3, 55 kN at 100 bar on an FM-6.",
            ),
            ("h", "Compliance"),
            (
                "p",
                "After each blow the tong returns to its centre within 2 s. If it stays more than 10 mm off centre, "
                "the control shows M07: check the compliance valves and the nitrogen precharge.",
            ),
            ("h", "Hydraulic fluid"),
            (
                "p",
                "HFC water-glycol fluid to ISO 6743-4 with a water content between 35 and 45 %. Measure the water "
                "content every month with the refractometer and the fluid maker's chart. Top up with distilled water "
                "if the water content is low and with fresh fluid if it is high. The pH must be between 8.5 and 10. "
                "Fluid temperature 20-50 °C; above 55 °C the pumps stop (M04).",
            ),
            ("h", "Rails and travel"),
            (
                "p",
                "Travel slows to 25 % within 2 m of the track ends. The rails must be level and straight within "
                "±2 mm over any 10 m; the site checks them every 12 months.",
            ),
            ("h", "Holding test"),
            (
                "p",
                "With a test piece of the rated payload clamped at 200 bar and lifted 500 mm, the tong must not open "
                "by more than 2 mm and must not sink by more than 5 mm in 10 min.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["M01", "Emergency stop", "Emergency stop in the cabin or on the radio remote pressed."],
            ["M02", "Radio link lost", "Remote out of range or its battery flat. The manipulator stops and keeps the "
             "tong closed."],
            ["M03", "Clamp pressure low", "Below 90 % of the set pressure: clamp valve, accumulator or clamp "
             "cylinder seal."],
            ["M04", "Fluid temperature", "Fluid above 55 °C: cooler fouled, cooler fan stopped or fluid level low."],
            ["M05", "Fluid level low", "Level below the minimum mark. Find the leak; top up with HFC only."],
            ["M07", "Compliance not centred", "Tong more than 10 mm off centre 2 s after a blow."],
            ["M08", "Load moment", "Load moment above rated: workpiece too heavy or gripped too far out."],
            ["M09", "Filter clogged", "Return filter differential pressure above 3.5 bar. Replace the element."],
            ["M10", "Track end", "End of track limit switch reached."],
            ["M11", "Rotation encoder", "No signal from the tong rotation encoder; check the cable at the rotary "
             "head."],
            ["M12", "Service due", "2000 h since the last Zangwerk service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            ["Workpiece slips or turns in the tong under the blows", "Clamping pressure too low, jaw teeth worn, or "
             "jaws not suited to the section", "Raise the clamp pressure; check the jaw teeth; fit jaws for the "
             "section (flat or V)"],
            ["Hydraulic fluid foams, pumps loud", "Fluid level low, suction leak, or the water content out of "
             "range", "Check the level and the suction line; measure the water content"],
            ["Tong drifts open holding a workpiece", "Clamp cylinder seal or pilot check valve leaking",
             "Make the holding test; replace the clamp cylinder seal kit"],
            ["Tong does not return to centre after a blow", "Compliance valve sticking or nitrogen precharge low",
             "Check the compliance valves and the precharge"],
            ["Travel jerky, wheels squeal", "Rails out of level, wheel flanges worn", "Have the site check the "
             "rails; measure the wheel flanges"],
            ["Tong rotation slow", "Rotary motor worn or fluid hot", "Check the fluid temperature and the motor "
             "case drain flow"],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Daily start"),
    (
        "ol",
        [
            "Walk the track and check that it is free of scale, tools and people.",
            "Check the fluid level and look for leaks under the machine.",
            "Start the pumps; the system pressure must reach 210 bar within 30 s.",
            "Open and close the tong, rotate it one turn each way, and lift, tilt and shift it over the full travel.",
            "Check the jaw spray and the radio remote emergency stop.",
        ],
    ),
    ("h", "7. Changing the tong jaws"),
    (
        "ol",
        [
            "Set the tong down on the jaw change stand with the jaws horizontal and the tong fully open.",
            "Switch off the pumps and select CLAMP RELIEVE to take the pressure off the clamp circuit.",
            "Let the jaws cool below 60 °C.",
            "Remove the securing screws and drive out the two retaining pins of each jaw.",
            "Lift each jaw off with its lifting eye (an FM-3 jaw weighs about 85 kg, an FM-6 jaw about 160 kg).",
            "Clean the jaw seats and check the pins and bushes: replace a pin worn by more than 1 mm.",
            "Fit the new jaws with greased pins and new securing screws tightened to 85 Nm.",
            "Switch on, open and close the tong five times without a workpiece and check that the jaws meet "
            "parallel within 3 mm.",
            "Make the holding test (section 3) when jaws of a new type have been fitted.",
        ],
    ),
    ("h", "8. Checking the HFC fluid"),
    (
        "ol",
        [
            "With the pumps running, take 100 mL from the sampling valve on the return line.",
            "Let the sample cool to 20 °C.",
            "Put a drop on the refractometer and read the water content from the fluid maker's chart.",
            "Check the pH with a test strip.",
            "Enter both values in the fluid log and correct the fluid as set out in section 3.",
        ],
    ),
    ("h", "9. Lowering the tong after a power failure"),
    (
        "ol",
        [
            "Keep everyone away from under the tong and the workpiece.",
            "Place blocks under the workpiece if it can be reached safely.",
            "At the lift valve block open the manual lowering screw slowly, half a turn at most: the tong lowers "
            "under its own weight.",
            "Lower the workpiece onto the blocks or the floor. Never open the tong before the workpiece rests.",
            "Close the lowering screw.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Fluid level, leaks, jaws and pins, jaw spray"],
            ["Weekly", "Grease the tong pivots (6 points) and the wheel bearings"],
            ["Monthly", "Water content and pH of the fluid (section 8); holding test"],
            ["2000 h or 12 months, whichever comes first", "Replace the return and pressure filter elements; check the "
             "accumulator precharge; Zangwerk service (M12)"],
            ["12 months", "Rail check by the site (±2 mm over 10 m)"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FM-3", "FM-6"],
            ["Jaw pair, flat", "ZGW-JF-3", "ZGW-JF-6"],
            ["Jaw pair, V (round stock)", "ZGW-JV-3", "ZGW-JV-6"],
            ["Jaw pin set", "ZGW-JP-3", "ZGW-JP-6"],
            ["Clamp cylinder seal kit", "ZGW-SK-3C", "ZGW-SK-6C"],
            ["Return filter element", "ZGW-RF-25", "ZGW-RF-25"],
            ["Refractometer for HFC fluid", "ZGW-RM-01", "ZGW-RM-01"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("ferrovant-bh-billet-induction-heater.pdf", "Ferrovant FVT-OM-BH-04 Ed 3 - BH-350 / BH-550", FERROVANT),
        ("stauberg-kp-hot-forging-press.pdf", "Stauberg STB-OM-KP-07 Ed 2 - KP-1600 / KP-2500", STAUBERG),
        ("orbalt-rx-ring-rolling-mill.pdf", "Orbalt ORB-OM-RX-02 Ed 1 - RX-100/80", ORBALT),
        ("zangwerk-fm-forging-manipulator.pdf", "Zangwerk ZGW-OM-FM-03 Ed 2 - FM-3 / FM-6", ZANGWERK),
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
