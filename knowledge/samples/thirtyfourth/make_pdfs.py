"""Generate the PDF manuals of the thirty-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set34-venv && /tmp/set34-venv/bin/pip install fpdf2 pypdf
    /tmp/set34-venv/bin/python knowledge/samples/thirtyfourth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, diameter sign; no other unicode, so ohms are written "MOhm"). The text rendered is all here. A fixed
creation date makes reruns byte-identical. The rendering helpers (Manual, render, render_columns) are those of
the thirty-second set's make_pdfs.py.
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


# ---------------------------------------------------------------- Fellridge FS inclined vibrating screens
FELLRIDGE = [
    ("title", "Fellridge FS Inclined Vibrating Screens\nOperating and Maintenance Manual - FS-1848 and FS-2461"),
    (
        "p",
        "Document FRS-OM-FS-03, Edition 3, March 2025. Fellridge Screening Ltd. The FS-1848 and FS-2461 are "
        "double-deck inclined screens with circular motion for quarries, sand and gravel plants and mines. The model "
        "number gives the deck width and length in decimetres: 1.8 x 4.8 m and 2.4 x 6.1 m. One exciter shaft with "
        "unbalanced discs runs in two spherical roller bearings and is driven by V-belts from a motor on a separate "
        "base. The screen body rests on four spring sets. This manual covers woven wire cloth tensioned from the "
        "side (side-tension cloth); modular polyurethane panels are fitted to the panel supplier's instructions. The "
        "optional FSM-2 monitor measures stroke, bearing temperature and rocking; its codes are in section 6.",
    ),
    (
        "warn",
        "WARNING: A screen can be started from a remote control room without warning. Lock out the motor at its "
        "isolator before anyone goes onto a deck, into the feed box or under the screen, and fit the transport "
        "locks before any work on the springs.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FS-1848", "FS-2461"],
            ["Deck size, width x length", "1800 x 4800 mm", "2400 x 6100 mm"],
            ["Number of decks", "2", "2"],
            ["Inclination, adjustable / as delivered", "15-25° / 20°", "15-25° / 20°"],
            ["Stroke (circle diameter), factory setting", "8 mm", "9 mm"],
            ["Largest stroke without Fellridge approval", "9 mm", "10 mm"],
            ["Exciter speed", "900 rpm", "850 rpm"],
            ["Acceleration at factory stroke and speed", "3.6 g", "3.6 g"],
            ["Motor, 4-pole, 400 V 50 Hz, rated current", "15 kW, 28 A", "30 kW, 54 A"],
            ["Largest feed lump", "150 mm", "200 mm"],
            ["Capacity (conditions below)", "up to 350 t/h", "up to 600 t/h"],
            ["Vibrating mass with cloths", "4200 kg", "7800 kg"],
            ["Dynamic load per support, vertical", "±3.5 kN", "±6.0 kN"],
            ["Exciter bearings", "22320 E C4", "22324 E C4"],
            ["Grease per bearing, every 100 h", "45 g", "70 g"],
        ],
        (80, 47, 47),
    ),
    (
        "p",
        "The capacities hold for dry crushed limestone of bulk density 1.6 t/m³ with less than 4 % moisture, a "
        "40 mm top deck and a 10 mm bottom deck, at 20° inclination and the factory stroke. For wet, sticky or "
        "clay-bearing feed, and for wet screening with spray bars, Fellridge sizes the screen for each application. "
        "The acceleration is half the stroke times the square of the angular speed: 0.004 m x (94.2 rad/s)² = "
        "35.5 m/s² for the FS-1848, and 0.0045 m x (89.0 rad/s)² = 35.6 m/s² for the FS-2461.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Remove the four transport locks (painted yellow) before the first start. Refit them before the screen "
            "is lifted or moved and before its springs are changed.",
            "Keep a clear space of at least 50 mm all round the vibrating body: at start and stop the screen swings "
            "much further than its stroke while it passes through resonance.",
            "Never weld on the side plates or the cross beams; heat and spatter start fatigue cracks. Cracked side "
            "plates are repaired by Fellridge service only, with huck-bolted doubler plates.",
            "The belt guard must be in place whenever the motor can run.",
            "The sound level 1 m from a running screen is 92 dB(A): wear hearing protection.",
            "Where a deck is more than 2 m above the floor, work from the access platforms or wear a harness.",
        ],
    ),
    ("h", "3. Daily start-up checks"),
    (
        "ol",
        [
            "Walk round the stopped screen. Look for cracks at the side plates and cross beams, loose bolts, broken "
            "springs and worn cloths.",
            "Check that the transport locks are removed and that nothing touches the vibrating body.",
            "Start the screen empty and watch it pass through resonance: it must not strike the chutes or the "
            "structure at start or at stop.",
            "Read the stroke cards (section 5) and compare the readings with the setting.",
            "Start the feed only when the screen runs at full speed. Stop the feed and let the decks run clear "
            "before stopping the screen.",
        ],
    ),
    ("h", "4. Screening settings"),
    (
        "cols",
        [
            ("h", "Inclination"),
            ("p", "A steeper deck moves the material faster and passes more tonnage, but separates fine sizes less "
             "well. The screen is delivered at 20°. The inclination is changed by moving the support brackets at "
             "the discharge end; move both sides by the same number of holes (each hole is 2.5°). After every "
             "change check the transverse level: the screen must be level across its width within 2 mm."),
            ("h", "Stroke"),
            ("p", "The stroke is set by the weight plates on the four exciter discs. Each disc holds up to 6 "
             "plates; the factory setting is 4 plates per disc on the FS-1848 and 5 plates per disc on the FS-2461. "
             "One plate more or less on every disc changes the stroke by about 1 mm. Always change all four discs "
             "by the same number of plates, otherwise the screen rocks and overloads its bearings. A stroke larger "
             "than 9 mm (FS-1848) or 10 mm (FS-2461) needs Fellridge's approval, because the side plates are "
             "designed for the dynamic loads of section 1."),
            ("h", "Stroke tolerance"),
            ("p", "The stroke must be within 0.5 mm of the value set, and the two sides must agree within 0.5 mm. "
             "A stroke smaller than set points to slipping V-belts, lost weight plates or material build-up; a "
             "difference between the sides means the screen rocks (code V04)."),
            ("h", "Cloths"),
            ("p", "Choose the top deck aperture at least twice the bottom deck aperture, so the bottom deck is not "
             "overloaded. The wire must suit the largest lump: for a 150 mm feed use at least 8 mm wire on the top "
             "deck, for a 200 mm feed at least 10 mm wire."),
            ("warn", "Never run the screen with a slack cloth or a deck removed. A slack cloth whips, breaks within "
             "hours and cuts the rubber strips."),
        ],
    ),
    ("h", "5. Measuring the stroke"),
    (
        "p",
        "Each side plate carries three stroke cards, printed decals with a wedge of circles, at the feed end, the "
        "centre and the discharge end. On a running screen the printed figure blurs; the stroke is read where the "
        "two blurred lines touch. The FSM-2 monitor, where fitted, shows the same values.",
    ),
    (
        "ol",
        [
            "Run the screen empty at full speed.",
            "From a safe place, never from the deck, read the card at the feed end of the left side plate.",
            "Read the centre and discharge end cards of the same side, then the three cards of the right side.",
            "On a circular-motion screen all six readings must agree within 0.5 mm. Compare the centre readings "
            "with the value set (section 4).",
            "If the sides differ, look for a broken spring, lost weight plates or build-up before running with feed.",
            "Record the six readings in the screen log.",
        ],
    ),
    ("h", "6. FSM-2 monitor codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["V01", "Bearing temperature warning", "A bearing is warmer than 85 °C. Check the grease quantity and "
             "the seals; plan a stop."],
            ["V02", "Bearing temperature trip", "A bearing reached 95 °C; the screen stops. Let it cool; do not "
             "add more grease than the normal quantity."],
            ["V03", "Stroke low", "More than 0.5 mm under the value set for 60 s. Check belt tension and weight "
             "plates."],
            ["V04", "Rocking", "Sides differ by more than 0.5 mm, or sideways motion over 2 mm. Check springs, "
             "weight plates and feed distribution."],
            ["V05", "Stroke high", "More than 0.5 mm over the value set. Check the weight plates against the "
             "record."],
            ["V06", "Resonance passage long", "More than 8 s to full speed or more than 45 s to stop. Check the "
             "starter and the motor DC brake."],
            ["V07", "Spring sag", "One corner more than 10 mm lower than the others. Replace the spring set at "
             "that corner."],
            ["V09", "Motor overload", "Current above the rated current for 30 s. Check the feed rate and bearings."],
            ["V10", "Sensor fault", "No signal from an accelerometer. Check its cable and plug."],
            ["V11", "Feed interlock", "Feed started while the screen was below full speed."],
        ],
        (16, 42, 116),
    ),
    (
        "p",
        "The bearing temperature limits hold for ambient air up to 40 °C. A healthy exciter bearing runs 35 to "
        "45 °C above ambient after 2 hours.",
    ),
    ("h", "7. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Material runs to one side of the deck", "Screen not level across its width, feed off centre",
             "Level the screen across within 2 mm; centre the feed with the feed box baffles."],
            ["Violent shaking and noise when stopping", "Slow run-down through resonance, sagging springs",
             "Use the motor DC brake (stop within 45 s); replace sagging springs."],
            ["Cloth breaks along the support strips", "Cloth slack, rubber strips worn",
             "Replace the strips; tension the cloth (section 8)."],
            ["Bearings run hot soon after greasing", "Too much grease",
             "Give only the quantity of section 1; the temperature settles after 2-3 h."],
            ["Fines carried into the oversize", "Feed too high, stroke too small, deck too steep",
             "Check the feed rate and the stroke; lower the inclination by one hole."],
        ],
        (50, 55, 69),
    ),
    ("h", "8. Tensioning a side-tension cloth"),
    ("p", "Use the tension bolt wrench FRS-TW-24 and a torque wrench. The same steps apply to both decks."),
    (
        "ol",
        [
            "Lock out the motor and fit the transport locks.",
            "Slacken the tension bolts on both sides evenly and lift out the old cloth and the tension rails.",
            "Check the rubber strips on the cross members: replace them if worn to the steel or thinner than 5 mm.",
            "Lay the new cloth with its hooks in the tension rails, centred, with its crown on every strip.",
            "Tighten the tension bolts one turn at a time, from the centre bolt outwards, alternately left and "
            "right.",
            "Finish at 180 Nm on every bolt; the cloth must then lie on all strips without a gap.",
            "Remove the transport locks and run the screen for 2 h, then tighten again to 180 Nm.",
            "Tighten once more after 8 h of running.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 3."],
            ["Every 100 h", "Grease each exciter bearing with 45 g (FS-1848) or 70 g (FS-2461) of lithium complex "
             "grease NLGI 2 with EP additives. Above 35 °C ambient, every 50 h."],
            ["Weekly", "Stroke on all six cards; V-belt tension; cloth tension."],
            ["Monthly", "Spring sets, rubber strips, feed box liners."],
            ["Every 2000 h", "Exciter bolts to torque; look for loose huck bolt collars on the side plates."],
            ["Yearly", "Exciter bearing condition by vibration analysis. Worn bearings are changed by fitting an "
             "exchange exciter (FRS-EX-18 or FRS-EX-24)."],
        ],
        (35, 139),
    ),
    ("h", "10. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Exciter housing to side plate", "M30, 10.9", "1450 Nm"],
            ["Weight plate bolts", "M24, 10.9", "800 Nm"],
            ["Spring seat bolts", "M16, 8.8", "195 Nm"],
            ["Cloth tension bolts", "M20", "180 Nm"],
        ],
        (90, 40, 44),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FS-1848", "FS-2461"],
            ["Exchange exciter", "FRS-EX-18", "FRS-EX-24"],
            ["Spring set, one corner", "FRS-SP-18", "FRS-SP-24"],
            ["Rubber strip, per metre", "FRS-RS-60", "FRS-RS-60"],
            ["Tension rail, one side", "FRS-TR-18", "FRS-TR-24"],
            ["V-belt set", "5 x SPC 3150", "6 x SPC 3550"],
            ["Stroke card", "FRS-SC-1", "FRS-SC-1"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Orrefjord FP fuel oil separators
ORREFJORD = [
    ("title", "Orrefjord FP Fuel Oil Separators\nOperating and Maintenance Manual - FP-15 and FP-25"),
    (
        "p",
        "Document ORF-OM-FP-02, Edition 2, February 2025. Orrefjord Marine Separation AB. The FP-15 and FP-25 are "
        "self-cleaning disc stack centrifuges that clean heavy fuel oil (HFO) and marine diesel or gas oil (MDO, "
        "MGO) on board ships. They run as purifiers, removing water and solids with a gravity disc and a water "
        "seal, or as clarifiers, removing solids only. Both models use the control unit OC-3 and are operated the "
        "same way; bowl size, speed and flows differ. This manual covers fuel oil only: lubricating oil separation "
        "is described in application note ORF-AN-LO-01. The fuel heater and its steam or electric supply are covered "
        "by the heater maker's manual. Work on the bowl beyond the gravity disc, and the bowl height setting on the "
        "spindle, are done by Orrefjord service or by staff trained by Orrefjord, to service manual ORF-SM-FP.",
    ),
    (
        "warn",
        "WARNING: The spinning bowl stores great energy. Never loosen any part of the bowl, the frame hood or the "
        "outlet housing until the bowl has stopped completely: 0 rpm on the OC-3 and the revolution counter still. "
        "Run-down takes up to 30 min (FP-15) or 40 min (FP-25) without the brake.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FP-15", "FP-25"],
            ["Bowl speed", "9500 rpm", "8200 rpm"],
            ["Motor, 400 V 3~ 50 Hz, rated current", "7.5 kW, 14 A", "15 kW, 27 A"],
            ["Start-up time to full speed", "6-8 min", "8-10 min"],
            ["Bowl volume / sludge space", "6.5 L / 2.0 L", "11 L / 3.5 L"],
            ["Partial discharge volume", "1.5 L", "2.5 L"],
            ["Seal water per fill", "1.2 L", "2.0 L"],
            ["Highest feed density at 15 °C, purifier mode", "991 kg/m³", "991 kg/m³"],
            ["Highest feed density at 15 °C, clarifier mode", "1010 kg/m³", "1010 kg/m³"],
            ["Operating water pressure at the inlet", "2.5-6 bar", "2.5-6 bar"],
            ["Control air", "5-8 bar", "5-8 bar"],
            ["Gear housing oil, ISO VG 220", "2.5 L", "4.0 L"],
            ["Mass with motor", "620 kg", "980 kg"],
        ],
        (80, 47, 47),
    ),
    ("h", "2. Throughput"),
    (
        "table",
        [
            ["Fuel, viscosity", "Separation temperature", "FP-15", "FP-25"],
            ["MGO / MDO, up to 11 cSt at 40 °C", "40 °C", "4200 L/h", "7000 L/h"],
            ["HFO 180 cSt at 50 °C", "98 °C", "1600 L/h", "2700 L/h"],
            ["HFO 380 cSt at 50 °C", "98 °C", "1100 L/h", "1850 L/h"],
            ["HFO 700 cSt at 50 °C", "98 °C", "800 L/h", "1350 L/h"],
        ],
        (64, 40, 35, 35),
    ),
    (
        "p",
        "These are the largest throughputs for good separation of fuels to ISO 8217 with up to 0.5 % water in the "
        "feed. A lower flow cleans better: set the throughput to the engine's consumption plus 10-20 %, not to the "
        "largest value.",
    ),
    ("h", "3. Safety"),
    (
        "ul",
        [
            "Never start the separator with the frame hood or the outlet housing loose, or with the bowl not "
            "assembled to the marks.",
            "Stop at once with the brake if the separator vibrates strongly, and leave the room until it has "
            "stopped. Do not restart after a vibration stop (F02) before the bowl has been opened and cleaned.",
            "Hot fuel at 98 °C burns: wear gloves and a face shield when taking samples.",
            "Sludge and the sludge tank give off hydrogen sulphide; ventilate before entering the tank area.",
            "Never heat MGO above 50 °C.",
        ],
    ),
    ("h", "4. Operating settings"),
    (
        "cols",
        [
            ("h", "Purifier or clarifier"),
            ("p", "Fuel with a density up to 991 kg/m³ at 15 °C runs as a purifier with the gravity disc from the "
             "table below. Denser fuel, up to 1010 kg/m³, runs as a clarifier: fit the clarifier disc OR-CD-15 or "
             "OR-CD-25 in place of the gravity disc and select clarifier mode on the OC-3, which then adds no seal "
             "water and times the discharges by the water transducer."),
            ("h", "Water seal"),
            ("p", "In purifier mode the bowl needs a water seal before oil is fed. The OC-3 adds the seal water "
             "after each discharge. Without the seal, oil flows out at the water outlet."),
            ("h", "Separation temperature"),
            ("p", "Keep HFO at 98 °C ±2 °C and MGO or MDO at 40 °C. A colder fuel is thicker and separates worse. "
             "When the feed is more than 5 °C below the set point the OC-3 raises F04 and turns the feed back to "
             "the settling tank until the temperature is reached again."),
            ("h", "Discharge interval"),
            ("p", "Start with a partial discharge every 30 min for HFO and every 60 min for MGO. Lengthen the "
             "interval if the sludge is small and dry; shorten it after F06 alarms or with dirty bunkers. Never set "
             "more than 2 h between discharges."),
            ("warn", "Never heat fuel in a purifier above 98 °C: the seal water boils and the water seal breaks."),
        ],
    ),
    ("h", "5. Gravity disc"),
    (
        "table",
        [
            ["Fuel density at 15 °C", "FP-15 gravity disc", "FP-25 gravity disc"],
            ["up to 930 kg/m³", "No. 4, Ø 68 mm", "No. 14, Ø 87 mm"],
            ["931-955 kg/m³", "No. 3, Ø 64 mm", "No. 13, Ø 82 mm"],
            ["956-975 kg/m³", "No. 2, Ø 60 mm", "No. 12, Ø 77 mm"],
            ["976-991 kg/m³", "No. 1, Ø 56 mm", "No. 11, Ø 72 mm"],
        ],
        (64, 55, 55),
    ),
    (
        "p",
        "The table holds for HFO at 98 °C. For MGO and MDO at 40 °C use disc No. 4 (FP-15) or No. 14 (FP-25). The "
        "right gravity disc is the one with the largest hole that does not break the water seal; if the seal "
        "breaks, fit the next smaller disc.",
    ),
    ("h", "6. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["F01", "Speed low", "Bowl speed below 95 % for 30 s; feed stops. Check the friction pads and belt."],
            ["F02", "Vibration high", "Separator stopped with the brake. Uneven sludge or a wrongly assembled "
             "bowl. Open and clean the bowl before restarting."],
            ["F03", "Feed flow low", "Check the feed pump, the strainer and the three-way valve."],
            ["F04", "Temperature low", "Feed more than 5 °C below set point; feed returned to the settling tank."],
            ["F05", "Temperature high", "Feed more than 5 °C above set point; check the heater control."],
            ["F06", "Water in oil", "Water transducer signal high; a discharge is made. Three times in 15 min "
             "stops the feed."],
            ["F07", "Oil outlet pressure low", "Water seal broken or bowl not closed; look for oil at the water "
             "outlet."],
            ["F08", "Discharge failure", "No speed drop after the discharge command. Check the operating water "
             "pressure and its solenoid valve."],
            ["F10", "Motor overload", "Check the start-up time and the brake, which must be fully off."],
            ["F11", "Operating water pressure low", "Below 2.5 bar at the inlet."],
            ["F12", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 42, 116),
    ),
    ("h", "7. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Oil at the water outlet (broken water seal)", "Gravity disc too large for the fuel, temperature "
             "wrong, throughput too high, no seal water", "Check the density and the gravity disc (section 5), "
             "the temperature, the flow and the seal water valve. If it persists, fit the next smaller disc."],
            ["Water in the cleaned fuel", "Gravity disc too small, discharge interval too long",
             "Fit the next larger disc; shorten the discharge interval."],
            ["Bowl does not open for discharge", "Operating water pressure low, dirty strainer",
             "Check 2.5-6 bar at the inlet; clean the operating water strainer."],
            ["Sludge outlet runs on after a discharge", "Bowl not closing: worn seal ring of the sliding bowl "
             "bottom, dirt on its seat", "Stop with the brake; the bowl is opened by trained staff (ORF-SM-FP)."],
            ["Long start-up (over 10 min FP-15, 12 min FP-25)", "Worn friction pads",
             "Replace the pads when thinner than 2 mm (pad set ORF-FP-15 or ORF-FP-25)."],
        ],
        (50, 55, 69),
    ),
    ("h", "8. Changing the gravity disc"),
    ("p", "Use the lock ring spanner ORF-LS-15 or ORF-LS-25 from the tool kit."),
    (
        "ol",
        [
            "Stop the feed, make a discharge, stop the separator and apply the brake.",
            "Wait until the bowl has stopped: 0 rpm on the OC-3 and the revolution counter still.",
            "Lock and tag the motor starter; close the operating water and control air supplies.",
            "Lift off the frame hood with the outlet housing and remove the paring chamber cover.",
            "Unscrew the small lock ring. It has a left-hand thread: turn it clockwise to loosen it.",
            "Lift out the gravity disc and fit the new one with a new O-ring (OR-GO-15 or OR-GO-25), lightly "
            "greased with silicone grease.",
            "Screw the lock ring on until its mark lines up with the mark on the bowl hood, never further.",
            "Refit the cover, the hood and the outlet housing, open the supplies and start. At full speed, after "
            "the first seal water, check for oil at the water outlet.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read the OC-3 log; check the gear housing oil level and the sight glasses."],
            ["Weekly", "Clean the operating water strainer."],
            ["Every 1000 h", "Change the gear housing oil: 2.5 L (FP-15) or 4.0 L (FP-25), ISO VG 220."],
            ["Every 2000 h or 3 months", "Intermediate service: bowl and disc stack cleaning, seal rings; by trained "
             "staff to ORF-SM-FP."],
            ["Every 8000 h or 12 months", "Major service by Orrefjord service: bearings, spindle, bowl height."],
        ],
        (45, 129),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "FP-15", "FP-25"],
            ["Gravity disc set, 4 discs", "ORF-GD-15", "ORF-GD-25"],
            ["Clarifier disc", "OR-CD-15", "OR-CD-25"],
            ["Gravity disc O-ring", "OR-GO-15", "OR-GO-25"],
            ["Friction pad set", "ORF-FP-15", "ORF-FP-25"],
            ["Lock ring spanner", "ORF-LS-15", "ORF-LS-25"],
            ["Operating water strainer", "ORF-WS-1", "ORF-WS-1"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Hollinsby HB hoist disc brake calipers
HOLLINSBY = [
    ("title", "Hollinsby HB Hoist Disc Brake Calipers\nOperating and Maintenance Manual - HB-120 and HB-200"),
    (
        "p",
        "Document HLB-OM-HB-05, Edition 1, June 2025. Hollinsby Winding Engineering Ltd. HB calipers are "
        "spring-applied, hydraulically released disc brakes for mine winders, on drum and friction hoists. A pack "
        "of disc springs in each caliper half presses its pad against the brake disc; oil pressure from the brake "
        "power unit compresses the springs and lifts the pads off. Losing pressure applies the brake. The HB-120 "
        "and HB-200 share design, monitoring and procedures; spring force, piston size and pads differ. The brake "
        "power unit BPU-2, with its valves, accumulators and oil, is described in HLB-OM-BPU-02. The brake force "
        "profile of a winder (the deceleration of an emergency stop and the delay of the second brake stage) is "
        "set by Hollinsby commissioning engineers and proven by the mine's statutory brake tests, which follow the "
        "mine's approved test procedure under the responsible engineer. This manual covers the calipers.",
    ),
    (
        "warn",
        "DANGER: Before any work on a caliper, park and secure the conveyances so that the winder cannot move with "
        "that caliper's force missing: skips resting at the loading and tipping positions, or the drum locked with "
        "its lock pin. Work on one caliper at a time. The spring pack stays under load when a caliper is taken "
        "off: never open a caliper half.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HB-120", "HB-200"],
            ["Clamping force per caliper (conditions below)", "120 kN", "200 kN"],
            ["Design friction coefficient", "0.40", "0.40"],
            ["Braking force per caliper, 2 pads x 0.40 x clamping force", "96 kN", "160 kN"],
            ["Lift-off pressure (pads just free)", "105 bar", "135 bar"],
            ["Full release pressure (working pressure)", "125 bar", "160 bar"],
            ["Highest permitted pressure", "160 bar", "200 bar"],
            ["Air gap per pad: nominal / adjust at / least", "1.0 / 1.5 / 0.8 mm", "1.0 / 1.5 / 0.8 mm"],
            ["Pad lining thickness, new / replace at", "25 mm / 8 mm", "30 mm / 10 mm"],
            ["Friction area per pad", "420 cm²", "630 cm²"],
            ["Brake disc thickness, new / least", "40 mm / 36 mm", "50 mm / 45 mm"],
            ["Disc axial runout, highest", "0.5 mm", "0.5 mm"],
            ["Mass per caliper", "210 kg", "320 kg"],
        ],
        (84, 45, 45),
    ),
    (
        "p",
        "The clamping force holds with the nominal air gap of 1.0 mm, spring packs within their service life and "
        "the caliper at 20 °C. Every 0.5 mm of extra air gap lowers the clamping force by about 4 %, which is why "
        "the gap is adjusted at 1.5 mm. The friction coefficient holds for clean, dry discs below 150 °C; oil or "
        "grease on a disc or a pad can halve it.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Oil or grease on a pad or a disc: stop the winder, replace the pads of that caliper and clean the disc "
            "with the disc cleaner HLB-DC-1 only.",
            "Never weld near a caliper or on the brake disc.",
            "Spring packs are replaced by Hollinsby service only: every 10 years or 2 million brake applications, "
            "whichever comes first, or earlier when the lift-off pressure test (section 4) fails.",
            "Release the brakes with the BPU hand pump only when the winder is secured.",
            "Never adjust the air gap by changing the release pressure. The release pressure is set at the BPU "
            "by Hollinsby commissioning engineers.",
        ],
    ),
    ("h", "3. Daily checks"),
    (
        "ol",
        [
            "With the winder stopped, check on the control desk that every caliper shows APPLIED; with the brake "
            "released, that every caliper shows RELEASED.",
            "Look at each caliper for oil leaks, loose bolts and the pad wear indicator.",
            "Look at the disc for oil, grease, scoring and blue heat marks.",
            "Read the release pressure on the BPU gauge: the full release pressure of section 1, within ±5 bar.",
            "Record the checks in the winder log book.",
        ],
    ),
    ("h", "4. Brake settings and tests"),
    (
        "cols",
        [
            ("h", "Air gap"),
            ("p", "Each pad must clear the disc by 1.0 mm when the caliper is released at full release pressure. As "
             "the pads wear the gap grows; adjust it when it reaches 1.5 mm (section 7). A gap under 0.8 mm lets "
             "the pads drag and heat the disc."),
            ("h", "Lift-off pressure test"),
            ("p", "The lift-off pressure is proportional to the spring force, so it checks the springs without "
             "opening the caliper. Measure it every 3 months: raise the pressure to the caliper slowly with the "
             "BPU hand pump until its position switch changes over, and note the pressure. It must be at least "
             "95 % of the value in section 1, that is 100 bar (HB-120) or 128 bar (HB-200). Below that, the "
             "caliper's spring packs are replaced by Hollinsby service."),
            ("h", "Apply time"),
            ("p", "From the moment the release valve opens, each caliper must clamp within 0.3 s, measured with the "
             "position switch signal on the brake monitor BM-4. A longer apply time delays the stop and lengthens "
             "the stopping distance."),
            ("h", "New pads"),
            ("p", "Always replace both pads of a caliper together. New pads must be bedded in: 10 stops at no more "
             "than 1 m/s with empty conveyances before the winder returns to full duty."),
            ("warn", "A caliper that fails any test of this section stays out of service until it passes; the "
             "winder then runs only as the responsible engineer allows."),
        ],
    ),
    ("h", "5. Brake monitor BM-4 codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Pad worn", "Lining at the replace limit (8 mm HB-120, 10 mm HB-200). Replace both pads "
             "before the next shift."],
            ["B02", "Air gap large", "Position switch shows 1.5 mm or more. Adjust the air gap (section 7)."],
            ["B03", "Not released", "Pads not lifted within 2 s at full release pressure. The winder cannot start."],
            ["B04", "Apply time long", "Caliper not clamped within 0.3 s. The winder is blocked after the stop."],
            ["B06", "Disc hot", "Disc above 150 °C at the infrared sensor. Stop and let the disc cool."],
            ["B07", "Release pressure low", "More than 10 bar under the full release pressure."],
            ["B08", "Pressure high", "Above the highest permitted pressure."],
            ["B09", "Position switch fault", "Signal missing or both states at once. Check the switch and cable."],
            ["B10", "Leak sensor", "Oil at the caliper drip sensor. See section 6."],
            ["B11", "Spring life", "2 million applications counted. Call Hollinsby service."],
            ["B12", "Monitor supply", "BM-4 supply below 20 V."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Brake slow to apply (B04)", "Cold oil, restricted return line, air in the caliper",
             "Check the oil temperature at the BPU (HLB-OM-BPU-02); bleed the caliper; check the return line. The "
             "winder stays blocked until the apply time is within 0.3 s."],
            ["Pads drag, disc runs hot", "Air gap under 0.8 mm, release pressure low",
             "Set the air gap (section 7); check the release pressure."],
            ["Oil on the disc", "Piston seal leaking", "Stop the winder and replace the pads. The caliper half "
             "goes to Hollinsby service for its seals."],
            ["Squeal during stops", "Glazed or not bedded pads", "Replace glazed pads; do not sand them. Bed in new "
             "pads (section 4)."],
            ["Pads worn tapered", "Caliper not parallel to the disc",
             "Check the mounting shims: caliper parallel to the disc within 0.2 mm."],
        ],
        (50, 55, 69),
    ),
    ("h", "7. Measuring and adjusting the air gap"),
    (
        "ol",
        [
            "Secure the conveyances as in the danger note at the start of this manual.",
            "Release this caliper at full release pressure with the BPU test valve.",
            "Measure the gap between each pad and the disc with feeler gauges at the top and the bottom of the pad, "
            "and take the mean.",
            "If a gap is 1.5 mm or more, or under 0.8 mm, slacken the lock nut of the adjusting sleeve and turn "
            "the sleeve until the gap is 1.0 mm; each flat of the sleeve moves the pad 0.1 mm.",
            "Tighten the lock nut to 350 Nm (HB-120) or 500 Nm (HB-200) and measure again.",
            "Let the pressure off: the caliper must apply and show APPLIED; set the position switch to change over "
            "at 0.5 mm of pad travel if needed.",
            "Record the gaps in the winder log book.",
        ],
    ),
    ("h", "8. Replacing the brake pads"),
    (
        "ol",
        [
            "Secure the conveyances and work on one caliper only.",
            "Release this caliper at full release pressure and close its isolating valve so that it stays open.",
            "Remove the pad retaining plate (four M12 screws) and pull the old pads out sideways with the pad "
            "puller HLB-PP-1.",
            "Measure the disc thickness: at least 36 mm (HB-120) or 45 mm (HB-200), and no scoring deeper than "
            "1 mm.",
            "Screw the adjusting sleeve fully back to make room for the new pads, fit the pads, refit the "
            "retaining plate and tighten its screws to 85 Nm.",
            "Open the isolating valve, apply and release three times, then set the air gap to 1.0 mm (section 7).",
            "Bed in the new pads (section 4) and record the change.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Checks of section 3."],
            ["Weekly", "Air gap and apply time readings from the BM-4."],
            ["Every 3 months", "Lift-off pressure test; air gaps with feeler gauges."],
            ["Yearly", "Disc thickness and runout; caliper mounting bolts to torque."],
            ["10 years or 2 million applications", "Spring packs, by Hollinsby service."],
        ],
        (55, 119),
    ),
    ("h", "10. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "HB-120", "HB-200"],
            ["Caliper mounting bolts, 10.9", "M36, 2600 Nm", "M42, 4100 Nm"],
            ["Adjusting sleeve lock nut", "350 Nm", "500 Nm"],
            ["Pad retaining plate screws, M12", "85 Nm", "85 Nm"],
            ["Pad set, 2 pads", "HLB-PD-120", "HLB-PD-200"],
            ["Position switch", "HLB-PS-3", "HLB-PS-3"],
            ["Disc cleaner, 1 L", "HLB-DC-1", "HLB-DC-1"],
        ],
        (80, 47, 47),
    ),
]

# ---------------------------------------------------------------- Ventrelle JF reversible tunnel jet fans
VENTRELLE = [
    ("title", "Ventrelle JF Reversible Tunnel Jet Fans\nInstallation, Operating and Maintenance Manual - JF-900 "
     "and JF-1120"),
    (
        "p",
        "Document VTL-OM-JF-02, Edition 2, January 2025. Ventrelle Ventilation Systems. JF jet fans hang from the "
        "roof of road and rail tunnels and drive the tunnel air along with their jet: they ventilate the tunnel in "
        "normal traffic and control the smoke in a fire. Both models are fully reversible, with symmetrical "
        "blades and a silencer at each end, and are rated for smoke at 400 °C for 2 hours (class F400 to "
        "EN 12101-3). The number is the impeller diameter in millimetres. The fixings to the tunnel roof (the "
        "anchors, their installation torque and their pull-out tests) follow the anchor supplier's instructions and "
        "the tunnel operator's structural engineer. The ventilation control system and its fire programmes belong "
        "to the tunnel operator.",
    ),
    (
        "warn",
        "WARNING: The tunnel control centre can start a jet fan at any time, in either direction. Before work on "
        "or near a fan, have it isolated at its local isolator and at the control centre, and make sure the "
        "impeller has stopped: a switched-off fan windmills in the tunnel air flow.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "JF-900", "JF-1120"],
            ["Impeller diameter", "900 mm", "1120 mm"],
            ["Motor, 400 V 50 Hz", "22 kW, 2-pole, 2960 rpm", "30 kW, 4-pole, 1475 rpm"],
            ["Rated current", "39 A", "55 A"],
            ["Thrust forward / reverse (conditions below)", "1000 N / 970 N", "1400 N / 1360 N"],
            ["Outlet air velocity", "36 m/s", "34 m/s"],
            ["Fire rating", "F400, 400 °C for 2 h", "F400, 400 °C for 2 h"],
            ["Starts per hour, normal ventilation", "6", "4"],
            ["Wait after stop before reversing", "60 s", "90 s"],
            ["Run-up time, direct on line", "6 s", "12 s"],
            ["Blade angle, set at the factory", "28°", "26°"],
            ["Blade tip clearance", "3-6 mm", "4-8 mm"],
            ["Vibration alarm / trip", "4.5 / 7.1 mm/s", "4.5 / 7.1 mm/s"],
            ["Length with silencers / mass", "4.1 m / 780 kg", "5.0 m / 1150 kg"],
        ],
        (74, 50, 50),
    ),
    (
        "p",
        "Thrust is measured to ISO 13350 in still air of density 1.2 kg/m³ (20 °C at sea level) with the fan hung "
        "free. Installed in a tunnel the fan gives less, near the roof or a wall and in the air stream of the "
        "traffic; the tunnel designer applies the installation factors and works out the thrust at fire "
        "temperatures. Ventrelle publishes no thrust values for hot smoke.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Every fan hangs from its mounting frame and is also held by two secondary safety chains (VTL-SC-10). "
            "The chains hang slack by 20-50 mm and must never carry the fan.",
            "Fans run on a frequency converter only where Ventrelle has confirmed it in writing for the project. "
            "In fire mode the fans run direct on line, and the tunnel control system overrides the motor "
            "protection.",
            "Never reverse a turning fan: stop it and wait for the time in section 1.",
            "Work at height only from a tunnel platform vehicle in a closed lane.",
            "A fan exposed to a real fire or a hot smoke test is inspected by Ventrelle before it returns to service.",
            "The blade angle is set at the factory and must not be changed on site; a changed angle voids the F400 "
            "rating.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Starting and reversing"),
            ("p", "In normal ventilation a fan may start 6 times per hour (JF-900) or 4 times per hour (JF-1120), "
             "spread evenly. To reverse, stop the fan and wait 60 s (JF-900) or 90 s (JF-1120) so that the "
             "impeller has slowed before it starts in the new direction. The control system must hold this time; "
             "a start command given too early is refused with J05."),
            ("h", "Windmilling"),
            ("p", "Air flow from traffic or wind turns a stopped fan. A fan windmilling backwards against its start "
             "direction runs up slowly and can trip its motor protection. The control system should start such "
             "fans in the direction of the tunnel air flow, or start them only after the run-down time."),
            ("h", "Vibration"),
            ("p", "Vibration is measured at the motor bearing housing in mm/s rms. Up to 2.8 mm/s is normal for a "
             "new fan. At 4.5 mm/s the monitor raises J03: clean the blades and have the impeller balanced within "
             "4 weeks. At 7.1 mm/s the fan is tripped (J04) and must not run again until it has been inspected."),
            ("h", "Temperatures"),
            ("p", "In normal ventilation the fans run in tunnel air from -25 to +40 °C. The motor thermistors trip "
             "at 155 °C, except in fire mode."),
            ("warn", "Soot and dust on the blades unbalance the impeller. Clean them at every annual inspection, "
             "and more often in tunnels with heavy diesel traffic."),
        ],
    ),
    ("h", "4. Monitor codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["J01", "Overcurrent", "Current more than 10 % above the rated current for 20 s."],
            ["J02", "Thermistor trip", "Winding too hot. Check the current and the supply voltage."],
            ["J03", "Vibration alarm", "4.5 mm/s reached. Clean and balance within 4 weeks."],
            ["J04", "Vibration trip", "7.1 mm/s reached. Inspect before any restart."],
            ["J05", "Reversal blocked", "Start in the other direction before the wait time had run out."],
            ["J06", "Run-up too long", "More than 10 s (JF-900) or 20 s (JF-1120) to full speed. Windmilling "
             "against the start, low supply voltage."],
            ["J08", "Isolator open", "Local isolator switched off."],
            ["J09", "Too many starts", "Starts per hour exceeded; next start delayed."],
            ["J10", "Sensor fault", "Vibration sensor signal missing."],
            ["J11", "Insulation low", "Below 1 MOhm measured at standstill; starts in normal mode blocked."],
            ["J12", "Link lost", "No communication with the control centre."],
        ],
        (16, 42, 116),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Fan trips during start, more often on windy days or in heavy traffic", "Fan windmilling backwards "
             "against its start direction", "Start in the direction of the tunnel air flow, or wait out the "
             "run-down time; check the run-up time (J06)."],
            ["Vibration rising slowly over months", "Soot and dust on the blades",
             "Clean the blades. If still above 4.5 mm/s, Ventrelle service balances the impeller on site."],
            ["Vibration jumped suddenly", "Blade damage, loose blade, bearing damage", "Stop the fan and inspect; "
             "do not run it."],
            ["Weak jet in one direction after cable work", "Two phases swapped", "Check the direction of rotation "
             "against the arrow on the casing."],
            ["Rattling at standstill", "Loose mesh guard or silencer pod", "Tighten the guard screws; check the "
             "safety chains."],
        ],
        (50, 55, 69),
    ),
    ("h", "6. Annual inspection"),
    (
        "ol",
        [
            "Close the lane, isolate the fan locally and at the control centre, wait for the impeller to stop and "
            "fit the impeller lock VTL-IL-1.",
            "Check the mounting frame bolts for their torque marks, and the two safety chains: slack 20-50 mm, no "
            "corrosion, shackle pins secured.",
            "Clean the blades, the hub and the silencer perforations with a soft brush and water; no high-pressure "
            "jet on the motor.",
            "Check the blade tip clearance at four points: 3-6 mm (JF-900) or 4-8 mm (JF-1120).",
            "Measure the motor insulation resistance at 1000 V DC: at least 10 MOhm.",
            "Remove the impeller lock and run the fan in both directions, waiting the reversing time in between; "
            "read the vibration and the current.",
            "Record the values on the fan's log sheet.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Monthly", "Run each fan for at least 10 min in each direction if it has not run."],
            ["Every 3 months", "Read the vibration and current trends from the monitor."],
            ["Yearly", "Annual inspection (section 6)."],
            ["20,000 h or 5 years", "Motor bearings (sealed for life), replaced in a motor workshop."],
            ["After a fire", "Inspection by Ventrelle."],
        ],
        (45, 129),
    ),
    ("h", "8. Tightening torques and parts"),
    (
        "table",
        [
            ["Item", "JF-900", "JF-1120"],
            ["Fan to mounting frame, M16 A4-80", "160 Nm", "160 Nm"],
            ["Silencer flange screws, M10", "40 Nm", "40 Nm"],
            ["Mesh guard screws, M8", "20 Nm", "20 Nm"],
            ["Safety chain set", "VTL-SC-10", "VTL-SC-10"],
            ["Mesh guard", "VTL-MG-90", "VTL-MG-112"],
            ["Vibration sensor", "VTL-VS-2", "VTL-VS-2"],
        ],
        (80, 47, 47),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("fellridge-fs-inclined-vibrating-screen.pdf", "Fellridge FRS-OM-FS-03 Ed 3 - FS-1848 / FS-2461", FELLRIDGE),
        ("orrefjord-fp-fuel-oil-separator.pdf", "Orrefjord ORF-OM-FP-02 Ed 2 - FP-15 / FP-25", ORREFJORD),
        ("hollinsby-hb-hoist-disc-brake.pdf", "Hollinsby HLB-OM-HB-05 Ed 1 - HB-120 / HB-200", HOLLINSBY),
        ("ventrelle-jf-tunnel-jet-fan.pdf", "Ventrelle VTL-OM-JF-02 Ed 2 - JF-900 / JF-1120", VENTRELLE),
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
