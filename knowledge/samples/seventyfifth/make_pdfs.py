"""Generate the PDF manuals of the seventy-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set75venv && /tmp/set75venv/bin/pip install fpdf2 pypdf
    /tmp/set75venv/bin/python knowledge/samples/seventyfifth/make_pdfs.py

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



# ---------------------------------------------------------------- Baggerholt CK cutter drives
BAGGERHOLT = [
    ("title", "Baggerholt CK Submerged Cutter Drives\nOperation and Maintenance Manual - CK-450 and CK-630"),
    (
        "p",
        "Document BGH-OM-CK-07, Edition 3, March 2025. Baggerholt Dredging Equipment. The CK-450 and CK-630 are "
        "submerged electric cutter drives for cutter suction dredgers. A water-cooled induction motor and a "
        "two-stage planetary gearbox sit in one sealed housing at the lower end of the cutter ladder and drive the "
        "cutter shaft directly. The motor is fed by a variable frequency drive (VFD) in the dredger's switchboard "
        "room; the VFD is part of the delivery, but its parameters are set by Baggerholt service only. Apart from "
        "the power, the torque, the gear ratio, the oil quantity, the seals and the other items named in this "
        "manual, the two models are built alike. The cutter head and its teeth, the ladder, the ladder hoist winch "
        "and the dredge control desk are not part of the delivery; see their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never go onto the ladder or near the cutter head unless the cutter drive is isolated and locked "
        "at the VFD cabinet and the ladder rests on its cradle or on the ladder securing pins. A cutter head in a "
        "current can turn by itself, and a VFD keeps a dangerous voltage for 10 min after switching off.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CK-450", "CK-630"],
            ["Rated power at the cutter shaft", "450 kW", "630 kW"],
            ["Rated cutter speed (end of the constant torque range)", "30 rpm", "26 rpm"],
            ["Maximum cutter speed (constant power above rated speed)", "35 rpm", "30 rpm"],
            ["Rated torque at the cutter shaft, from 0 rpm to rated speed", "143 kNm", "231 kNm"],
            ["Peak torque, 150 % of rated torque, for 10 s at most", "215 kNm", "347 kNm"],
            ["Reverse running (to free a stalled cutter)", "50 % of rated torque", "50 % of rated torque"],
            ["Motor 690 V 3~, base speed 1485 rpm, rated current", "456 A", "639 A"],
            ["Planetary gear ratio", "49.5 : 1", "57.1 : 1"],
            ["Gear oil, synthetic PAO, ISO VG 320, gearbox fill", "180 L", "260 L"],
            ["Oil circulation pump, normal flow", "40 L/min", "60 L/min"],
            ["Maximum dredging depth (cutter shaft below the waterline)", "18 m", "25 m"],
            ["Seal oil overpressure above the water pressure at the shaft seal", "0.3-0.5 bar", "0.3-0.5 bar"],
            ["Cooling water to the motor jacket and oil cooler", "at least 60 L/min", "at least 85 L/min"],
            ["Cooling water inlet temperature for rated power", "no more than 32 °C", "no more than 32 °C"],
            ["Mass of the drive without cutter head", "11.8 t", "16.4 t"],
            ["Maximum cutter head mass", "6.5 t", "10.0 t"],
            ["Cutter head locking plate bolts", "8 x M24, 640 Nm", "8 x M30, 1250 Nm"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Rated power and torque hold only with cooling water at no more than 32 °C at the inlet and with the flow "
        "given above. With warmer water the VFD lowers the power limit by 3 % of rated power for every degree "
        "above 32 °C. Above 38 °C the drive may not run at all and stops with C07. The maximum dredging depth is set "
        "by the seal pressure unit and the shaft seal; the ladder length and the ladder hoist may set a smaller one "
        "on a given dredger (see the dredger's documentation).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the dredger's operator may run the cutter drive from the dredge control desk.",
            "Before work on the cutter head, lift the ladder out of the water, set it on the securing pins, isolate "
            "the VFD and lock it with a personal padlock. Check that the cutter does not turn when START is "
            "pressed.",
            "The cutter teeth are sharp and heavy. Use the tooth tool of the cutter head maker; never hammer on a "
            "tooth with a steel hammer without eye protection.",
            "The gear oil can be hotter than 80 °C after dredging. Let it cool below 50 °C before opening any plug.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Torque limit and stall"),
            (
                "p",
                "The VFD limits the torque to 100 % of rated torque for continuous running and allows 150 % for no "
                "more than 10 s, then falls back to 100 %. If the cutter speed stays below 2 rpm for 5 s with the "
                "torque at its limit, the drive stops and shows C03 (cutter stalled). To free the cutter, run it in "
                "reverse at no more than 50 % of rated torque for at most 3 revolutions, then start forward again. "
                "No more than 3 starts are allowed within 10 min; after the third start the drive locks (C04) and "
                "the motor must cool for 30 min before the next start.",
            ),
            ("h", "Oil circulation"),
            (
                "p",
                "An electric pump (2.2 kW) circulates the gear oil through a filter and a plate oil cooler. The "
                "drive does not start until the flow switch confirms the flow. If the flow drops below 20 L/min "
                "(CK-450) or 30 L/min (CK-630) for 10 s the drive stops with C05.",
            ),
            ("h", "Seal pressure"),
            (
                "p",
                "The seal pressure unit on deck keeps the oil in the gearbox 0.3 to 0.5 bar above the water "
                "pressure at the cutter shaft seal. It uses the ladder depth signal and a 7 bar air supply from the "
                "dredger. Below 0.2 bar overpressure it raises C08 as an alarm; below 0.1 bar for 30 s the drive "
                "stops. A loss of seal oil of up to 0.5 L per day is normal.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Gear oil: alarm at 85 °C, trip at 95 °C (C06). Motor winding (PT100, class F): alarm at 140 °C, "
                "trip at 155 °C (C12). Motor bearings: alarm at 95 °C, trip at 105 °C (C13).",
            ),
            ("h", "Water in oil"),
            (
                "p",
                "A moisture sensor in the sump raises C09 at 0.3 % water. Take an oil sample every month as well. Up "
                "to 0.2 % water is normal. Between 0.2 % and 0.5 %, check the seal pressure and sample again within "
                "50 h. Above 0.5 %, change the oil and replace the shaft seal kit within 250 operating hours.",
            ),
            ("h", "Insulation resistance"),
            (
                "p",
                "Measure it before the first start after more than 7 days idle and after every C10. It must be at "
                "least 50 MOhm at 1000 V DC, winding to earth, with the motor at about 20 °C. Below 50 MOhm, run the "
                "standstill heater for 24 h and measure again. Below 5 MOhm do not start the motor; call Baggerholt "
                "service.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C01", "VFD fault", "Read the VFD's own fault text on its display; see the VFD manual"],
            ["C02", "Overcurrent", "Check the cable and the motor; reset once; if it returns, call Baggerholt service"],
            ["C03", "Cutter stalled", "Reverse and restart as in section 3; reduce the swing speed and the step"],
            ["C04", "Restart lock, 3 starts within 10 min", "Wait 30 min with the oil pump running"],
            ["C05", "Oil circulation flow low", "Check the oil level, the filter and the pump"],
            ["C06", "Gear oil temperature high", "Check the cooling water flow and the oil cooler"],
            ["C07", "Cooling water above 38 °C or flow too low", "Check the dredger's cooling water supply"],
            ["C08", "Seal overpressure low", "Check the seal oil tank level and the air supply"],
            ["C09", "Water in oil above 0.3 %", "Take an oil sample and check the seal pressure (section 3)"],
            ["C10", "Earth fault", "Measure the insulation resistance before a restart"],
            ["C12", "Motor winding temperature", "Check the cooling water; let the motor cool"],
            ["C13", "Motor bearing temperature", "Check the bearing grease and the noise; call Baggerholt service"],
            [
                "C14",
                "Speed encoder fault",
                "The drive goes on without the encoder, at no more than 80 % of rated torque; replace the encoder",
            ],
        ],
        (18, 55, 97),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Cutter stops again and again in stiff clay",
                "Swing speed or step too large; worn teeth",
                "Reduce the swing speed and the step; check the teeth as in the cutter head maker's manual",
            ],
            [
                "Gear oil above 80 °C in normal dredging",
                "Cooling water flow low; oil cooler fouled",
                "Check the flow (section 1); clean the oil cooler plates (section 8)",
            ],
            [
                "Oil sample milky or grey",
                "Water in the oil; seal overpressure too low",
                "Check the seal pressure and act on the water content as in section 3",
            ],
            [
                "Seal oil tank loses more than 2 L per day",
                "Shaft seal worn; oil leaking into the water",
                "Replace the shaft seal kit at the next stop; until then check the tank every shift",
            ],
            [
                "Knock once every cutter revolution",
                "Locking plate bolts loose; cutter head damaged",
                "Stop; check the locking plate bolt torque (section 7) and the cutter head",
            ],
            [
                "C10 after several days of standstill",
                "Moisture in the motor winding",
                "Measure the insulation and dry the motor as in section 3",
            ],
            [
                "Power limit lower than usual on a hot day",
                "Cooling water above 32 °C",
                "Normal derating of 3 % per degree; check the cooler and the sea chest",
            ],
        ],
        (52, 52, 66),
    ),
    ("h", "6. Starting and stopping"),
    (
        "ol",
        [
            "Check that the seal pressure unit shows 0.3-0.5 bar and that the seal oil tank is above its MIN mark.",
            "Open the cooling water valves and check the flow on the flow meter.",
            "Start the oil circulation pump from the control desk and wait for the FLOW OK lamp.",
            "Lower the ladder until the cutter is clear of the bottom.",
            "Set the cutter speed to 10 rpm and press START.",
            "Lower the ladder onto the face and raise the speed to the dredging value.",
            "To stop, lift the cutter clear of the face, set the speed to zero and press STOP.",
            "Keep the oil pump running for 10 min after the stop, then switch it off.",
        ],
    ),
    ("h", "7. Changing the cutter head"),
    (
        "ol",
        [
            "Lift the ladder out of the water and set it on the securing pins; isolate and lock the VFD.",
            "Sling the cutter head with the lifting gear named in the cutter head maker's manual; take up the slack.",
            "Remove the 8 locking plate bolts and the locking plate.",
            "Undo the shaft nut with the Baggerholt nut spanner BGH-NS-450 (CK-450) or BGH-NS-630 (CK-630).",
            "Pull the cutter head off the splined shaft with the puller; never heat the hub.",
            "Clean the splines and check them for cracks; coat them with anti-seize paste.",
            "Push the new cutter head on fully. Its mass must not exceed 6.5 t (CK-450) or 10.0 t (CK-630).",
            "Tighten the shaft nut until it stops and line up the next locking plate slot.",
            "Fit the locking plate and tighten its bolts crosswise to 640 Nm (CK-450) or 1250 Nm (CK-630).",
            "Run the cutter at 5 rpm out of the water for 2 min and listen for knocks.",
            "Check the bolt torque again after the first 8 h of dredging.",
        ],
    ),
    ("h", "8. Changing the gear oil and cleaning the oil cooler"),
    (
        "ol",
        [
            "Lift the ladder out of the water and let the oil cool below 50 °C.",
            "Isolate the cutter drive and the oil pump; close the seal pressure unit's air supply.",
            "Open the vent plug on top of the housing, then the drain valve, and drain the oil into a clean drum.",
            "Replace the oil filter element BGH-OF-20.",
            "Open the oil cooler and clean the plates with fresh water and a soft brush; refit it with new gaskets.",
            "Close the drain valve and fill with synthetic PAO gear oil ISO VG 320 through the filler on the seal "
            "pressure unit: 180 L (CK-450) or 260 L (CK-630).",
            "Run the oil pump for 15 min with the vent plug open until oil without bubbles comes out, then close it.",
            "Top up to the MAX mark of the seal oil tank and open the air supply.",
            "Check that the seal pressure unit shows 0.3-0.5 bar before lowering the ladder.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Seal oil tank level; seal overpressure; cooling water flow; oil temperature"],
            ["Weekly", "Locking plate bolt torque; cutter head and teeth (cutter head maker's manual)"],
            ["Monthly", "Oil sample for water content; motor insulation if the dredger was idle"],
            ["2000 h or 12 months, whichever comes first", "Oil filter element"],
            ["8000 h or 3 years, whichever comes first", "Gear oil change; oil cooler cleaning (section 8)"],
            ["16 000 h", "Shaft seal kit; motor bearings by Baggerholt service"],
        ],
        (70, 100),
    ),
    (
        "p",
        "Motor bearings, winding repairs and the gearbox planets are serviced by Baggerholt service only; no "
        "procedure for them is given here.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CK-450", "CK-630"],
            ["Shaft seal kit (lip seals, wear sleeve, O-rings)", "BGH-SK-450", "BGH-SK-630"],
            ["Oil filter element", "BGH-OF-20", "BGH-OF-20"],
            ["Speed encoder", "BGH-EN-01", "BGH-EN-01"],
            ["Locking plate with bolts", "BGH-LP-450", "BGH-LP-630"],
            ["Shaft nut spanner", "BGH-NS-450", "BGH-NS-630"],
            ["Moisture sensor", "BGH-MS-03", "BGH-MS-03"],
            ["Gear oil PAO ISO VG 320, 208 L drum", "BGH-GO-320", "BGH-GO-320"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Rammvik HH hydraulic pile hammers
RAMMVIK = [
    ("title", "Rammvik HH Hydraulic Impact Pile Hammers\nOperating and Maintenance Instructions - HH-90 and HH-120"),
    (
        "p",
        "Document RMV-OI-HH-04, Edition 2, June 2024. Rammvik Piling Systems. The HH-90 and HH-120 are single-acting "
        "hydraulic impact hammers for driving steel tubes, H-beams and sheet piles on land and from pontoons. A "
        "hydraulic cylinder lifts the ram; the ram falls freely onto the anvil and the hammer cushion, which pass "
        "the blow to the helmet and the pile. The stroke, and with it the blow energy, is set on the control panel. "
        "The two models differ in ram mass, energy, hydraulic demand and the items named in this manual; they are "
        "otherwise built alike. The hammer is run from a Rammvik power pack, which has its own manual (RMV-OM-PP). "
        "The crane or leader, the pile design and the driving criteria are the site's; the noise limits are set by "
        "the authority. The hammer is not designed for use under water.",
    ),
    (
        "warn",
        "WARNING: Keep everyone at least 20 m from the hammer while it drives, except the person at the pile who "
        "is in radio contact with the operator. Never stand under a hammer hanging from the crane. Never open a "
        "hydraulic line or the accumulator while the system is under pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HH-90", "HH-120"],
            ["Ram mass", "9000 kg", "12 000 kg"],
            ["Stroke, in steps of 0.1 m", "0.2-1.2 m", "0.2-1.2 m"],
            ["Blow energy at maximum stroke (m x g x h)", "106 kJ", "141 kJ"],
            ["Blow energy at minimum stroke", "17.7 kJ", "23.5 kJ"],
            ["Blow rate at maximum stroke / at minimum stroke", "38 / 80 per min", "36 / 76 per min"],
            ["Oil flow needed from the power pack", "300 L/min", "400 L/min"],
            ["Working pressure", "250 bar", "260 bar"],
            ["Hydraulic power needed (flow x pressure / 600)", "125 kW", "173 kW"],
            ["Hoses, pressure and return", "2 x DN32", "2 x DN38"],
            ["Longest hose set without approval by Rammvik", "60 m", "60 m"],
            ["Accumulator nitrogen pre-charge at 20 °C", "80 bar ±3 bar", "90 bar ±3 bar"],
            ["Hammer cushion stack height, new / replace below", "150 mm / 130 mm", "180 mm / 155 mm"],
            ["Housing bolts", "M36 10.9, 2800 Nm", "M42 10.9, 4500 Nm"],
            ["Mass of the hammer without helmet", "15.5 t", "20.5 t"],
            ["Largest tube pile with a Rammvik helmet", "1200 mm", "1800 mm"],
            ["Overall length", "6.8 m", "7.6 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The blow energies are potential energies of the ram (ram mass x 9.81 x stroke). The energy reaching the "
        "pile is lower and depends on the helmet, the cushion and the pile; it is not given in this manual. The "
        "blow rates hold with oil at 40-60 °C and the full flow from the power pack.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The operator must be trained on the hammer and the power pack and must see the pile or be in radio "
            "contact with a banksman who does.",
            "Wear hearing protection within 50 m of the hammer. The noise limits at the nearest houses and any noise "
            "shroud are decided by the authority and the site, not by this manual.",
            "Check the hammer sling and the crane's hook load before every lift; the crane sizing and the lift plan "
            "are the site's.",
            "Nitrogen only for the accumulator; never oxygen or air.",
            "Stop driving if the pile leaves its line or the helmet tilts on the pile head.",
        ],
    ),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Starting a pile"),
            (
                "p",
                "Start every pile at the minimum stroke of 0.2 m and keep it until the pile stands firmly and has "
                "gone at least 1 m into the ground. Then raise the stroke in steps of 0.1 m. Never start a pile on "
                "full stroke.",
            ),
            ("h", "Refusal"),
            (
                "p",
                "Stop driving when more than 200 blows are needed for 250 mm of penetration at full stroke (a set "
                "of less than 1.25 mm per blow). Tell the site engineer; the site's own driving criteria apply if "
                "they are stricter. Driving on at refusal damages the pile head, the anvil and the hammer cushion.",
            ),
            ("h", "Inclination"),
            (
                "p",
                "In a leader the hammer may drive raking piles up to 1:3. Hanging free from the crane it may only "
                "drive piles within ±5° of vertical.",
            ),
            ("h", "Oil temperature"),
            (
                "p",
                "Below 10 °C run the hammer at minimum stroke until the oil is at least 30 °C. The normal range is 30 "
                "to 70 °C. At 80 °C the control stops the hammer (H05).",
            ),
            ("h", "Accumulator pre-charge"),
            (
                "p",
                "The pre-charge is given at 20 °C. At other temperatures the correct value is p = p20 x (273 + t) / "
                "293, with t in °C. Check it with the hammer cold and the oil pressure released. A pre-charge more "
                "than 10 bar below the corrected value makes the pressure hoses jump at every blow.",
            ),
            ("h", "Blow count"),
            (
                "p",
                "The control panel counts blows and stores for each pile the blows per 250 mm and the stroke. The "
                "record is exported on a USB stick as a CSV file; the site's piling record format is the site's "
                "business.",
            ),
            ("warn", "Never run the hammer without a pile or with the ram resting on the cushion stops (dry firing)."),
        ],
    ),
    ("h", "4. Control panel codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["H01", "Emergency stop pressed", "Release it, check the area and reset"],
            ["H02", "Ram position sensor fault", "Check the sensor cable; replace the sensor RMV-PS-01"],
            ["H03", "Oil pressure low", "Check the power pack and the hose couplings"],
            ["H04", "Oil pressure high", "Check that the return hose coupling is fully made up"],
            ["H05", "Oil temperature 80 °C", "Let the oil cool; check the power pack cooler"],
            ["H06", "Ram does not reach the set stroke", "Check the accumulator pre-charge and the flow"],
            ["H07", "Dry firing detected (no pile resistance)", "Stop; check that the helmet sits on the pile"],
            ["H09", "Leak oil level high in the ram housing", "Drain the leak oil; check the lift cylinder seals"],
            ["H10", "Radio remote link lost", "The hammer stops; check the remote battery"],
            ["H11", "Blow counter memory full", "Export the record and clear the memory"],
            ["H12", "Power pack not ready", "See the power pack manual RMV-OM-PP"],
        ],
        (18, 60, 92),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Pressure hoses jump and whip at every blow",
                "Accumulator pre-charge too low",
                "Check and correct the pre-charge (section 7)",
            ],
            [
                "Blow rate well below the table value",
                "Oil too cold or too hot; power pack flow low",
                "Bring the oil to 30-70 °C; check the flow with the power pack manual",
            ],
            [
                "Pile head crushed or flared",
                "Driving at refusal; cushion worn; helmet too loose",
                "Check the blow count against the refusal limit; check the cushion height",
            ],
            [
                "Metallic ring at each blow",
                "Hammer cushion worn below its limit or cracked",
                "Replace the cushion stack (section 8)",
            ],
            [
                "Ram falls short of the set stroke",
                "Pre-charge low; lift valve worn",
                "Check the pre-charge; if it is right, call Rammvik service for the valve",
            ],
            [
                "Oil on the outside of the ram housing",
                "Leak oil overflowing; lift cylinder seals worn",
                "Drain the leak oil; replace the seals with kit RMV-SK-90 or RMV-SK-120",
            ],
        ],
        (52, 52, 66),
    ),
    ("h", "6. Setting up and driving"),
    (
        "ol",
        [
            "Check the hammer cushion height through the inspection window (section 1).",
            "Connect the hoses to the power pack with the engine stopped; make up every coupling until it clicks.",
            "Start the power pack and warm the oil as described in its manual.",
            "Lift the hammer with the crane and lower the helmet onto the pile head; check that it sits square.",
            "Set the stroke to 0.2 m and start. Drive the first 1 m on minimum stroke.",
            "Raise the stroke in steps of 0.1 m while watching the pile line and the blow count.",
            "Stop at the design level or at refusal (section 3).",
            "Set the stroke to zero, lift the hammer off the pile and export the blow record.",
        ],
    ),
    ("h", "7. Checking the accumulator pre-charge"),
    (
        "ol",
        [
            "Stop the power pack and wait 5 min; check that the pressure gauge on the hammer reads 0 bar.",
            "Remove the guard of the accumulator valve.",
            "Fit the Rammvik charging kit RMV-CK-01 with its gauge to the gas valve; keep the bottle valve shut.",
            "Read the pre-charge and the air temperature at the hammer.",
            "Work out the correct value: p = p20 x (273 + t) / 293, with 80 bar (HH-90) or 90 bar (HH-120) as p20.",
            "If it is more than 3 bar low, open the nitrogen bottle slowly and fill to the correct value.",
            "If it is high, release gas through the bleed screw of the kit.",
            "Remove the kit, check the valve with leak spray and refit the guard.",
        ],
    ),
    ("h", "8. Replacing the hammer cushion"),
    (
        "ol",
        [
            "Lay the hammer down on timber bearers, stop the power pack and lock the ram with the ram locking pin.",
            "Remove the helmet bolts and lift off the helmet.",
            "Take out the cushion stack (alternate discs of aluminium and Micarta) and measure it.",
            "Replace the whole stack if it is below 130 mm (HH-90) or 155 mm (HH-120), or if any disc is cracked.",
            "Fit the new stack RMV-HC-90 or RMV-HC-120 with an aluminium disc at the top and at the bottom.",
            "Refit the helmet and tighten its bolts to 2800 Nm (HH-90) or 4500 Nm (HH-120).",
            "Remove the ram locking pin before starting.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h of driving", "Grease the ram guides (6 nipples)"],
            ["Daily", "Housing bolt and helmet bolt torque; hoses; leak oil level; cushion height"],
            ["Weekly", "Accumulator pre-charge (section 7)"],
            ["500 000 blows or 12 months, whichever comes first", "Ram and anvil crack test by Rammvik service"],
            ["Every 2 years", "Hoses; accumulator inspection under the national pressure vessel rules"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HH-90", "HH-120"],
            ["Hammer cushion stack, complete", "RMV-HC-90", "RMV-HC-120"],
            ["Lift cylinder seal kit", "RMV-SK-90", "RMV-SK-120"],
            ["Ram position sensor", "RMV-PS-01", "RMV-PS-01"],
            ["Accumulator charging kit", "RMV-CK-01", "RMV-CK-01"],
            ["Housing bolt with nut", "RMV-HB-36", "RMV-HB-42"],
            ["Hose set 30 m", "RMV-HS-32", "RMV-HS-38"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Stilmaren JX-1200 jacking system
STILMAREN = [
    ("title", "Stilmaren JX-1200 Pin-and-Yoke Leg Jacking System\nOperation and Maintenance Manual"),
    (
        "p",
        "Document STM-OM-JX-12, Edition 1, January 2025. Stilmaren Offshore Systems. The JX-1200 raises and lowers "
        "the hull of a four-legged self-elevating (jack-up) construction platform on its legs and holds it there. "
        "Each leg is a steel tube of 2000 mm diameter with pin holes every 750 mm. At each leg a jacking unit with "
        "two lifting cylinders moves a lower yoke against an upper yoke fixed to the hull; hydraulic pins in the "
        "yokes engage the leg's pin holes in turn, so the hull climbs (or the leg is lowered) 750 mm per step. A "
        "common hydraulic power unit (HPU) and a control console on the bridge serve all four legs. The platform's "
        "operations manual, the site-specific assessment and the approval of the marine warranty surveyor decide "
        "where and in which weather the platform may be elevated; this manual covers the jacking system only.",
    ),
    (
        "warn",
        "WARNING: Never move a lifting cylinder unless the console shows that at least one yoke of the same leg is "
        "fully pinned. Never pull the pins of both yokes of a leg at the same time. Keep all persons out of the "
        "jackhouses while jacking.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Number of legs / jacking units", "4 / 4"],
            ["Leg diameter, pin hole spacing", "2000 mm, 750 mm"],
            ["Lifting capacity per leg (hull lifting)", "600 t"],
            ["Holding capacity per leg, both yokes pinned", "1200 t"],
            ["Preload capacity per leg, both yokes pinned", "900 t"],
            ["Lifting cylinders per leg, bore / rod / stroke", "2, 360 mm / 250 mm / 850 mm"],
            ["Working pressure at 600 t per leg", "289 bar"],
            ["Relief valve, lifting circuit", "320 bar"],
            ["Pin diameter / pin circuit pressure", "300 mm / 160 bar"],
            ["HPU pumps", "2 x 190 L/min, each with a 110 kW motor, 400 V 50 Hz"],
            ["Average jacking speed, both pumps / one pump", "about 12 m/h / about 7 m/h"],
            ["Hydraulic oil, HVLP 46, tank", "1600 L"],
            ["Oil cleanliness required", "ISO 4406 17/15/12 or better"],
            ["Hull inclination: alarm / automatic stop", "0.5° / 0.8°"],
        ],
        (90, 80),
    ),
    (
        "p",
        "The lifting capacity holds only with the hull load spread so that no leg carries more than 600 t, the hull "
        "level within 0.5° and the oil between 20 and 60 °C. The jacking speeds are averages over full steps "
        "including pin changes; they are lower with cold oil.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only the platform's trained jacking operator may run the console. A second person watches the legs "
            "and the water from the deck, in radio contact.",
            "Before jacking, check that the weather forecast is within the limits of section 3 for the whole "
            "operation, including a possible return.",
            "No crane lifts, no ballast transfers and no vessel alongside while jacking.",
            "Pins, yokes and leg holes may only be inspected with the leg locked and the HPU stopped and locked.",
            "Any damage to a leg, a pin hole or a yoke must be reported to the classification society before the "
            "next jacking; its repair is not covered by this manual.",
        ],
    ),
    ("h", "3. Jacking limits and settings"),
    (
        "cols",
        [
            ("h", "Weather"),
            (
                "p",
                "Jacking (going up or coming down) is allowed only with a significant wave height of no more than "
                "1.0 m, a wind of no more than 15 m/s (1 min mean at 10 m) and a current of no more than 1.0 m/s. "
                "The limits for the elevated platform are in the site-specific assessment, not here.",
            ),
            ("h", "Level"),
            (
                "p",
                "The console keeps the four leg loads within ±10 % of their mean while jacking and keeps the hull "
                "level. At 0.5° inclination it raises an alarm (J05); at 0.8° it stops all cylinders (J06). Correct "
                "the level leg by leg in manual mode, one step at a time.",
            ),
            ("h", "Pins"),
            (
                "p",
                "A pin counts as engaged only when both of its proximity switches confirm it. A pin change takes "
                "about 40 s. If a pin does not go in, move the cylinders by no more than 20 mm in manual mode to "
                "line up the hole, then try again.",
            ),
            ("h", "Touch-down and penetration"),
            (
                "p",
                "Lower the legs at no more than 0.5 step per minute for the last 2 m above the seabed. The expected "
                "penetration and the risk of punch-through are in the geotechnical report for the site; this manual "
                "gives no values.",
            ),
            ("h", "Preload"),
            (
                "p",
                "Preload is applied with ballast water on the hull, with both yokes of every leg pinned, never with "
                "the lifting cylinders. Load two diagonal legs at a time to no more than 900 t each. Hold the preload "
                "for at least 1 h; it is accepted when no leg settles more than 20 mm during the last 30 min.",
            ),
            ("h", "Air gap"),
            (
                "p",
                "The height of the hull above the water for the elevated platform is set by the site-specific "
                "assessment; the console only displays the leg positions.",
            ),
            ("h", "Oil"),
            (
                "p",
                "Start jacking only with oil at 20 °C or more; the HPU tank heater brings it up. Above 60 °C the "
                "HPU cooler fan runs; at 70 °C jacking stops (J09).",
            ),
        ],
    ),
    ("h", "4. Console alarms"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["J01", "Emergency stop", "Check the area; release and reset at the console"],
            ["J02", "Pin not confirmed", "Do not move the cylinders; line up the hole (section 3)"],
            ["J03", "Both yokes unpinned request blocked", "Engage one yoke first"],
            ["J04", "Leg load difference over ±10 %", "Stop; correct the level leg by leg in manual mode"],
            ["J05", "Hull inclination 0.5°", "Correct the level before going on"],
            ["J06", "Hull inclination 0.8°, all cylinders stopped", "Correct in manual mode, one step at a time"],
            ["J07", "Lifting pressure over 300 bar", "Check the leg load; check the hull for added load"],
            ["J08", "Oil level low", "Check for leaks; top up with HVLP 46"],
            ["J09", "Oil temperature 70 °C", "Let the oil cool; check the cooler fan"],
            ["J10", "Filter clogged", "Change the element of the filter shown (section 8)"],
            ["J11", "Cylinder position sensor fault", "Continue in manual mode only; replace the sensor"],
            ["J13", "One HPU pump failed", "Continue at the lower speed (section 1)"],
            ["J14", "Leg position mismatch over 150 mm", "Correct the leg positions in manual mode"],
            ["J15", "Console communication lost with a jackhouse", "All cylinders stop; check the network cable"],
        ],
        (18, 62, 90),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Hull keeps tilting towards one leg while going up",
                "That leg carries more load; deck load off centre",
                "Stop; move the deck load or ballast; correct the level in manual mode",
            ],
            [
                "A pin will not go into the hole",
                "Hole and pin not lined up; pin tip damaged",
                "Move the cylinders by no more than 20 mm and try again; inspect the pin",
            ],
            [
                "Jacking much slower than usual",
                "Cold oil; one pump off; filter clogged",
                "Warm the oil to 20 °C; check the pumps (J13) and filters (J10)",
            ],
            [
                "Leg sinks on in preload after 1 h",
                "Soft soil; penetration not finished",
                "Hold the preload until the 20 mm in 30 min rule is met; ask the site's geotechnical engineer",
            ],
            [
                "Knock when a yoke takes the load",
                "Pin not fully engaged; hole worn",
                "Check the pin switches; measure the hole (section 7)",
            ],
        ],
        (52, 52, 66),
    ),
    ("h", "6. Jacking the hull up"),
    (
        "ol",
        [
            "Check the weather limits, the oil temperature (20 °C or more) and that the deck is clear.",
            "Start both HPU pumps and lower all four legs to the seabed, the last 2 m at no more than 0.5 step per "
            "minute (section 3).",
            "Select AUTO UP on the console.",
            "With the legs on the seabed, the console lifts the hull step by step: lower yoke pinned, cylinders "
            "extend by 750 mm, upper yoke pins in, lower yoke pins out, cylinders retract.",
            "Stop when the hull is 0.5 m clear of the water and check the level and the leg loads.",
            "Apply the preload as in section 3 and hold it.",
            "Drain the preload ballast and jack up to the working height given in the site-specific assessment.",
            "Pin both yokes of every leg and select LOCKED. Stop the HPU.",
        ],
    ),
    ("h", "7. Measuring the leg pin holes"),
    (
        "ol",
        [
            "Jack the hull to a height where the holes to be measured are in the jackhouse.",
            "Pin both yokes of that leg, stop the HPU and lock it.",
            "Clean the hole and measure its diameter in two directions at right angles with the inside gauge.",
            "The difference between the two (ovality) must not exceed 3 mm.",
            "Measure the pin diameter; it may be worn by no more than 2 mm.",
            "Record the readings in the leg log with the hole number.",
            "If a limit is exceeded, tell the classification society before the next jacking.",
        ],
    ),
    ("h", "8. Changing the HPU filters"),
    (
        "ol",
        [
            "Stop and lock both pumps; wait 5 min.",
            "Close the isolating valves of the filter to be changed.",
            "Open the bleed screw and drain the housing into a tray.",
            "Replace the element: return filter STM-RF-10 (10 µm), pressure filter STM-PF-03 (3 µm).",
            "Close the bleed screw, open the valves and start one pump. Check for leaks.",
            "Take an oil sample after 1 h and check the cleanliness.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each jacking", "Oil level; pin switch test; emergency stop test"],
            ["Every 20 jacking operations or 3 months, whichever comes first", "Grease the pins and yoke guides"],
            ["Every 1000 h of HPU running or 12 months", "Filter elements; oil sample"],
            ["Every 12 months", "Pin hole measurement (section 7); cylinder rod inspection"],
            ["Every 5 years", "Cylinder seal replacement by Stilmaren service"],
        ],
        (80, 90),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element 10 µm", "STM-RF-10"],
            ["Pressure filter element 3 µm", "STM-PF-03"],
            ["Pin proximity switch", "STM-PX-02"],
            ["Cylinder position sensor", "STM-CP-85"],
            ["Lifting cylinder seal kit", "STM-SK-360"],
            ["Pin, complete with seals", "STM-PN-300"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Wavrendt AHC active heave compensated winches
WAVRENDT = [
    ("title", "Wavrendt AHC Active Heave Compensated Crane Winches\nUser Manual - AHC-25 and AHC-40"),
    (
        "p",
        "Document WVR-UM-AHC-03, Edition 2, October 2024. Wavrendt Marine Cranes. The AHC-25 and AHC-40 are "
        "electric main hoist winches with active heave compensation (AHC) for offshore knuckle boom cranes on "
        "construction and support vessels. A motion reference unit (MRU) measures the vessel's heave at the crane "
        "tip; the winch pays out and hauls in wire against that motion so that a load hanging in the water, or "
        "landed on the seabed, stays nearly still. The winch also has a normal crane mode and a constant tension "
        "(CT) mode. The two models differ in load, wire, speed, power and the items named here and are otherwise "
        "built alike. The crane structure, slewing and boom hydraulics are in the crane manual WVR-CM-KB; the MRU "
        "is supplied by its own maker, whose manual covers its mounting and set-up. The lift plan for every "
        "offshore lift is the vessel's.",
    ),
    (
        "warn",
        "WARNING: Never switch AHC on while the load, the hook or the rigging is on deck or hooked to anything "
        "fixed to the vessel. The winch will pay out and haul in wire by up to several metres without warning.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "AHC-25", "AHC-40"],
            ["Safe working load in AHC mode (single fall)", "25 t", "40 t"],
            ["Safe working load in normal crane mode", "30 t", "48 t"],
            ["Heave compensation, maximum amplitude", "±3.0 m", "±2.5 m"],
            ["Maximum line speed in AHC mode", "2.5 m/s", "2.0 m/s"],
            ["Line speed in normal crane mode, full load", "0-1.0 m/s", "0-0.8 m/s"],
            ["Wire rope, diameter / minimum breaking load", "36 mm / 1080 kN", "44 mm / 1620 kN"],
            ["Wire length on the drum", "1200 m", "1500 m"],
            ["Deepest lowering below the crane tip", "1000 m", "1300 m"],
            ["Drive motors, 690 V, water-cooled", "2 x 315 kW", "2 x 450 kW"],
            ["Brakes, spring-applied disc brakes", "2", "2"],
            ["Constant tension setpoint range", "5-60 % of AHC load", "5-60 % of AHC load"],
            ["Winch mass with wire", "38 t", "61 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The full amplitude holds only for wave periods of 8 s or longer. For shorter periods the amplitude the "
        "winch can compensate is limited by its line speed: A = v x T / (2 x pi), where v is the maximum line speed "
        "in AHC mode and T the heave period. The residual motion of the load is then no more than 10 % of the heave "
        "at the crane tip or 0.15 m, whichever is greater, provided the MRU is set up as in its maker's manual. The "
        "deepest lowering assumes a new wire with at least 5 dead turns left on the drum; every slip and cut "
        "(section 8) reduces it by the length cut off.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only crane operators trained on AHC may select AHC or CT mode.",
            "Cross the splash zone in normal crane mode. Switch AHC on only with the load at least 10 m below the "
            "surface.",
            "Never use AHC to lift people.",
            "Wear no loose clothing near the drum and the spooling gear; keep out of the bight of the wire.",
            "The wire discard criteria are those of ISO 4309 and the wire maker; the slip and cut of section 8 "
            "does not replace the wire inspection.",
        ],
    ),
    ("h", "3. Modes and limits"),
    (
        "cols",
        [
            ("h", "Normal crane mode"),
            (
                "p",
                "The winch works like an ordinary hoist. The safe working load is the normal mode value of section 1, "
                "further limited by the crane's load chart at the outreach in use.",
            ),
            ("h", "AHC mode"),
            (
                "p",
                "Select AHC with the load still, below the splash zone. The console shows COMP ACTIVE and, after "
                "three heave cycles, COMP OK. The load in AHC mode must not exceed the AHC value of section 1. The "
                "operator can still lower and raise the load at up to 0.3 m/s on top of the compensation.",
            ),
            ("h", "Constant tension mode"),
            (
                "p",
                "Used after landing a load on the seabed, so that the wire stays taut without lifting the load. Set "
                "the tension from 5 to 60 % of the AHC safe working load; the default is 10 %.",
            ),
            ("h", "Slack wire"),
            (
                "p",
                "In AHC mode, a wire load below 2 % of the AHC safe working load for more than 1 s counts as slack "
                "wire: the winch holds and shows E103.",
            ),
            ("h", "Power and energy"),
            (
                "p",
                "Hauling in at full AHC load and full line speed needs about F x v: 613 kW for the AHC-25 and 785 "
                "kW for the AHC-40. Energy from paying out goes back to the vessel's grid or to the brake resistor. "
                "The vessel's power management must keep the power available; this is the vessel's responsibility.",
            ),
            ("h", "Brakes"),
            (
                "p",
                "Each of the two brakes holds at least the normal mode safe working load on its own. The brakes close "
                "on power loss and on emergency stop. Test them as in section 7.",
            ),
            ("warn", "AHC mode needs a valid MRU signal. On loss of the signal (E105) the winch holds and AHC stops."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E101", "Emergency stop", "Check; release and reset"],
            ["E102", "Overload in AHC mode", "Lower the load in normal mode; check the lift plan"],
            ["E103", "Slack wire", "Haul in slowly in normal mode until the wire is taut"],
            ["E104", "Heave beyond the compensation range", "Wait for calmer sea; see the formula in section 1"],
            ["E105", "MRU signal lost or invalid", "Check the MRU and its cable; see the MRU maker's manual"],
            ["E106", "Drive motor temperature high", "Check the cooling water; reduce the duty"],
            ["E108", "Brake wear", "Measure the pads and replace them if below 8 mm (section 7)"],
            ["E109", "Spooling gear out of step", "Stop; realign the spooling gear in normal mode"],
            ["E110", "Brake resistor temperature high", "Check its fan; reduce paying out"],
            ["E111", "Drum end (5 dead turns reached)", "Do not pay out further"],
            ["E112", "Vessel power limit reached", "The winch slows; tell the bridge"],
        ],
        (18, 62, 90),
    ),
    ("h", "5. Symptoms"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            [
                "Load still moves up and down a lot with COMP OK shown",
                "Heave period shorter than 8 s; MRU set-up wrong",
                "Check the amplitude against A = v x T / (2 x pi); have the MRU set-up checked",
            ],
            [
                "AHC switches off by itself and the winch holds",
                "MRU signal lost",
                "Check the MRU cable and power; follow the MRU maker's manual",
            ],
            [
                "Wire crosses or jumps on the drum",
                "Spooling gear out of step; too little back tension",
                "Realign the spooling gear; spool on with at least 2 % of the rope's breaking load",
            ],
            [
                "Brake smells hot after a long AHC operation",
                "Brake dragging; pads worn",
                "Check the air gap (section 7); replace the pads if below 8 mm",
            ],
            [
                "Winch slows down during fast hauling",
                "Vessel power limit (E112)",
                "Ask the bridge to start another generator",
            ],
        ],
        (52, 52, 66),
    ),
    ("h", "6. Landing a load on the seabed"),
    (
        "ol",
        [
            "Run the function test (item 1 of section 9) before the lift.",
            "Lift the load off deck and cross the splash zone in normal crane mode.",
            "Lower it to at least 10 m below the surface and stop.",
            "Select AHC and wait until COMP OK is shown.",
            "Lower at no more than 0.3 m/s to 5 m above the seabed.",
            "Lower at no more than 0.1 m/s until touchdown.",
            "When the load is down, select CT mode with the tension set to 10 %.",
            "Release the rigging with the ROV, then haul in the hook in AHC mode.",
            "Switch AHC off only with the hook at least 10 m below the surface.",
        ],
    ),
    ("h", "7. Brake test and air gap"),
    (
        "ol",
        [
            "Hang a test weight equal to the normal mode safe working load (30 t or 48 t) just clear of the deck.",
            "Open brake 2 with its test switch; brake 1 must hold the load for 5 min without slipping.",
            "Close brake 2, open brake 1 and repeat.",
            "Lower the weight onto deck and stop the winch.",
            "Measure the air gap of each brake with a feeler gauge: 1.0-1.5 mm.",
            "Measure the pad thickness: new 14 mm, replace below 8 mm.",
            "Record the results in the crane log.",
        ],
    ),
    ("h", "8. Slip and cut of the wire"),
    (
        "p",
        "AHC wears the wire where it runs over the sheaves during compensation. Every 1000 h in AHC mode cut off "
        "50 m at the outer end and refit the socket as described by the socket maker. Never let the wire on the "
        "drum fall below 1100 m (AHC-25) or 1400 m (AHC-40); then fit a new wire.",
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Before each lift", "Function test: brakes, emergency stop, COMP OK with no load at the surface"],
            ["Weekly", "Grease the spooling gear; check the wire for broken wires and crushing"],
            ["Every 1000 h in AHC mode", "Slip and cut of the wire (section 8)"],
            ["Every 6 months", "Brake test and air gap (section 7); drive motor insulation"],
            ["Every 12 months", "Gearbox oil change, 120 L (AHC-25) or 180 L (AHC-40), CLP 220"],
            ["Every 5 years or as required by the class", "Load test witnessed by the classification society"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "AHC-25", "AHC-40"],
            ["Brake pad set (one brake)", "WVR-BP-25", "WVR-BP-40"],
            ["Wire rope, complete", "WVR-WR-36", "WVR-WR-44"],
            ["Wire socket", "WVR-WS-36", "WVR-WS-44"],
            ["Spooling gear follower block", "WVR-SF-25", "WVR-SF-40"],
            ["Drive encoder", "WVR-EN-02", "WVR-EN-02"],
            ["Gearbox oil CLP 220, 20 L", "WVR-GO-220", "WVR-GO-220"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("baggerholt-ck-cutter-suction-dredger-cutter-drive.pdf", "Baggerholt BGH-OM-CK-07 Ed 3 - CK-450 / CK-630",
         BAGGERHOLT),
        ("rammvik-hh-hydraulic-pile-hammer.pdf", "Rammvik RMV-OI-HH-04 Ed 2 - HH-90 / HH-120", RAMMVIK),
        ("stilmaren-jx-jack-up-leg-jacking-system.pdf", "Stilmaren STM-OM-JX-12 Ed 1 - JX-1200", STILMAREN),
        ("wavrendt-ahc-heave-compensated-crane-winch.pdf", "Wavrendt WVR-UM-AHC-03 Ed 2 - AHC-25 / AHC-40", WAVRENDT),
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
