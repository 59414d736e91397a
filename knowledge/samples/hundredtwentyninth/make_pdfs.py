"""Generate the PDF manuals of the hundred-and-twenty-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set129-scratch/venv && /tmp/set129-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set129-scratch/venv/bin/python knowledge/samples/hundredtwentyninth/make_pdfs.py

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


# ---------------------------------------------------------------- Mestrand TW windrow turners
MESTRAND = [
    ("title", "Mestrand TW Self-Propelled Windrow Turners\nOperation and Maintenance Manual - TW-35 and TW-42"),
    (
        "p",
        "Document MST-OM-TW-03, Edition 2, March 2025. Mestrand Compost Machinery. The TW-35 and TW-42 are tracked "
        "straddle turners for phase I mushroom compost made from wheat straw, horse and chicken manure and gypsum. "
        "The machine drives over the windrow, lifts the compost with a horizontal rotor fitted with paddles, opens "
        "and mixes it and lays it down behind the machine as a new windrow of the same shape. A water bar in front "
        "of the rotor adds water while turning. Apart from the windrow size, the engine, the rotor and the values "
        "given for each model, the two machines are built alike. The compost recipe, the turning schedule and the "
        "amount of water to add are set by the site's compost recipe; this manual gives the machine's limits only. "
        "The diesel engine is covered by the engine maker's manual supplied with the machine.",
    ),
    (
        "warn",
        "WARNING: The rotor throws compost, stones and pieces of metal a long way. Nobody may stand within 20 m in "
        "front of the machine or within 10 m behind it while the rotor turns. Never clear the rotor or the hood "
        "with the engine running: stop the engine, remove the key and wait until the rotor has stopped.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TW-35", "TW-42"],
            ["Windrow width at the base, maximum", "3.5 m", "4.2 m"],
            ["Windrow height, maximum", "1.8 m", "2.2 m"],
            ["Cross-section of a full-size windrow", "4.1 m²", "5.9 m²"],
            [
                "Turning capacity, full-size windrow of mushroom compost at 0.65 t/m³, forward speed 7.5 m/min",
                "up to 1200 t/h",
                "up to 1700 t/h",
            ],
            ["Working speed, forward", "0-12 m/min", "0-10 m/min"],
            ["Travel speed on the yard (tracks, not for public roads)", "0-2.5 km/h", "0-2.5 km/h"],
            ["Rotor diameter over the paddle tips, new paddles", "1000 mm", "1150 mm"],
            ["Rotor speed, engine at 1900 rpm", "230 rpm", "210 rpm"],
            ["Paddle tip speed", "12.0 m/s", "12.6 m/s"],
            ["Paddles on the rotor", "48", "56"],
            ["Paddle length from the rotor tube, new / wear limit", "180 mm / 155 mm", "180 mm / 155 mm"],
            ["Diesel engine, Stage V, rated power at 1900 rpm", "129 kW", "175 kW"],
            ["Fuel tank / DEF tank", "300 L / 30 L", "400 L / 40 L"],
            ["Hydraulic oil HVLP 46, whole system", "180 L", "240 L"],
            ["Rotor relief valve", "350 bar", "380 bar"],
            ["Water bar nozzles", "14", "17"],
            ["Water injection, at 3.0 bar at the nozzles", "up to 330 L/min", "up to 400 L/min"],
            ["Water inlet", "DN 75 cam coupling", "DN 75 cam coupling"],
            ["Operating mass, tanks full", "11 800 kg", "15 400 kg"],
            ["Ground pressure of the tracks", "0.52 bar", "0.58 bar"],
            ["Overall height, hood lowered / overall width", "3.6 m / 4.6 m", "4.0 m / 5.4 m"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The turning capacity holds only for a full-size windrow of mushroom compost with a bulk density of 0.65 "
        "t/m³ and a moisture of 70-75 %, with all paddles within their wear limit. For other windrows: capacity "
        "(t/h) = forward speed (m/min) x 60 x cross-section (m²) x bulk density (t/m³). Example: a TW-35 at 7.5 "
        "m/min in a full-size windrow turns 7.5 x 60 x 4.1 x 0.65 = 1199 t/h. Fresh straw at the start of phase I "
        "is lighter and stiffer: below a bulk density of 0.4 t/m³ keep the forward speed at or below 6 m/min, "
        "because the rotor overloads before the capacity is reached. The water injection figures hold at 3.0 bar "
        "at the nozzles; the flow at other pressures is not given here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained operators holding the site's driving permit may drive the turner. A second person on the "
            "yard must stay in radio contact with the driver.",
            "Windrows give off ammonia and, where the compost has gone anaerobic, hydrogen sulphide. Keep the cab "
            "door closed and the cab pressurisation fan on, with the combined particle and ammonia filter "
            "MST-CF-21 fitted. The site's gas measurements and exposure limits apply; they are not given here.",
            "Never work under the raised hood unless both hood props are in place.",
            "Drive on the yard at no more than 2.5 km/h and never on slopes of more than 8 %. While turning, the "
            "floor must not slope more than 3 % across the windrow.",
            "Refuel only with the engine stopped. Keep the engine bay and the radiator free of straw: straw dust on "
            "hot engine parts is a fire risk. A 12 kg powder extinguisher is carried in the cab.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Rotor engagement"),
            (
                "p",
                "Engage the rotor only with the engine at idle, no more than 1000 rpm, then raise the engine speed "
                "to 1900 rpm before driving into the windrow. The control refuses to engage the rotor clutch above "
                "1000 rpm. Disengage the rotor before the engine speed falls below 1400 rpm under load.",
            ),
            ("h", "Rotor height"),
            (
                "p",
                "Set the skid shoes so that the paddle tips run 30-50 mm above the yard floor. The paddles must "
                "never touch the concrete: a paddle that strikes the floor bends and unbalances the rotor. On a "
                "worn or uneven floor set at least 50 mm.",
            ),
            ("h", "Forward speed and rotor load"),
            (
                "p",
                "In AUTO the control holds the forward speed so that the rotor pressure stays below 280 bar. If the "
                "pressure rises above 280 bar the travel slows down; at 320 bar for more than 3 s the travel stops "
                "and A05 is shown. The rotor relief valve is set to 350 bar (TW-35) or 380 bar (TW-42) and must not "
                "be reset on site.",
            ),
            ("h", "Water dosing"),
            (
                "p",
                "The water bar doses in litres per tonne of compost turned, set in the WATER menu (0-40 L/t). The "
                "flow follows the forward speed: flow (L/min) = setpoint (L/t) x capacity (t/h) / 60. The flow "
                "cannot exceed 330 L/min (TW-35) or 400 L/min (TW-42); when the setpoint would need more, the "
                "control slows the travel and shows the symbol W. Example: 20 L/t at 1200 t/h needs 400 L/min, "
                "more than a TW-35 can deliver; 16 L/t at 1200 t/h needs 320 L/min.",
            ),
            ("h", "Water supply"),
            (
                "p",
                "The site's supply at the inlet coupling must give at least 2.0 bar and no more than 6.0 bar while "
                "the bar is dosing. Recycled yard water must pass the 500 µm strainer; its quality is the site's "
                "concern.",
            ),
            ("h", "Track tension"),
            (
                "p",
                "Measure the sag of the top run midway between the front idler and the carrier roller: 25-35 mm "
                "(TW-35) or 30-40 mm (TW-42). Too tight wears the idlers and the sprockets; too slack lets the "
                "track jump off in wet straw.",
            ),
            ("h", "Engine cooling"),
            (
                "p",
                "In straw dust clean the radiator screen at least every 4 h of work, or sooner when A02 appears.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "A01",
                "Emergency stop",
                "One of the three emergency stop buttons (cab, left and right of the hood) pressed. Release it, "
                "check the area, press RESET.",
            ],
            [
                "A02",
                "Engine coolant hot",
                "Coolant above 105 °C: radiator screen blocked with straw dust or fan belt slipping. Idle for 3 "
                "min, stop and clean the screen.",
            ],
            ["A03", "Engine oil pressure low", "Below 1.0 bar at idle. Stop the engine at once; check the oil level."],
            [
                "A04",
                "Hydraulic oil hot",
                "Above 85 °C: oil cooler blocked, or the rotor worked close to its pressure limit for long periods.",
            ],
            [
                "A05",
                "Rotor overload",
                "Rotor pressure above 320 bar for more than 3 s, travel stopped. Reverse 2 m, let the rotor clear "
                "and drive on more slowly.",
            ],
            [
                "A06",
                "Rotor speed low",
                "Below 180 rpm (TW-35) or 165 rpm (TW-42) with the rotor engaged: engine speed too low, rotor "
                "clutch slipping or rotor wrapped.",
            ],
            [
                "A07",
                "Water pressure low",
                "Below 1.5 bar at the nozzles while dosing: supply under 2.0 bar, strainer blocked or hose kinked.",
            ],
            ["A09", "Guidance sensor", "Ultrasonic windrow sensor dirty or faulty. Clean it or steer by hand."],
            [
                "A10",
                "Track tension low",
                "Tension cylinder pressure below 80 bar. Check the track sag (section 8) and the cylinder for leaks.",
            ],
            ["A11", "DEF low", "DEF tank below 10 %. The engine control cuts the power when the tank is empty."],
            ["A12", "Service due", "500 h since the last service. The machine still works."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Compost left in lumps, straw not opened up",
                "Paddles worn below 155 mm, rotor speed low, or forward speed too high",
                "Measure the paddles (section 7); keep the engine at 1900 rpm; drive slower",
            ],
            [
                "New windrow lower on one side or laid off-centre",
                "Hood deflector flaps set unevenly, or one end of the rotor wrapped with twine",
                "Set both flaps to the same notch; clear the rotor with the engine stopped",
            ],
            [
                "Strong vibration at the rotor",
                "Paddle broken or missing, or paddles not replaced in opposite pairs",
                "Stop at once; replace the paddles in opposite pairs (section 7)",
            ],
            [
                "Water bar wets only one side of the windrow",
                "Nozzles blocked on the other side or strainer half blocked",
                "Clean the strainer; check each nozzle",
            ],
            [
                "Turner pulls to one side on the yard",
                "Track tension uneven, or guidance sensor dirty",
                "Check the sag on both tracks (section 8); clean the sensors",
            ],
            [
                "Engine loses power and smokes black",
                "Air filter blocked by straw dust",
                "Clean the pre-cleaner bowl; clean or replace the air filter",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Turning a windrow"),
    (
        "ol",
        [
            "Walk round the windrow: remove nets, baler twine, wire and stones from the windrow ends and check that "
            "nobody is within the danger zone.",
            "If water is to be added, connect the supply hose to the inlet coupling and open the site valve.",
            "Start the engine and let it idle until the coolant is above 40 °C.",
            "Lower the hood and set the skid shoes for a tip clearance of 30-50 mm.",
            "At idle, no more than 1000 rpm, engage the rotor.",
            "Raise the engine speed to 1900 rpm.",
            "Line the turner up so that the windrow centre is on the centre mark of the hood.",
            "Select AUTO travel and enter the water setpoint (L/t) from the site's compost recipe.",
            "Drive into the windrow at 3 m/min and raise the speed while the rotor pressure stays below 280 bar.",
            "At the end of the windrow let the rotor clear, stop the travel, bring the engine to idle and disengage "
            "the rotor.",
            "Close the site water valve; in frost drain the water bar through its two drain cocks.",
        ],
    ),
    ("h", "7. Replacing rotor paddles"),
    (
        "ol",
        [
            "Park on level ground, raise the hood fully and fit both hood props.",
            "Stop the engine, remove the key and insert the rotor lock pin.",
            "Measure each paddle from the rotor tube to the tip. Replace every paddle shorter than 155 mm, and "
            "always the opposite paddle (180° round the rotor) with it.",
            "Remove the two M20 bolts of each paddle and discard them; paddle bolts are never reused.",
            "Clean the paddle seats on the rotor tube.",
            "Fit the new paddles as a weighed pair from one bag: their masses differ by no more than 50 g.",
            "Fit new M20 x 60 bolts, grade 10.9, with new washers and lock nuts, and tighten them to 540 Nm.",
            "Remove the rotor lock pin, turn the rotor one full turn by hand and check that no paddle touches the "
            "hood.",
            "Run the rotor for 5 min at idle, stop, and tighten the new bolts again to 540 Nm.",
            "Check the torque once more after 10 h of work.",
        ],
    ),
    ("h", "8. Adjusting the track tension"),
    (
        "ol",
        [
            "Drive 3 m forward on level concrete and stop without braking hard, so that the slack is in the top run.",
            "Measure the sag midway between the front idler and the carrier roller.",
            "To tighten, pump grease into the tension cylinder valve with a grease gun.",
            "To slacken, stand to the side and open the valve by no more than 1 turn: the grease is under high "
            "pressure.",
            "Drive 3 m forward and back and measure again.",
            "Set both tracks within the model's range and within 5 mm of each other.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 4 h in straw dust", "Clean the radiator screen; empty the air filter pre-cleaner bowl"],
            [
                "Daily (10 h)",
                "Grease the rotor bearings (2 strokes each); check engine oil, coolant and hydraulic oil; check "
                "paddles and bolts",
            ],
            ["50 h", "Check the track tension (section 8) and the hydraulic hoses"],
            ["250 h", "Engine oil and filter, as the engine maker's manual says"],
            ["500 h or 12 months, whichever comes first", "Hydraulic return filter, fuel filters; reset A12"],
            [
                "1000 h or 2 years, whichever comes first",
                "Change the hydraulic oil; change the rotor gearbox oil SAE 80W-90 (14 L TW-35, 18 L TW-42)",
            ],
            ["Yearly", "Mestrand service: rotor bearings, rotor clutch, frame and hood inspection"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "TW-35", "TW-42"],
            ["Paddle, weighed pair", "MST-PD-35P", "MST-PD-42P"],
            ["Paddle bolt kit M20 10.9 (2 bolts, washers, lock nuts)", "MST-PB-20", "MST-PB-20"],
            ["Water nozzle", "MST-WN-04", "MST-WN-04"],
            ["Strainer element 500 µm", "MST-ST-500", "MST-ST-500"],
            ["Hydraulic return filter", "MST-HF-35", "MST-HF-42"],
            ["Cab filter, particle and ammonia", "MST-CF-21", "MST-CF-21"],
            ["Track chain, complete", "MST-TC-35", "MST-TC-42"],
            ["Rotor bearing (fitted by Mestrand service)", "MST-RB-35", "MST-RB-42"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Myceltra SF spawn mixing and tunnel filling
MYCELTRA = [
    (
        "title",
        "Myceltra SF Spawn Mixing and Tunnel Filling Machines\nOperating and Maintenance Manual - SF-60 and SF-90",
    ),
    (
        "p",
        "Document MYC-OM-SF-02, Edition 1, June 2024. Myceltra Filling Systems. The SF-60 and SF-90 take phase II "
        "compost from the tunnel emptying line, loosen it, weigh it, mix grain spawn into it and deliver it to the "
        "tunnel filling conveyor, which fills a phase III (spawn-run) tunnel, or to a shelf filling line. The "
        "machine consists of the receiving hopper with its floor belt, the picker drum, the weighing belt, the "
        "spawn doser, the two mixing screws and the discharge belt. Apart from the capacity and the values given "
        "for each model, the two machines are built alike. The emptying line, the tunnel filling conveyor and the "
        "shelf filling machine have their own manuals. The spawn rate, the supplement rate and the compost "
        "temperature at spawning are set by the site's growing plan with the spawn supplier.",
    ),
    (
        "warn",
        "WARNING: The picker drum and the mixing screws can draw in a hand or a sleeve in a fraction of a second. "
        "Never reach into the hopper or open a cover while the machine is switched on. Lock the main switch in the "
        "0 position before any cleaning or maintenance.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SF-60", "SF-90"],
            ["Rated capacity, phase II compost at a bulk density of 0.45 t/m³", "60 t/h", "90 t/h"],
            ["Receiving hopper volume", "8 m³", "12 m³"],
            ["Floor belt width", "1200 mm", "1600 mm"],
            ["Picker drum diameter / speed", "650 mm / 110 rpm", "650 mm / 110 rpm"],
            ["Picker teeth, new length / replace when worn by more than", "60 mm / 15 mm", "60 mm / 15 mm"],
            ["Weighing belt load cells", "2 x 500 kg", "2 x 1000 kg"],
            ["Spawn hopper", "250 L", "400 L"],
            ["Spawn dose, settable", "2-15 kg/t", "2-15 kg/t"],
            ["Spawn doser output, maximum", "12 kg/min", "18 kg/min"],
            ["Spawn dose accuracy, 30-100 % of rated capacity", "±3 %", "±3 %"],
            ["Supplement doser (option)", "0-60 kg/min", "0-90 kg/min"],
            ["Mixing screws, two, diameter / speed", "400 mm / 85 rpm", "500 mm / 70 rpm"],
            ["Discharge belt width / speed", "800 mm / 1.2 m/s", "1000 mm / 1.2 m/s"],
            ["Installed power", "18.5 kW", "27.5 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "40 A gG", "63 A gG"],
            ["Compressed air for doser cleaning, at 6 bar", "150 NL/min", "150 NL/min"],
            ["Noise at the operator panel", "78 dB(A)", "80 dB(A)"],
            ["Mass", "4300 kg", "5700 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The rated capacity holds for phase II compost of 0.45 t/m³ that leaves the emptying line loose. Wetter, "
        "heavier compost is weighed correctly, but the floor belt may have to run slower to keep the mixing screws "
        "below their torque limit.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site may operate the machine. Keep the pull cords along the floor belt and "
            "the discharge belt free.",
            "Spawn dust and compost dust can cause allergies. Wear the dust mask set out in the site's hygiene plan "
            "when filling the spawn hopper.",
            "Never stand on the hopper edge or on the belt covers. Use the access platform with its gate closed.",
            "The machine is moved between the emptying and the filling positions only with the hopper empty and "
            "the supply cable unplugged.",
        ],
    ),
    ("h", "3. Dosing and hygiene settings"),
    (
        "cols",
        [
            ("h", "Spawn dose"),
            (
                "p",
                "Enter the dose in kg of spawn per tonne of compost (DOSE menu, 2-15 kg/t). The doser follows the "
                "weighed compost flow: spawn flow (kg/min) = compost flow (t/h) x dose (kg/t) / 60. When the dose "
                "would need more than the doser's maximum (12 kg/min SF-60, 18 kg/min SF-90), the control slows "
                "the floor belt and shows S08. Example: at 15 kg/t an SF-60 takes no more than 12 x 60 / 15 = 48 "
                "t/h of compost.",
            ),
            ("h", "Dose accuracy"),
            (
                "p",
                "The ±3 % holds only between 30 % and 100 % of the rated capacity, with a belt scale zeroed that "
                "day and calibrated within the last month, and with spawn that flows freely. Below 30 % the doser "
                "runs in pulses and no accuracy is given.",
            ),
            ("h", "Compost at the infeed"),
            (
                "p",
                "A temperature probe in the hopper reads the compost. Above 28 °C the machine shows S04 and, if "
                "the site has chosen so in SET > LIMITS, stops the floor belt. The spawning temperature itself is "
                "the site's; the machine only warns.",
            ),
            ("h", "Spawn handling"),
            (
                "p",
                "Use spawn within 4 h of taking it from the cold store and keep the bags closed until they are "
                "emptied into the hopper. Break up clumped spawn by rolling the closed bag; never push spawn "
                "through the hopper grid with a tool while the doser runs.",
            ),
            ("h", "Weighing belt"),
            (
                "p",
                "Zero the belt scale every day before the first run, with the belt running empty for two full "
                "revolutions (ZERO key). Calibrate it with the test weights every month (section 7).",
            ),
            ("h", "Hygiene zones"),
            (
                "p",
                "The machine stands at the border between the dirty side (tunnel emptying) and the clean side "
                "(spawned compost). Clean and disinfect it after every run (section 9). The disinfectant, its "
                "strength and its contact time are set by the site's hygiene plan; this manual gives none.",
            ),
        ],
    ),
    ("h", "4. Messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["S01", "Emergency stop", "Emergency stop button or a pull cord operated. Find the cause, reset."],
            ["S02", "Cover open", "A cover or the platform gate interlock is open."],
            [
                "S03",
                "Floor belt overload",
                "Motor protection tripped: compost compacted in the hopper. Lock out and loosen the compost.",
            ],
            ["S04", "Compost hot", "Compost above 28 °C at the hopper probe."],
            [
                "S05",
                "Spawn hopper empty",
                "Level sensor uncovered for 10 s. The doser stops and the floor belt stops 5 s later, so no "
                "unspawned compost leaves the machine.",
            ],
            [
                "S06",
                "Belt scale unstable",
                "Reading varies by more than 5 % at a steady feed: compost under the weighing belt or on the load "
                "cells, or the belt scraper stuck.",
            ],
            [
                "S07",
                "Belt scale zero out of range",
                "Zero more than 2 % away from the calibration zero: compost stuck on the weighing belt.",
            ],
            [
                "S08",
                "Doser at maximum",
                "The dose needs more than the doser's maximum output; the floor belt is slowed.",
            ],
            [
                "S10",
                "Mixing screw blocked",
                "Screw torque over the limit for 5 s: a foreign body (net piece, stone, wood). Lock out, clear.",
            ],
            ["S11", "Discharge belt stopped", "Speed monitor: belt slipping or misaligned."],
            ["S12", "Filling conveyor not ready", "The tunnel filling conveyor has not sent its ready signal."],
            ["S13", "Air pressure low", "Compressed air below 5 bar; the doser cleaning does not work."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Spawn in clumps in the tunnel, patches without spawn",
                "Spawn warmed and clumped, doser brush worn, or compost flow below 30 % of capacity",
                "Use spawn within 4 h of the cold store; check the doser brush; keep the flow above 30 %",
            ],
            [
                "Belt scale reading jumps about",
                "Compost under the weighing belt or on the load cells",
                "Lock out, clean under the belt and the load cells, then zero the scale",
            ],
            [
                "Compost lumps in the tunnel",
                "Picker teeth worn by more than 15 mm, or compost too wet",
                "Replace the worn teeth; tell the site's compost department",
            ],
            [
                "Spawn used up faster than the dose says",
                "Scale reading low (not zeroed or not calibrated), or doser not calibrated",
                "Zero and calibrate the scale (section 7); do the bucket test (section 8)",
            ],
            [
                "Floor belt crawls although the hopper is full",
                "Dose too high for the compost flow (S08)",
                "Lower the dose or accept the lower flow: maximum flow (t/h) = doser maximum (kg/min) x 60 / dose",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting a spawning run"),
    (
        "ol",
        [
            "Check that the machine has been cleaned and disinfected since the last run and that all covers are "
            "closed.",
            "Switch on, let the self-test finish and press ZERO with the weighing belt running empty.",
            "Fill the spawn hopper; keep at least one bag in reserve at the platform.",
            "Enter the dose from the growing plan in the DOSE menu.",
            "Check that the tunnel filling conveyor shows ready (S12 clear).",
            "Start the discharge belt, the mixing screws and the doser in that order with the START key.",
            "Call for compost from the emptying line.",
            "Watch the compost flow and the spawn flow on the display for the first 5 min.",
            "At the end of the run let the hopper empty, stop the floor belt and let the screws and belts run empty "
            "for 2 min.",
            "Note the tonnes and the spawn used from the run counter.",
        ],
    ),
    ("h", "7. Calibrating the belt scale"),
    (
        "ol",
        [
            "Clean the weighing belt, the frame and the load cells.",
            "Run the belt empty and press ZERO.",
            "Stop the belt and lock out.",
            "Hang the test weights on the two weigh frame hooks: 2 x 100 kg (SF-60) or 2 x 200 kg (SF-90).",
            "Release the lock-out, select SET > SCALE > CAL and run the belt for three revolutions.",
            "Enter the test weight total. The reading must then agree within ±1 %.",
            "Remove the weights and zero again.",
        ],
    ),
    ("h", "8. Calibrating the spawn doser (bucket test)"),
    (
        "ol",
        [
            "Fill the spawn hopper with the spawn to be used.",
            "Remove the doser outlet chute and place a clean, tared bucket under the outlet.",
            "Select SET > DOSER > TEST. The doser runs for 60 s at 50 % of its maximum output.",
            "Weigh the spawn in the bucket and enter the net mass.",
            "Repeat the test. The two tests must agree within 2 %.",
            "The control computes the doser factor. It must lie within 0.85-1.15; outside, check the dosing "
            "roller and the brush before using the machine.",
            "Return the spawn to the hopper and refit the chute.",
        ],
    ),
    ("h", "9. Cleaning and disinfecting after a run"),
    (
        "ol",
        [
            "Run all belts and screws empty, then lock out the main switch.",
            "Empty the spawn hopper into closed bags; spawn left over is handled as the growing plan says.",
            "Blow the doser clean with compressed air.",
            "Remove compost from the hopper, the picker drum and the screws with a shovel and brush.",
            "Wash the machine with water at no more than 40 bar; keep the jet off the load cells and the motor "
            "seals.",
            "Apply the disinfectant from the site's hygiene plan and keep the contact time it gives.",
            "Rinse, let the machine drain and close all covers.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every run", "Clean and disinfect (section 9); zero the belt scale before the first run of the day"],
            ["Weekly", "Check the picker teeth and the doser brush; check the belt tracking"],
            ["Monthly", "Calibrate the belt scale (section 7); do the bucket test (section 8)"],
            [
                "1000 h or 12 months, whichever comes first",
                "Change the mixing screw gearbox oil (CLP 220, 4.5 L SF-60, 7 L SF-90)",
            ],
            ["Yearly", "Myceltra service: bearings, belts, electrical inspection"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "SF-60", "SF-90"],
            ["Picker tooth with bolt", "MYC-PT-60", "MYC-PT-60"],
            ["Doser brush", "MYC-DB-12", "MYC-DB-18"],
            ["Dosing roller", "MYC-DR-12", "MYC-DR-18"],
            ["Load cell", "MYC-LC-500", "MYC-LC-1000"],
            ["Floor belt (fitted by Myceltra service)", "MYC-FB-1200", "MYC-FB-1600"],
            ["Hopper temperature probe", "MYC-TP-04", "MYC-TP-04"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Frioplen VC vacuum coolers
FRIOPLEN = [
    ("title", "Frioplen VC Vacuum Coolers for Mushrooms\nUser and Maintenance Manual - VC-4 and VC-8"),
    (
        "p",
        "Document FRP-OM-VC-04, Edition 3, February 2025. Frioplen Vacuum Cooling. The VC-4 and VC-8 cool freshly "
        "harvested mushrooms on pallets by vacuum: as the chamber pressure falls, water evaporates from the "
        "mushrooms and the heat this takes cools them. The water vapour is frozen out on the refrigerated "
        "condenser (cold trap), so that the vacuum pumps only have to remove air. Apart from the chamber size and "
        "the values given for each model, the two coolers are built alike. The cooling times and weight losses in "
        "this manual are for white and brown button mushrooms only; other products are not covered. The "
        "refrigeration condensing unit and the inspection of its pressure equipment are covered by the "
        "refrigeration contractor's documents.",
    ),
    (
        "warn",
        "WARNING: Never enter the chamber unless the door is fully open with its safety pin in and the main switch "
        "is locked off. The red handle inside the chamber opens the vent valve and stops the cycle.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VC-4", "VC-8"],
            ["Pallet positions, 1200 x 1000 mm, up to 2.2 m high", "4", "8"],
            ["Chamber inside, L x W x H", "2.6 x 2.6 x 2.4 m", "5.0 x 2.6 x 2.4 m"],
            ["Chamber volume", "16 m³", "31 m³"],
            ["Product load, mushrooms, maximum", "1400 kg", "2800 kg"],
            [
                "Cooling time, full load from 18 °C to 3 °C, open crates or perforated punnet film",
                "20-25 min",
                "22-28 min",
            ],
            ["Vacuum pumps, oil-sealed rotary vane", "1 x 630 m³/h", "2 x 500 m³/h"],
            ["Vacuum pump oil, per pump", "12 L", "10 L"],
            ["Cold trap capacity, evaporating at -10 °C", "65 kW", "125 kW"],
            ["Refrigerant R448A, charge", "18 kg", "32 kg"],
            ["Lowest chamber pressure (freeze protection)", "6.5 mbar", "6.5 mbar"],
            ["Installed power", "38 kW", "66 kW"],
            ["Supply 400 V 3~ 50 Hz, fuse", "80 A gG", "125 A gG"],
            ["Door, vertical lift, clear opening W x H", "2.5 x 2.3 m", "2.5 x 2.3 m"],
            ["Mass, empty", "9.5 t", "15.8 t"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The cooling times hold only for a full load of freshly harvested mushrooms at no more than 18 °C, in open "
        "crates or in punnets with perforated film, with the pallets unwrapped and the cold trap defrosted before "
        "the cycle. Part loads cool faster, but no times are given for them. The weight loss is about 1 % of the "
        "product mass for every 6 °C of cooling: cooling from 18 °C to 3 °C costs about 2.5 %.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site may run the cooler. Check before every cycle that nobody is in the "
            "chamber.",
            "Keep clear of the door while it moves. The door's safety edge stops and reverses it on contact.",
            "The vacuum pump exhaust carries oil mist; it must be piped outside the building.",
            "Refrigerant leaks: leave the machine room and call the refrigeration contractor. R448A is heavier than "
            "air and collects in low places.",
        ],
    ),
    ("h", "3. Cycle settings"),
    (
        "cols",
        [
            ("h", "End temperature"),
            (
                "p",
                "Default 3 °C, settable 1-8 °C. The cycle ends when the product probe reaches the setpoint or when "
                "the maximum cycle time (default 40 min) runs out, whichever comes first. If the time runs out "
                "first, V08 is shown.",
            ),
            ("h", "Pressure floor"),
            (
                "p",
                "The chamber is never taken below 6.5 mbar. Water boils at 6.1 mbar at 0 °C, so the margin of 0.4 "
                "mbar keeps the surface of the mushrooms from freezing. This limit is locked and must not be "
                "changed.",
            ),
            ("h", "Pump-down"),
            (
                "p",
                "From atmospheric pressure the chamber must reach 20 mbar within 10 min, or V03 is shown. For "
                "product at 18 °C the flash point, where the product starts to boil, lies near 20 mbar.",
            ),
            ("h", "Cold trap"),
            (
                "p",
                "The cold trap runs at an evaporating temperature of -8 to -12 °C. After every cycle it is "
                "defrosted with hot gas for 4 min; the meltwater leaves through the trap drain valve, which opens "
                "only during the defrost.",
            ),
            ("h", "Venting"),
            (
                "p",
                "At the end of the cycle air is let in over 120 s (default, settable 60-300 s). Never set less "
                "than 60 s: faster venting presses the punnet film onto the caps and bruises the mushrooms.",
            ),
            ("h", "Product probe"),
            (
                "p",
                "Push the probe into the cap of a mushroom in a crate in the middle of a centre pallet, at half "
                "height. Never use an outer crate: it cools first and ends the cycle too early.",
            ),
            ("h", "Start temperature"),
            (
                "p",
                "Mushrooms should be cooled within 1 h of picking. Product warmer than 25 °C at the start is "
                "flagged with V05: it loses more than 3.5 % of its mass on the way to 3 °C.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["V01", "Emergency stop", "Emergency stop or the red handle in the chamber operated. Check, reset."],
            ["V02", "Door not locked", "Door not fully down or the lock bolts not engaged; the cycle cannot start."],
            [
                "V03",
                "Pump-down too slow",
                "20 mbar not reached within 10 min: door seal dirty or damaged, vent valve leaking, pump oil worn. "
                "Do the leak test (section 7).",
            ],
            [
                "V04",
                "Pressure floor reached",
                "Chamber at 6.5 mbar for more than 5 min with the probe still above its setpoint: probe in a warm "
                "spot, or pallets wrapped.",
            ],
            ["V05", "Product warm", "Probe above 25 °C at the start of the cycle."],
            ["V06", "Pump 2 fault", "VC-8 only: second vacuum pump tripped. The cycle goes on with one pump."],
            [
                "V07",
                "Cold trap warm",
                "Evaporating temperature above -5 °C: refrigeration fault, or the trap iced up after a skipped "
                "defrost.",
            ],
            ["V08", "Cycle time exceeded", "Maximum cycle time reached before the end temperature."],
            ["V09", "Pump oil hot", "Vacuum pump oil above 95 °C: cooling air blocked or oil level low."],
            ["V10", "Trap drain valve", "Drain valve open during the cycle or not open during the defrost."],
            ["V12", "Refrigeration fault", "Signal from the condensing unit. Call the refrigeration contractor."],
            ["V13", "Probe fault", "Product probe open or short circuit."],
            ["V14", "Service due", "1000 cycles or 6 months since the last service, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Centre of the pallets still warm at the end of the cycle",
                "Pallets wrapped in stretch film, punnet film not perforated, or the probe in an outer crate",
                "Remove the stretch film before cooling; use perforated film; place the probe in the centre",
            ],
            [
                "Caps wet and spotted after cooling",
                "Cold mushrooms taken into a warm, humid hall: condensation",
                "Move the pallets straight into the cold store; keep the hall door closed",
            ],
            [
                "Weight loss above 3 %",
                "Product too warm at the start, or the cycle ran to the pressure floor for a long time",
                "Cool within 1 h of picking; check the probe position",
            ],
            [
                "Pump-down slow, cycle long",
                "Door seal dirty or cut, vent valve not closing, pump oil milky",
                "Clean the seal; do the leak test (section 7); change the pump oil",
            ],
            [
                "Cold trap iced solid, cycles getting longer",
                "Defrost skipped or the trap drain blocked",
                "Run a manual defrost (SERVICE > DEFROST) and clear the drain",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a cooling cycle"),
    (
        "ol",
        [
            "Check that the cold trap was defrosted after the last cycle (display shows READY).",
            "Remove the stretch film from the pallets.",
            "Load the pallets with at least 100 mm between them and the walls.",
            "Push the product probe into a mushroom in the middle of a centre pallet at half height.",
            "Check that nobody is in the chamber and close the door.",
            "Select the end temperature (default 3 °C) and press START.",
            "Watch that 20 mbar is reached within 10 min.",
            "At the end of the cycle wait for the venting to finish and the door lock to release.",
            "Open the door and move the pallets straight into the cold store.",
            "Let the defrost run before the next cycle.",
        ],
    ),
    ("h", "7. Vacuum leak test"),
    (
        "ol",
        [
            "Empty the chamber, clean the door seal and close the door.",
            "Select SERVICE > LEAK TEST and press START.",
            "The pumps pull the chamber down to 10 mbar and the vacuum valve closes.",
            "The pressure is held for 10 min with the pumps isolated.",
            "The rise must be no more than 5 mbar. The display shows PASS or FAIL.",
            "After a FAIL, check the door seal, the vent valve, the trap drain valve and the sight glass seals, "
            "then repeat the test.",
            "Record the result in the cooler log.",
        ],
    ),
    ("h", "8. Changing the vacuum pump oil"),
    (
        "ol",
        [
            "Run the pump for 10 min with the chamber empty to warm the oil, then stop and lock off.",
            "Drain the oil from the drain plug into a container while it is warm.",
            "Replace the oil filter and the exhaust filter elements.",
            "Fill with Frioplen vacuum oil VO-100 to the middle of the sight glass: 12 L per pump on the VC-4, 10 L "
            "per pump on the VC-8.",
            "Run the pump for 5 min and check the level again.",
            "Dispose of the used oil as hazardous waste.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the door seal; check the pump oil level and colour"],
            ["Weekly", "Vacuum leak test (section 7); clean the chamber floor drain"],
            [
                "500 h of pump running or when the oil is milky, whichever comes first",
                "Change the vacuum pump oil and filters (section 8)",
            ],
            ["6 months or 1000 cycles (V14)", "Frioplen service: valves, probe calibration, door drive"],
            ["Yearly", "Refrigeration contractor: leak check and condensing unit service"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VC-4", "VC-8"],
            ["Door seal, complete", "FRP-DS-4", "FRP-DS-8"],
            ["Vacuum oil VO-100, 10 L", "FRP-VO-100", "FRP-VO-100"],
            ["Exhaust filter element", "FRP-EF-630", "FRP-EF-500"],
            ["Oil filter", "FRP-OF-630", "FRP-OF-500"],
            ["Product probe", "FRP-PP-02", "FRP-PP-02"],
            ["Vent valve seal kit", "FRP-VV-50", "FRP-VV-50"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Aerdune BAS-800 bunker aeration
AERDUNE = [
    ("title", "Aerdune BAS-800 Compost Bunker Aeration System\nInstallation, Operation and Maintenance Manual"),
    (
        "p",
        "Document ADN-OM-BAS-01, Edition 4, October 2024. Aerdune Bunker Systems. The BAS-800 aerates one phase I "
        "compost bunker holding up to 800 t: a high-pressure centrifugal fan blows air through the air channels "
        "cast into the bunker floor and out through the spigots into the compost. The controller runs the fan by "
        "timer or by compost temperature, measured with four temperature lances pushed into the compost. The "
        "bunker walls, the floor with its channels and spigots, and the treatment of the exhaust air are built to "
        "the site's design. Floor layouts and fan sizes for new bunkers, or for bunkers holding more than 800 t, "
        "are worked out by the Aerdune project department and are not in this manual. The BAS-800 is for phase I "
        "bunkers only; the air handling of phase II and phase III tunnels is covered by the tunnel controller's "
        "documents.",
    ),
    (
        "warn",
        "WARNING: Bunker air holds ammonia and may hold hydrogen sulphide and too little oxygen. Never enter a filled "
        "or freshly emptied bunker, or the air channels, without the site's entry permit and a gas test. Lock the "
        "fan off at its isolator before anybody goes into the bunker.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Bunker served", "one bunker, up to 800 t of compost, up to 6.0 m high"],
            ["Fan", "centrifugal, high-pressure, direct drive, with frequency converter"],
            ["Fan motor", "18.5 kW, 400 V 3~ 50 Hz, IE3, 2960 rpm at 50 Hz"],
            ["Airflow at 5500 Pa", "7500 m³/h"],
            ["Maximum airflow, free blowing at 50 Hz", "9000 m³/h"],
            ["Maximum static pressure", "7000 Pa"],
            ["Converter frequency range", "15-50 Hz"],
            ["Specific airflow, settable", "4-12 m³/h per t"],
            ["Specific airflow, default", "8 m³/h per t"],
            ["Air channels in the floor", "PE-HD 125 mm at 300 mm centres"],
            ["Spigots", "PP spigot heads at 300 mm along each channel, 4 holes of 5 mm each"],
            ["Temperature lances", "4 x Pt100, 1.5 m long, stainless steel, range 0-100 °C"],
            ["Lance accuracy", "±1.0 °C"],
            ["Floor pressure sensor", "0-10 000 Pa"],
            ["Supply fuse", "50 A gG"],
            ["Noise, 1 m from the fan inlet, at 50 Hz", "86 dB(A)"],
            ["Protection", "fan motor IP55, control cabinet IP54"],
            ["Fan mass", "410 kg"],
        ],
        (70, 100),
    ),
    (
        "p",
        "The airflow figures are for clean air at 20 °C at the fan inlet. The specific airflow is the site's choice "
        "within 4-12 m³/h per t; airflow (m³/h) = tonnes in the bunker x specific airflow. Example: 700 t at the "
        "default needs 700 x 8 = 5600 m³/h. The fan gives no more than 9000 m³/h, so at 12 m³/h per t the bunker "
        "may hold no more than 750 t for full aeration.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Keep the fan inlet guard fitted. The inlet draws in loose clothing and plastic sheet.",
            "The fan and the channels are under pressure while the fan runs: never open a channel drain cap or "
            "unscrew a spigot with the fan on.",
            "Loaders must not drive on the bunker floor with the spigot heads unprotected; use the loader mats.",
            "Work on the converter only with the isolator off for at least 5 min: the DC link stays charged.",
        ],
    ),
    ("h", "3. Control modes and limits"),
    (
        "cols",
        [
            ("h", "Timer mode"),
            (
                "p",
                "Fan on 1-30 min, off 0-60 min; default 5 min on and 10 min off. Use it for the first 24 h after "
                "filling, while the compost settles round the lances.",
            ),
            ("h", "Temperature mode"),
            (
                "p",
                "Setpoint 50-85 °C, taken as the average of the four lances. Above the setpoint the fan speeds up, "
                "below it slows down, but never below 15 Hz while it is on. The compost temperature targets belong "
                "to the site's compost recipe.",
            ),
            ("h", "Floor pressure"),
            (
                "p",
                "With a full bunker the floor pressure normally lies between 2000 and 6000 Pa. Above 6500 Pa for 2 "
                "min the controller shows B03. Below 800 Pa with the fan above 30 Hz it shows B04.",
            ),
            ("h", "Lance position"),
            (
                "p",
                "Push each lance in to its full 1.5 m, one in each quarter of the bunker length, and never within "
                "1 m of a bunker wall: compost at the walls is cooler and would slow the fan.",
            ),
            ("h", "Fan vibration"),
            (
                "p",
                "Measured on the bearing housing. Up to 4.5 mm/s is normal; the warning B07 comes at 7.1 mm/s and "
                "the trip B08 at 11 mm/s.",
            ),
            ("h", "Condensate"),
            (
                "p",
                "The air channels collect water and leachate. Open the channel drain valves at least once a day and "
                "before every start after the bunker has been emptied.",
            ),
            ("h", "Spigot check"),
            (
                "p",
                "After each emptying run the fan at 50 Hz for 10 min with the bunker empty and walk the floor: at "
                "least 95 % of the spigots must blow. Clear the blocked ones (section 8).",
            ),
        ],
    ),
    ("h", "4. Controller messages"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["B01", "Emergency stop", "Emergency stop at the cabinet or at the fan pressed."],
            ["B02", "Converter fault", "Overcurrent, phase loss or converter overtemperature; read the converter."],
            [
                "B03",
                "Floor pressure high",
                "Above 6500 Pa for 2 min: spigots blocked, channels full of water, or compost compacted.",
            ],
            [
                "B04",
                "Floor pressure low",
                "Below 800 Pa with the fan above 30 Hz: channel drain open, bunker nearly empty, or a duct loose.",
            ],
            [
                "B06",
                "Lance fault",
                "A lance reads open, short or outside 0-100 °C. The control uses the other lances; with two lances "
                "faulty it falls back to timer mode.",
            ],
            ["B07", "Vibration warning", "7.1 mm/s on the fan bearing housing."],
            ["B08", "Vibration trip", "11 mm/s: fan stopped."],
            ["B09", "Motor hot", "Motor thermistor tripped: inlet blocked or ambient too hot."],
            [
                "B10",
                "Lance spread",
                "The lances differ by more than 15 °C for 1 h: the bunker is aerated unevenly.",
            ],
            [
                "B11",
                "Power restored",
                "After a power failure the controller restarts in its last mode after a delay of 60 s.",
            ],
            ["B12", "Service due", "4000 h of fan running since the last service."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "One end or one side of the bunker stays colder (lance spread)",
                "Spigots blocked in that area, or compost compacted where the loader drove on it",
                "After emptying, clear the spigots in that area (section 8); do not drive on the compost",
            ],
            [
                "Rotten-egg smell, compost black and greasy",
                "Too little air: specific airflow too low, off time too long, or many spigots blocked",
                "Raise the specific airflow within 4-12 m³/h per t; check the floor pressure; clear spigots",
            ],
            [
                "Fan rumbles and vibrates",
                "Impeller coated with dust or compost, or bearing damage",
                "Stop and lock off; clean the impeller; above 4.5 mm/s after cleaning call Aerdune service",
            ],
            [
                "Floor pressure high, airflow low",
                "Spigots blocked, channels holding water or leachate",
                "Open the drain valves; clear spigots after emptying",
            ],
            [
                "Compost at the walls stays cold",
                "Normal edge effect",
                "No action; keep the lances at least 1 m from the walls",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Starting aeration of a filled bunker"),
    (
        "ol",
        [
            "Before filling, open the channel drain valves, let them run dry and close them.",
            "Fit the loader mats over the spigot rows and remove them as the filling reaches them.",
            "After filling, push the four lances in as section 3 says.",
            "Enter the tonnage from the site's weighbridge figures in SETUP > BUNKER.",
            "Select timer mode with the default 5 min on and 10 min off.",
            "After 24 h change to temperature mode with the setpoint from the compost recipe.",
            "Check the floor pressure once a shift; note it in the bunker log.",
        ],
    ),
    ("h", "7. Checking the temperature lances"),
    (
        "ol",
        [
            "Remove the lance from the bunker and clean it.",
            "Heat water in a tall pot to a rolling boil.",
            "Hold the lance 300 mm deep in the water, clear of the pot bottom, for 3 min.",
            "Read the value on the controller. At sea level it must be within 98.5-101.5 °C; above 300 m "
            "altitude lower both limits by 1 °C for every 300 m.",
            "Replace a lance that reads outside the limits; lances are not adjusted on site.",
        ],
    ),
    ("h", "8. Clearing blocked spigots"),
    (
        "ol",
        [
            "Empty the bunker and open the channel drain valves.",
            "Run the fan at 50 Hz for 10 min and mark every spigot that does not blow.",
            "Stop the fan and lock it off at the isolator.",
            "Push the cleaning rod ADN-CR-45 (4.5 mm) through each hole of a marked spigot.",
            "If the spigot is still blocked, unscrew its head with the spigot key and flush the channel end with "
            "water at no more than 5 bar.",
            "Replace cracked spigot heads; screw them in hand-tight plus a quarter turn with the key.",
            "Close the drain valves, run the fan again and check that at least 95 % of the spigots blow.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Open the channel drain valves; check the floor pressure and the lance readings"],
            ["After each emptying", "Spigot check and clearing (section 8)"],
            ["Monthly", "Check the lances in boiling water (section 7); clean the fan inlet guard"],
            [
                "2000 h or 3 months, whichever comes first",
                "Grease the fan bearings: 15 g each, grease type given on the fan plate",
            ],
            ["4000 h (B12)", "Aerdune service: bearings, impeller, vibration measurement"],
            ["Yearly", "Clean the converter cooling fan and filter; check the cabinet terminals"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Spigot head, PP, 4 x 5 mm", "ADN-SP-05"],
            ["Spigot key", "ADN-SK-01"],
            ["Cleaning rod 4.5 mm", "ADN-CR-45"],
            ["Temperature lance Pt100, 1.5 m", "ADN-TL-15"],
            ["Channel drain valve 2 in", "ADN-DV-50"],
            ["Fan bearing set", "ADN-FB-185"],
            ["Converter cooling fan", "ADN-CF-18"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("mestrand-tw-compost-windrow-turner.pdf", "Mestrand MST-OM-TW-03 Ed 2 - TW-35 / TW-42", MESTRAND),
        ("myceltra-sf-spawn-mixing-and-tunnel-filling-machine.pdf", "Myceltra MYC-OM-SF-02 Ed 1 - SF-60 / SF-90", MYCELTRA),
        ("frioplen-vc-mushroom-vacuum-cooler.pdf", "Frioplen FRP-OM-VC-04 Ed 3 - VC-4 / VC-8", FRIOPLEN),
        ("aerdune-bas-compost-bunker-aeration-system.pdf", "Aerdune ADN-OM-BAS-01 Ed 4 - BAS-800", AERDUNE),
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
