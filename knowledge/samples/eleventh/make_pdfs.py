"""Generate the PDF manuals of the eleventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/pdfvenv11 && /tmp/pdfvenv11/bin/pip install fpdf2
    /tmp/pdfvenv11/bin/python knowledge/samples/eleventh/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (deg sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

from datetime import datetime, timezone
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
    """Body text flowing in two columns; used for the operating pages of the drilling machine manual."""
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


# ---------------------------------------------------------------- Harlowe HD geared head drilling machine
HARLOWE = [
    ("title", "Harlowe HD Series Geared Head Drilling Machines\nOperating and Maintenance Manual - HD-32 and HD-40"),
    (
        "p",
        "Document HMT-OM-HD-04, Revision B, June 2022. Harlowe Machine Tools Ltd. This manual covers the HD-32 "
        "and HD-40 geared head pillar drilling machines with a 12-speed head gearbox, power feed, tapping mode "
        "and an interlocked chuck guard. The Harlowe HR radial arm drilling machines have their own manual.",
    ),
    (
        "warn",
        "WARNING: Never wear gloves or loose sleeves at the machine. Clamp the workpiece; never hold a part by "
        "hand for holes larger than 6 mm.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HD-32", "HD-40"],
            ["Drilling capacity, steel S235", "32 mm", "40 mm"],
            ["Drilling capacity, cast iron", "40 mm", "50 mm"],
            ["Tapping capacity, steel", "M20", "M27"],
            ["Spindle taper", "MT3", "MT4"],
            ["Quill stroke", "160 mm", "200 mm"],
            ["Spindle speeds (12 steps)", "75-2000 rpm", "50-1450 rpm"],
            ["Power feed rates", "0.10 / 0.18 / 0.28 mm/rev", "0.12 / 0.20 / 0.30 mm/rev"],
            ["Motor, two-speed, 400 V", "1.1 / 1.5 kW", "1.5 / 2.2 kW"],
            ["Motor overload relay setting", "3.6 A", "5.0 A"],
            ["Max. table load", "150 kg", "200 kg"],
            ["Head gearbox oil", "3.5 L", "5.0 L"],
            ["Coolant tank", "12 L", "12 L"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "The drilling capacities are for drilling from solid with coolant in steel of tensile strength up to "
        "600 N/mm². In stainless steel the capacity is 20 mm on the HD-32 and 25 mm on the HD-40. Pilot-drill "
        "holes larger than 25 mm, with a pilot drill of about one third of the final diameter. The HD-32 is also "
        "built as the HD-32/1 for a 230 V single-phase supply, with a 1.1 kW single-speed motor and 6 speeds; "
        "all its other data are as for the HD-32.",
    ),
    ("h", "2. Operating the machine"),
    (
        "cols",
        [
            ("h", "Selecting the speed"),
            (
                "p",
                "Set the speed with the two selector levers and the motor speed switch (I = low, II = high), "
                "following the speed chart on the head. As a guide, for HSS drills "
                "use a cutting speed of 20-25 m/min in mild steel, 12-15 m/min in stainless steel and 60-90 m/min "
                "in aluminium. Spindle speed (rpm) = cutting speed x 318 / drill diameter in mm. For a 20 mm drill "
                "in mild steel this gives 318-398 rpm; choose the nearest lower speed on the chart.",
            ),
            (
                "warn",
                "Never move the speed selector levers while the spindle is turning.",
            ),
            ("h", "Power feed and depth stop"),
            (
                "p",
                "Set the depth stop and lock the stop nut. Pull the feed knob out to engage the power feed; it "
                "trips out at the stop and the quill returns under the return spring. Use the power feed only "
                "for drills from 10 mm upward and not above 1000 rpm.",
            ),
            ("h", "Tapping mode"),
            (
                "p",
                "Select TAP on the mode switch. The spindle runs forward until the depth stop switch is reached "
                "or the foot pedal is released, then reverses to withdraw the tap. Use only the low motor speed "
                "(I) for tapping and no more than 250 rpm; for taps above M16 use the lowest speed step. Use a "
                "tapping chuck with slip clutch for taps up to M12.",
            ),
            ("h", "Coolant"),
            (
                "p",
                "Use a water-miscible cutting fluid at 5-7% concentration. Top up with premixed fluid, never with "
                "plain water. Cast iron is drilled dry.",
            ),
        ],
    ),
    ("h", "3. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Spindle does not start, GUARD lamp lit", "Chuck guard open or guard switch out of adjustment", "Close the guard; adjust the switch so that it operates with the guard fully closed"],
            ["Motor stops under load, overload relay F2 tripped", "Feed too high, blunt drill or wrong speed", "Wait 2 minutes, then reset F2 with its blue button; sharpen the drill, reduce the feed, check the relay setting"],
            ["Quill creeps down or does not return fully", "Return spring tension too low", "Adjust the quill return spring (section 5)"],
            ["Holes oversize, drill chatters", "Spindle run-out or bearing play; drill badly ground", "Check the run-out (section 6); regrind the drill with equal lip lengths"],
            ["Head gearbox noisy or hot", "Oil level low or wrong oil", "Check the sight glass; the head housing must not exceed 70 °C"],
        ],
        (48, 52, 60),
    ),
    ("h", "4. Lubrication and consumables"),
    (
        "table",
        [
            ["Point", "Lubricant / item", "Quantity and interval", "Part no."],
            ["Head gearbox", "Gear oil ISO VG 68", "3.5 L / 5.0 L; first change after 200 h, then every 2000 h or yearly", "HL-68-5 (5 L)"],
            ["Quill, column, table rack", "Slideway oil ISO VG 68", "Weekly", "HL-SW-1 (1 L)"],
            ["Coolant", "Cutting fluid concentrate", "5-7% in water", "HL-CF-20 (20 L)"],
            ["Drain plug", "Sealing ring", "At every oil change", "HL-SR-16"],
            ["Chuck guard", "Guard switch", "-", "HL-GS-01"],
        ],
        (36, 42, 56, 40),
    ),
    ("h", "5. Procedures"),
    ("p", "Changing the head gearbox oil:"),
    (
        "ol",
        [
            "Run the machine for 10 minutes so that the oil is warm, then switch off and lock the main switch off.",
            "Lower the table and place a container of at least 6 L under the drain plug at the rear of the head.",
            "Remove the filler plug on top of the head, then the drain plug, and let the oil drain completely.",
            "Clean the magnetic drain plug. A few fine particles are normal; chips or flakes mean gear damage, so call Harlowe service.",
            "Fit the drain plug with a new sealing ring (HL-SR-16) and tighten it to 25 Nm.",
            "Fill with ISO VG 68 gear oil through the filler until the level is at the middle of the sight glass (3.5 L on the HD-32, 5.0 L on the HD-40).",
            "Refit the filler plug.",
            "Run the spindle at the lowest speed for 5 minutes without load.",
            "Wait 5 minutes and check the level at the sight glass again; top up to the middle mark.",
        ],
    ),
    ("p", "Adjusting the quill return spring:"),
    (
        "ol",
        [
            "Raise the quill fully and lock it with the quill lock.",
            "Hold the spring cover on the left of the head firmly and loosen its two screws; the spring is under tension.",
            "Turn the cover anticlockwise one notch at a time to increase the tension (clockwise to reduce it) and engage it in the notch.",
            "Tighten the screws, release the quill lock and check that the quill returns fully from any depth without slamming.",
            "Too much tension makes the power feed trip out early.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "p",
        "Daily: remove swarf with a brush, never with compressed air; check the coolant. Weekly: oil the quill, column and table rack. Monthly: test the emergency "
        "stop and the chuck guard switch. Yearly: check the spindle run-out with a test bar in the taper "
        "and a dial indicator. The run-out must be no more than 0.02 mm at the spindle nose and no more than "
        "0.04 mm at 300 mm from the nose. If it is higher, clean the taper and the test bar and measure again; if "
        "it is still out, the spindle bearings must be adjusted by Harlowe service.",
    ),
]

# ---------------------------------------------------------------- Pressfield WP hydraulic workshop press
PRESSFIELD = [
    ("title", "Pressfield WP Series Hydraulic Workshop Presses\nOperating and Maintenance Instructions - WP-30 and WP-50"),
    (
        "p",
        "Document PFH-OM-WP-02, Revision D, January 2024. Pressfield Hydraulics Ltd. The WP-30 (30 tonnes) and "
        "WP-50 (50 tonnes) are H-frame workshop presses with an electric two-stage power pack, a double-acting "
        "cylinder that can be moved sideways on the top beam and a pressure gauge with a force scale. The bed "
        "rests on two pins and is moved by a hand winch. The WP-100 and the Pressfield bench presses are covered by separate manuals.",
    ),
    (
        "warn",
        "WARNING: Parts under load can break and fly out. Fit the front guard screen before pressing, do not stand "
        "in line with the part and wear safety glasses. Never press with the bed hanging on the winch cables: both "
        "bed pins must be fully inserted through both uprights. Do not raise the relief valve setting.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WP-30", "WP-50"],
            ["Rated force", "30 t (294 kN)", "50 t (490 kN)"],
            ["Cylinder bore / rod diameter", "120 / 80 mm", "160 / 100 mm"],
            ["Maximum working pressure", "265 bar", "250 bar"],
            ["Ram stroke", "250 mm", "300 mm"],
            ["Bed positions (75 mm pitch)", "10", "10"],
            ["Motor, 400 V three-phase", "2.2 kW", "3.0 kW"],
            ["Oil tank capacity", "25 L", "40 L"],
        ],
        (74, 43, 43),
    ),
    (
        "p",
        "The rated force is available with the cylinder within 150 mm of the centre of the bed. With the cylinder "
        "further off centre the frame is loaded unevenly: do not exceed 70% of the rated force (21 t on the WP-30, "
        "35 t on the WP-50). The force scale on the gauge is valid only for the cylinder fitted at the factory. "
        "When reading pressure, the force in tonnes is the pressure in bar x 0.113 on the WP-30 and x 0.201 on "
        "the WP-50. Do not hold the maximum force for more than 60 s at a time.",
    ),
    (
        "p",
        "Hydraulic oil: HLP 46 for ambient temperatures of 10-40 °C; below 10 °C use HLP 32. The oil temperature "
        "in the tank must not exceed 60 °C; stop and let the power pack cool if it does. The press is for indoor "
        "use only.",
    ),
    ("h", "2. Controls"),
    (
        "p",
        "Directional valve lever: push = ram down, centre = hold, pull = ram up; it springs back to the centre when "
        "released. The pressure regulating knob limits the force below the rated value (clockwise = more force). "
        "The pump changes from the high-flow stage to the high-pressure stage at about 40 bar, so the ram slows "
        "down when it touches the work.",
    ),
    ("h", "3. Setting a pressing force"),
    (
        "ol",
        [
            "Turn the pressure regulating knob fully anticlockwise (lowest force).",
            "Place a solid test block centrally on the bed, fit the guard screen and bring the ram down onto the block.",
            "Keep the lever pushed and turn the regulating knob slowly clockwise until the gauge shows the required force.",
            "Release the lever and lock the knob with its lock nut.",
            "Raise the ram and remove the test block.",
            "Never set more than the rated force. The relief valve is set at the factory to the maximum working pressure and sealed.",
        ],
    ),
    ("h", "4. Moving the bed"),
    (
        "ol",
        [
            "Raise the ram fully, switch off and lock the main switch off.",
            "Remove all tooling from the bed and check that both winch cables are hooked into the bed lifting eyes.",
            "Wind the winch until the bed is lifted 10-20 mm off the pins and both cables are evenly tight.",
            "Pull out both bed pins.",
            "Wind the bed to the new height; both cables run on one drum, so the bed stays level.",
            "Insert both pins fully through the holes of both uprights at the new height.",
            "Fit the pin retaining clips.",
            "Lower the bed onto the pins until the cables are slack.",
            "Check that the bed sits evenly on both pins and leave the cables slightly slack while pressing.",
        ],
    ),
    ("h", "5. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Ram does not reach the set force", "Regulating knob set too low; oil level low; pump or relief valve worn", "Set the force again (section 3); top up the oil; if the force stays low with the knob fully clockwise, call Pressfield service"],
            ["Ram creeps down with the lever in the centre", "Internal leakage at the directional valve or the load-holding valve", "Do not work under a raised ram; call Pressfield service"],
            ["Pump noisy, oil foams", "Oil level low, suction strainer blocked or air leak on the suction side", "Top up; clean the suction strainer (section 7); tighten the suction fittings"],
            ["Motor protection trips", "Maximum force held too long; oil above 60 °C", "Let the power pack cool; hold full force no more than 60 s"],
            ["Oil leaks at the cylinder rod", "Rod seal worn or rod scored", "Call Pressfield service for a seal change"],
        ],
        (46, 54, 60),
    ),
    ("h", "6. Oil, filters and spares"),
    (
        "table",
        [
            ["Item", "WP-30", "WP-50"],
            ["Hydraulic oil HLP 46 (20 L can PF-OIL-46-20)", "25 L", "40 L"],
            ["Suction strainer 125 µm", "PF-SS-90", "PF-SS-120"],
            ["Return filter element 10 µm", "PF-RF-10", "PF-RF-10"],
            ["Pressure gauge 0-400 bar with force scale", "PF-G-30", "PF-G-50"],
            ["Bed pins (set of 2)", "PF-BP-30", "PF-BP-50"],
            ["Winch cable", "PF-WC-30", "PF-WC-50"],
        ],
        (80, 40, 40),
    ),
    ("h", "7. Changing the oil and filters"),
    (
        "ol",
        [
            "Raise the ram fully, let the oil cool below 40 °C, switch off and lock the main switch off.",
            "Place a container (30 L for the WP-30, 50 L for the WP-50) under the tank drain valve and drain the tank.",
            "Remove the inspection cover of the tank, unscrew the suction strainer from the suction pipe, wash it in clean solvent and blow it out from the inside; replace it if the mesh is damaged.",
            "Wipe out the tank with a lint-free cloth.",
            "Refit the strainer and the inspection cover with a new gasket.",
            "Unscrew the return filter bowl, change the element and fit a new O-ring lubricated with oil.",
            "Close the drain valve and fill with HLP 46 through a 10 µm filler filter until the level is at the upper mark of the sight gauge.",
            "Start the motor and run the ram up and down over the full stroke 5 times without load to bleed the air.",
            "With the ram fully raised, top up to the upper mark.",
        ],
    ),
    ("h", "8. Maintenance intervals"),
    (
        "p",
        "Daily: check for oil leaks, the bed pins and clips. Weekly: check the oil level with the ram fully "
        "raised. Monthly: grease the cylinder carriage rollers and the winch. Return filter element: every 1000 hours, or sooner "
        "when its clogging indicator shows red. Oil and suction strainer: every 2000 hours or every 2 years, "
        "whichever comes first. Winch cables: inspect every 3 months.",
    ),
]

# ---------------------------------------------------------------- Cappora CS induction cap sealer
CAPPORA = [
    ("title", "Cappora CS Series Induction Cap Sealers\nUser and Service Manual - CS-20 and CS-30"),
    (
        "p",
        "Document CSS-UM-CS-06, Issue 2, September 2023. Cappora Sealing Systems. The CS-20 and CS-30 seal "
        "induction foil liners to the necks of plastic and glass containers as they pass under the sealing head "
        "on the conveyor. Each sealer consists of a generator cabinet with the control panel and a sealing head "
        "on a height-adjustable stand, joined by a 3 m head cable. The CS-20 is air-cooled; the generator and the "
        "head of the CS-30 are water-cooled. A tunnel head TH-38 for caps of 15-38 mm is available for the CS-20.",
    ),
    (
        "warn",
        "WARNING: The sealing head produces a strong alternating magnetic field. Persons with pacemakers or other "
        "active implants must keep at least 1 m from the head while it is powered. Do not put metal tools, rings "
        "or watches under the head: they heat up within seconds. Caps with a metal shell cannot be sealed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CS-20", "CS-30"],
            ["Generator output power", "2.0 kW", "3.0 kW"],
            ["Supply", "230 V 1~, 16 A", "400 V 3~, 10 A"],
            ["Working frequency", "20-50 kHz, auto-tuning", "20-50 kHz, auto-tuning"],
            ["Cap diameter, flat head", "20-63 mm", "28-120 mm"],
            ["Max. conveyor speed", "60 m/min", "80 m/min"],
            ["Head-to-cap gap", "2-5 mm", "2-5 mm"],
            ["Cooling", "Forced air", "Water, at least 2 L/min"],
            ["Ambient temperature", "5-40 °C", "5-40 °C"],
            ["Weight, generator / head", "28 / 10 kg", "36 / 16 kg"],
        ],
        (64, 48, 48),
    ),
    (
        "p",
        "Cooling water for the CS-30: clean water or a 20% glycol mixture, inlet pressure 1.5-4 bar, flow at least "
        "2 L/min, inlet temperature 15-25 °C. Water colder than 15 °C causes condensation on the head and in the "
        "generator. Best seals are obtained with a head-to-cap gap of 2-5 mm; the gap must not be more than 8 mm "
        "at any point, or the seal becomes unreliable at any power.",
    ),
    ("h", "2. Starting settings and seal check"),
    (
        "p",
        "Start with P01 (output power) at 60% for a 38 mm polypropylene cap with a standard 0.025 mm aluminium foil "
        "liner at a conveyor speed of 20 m/min. Add 5% for each further 10 m/min of conveyor speed, and 10% for "
        "caps above 63 mm. For PET and other thin-walled containers do not set more than 85%, or the neck may "
        "deform. Check every new setting with a peel test: the foil must be bonded around the whole land of the "
        "container, with no wrinkles, burn marks or unsealed gaps. A foil that peels off too easily needs more "
        "power or a slower conveyor; a brown or blistered foil needs less power.",
    ),
    ("h", "3. Parameters"),
    (
        "table",
        [
            ["No.", "Function", "Range", "Default"],
            ["P01", "Output power", "20-100%", "60%"],
            ["P02", "Container detection (0 = off, 1 = photo sensor)", "0 / 1", "1"],
            ["P03", "Missing foil detection", "0 = off, 1 = on", "1"],
            ["P04", "Reject delay after the sensor", "0-2000 ms", "300 ms"],
            ["P05", "Reject pulse duration", "20-500 ms", "80 ms"],
            ["P06", "Standby delay: power off when no container passes", "5-600 s", "60 s"],
            ["P07", "Conveyor speed signal scaling (speed at 10 V)", "0-100 m/min", "60 (CS-20), 80 (CS-30)"],
            ["P08", "Low-power alarm threshold, % of set power", "50-95%", "80%"],
            ["P09", "Speed display units (0 = m/min, 1 = ft/min)", "0 / 1", "0"],
            ["P10", "Password for parameter access", "0000-9999", "0000"],
        ],
        (14, 80, 34, 34),
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["A01", "Generator heatsink over-temperature (above 75 °C)", "CS-20: clean the air filter mat and check the fan. CS-30: check the cooling water flow and temperature"],
            ["A02", "Sealing head over-temperature", "Check the head-to-cap gap and reduce the power; CS-30: check the water flow through the head"],
            ["A03", "Cooling water flow below 1.5 L/min (CS-30 only)", "Open the supply valve, check the hoses for kinks, clean the inlet strainer"],
            ["A04", "Head not detected or head cable fault", "Switch off; check the head cable connectors for damage and that they are locked"],
            ["A05", "Supply voltage out of range", "CS-20: 195-255 V; CS-30: 340-440 V. Check the supply"],
            ["A06", "Foil missing, or output power below the P08 threshold", "The container is rejected. Check the caps for missing liners; if the liners are present, check the head-to-cap gap and the cap type"],
            ["A08", "Conveyor stopped with a container under the head", "Power is switched off automatically; restart the conveyor and remove overheated containers"],
            ["A09", "Line speed above the model maximum", "Reduce the conveyor speed (60 m/min CS-20, 80 m/min CS-30)"],
            ["A10", "Generator power stage fault", "Switch off for 1 minute; if the alarm returns, call Cappora service"],
        ],
        (16, 64, 80),
    ),
    ("h", "5. Setting the head height"),
    (
        "ol",
        [
            "Stop the conveyor and press STOP on the generator.",
            "Place a capped container of the product on the conveyor under the centre of the head.",
            "Loosen the clamp lever on the stand column.",
            "Lower the head with the handwheel onto the 3 mm gauge plate (CP-GP-3) laid on the cap.",
            "Check that the head is parallel to the conveyor: the gap must be the same at the infeed and outfeed ends.",
            "Tighten the clamp lever and remove the gauge plate.",
            "Set the side guide rails so that the containers run under the centre of the head.",
            "Start the conveyor and the generator and run 10 test containers.",
            "Do a peel test on at least 3 containers and adjust P01 if needed.",
        ],
    ),
    ("h", "6. Maintenance"),
    (
        "table",
        [
            ["Item", "Interval", "Part no."],
            ["Generator air filter mat (CS-20)", "Clean weekly, replace monthly", "CP-FM-120"],
            ["Cooling water inlet strainer (CS-30)", "Clean every 3 months", "CP-WS-12"],
            ["Head cable, 3 m", "Inspect monthly", "CP-HC-3"],
            ["Head wear plate", "Replace when worn through or cracked", "CP-WP-20 (CS-20), CP-WP-30 (CS-30)"],
            ["Gauge plate, 3 mm", "-", "CP-GP-3"],
        ],
        (64, 52, 44),
    ),
    (
        "p",
        "Clean the underside of the head daily with a dry cloth and remove spilled product and foil pieces. Never "
        "spray water onto the generator. Before a long shutdown, drain the CS-30 cooling circuit if the room can "
        "fall below 5 °C, unless a glycol mixture is used.",
    ),
]

# ---------------------------------------------------------------- Filtrane FC oil filtration unit
FILTRANE = [
    ("title", "Filtrane FC Series Mobile Oil Filtration Units\nOperating and Maintenance Manual - FC-25 and FC-45"),
    (
        "p",
        "Document FFC-OM-FC-09, Revision A, April 2024. Filtrane Fluid Care. The FC-25 and FC-45 are mobile filter "
        "units for filling, transferring and off-line (kidney loop) filtration of hydraulic, gear and lubricating "
        "oils. A gear pump draws the oil through the suction hose and wand and pushes it through a 25 µm "
        "pre-filter and a fine filter in series to the pressure hose. Each filter housing has a clogging indicator "
        "and a bypass valve.",
    ),
    (
        "warn",
        "CAUTION: The units are not suitable for fuels, solvents, water-glycol (HFC) or phosphate ester fluids, or "
        "for any fluid with a flash point below 100 °C. The motor is not explosion-proof: do not use the unit in "
        "hazardous areas.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FC-25", "FC-45"],
            ["Flow rate (50 Hz, oil at 46 mm²/s)", "25 L/min", "45 L/min"],
            ["Motor", "0.75 kW, 230 V 1~", "1.5 kW, 400 V 3~"],
            ["Pump relief valve setting", "6 bar", "8 bar"],
            ["Oil viscosity range", "15-400 mm²/s", "15-300 mm²/s"],
            ["Oil temperature", "5-60 °C", "5-60 °C"],
            ["Max. suction lift", "1.5 m", "1.5 m"],
            ["Suction hose with wand", "1\" x 2.5 m", "1 1/4\" x 2.5 m"],
            ["Pressure hose", "3/4\" x 2.5 m", "1\" x 2.5 m"],
            ["Pre-filter element, 25 µm", "FF-E25-10", "FF-E25-20"],
            ["Fine filter element, 3 µm", "FF-E3-10", "FF-E3-20"],
            ["Fine filter element, 10 µm", "FF-E10-10", "FF-E10-20"],
            ["Water-absorbing element (option)", "FF-EW-10", "FF-EW-20"],
            ["Filter bowl O-ring kit", "FF-OR-10", "FF-OR-20"],
            ["Pump inlet strainer", "FF-IS-25", "FF-IS-45"],
            ["Weight, empty", "48 kg", "72 kg"],
        ],
        (70, 45, 45),
    ),
    (
        "p",
        "The flow falls as the viscosity rises: at 150 mm²/s expect about 60% of the rated flow, and at the upper "
        "viscosity limit about 30%. Fit the 10 µm fine element for gear oils above ISO VG 220. The standard seals "
        "are NBR. A version with FKM seals, suffix -V, is available for synthetic ester and PAO oils and for oil "
        "temperatures up to 80 °C.",
    ),
    ("h", "2. Clogging indicators and bypass"),
    (
        "p",
        "Each housing has a differential pressure indicator with green, yellow and red zones. Change the element "
        "when the indicator reaches the red zone (2.5 bar differential). The bypass valve opens at 3.5 bar; the oil "
        "then passes unfiltered. The indicator reading is valid only when the oil is above 20 °C: with cold oil the "
        "indicator may show red with a clean element, so circulate the oil until it is warm before judging the "
        "element.",
    ),
    ("h", "3. Kidney loop filtration of a reservoir"),
    (
        "ol",
        [
            "Check the oil type against the label on the unit; if the unit last ran a different oil, flush it first (section 5).",
            "Place the unit so that the pump is no more than 1.5 m above the lowest oil level in the reservoir.",
            "Put the suction wand into the reservoir with its end at least 50 mm above the bottom, so that no sludge is drawn in.",
            "Put the pressure hose into the far end of the reservoir with its end below the oil surface, to avoid foaming.",
            "Secure both hoses so that they cannot slip out.",
            "Check that the hand valve on the pressure side is open.",
            "Connect the power and switch on. On the FC-45 check the direction of rotation against the arrow on the motor fan cover.",
            "Oil must flow from the pressure hose within 30 seconds; if not, switch off and check the suction side. Do not run the pump dry for more than 30 seconds.",
            "Watch the clogging indicators during the first minutes.",
            "Run until the reservoir volume has passed through the unit at least 7 times (for example, a 400 L reservoir with the FC-45: at least 62 minutes).",
            "Switch off, lift the suction wand out and let it drain into the reservoir, then lift out the pressure hose.",
            "Fit the caps on the hose ends and record the running time and the indicator readings.",
        ],
    ),
    ("h", "4. Changing a filter element"),
    (
        "ol",
        [
            "Switch off and unplug the unit.",
            "Open the vent screw on the filter housing cover to relieve the pressure.",
            "Place a drip tray under the housing and unscrew the filter bowl anticlockwise.",
            "Pull the element off the spigot with a twisting movement and dispose of it as oily waste.",
            "Clean the bowl; check the bowl O-ring and replace it if it is damaged (kit FF-OR-10 or FF-OR-20).",
            "Lubricate the O-ring of the new element with clean oil and push the element onto the spigot.",
            "Screw the bowl on hand-tight, then a further quarter turn; do not use tools.",
            "Switch on and vent the housing: open the vent screw until oil without air comes out, then close it.",
            "Check for leaks and record the element change.",
        ],
    ),
    ("h", "5. Changing to a different oil"),
    (
        "p",
        "Before using the unit for a different oil, drain the housings and hoses, fit new elements and pump at "
        "least 10 L of the new oil through the unit into a waste container. Never use the same unit for food-grade "
        "lubricants and mineral oils.",
    ),
    ("h", "6. Fault finding"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["No flow or much less than rated", "Suction wand not immersed; air leak on the suction side; oil too viscous", "Put the wand below the oil surface; tighten the suction hose clamps; warm the oil"],
            ["Pump noisy, rattles (cavitation)", "Viscosity too high, suction lift above 1.5 m or suction wand blocked", "Warm the oil; place the unit lower; clean the wand and the pump inlet strainer"],
            ["Indicator red soon after an element change", "Heavily contaminated oil, or oil below 20 °C", "Warm the oil before judging; change the pre-filter more often"],
            ["Motor stops (thermal protection)", "Viscosity above the limit or pressure-side valve closed", "Check the viscosity; open the valve; let the motor cool"],
            ["Oil leaks at the filter bowl", "O-ring damaged or bowl not tight", "Replace the O-ring; tighten the bowl"],
            ["Oil foams in the reservoir", "Pressure hose end above the oil surface", "Put the hose end below the oil surface"],
        ],
        (46, 58, 56),
    ),
    ("h", "7. Maintenance"),
    (
        "p",
        "Check the hoses and the wand before each use. Replace the elements when the indicator is in the red zone "
        "and at least once a year. The water-absorbing element is saturated when the flow drops sharply; change it "
        "then. Clean the pump inlet strainer every 6 months. The gear pump needs no lubrication.",
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("harlowe-hd-geared-pillar-drill.pdf", "Harlowe HMT-OM-HD-04 Rev B - HD-32 / HD-40", HARLOWE),
        ("pressfield-wp-hydraulic-workshop-press.pdf", "Pressfield PFH-OM-WP-02 Rev D - WP-30 / WP-50", PRESSFIELD),
        ("cappora-cs-induction-cap-sealer.pdf", "Cappora CSS-UM-CS-06 Issue 2 - CS-20 / CS-30", CAPPORA),
        ("filtrane-fc-oil-filtration-unit.pdf", "Filtrane FFC-OM-FC-09 Rev A - FC-25 / FC-45", FILTRANE),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 4, 14, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
