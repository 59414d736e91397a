"""Generate the PDF manuals of the hundred-and-fourteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set114-scratch/venv && /tmp/set114-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set114-scratch/venv/bin/python knowledge/samples/hundredfourteenth/make_pdfs.py

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



# ---------------------------------------------------------------- Brassoni CX combi steamers
BRASSONI = [
    ("title", "Brassoni CX Combi Steamers\nOperating and Maintenance Manual - CX-61 and CX-101"),
    (
        "p",
        "Document BRS-OM-CX-04, Edition 3, March 2025. Brassoni Grandi Cucine. The CX-61 (6 x GN 1/1) and the "
        "CX-101 (10 x GN 1/1) are electric combi steamers for hotel, hospital and canteen kitchens. Each has a "
        "separate steam generator, a reversing fan and a single-point core probe. They cook with steam, hot air or "
        "both together. Apart from the capacity, the heating, the steam generator and the items named in this "
        "manual, the two models are built alike. The floor-standing CX-201 has its own manual. The water treatment "
        "(softener or filter) is not part of the oven: choose and size it by its maker's manual from the site's "
        "water analysis. The electrical, water and drain connections are made by qualified installers to local "
        "rules; stands and stacking kits come with their own instructions.",
    ),
    (
        "warn",
        "WARNING: Hot steam escapes when the door is opened. Always stop at the first door latch (vent position) "
        "for at least 3 s before opening fully. Never put containers of liquid on shelves higher than 1.60 m above "
        "the floor.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CX-61", "CX-101"],
            ["Capacity, GN 1/1 containers or grids", "6", "10"],
            ["Rail spacing", "68 mm", "68 mm"],
            ["Maximum load per shelf", "15 kg", "15 kg"],
            ["Maximum total load in the cabinet", "30 kg", "50 kg"],
            ["Connected load, 400 V 3N~ 50 Hz", "10.8 kW", "18.6 kW"],
            ["Rated current per phase", "15.6 A", "26.9 A"],
            ["Supply fuse", "16 A", "32 A"],
            ["Steam generator heating", "9.0 kW", "18.0 kW"],
            ["Hot-air heating", "10.2 kW", "18.0 kW"],
            ["Fan motor, two speeds and pulse", "0.6 kW", "0.6 kW"],
            ["Water content of the steam generator", "5.5 L", "9.5 L"],
            ["Cabinet temperature, hot air and combination", "30-300 °C", "30-300 °C"],
            ["Cabinet temperature, steam", "30-130 °C", "30-130 °C"],
            ["Heat-up of the empty cabinet from 20 to 200 °C, hot air", "4 min", "5 min"],
            ["Water supply R 3/4 in, flow pressure", "1.5-6 bar", "1.5-6 bar"],
            ["Water hardness at the steam generator inlet", "no more than 7 °dH", "no more than 7 °dH"],
            ["Drain", "DN 50 with air gap", "DN 50 with air gap"],
            ["Width x depth x height", "850 x 775 x 785 mm", "850 x 775 x 1045 mm"],
            ["Mass, empty", "118 kg", "146 kg"],
            ["Descaler BRS-DS for one descaling", "2.5 L", "4.0 L"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The connected load is the fan plus the larger of the two heatings: the steam generator and the hot-air "
        "elements are never on at full power together. The heat-up times hold at 400 V with the door closed and "
        "no load in the cabinet. The oven must stand level within 2 mm across its width and depth; a forward tilt "
        "lets condensate run out of the door.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the oven may use it. Cleaning tabs and descaler are irritant: wear protective "
            "gloves and safety glasses when handling them.",
            "A fryer, griddle, chargrill or other heat source must stand at least 500 mm from the left side panel "
            "(the side of the electronics), or a heat shield BRS-HS must be fitted. Keep at least 50 mm free at "
            "the rear and on the right.",
            "Never spray cold water onto the hot door glass or into a cabinet hotter than 70 °C.",
            "Never heat flammable liquids (spirits for flambéing) in the oven.",
            "The hand shower must be hung back on its holder after use; never leave it lying in the cabinet.",
            "On a CX-101 on a stand the upper rails are above 1.60 m: use them only for solid food.",
        ],
    ),
    ("h", "3. Cooking modes and limits"),
    (
        "cols",
        [
            ("h", "Steam"),
            (
                "p",
                "30-130 °C. Below 98 °C the steam generator works in pulses (low-temperature steaming, for fish, "
                "custards and terrines). Above 100 °C the steam is superheated (forced steaming).",
            ),
            ("h", "Combination"),
            (
                "p",
                "Hot air and steam together at 30-300 °C, with the humidity settable from 10 % to 90 % in steps "
                "of 10 %. Above 250 °C the humidity is limited to 30 %.",
            ),
            ("h", "Hot air"),
            (
                "p",
                "30-300 °C. The dehumidifying flap opens automatically; set 0 % humidity for crisp results.",
            ),
            ("h", "Core temperature"),
            (
                "p",
                "Core probe range 0-99 °C, accuracy ±1 °C. Cooking ends when the core reaches the set value. In "
                "Delta-T cooking the cabinet follows the core: cabinet temperature = core temperature + delta T, "
                "with delta T settable from 20 K to 80 K.",
            ),
            ("h", "Preheating"),
            (
                "p",
                "The oven preheats to the set temperature plus 20 K (no higher than 300 °C). For a load of more "
                "than half the capacity select PREHEAT+: plus 30 K.",
            ),
            ("h", "Fan"),
            (
                "p",
                "Full speed, half speed (50 %) for light products such as meringues and puff pastry, and pulse. "
                "The fan wheel reverses every 2 min to even out the airflow.",
            ),
            ("h", "Cool down"),
            (
                "p",
                "With the door open, COOL DOWN runs the fan until the cabinet is below the cool-down temperature "
                "(default 60 °C, settable 40-120 °C). Never cool down with the fan guard removed.",
            ),
            ("h", "HACCP record"),
            (
                "p",
                "Cabinet and core temperatures are recorded every 60 s. The last 200 cooks are kept and can be "
                "exported to a USB stick under SERVICE > HACCP. Which foods need a record is set out in the "
                "site's food safety plan.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            [
                "E01",
                "Water shortage",
                "Steam generator not filled within 4 min. Open the water tap, clean the inlet strainer, check that "
                "the flow pressure is at least 1.5 bar.",
            ],
            [
                "E02",
                "Steam generator overheating",
                "Safety thermostat tripped. Let the oven cool for 30 min and press the reset button behind the "
                "lower front panel. If E02 comes back, call Brassoni service.",
            ],
            ["E03", "Cabinet overheating", "Cabinet safety limiter tripped above 330 °C. Call Brassoni service."],
            [
                "E04",
                "Fan motor",
                "Motor thermal protection tripped or speed signal missing. Switch off, let cool 20 min and check "
                "that nothing blocks the fan wheel.",
            ],
            ["E05", "Core probe", "Probe open or short circuit. The oven goes on cooking by time; replace the probe."],
            ["E06", "Cabinet sensor", "The oven stops. Call Brassoni service."],
            ["E07", "Steam generator level", "Level electrodes scaled or dirty. Descale (section 8)."],
            [
                "E09",
                "Drain",
                "Water above the sensor in the drain box for more than 2 min: drain blocked or its fall too "
                "small. Clean the drain.",
            ],
            ["E10", "Door switch", "Door switch signal does not match the door. Check the magnet in the door."],
            [
                "E11",
                "Descaling due",
                "Scale counter reached. The oven keeps working but steams less; descale within 5 days.",
            ],
            [
                "E12",
                "Cleaning interrupted",
                "Door opened or power lost during a cleaning programme. Run RINSE before cooking.",
            ],
            [
                "E13",
                "Control communication",
                "Switch off for 10 s and on again. If E13 comes back, call Brassoni service.",
            ],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Steam escapes round the door during cooking",
                "Door gasket damaged or door not latched fully",
                "Check the gasket; replace it (section 7)",
            ],
            [
                "Uneven browning from front to back",
                "Cabinet overloaded, or high-sided containers",
                "Reduce the load, use half fan speed and shallow containers",
            ],
            [
                "White crust on the cabinet walls and fan guard",
                "Water too hard, water treatment exhausted",
                "Have the water hardness checked; renew the treatment cartridge",
            ],
            [
                "Steaming weak, steam generator slow to fill",
                "Scale in the steam generator",
                "Descale (section 8) even before E11 shows",
            ],
            [
                "Water on the floor in front of the oven",
                "Drip tray outlet blocked, or the oven tilts forward",
                "Clean the drip tray outlet; level the oven",
            ],
            [
                "Core temperature reading jumps",
                "Probe cable kinked or crushed in the door",
                "Check the probe (section 9); replace it",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Automatic cleaning"),
    (
        "p",
        "Programmes: RINSE 12 min (no tab), LIGHT 55 min, MEDIUM 1 h 40 min, STRONG 2 h 25 min. The CX-61 takes "
        "1, 2 or 3 tabs for LIGHT, MEDIUM and STRONG; the CX-101 takes 2, 3 or 4 tabs.",
    ),
    (
        "ol",
        [
            "Remove all containers and grids; take out the drain strainer in the cabinet floor and empty it.",
            "Select CLEAN and the programme. If the cabinet is above 60 °C the oven runs COOL DOWN first.",
            "Put on gloves and glasses. Place the tabs in the tab drawer above the drain, never on the fan guard.",
            "Close the door. The cleaning runs on its own; do not open the door (E12).",
            "When END shows, open the door, wipe the door gasket and leave the door ajar to dry the cabinet.",
        ],
    ),
    ("h", "7. Replacing the door gasket"),
    (
        "ol",
        [
            "Let the oven cool below 40 °C and switch it off.",
            "Pull the old gasket out of its groove, starting at a corner.",
            "Clean the groove with warm water and a soft brush; dry it.",
            "Wet the lip of the new gasket (BRS-DG-061 or BRS-DG-101) with soapy water.",
            "Press it into the groove at the four corners first, then along the sides, with the lip facing "
            "the cabinet.",
            "Close the door and check with a strip of paper at several points that the gasket grips all round.",
        ],
    ),
    ("h", "8. Descaling the steam generator"),
    (
        "p",
        "Descale when E11 shows, or every 3 months, whichever comes first. The descaling takes about 90 min on the "
        "CX-61 and about 105 min on the CX-101.",
    ),
    (
        "ol",
        [
            "Let the oven cool until the steam generator is below 60 °C (shown under SERVICE > INFO).",
            "Put on gloves and glasses.",
            "Select SERVICE > DESCALE. The steam generator is drained (about 3 min).",
            "Remove the lower front panel and connect the descaling hose BRS-DP to the descaling connection.",
            "Put the suction lance into the BRS-DS descaler canister and press START: the pump draws 2.5 L "
            "(CX-61) or 4.0 L (CX-101).",
            "The descaler acts for 60 min (CX-61) or 75 min (CX-101); the display counts down.",
            "The steam generator is then drained and rinsed three times automatically.",
            "Remove the lance and rinse it in clean water, disconnect the hose and refit the front panel.",
            "Run STEAM at 100 °C for 10 min with the cabinet empty.",
            "The scale counter resets and E11 clears.",
        ],
    ),
    ("h", "9. Checking the core probe"),
    (
        "ol",
        [
            "Fill a jug with crushed ice and a little cold water and stir for 2 min.",
            "Put the probe tip at least 50 mm deep into the ice water without touching the jug.",
            "Read the core temperature under SERVICE > INFO after 1 min: it must show 0 °C ±1 °C.",
            "If the reading is outside this, or jumps, replace the probe (BRS-CP-1).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Automatic cleaning; wipe the door gasket; empty the drain strainer"],
            ["Weekly", "Check the door gasket for cracks; clean the drip tray outlet"],
            ["Monthly", "Clean the air filter of the electronics compartment; check the core probe (section 9)"],
            ["E11 or 3 months, whichever comes first", "Descale the steam generator (section 8)"],
            ["6 months", "Check the water treatment as its own manual says"],
            ["12 months", "Brassoni service: safety thermostats, steam generator inspection, door gasket"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "CX-61", "CX-101"],
            ["Door gasket", "BRS-DG-061", "BRS-DG-101"],
            ["Core probe, single point", "BRS-CP-1", "BRS-CP-1"],
            ["Fan wheel", "BRS-FW-40", "BRS-FW-48"],
            ["Air filter, electronics compartment", "BRS-AF-2", "BRS-AF-2"],
            ["Inlet strainer R 3/4 in", "BRS-IS-34", "BRS-IS-34"],
            ["Cabinet lamp 12 V 20 W", "BRS-HL-20", "BRS-HL-20"],
            ["Descaler BRS-DS, 10 L canister", "BRS-DS-10", "BRS-DS-10"],
            ["Cleaning tabs, box of 100", "BRS-CT-100", "BRS-CT-100"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Crumwell PF pressure fryers
CRUMWELL = [
    ("title", "Crumwell PF Pressure Fryers\nOperator's and Maintenance Manual - PF-16 and PF-22"),
    (
        "p",
        "Document CRW-OM-PF-02, Edition 2, June 2024. Crumwell Frying Systems. The PF-16 and PF-22 are electric "
        "pressure fryers for bone-in chicken and other products in hotel, staff canteen and quick-service "
        "kitchens. The fry pot is closed by a locking lid; the moisture of the product builds the pressure, which "
        "shortens the cooking time and keeps the product moist. Both models have a built-in filter pump and "
        "filter pan. Apart from the pot size, the heating and the items named in this manual, the two models are "
        "built alike. The gas-heated PF-16G is not covered by this manual. The hood above the fryer, its fire "
        "suppression and the fire extinguisher are the site's responsibility, as are the supply of fresh oil and "
        "the collection of used oil.",
    ),
    (
        "warn",
        "WARNING: Never try to open the lid while the gauge shows pressure. The lid lock releases only when the "
        "pressure in the pot is below 0.05 bar. Never block, weight or replace the safety valve with any other "
        "part.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PF-16", "PF-22"],
            ["Oil capacity, cold oil to the FILL COLD line", "16 L", "22 L"],
            ["Maximum product per batch, fresh bone-in chicken", "3.6 kg", "4.9 kg"],
            ["Heating elements", "3 x 3.8 kW", "3 x 4.9 kW"],
            ["Connected load, 400 V 3N~ 50 Hz, with filter pump", "11.5 kW", "14.8 kW"],
            ["Rated current per phase", "16.6 A", "21.4 A"],
            ["Supply fuse", "20 A", "25 A"],
            ["Oil temperature setting", "120-190 °C", "120-190 °C"],
            ["High-limit thermostat, manual reset", "230 °C", "230 °C"],
            ["Heat-up of a full pot of oil from 20 to 175 °C", "9 min", "11 min"],
            ["Working pressure, green band on the gauge", "0.7-0.9 bar", "0.7-0.9 bar"],
            ["Pressure valve setting", "0.83 bar", "0.83 bar"],
            ["Safety valve opens at", "1.0 bar", "1.0 bar"],
            ["Filter pump", "0.1 kW, 20 L/min", "0.1 kW, 20 L/min"],
            ["Filter powder for one filtering", "150 g", "200 g"],
            ["Width x depth x height, lid closed", "400 x 960 x 1200 mm", "500 x 960 x 1200 mm"],
            ["Mass, empty", "135 kg", "158 kg"],
            ["Oil quality sensor (TPM)", "option", "built in"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat-up times hold with the lid open, at 400 V and with fresh oil. The maximum product per batch is "
        "for fresh, bone-in chicken at 2-4 °C; it follows from the rule in section 3.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Wear heat-resistant gloves and a face shield when filtering, draining or boiling out.",
            "Never add water or ice to the oil. Drain and dry the pot completely after a boil-out: water left in "
            "the pot makes fresh oil spatter and foam over.",
            "Never move the fryer while the oil is above 40 °C.",
            "A fat fire must never be fought with water. Keep the lid closed, switch off at the main switch and "
            "use the hood suppression or a class F extinguisher.",
            "Drain used oil only into the filter pan or into a container made for hot oil.",
        ],
    ),
    ("h", "3. Cooking settings and limits"),
    (
        "cols",
        [
            ("h", "Oil temperature"),
            (
                "p",
                "Settable 120-190 °C. Once stable, the fryer holds the oil within ±3 °C of the setting. After "
                "20 min without a cook it lowers the oil to 140 °C (idle mode) to save the oil.",
            ),
            ("h", "Pressure"),
            (
                "p",
                "When the lid is locked and COOK pressed, the pressure solenoid closes and the steam from the product "
                "builds the pressure. The gauge should reach the green band (0.7-0.9 bar) within about 3 min. The "
                "pressure valve vents at 0.83 bar; the safety valve opens at 1.0 bar.",
            ),
            ("h", "Load per batch"),
            (
                "p",
                "Maximum product per batch (kg) = oil capacity (L) / 4.5. A larger load cools the oil too far and "
                "the product comes out greasy. For frozen product halve the load.",
            ),
            ("h", "Oil level"),
            (
                "p",
                "Fill cold oil to the FILL COLD line; at cooking temperature it rises to the upper line. The hot "
                "oil must cover the elements by at least 40 mm; below this A09 shows and heating stops.",
            ),
            ("h", "Filtering"),
            (
                "p",
                "Filter after every 5 cooks or at least twice a day, whichever comes first. The filter reminder "
                "(A11) counts cooks and can be set from 3 to 12. Filter with the oil at 150-175 °C: colder oil "
                "flows slowly and can trip the pump (A08).",
            ),
            ("h", "Oil quality"),
            (
                "p",
                "Discard the oil when the total polar material (TPM) reaches 24 %, or at the lower limit set by "
                "local food law where there is one. The PF-22 measures TPM itself and shows A12; on the PF-16 "
                "measure with a hand-held tester unless the sensor option is fitted.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["A01", "Oil probe", "Probe open or short circuit. Heating stops. Call Crumwell service."],
            [
                "A02",
                "High limit",
                "Oil above 230 °C: heating cut off. Let the oil cool below 180 °C and press the reset button "
                "behind the lower door. If it trips again, call service; never bypass it.",
            ],
            [
                "A03",
                "Slow heat-up",
                "Oil did not rise by 50 °C in 10 min: an element or contactor failed, or a phase is missing.",
            ],
            ["A04", "Lid not locked", "COOK pressed with the lid not locked. Turn the lid handle to its stop."],
            [
                "A05",
                "Pressure not reached",
                "Below 0.5 bar 4 min after the start of a pressure cook: lid gasket worn or fitted upside down, "
                "pressure valve dirty, or too little product.",
            ],
            [
                "A06",
                "Overpressure",
                "Above 0.95 bar: pressure valve or exhaust line blocked by breading or oil. Keep the lid closed "
                "until the gauge reads zero, then clean the valve and the exhaust line.",
            ],
            [
                "A08",
                "Filter pump overload",
                "Pump motor thermal trip: oil too cold, filter paper clogged. Press the reset on the pump motor.",
            ],
            [
                "A09",
                "Oil level low",
                "Hot oil covers the elements by less than 40 mm; heating stops. Top up with fresh oil of the "
                "same type.",
            ],
            ["A10", "Drain valve open", "Drain valve not fully closed; heating is blocked."],
            ["A11", "Filter due", "The set number of cooks since the last filtering reached."],
            ["A12", "Oil quality", "TPM at 24 % or more (PF-22, or PF-16 with the sensor option). Change the oil."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lid does not open after the cook",
                "Pressure still in the pot, lid lock engaged",
                "Wait until the gauge reads zero and the lock releases; never force the lid",
            ],
            [
                "Gauge stays below the green band",
                "Lid gasket worn, pressure valve weight dirty, batch too small",
                "Turn or replace the lid gasket; clean the pressure valve (A05)",
            ],
            [
                "Product greasy and pale",
                "Oil too cool, batch too large",
                "Check the setting; keep to the maximum per batch",
            ],
            [
                "Oil foams and rises in the pot",
                "Oil worn out, detergent left after a boil-out, wet product",
                "Change the oil; rinse the pot well after boil-out",
            ],
            [
                "Steam blows out round the lid during a cook",
                "Lid gasket worn or cut",
                "Replace the lid gasket (section 9)",
            ],
            [
                "Pump runs but oil returns slowly",
                "Filter paper clogged with crumbs, pickup O-ring leaking",
                "Change the paper; check the O-ring",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Pressure cooking a batch"),
    (
        "ol",
        [
            "Check that the oil is at the upper line and READY is shown.",
            "Load the product into the basket, no more than the maximum per batch; shake off loose breading.",
            "Lower the basket slowly into the oil on the carrier.",
            "Close the lid and turn the lid handle clockwise to its stop: the lid lock engages.",
            "Select the product and press COOK. The gauge should reach the green band within about 3 min.",
            "At the end of the cook time the solenoid opens and the steam is let out through the exhaust line.",
            "When the gauge reads zero and the lock has released, turn the handle anticlockwise and lift the lid.",
            "Lift the basket, let it drain for 15 s over the pot and hang it on the rail.",
        ],
    ),
    ("h", "7. Filtering the oil"),
    (
        "ol",
        [
            "Put on gloves and a face shield. The oil should be at 150-175 °C.",
            "Check that the filter pan holds a clean paper envelope (CRW-FP-16 or CRW-FP-22) and push the pan fully "
            "home under the pot.",
            "Sprinkle 150 g (PF-16) or 200 g (PF-22) of filter powder on the paper.",
            "Open the drain valve slowly and let the oil run into the filter pan.",
            "Brush the pot walls and the elements with the long brush.",
            "Switch on the filter pump: the oil circulates through the paper for 5 min.",
            "Close the drain valve and let the pump fill the pot until air bubbles appear, then switch it off.",
            "Top up to the upper line if needed and reset A11.",
        ],
    ),
    ("h", "8. Boil-out"),
    (
        "p",
        "Boil out the pot once a month and at every oil change.",
    ),
    (
        "ol",
        [
            "Drain the oil into the filter pan and pump it into the site's used oil container.",
            "Close the drain valve. Fill the pot with water to the FILL COLD line and add one 200 g sachet of "
            "Crumwell boil-out cleaner CRW-BC.",
            "Leave the lid open for the whole boil-out.",
            "Select BOIL-OUT: the fryer heats the water to 90 °C and holds it for 20 min. Never set above 95 °C.",
            "Brush the pot walls and the elements with the long brush.",
            "Switch off and drain the solution into a bucket; never pump it with the filter pump.",
            "Rinse the pot with clean water containing 100 mL of vinegar, then once with clean water.",
            "Dry the pot completely with a clean towel and refit the basket support before filling fresh oil.",
        ],
    ),
    ("h", "9. Replacing the lid gasket"),
    (
        "ol",
        [
            "Let the fryer cool below 40 °C and switch it off.",
            "Open the lid and pull the gasket out of the lid channel.",
            "Clean the channel with hot water and dry it.",
            "Press the new gasket (CRW-LG-16 or CRW-LG-22) into the channel with the flat side facing the pot.",
            "Close and lock the lid; run a pressure cook with water to check that no steam escapes round the lid.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["After every 5 cooks or twice a day, whichever comes first", "Filter the oil (section 7)"],
            ["Daily", "Clean the lid, the gasket and the outside; empty the condensate box"],
            ["Weekly", "Clean the pressure valve weight and the exhaust line"],
            ["Monthly and at every oil change", "Boil-out (section 8)"],
            ["3 months", "Turn the lid gasket over"],
            ["12 months", "Replace the lid gasket; Crumwell service tests the safety valve and the high limit"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PF-16", "PF-22"],
            ["Lid gasket", "CRW-LG-16", "CRW-LG-22"],
            ["Pressure valve, complete", "CRW-PV-83", "CRW-PV-83"],
            ["Safety valve 1.0 bar", "CRW-SV-10", "CRW-SV-10"],
            ["Filter paper envelopes, 100", "CRW-FP-16", "CRW-FP-22"],
            ["Heating element", "CRW-HE-38", "CRW-HE-49"],
            ["Oil temperature probe", "CRW-OP-1", "CRW-OP-1"],
            ["Boil-out cleaner, 20 sachets", "CRW-BC", "CRW-BC"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Sautenna BT tilting bratt pans
SAUTENNA = [
    ("title", "Sautenna BT Tilting Bratt Pans\nInstallation, Operation and Maintenance - BT-80 and BT-120"),
    (
        "p",
        "Document SAU-IOM-BT-07, Edition 1, November 2024. Sautenna Kitchen Equipment. The BT-80 and BT-120 are "
        "electrically heated tilting bratt pans (tilting frying and braising pans) for frying, braising, "
        "stewing, boiling and holding in hotel, hospital and canteen kitchens. The pan has a 12 mm compound "
        "steel base heated from below, a motor tilt and a water fill with a volume preset. The pan is not a "
        "pressure vessel and not a deep-fat fryer. Apart from the pan size, the heating and the items named in "
        "this manual, the two models are built alike. The BT-40 table model has its own manual. The supply cable "
        "and its size are chosen by the installer to local wiring rules; the floor gully in front of the pouring "
        "lip is provided by the site.",
    ),
    (
        "warn",
        "WARNING: Never pour cold water into a pan hotter than 80 °C: the base can warp. Tilt only with the lid "
        "open, and pour into a container standing on a trolley, never into one held by hand.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BT-80", "BT-120"],
            ["Usable capacity, to the fill mark", "80 L", "120 L"],
            ["Pan inside, width x depth x height", "950 x 520 x 200 mm", "950 x 720 x 200 mm"],
            ["Fill mark height above the base", "160 mm", "175 mm"],
            ["Frying surface", "0.49 m²", "0.68 m²"],
            ["Heating power", "12.0 kW", "16.5 kW"],
            ["Rated current per phase, 400 V 3N~ 50 Hz", "17.3 A", "23.8 A"],
            ["Supply fuse", "20 A", "25 A"],
            ["Base temperature setting", "50-250 °C", "50-250 °C"],
            ["Safety thermostat on the base", "290 °C", "290 °C"],
            ["Heat-up of the empty pan from 20 to 200 °C", "7 min", "8 min"],
            ["Minimum liquid for boiling", "10 L", "14 L"],
            ["Water fill, cold, 1/2 in", "12 L/min at 3 bar", "12 L/min at 3 bar"],
            ["Water supply flow pressure", "2-6 bar", "2-6 bar"],
            ["Tilt", "motor, 0-90°", "motor, 0-90°"],
            ["Pouring lip height above the floor, pan tilted", "620 mm", "640 mm"],
            ["Overall width x depth x height, lid closed", "1300 x 800 x 900 mm", "1300 x 1000 x 900 mm"],
            ["Mass, empty", "210 kg", "260 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat-up times hold with the lid open and at 400 V. The water fill rate holds at a flow pressure of "
        "3 bar; at lower pressure the pan fills more slowly. The minimum liquid is a layer of 20 mm over the "
        "whole base.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The pan is not a deep-fat fryer: use no more than 40 mm of oil or fat, for shallow frying only.",
            "Do not leave an empty pan heating above 200 °C for more than 10 min.",
            "Heating is blocked while the pan is tilted more than 5° (F7).",
            "Keep people away from the pouring lip while tilting. Wipe up spills on the floor at once.",
            "Use the delayed start only with food that may stand at room temperature; raw meat and fish must not "
            "wait in the pan. The site's food safety plan sets what may be prepared this way.",
            "Before cleaning, switch off at the main switch; never direct a water jet at the control panel or the "
            "tilt motor housing.",
        ],
    ),
    ("h", "3. Cooking modes and settings"),
    (
        "cols",
        [
            ("h", "Frying"),
            (
                "p",
                "Base temperature 150-250 °C. Oil or fat no deeper than 40 mm. Preheat until the READY lamp is lit "
                "before putting in the first batch, and spread the food over the whole base.",
            ),
            ("h", "Boiling and stewing"),
            (
                "p",
                "Settings up to 120 °C. The liquid must cover the whole base at least 20 mm deep: at least 10 L in "
                "the BT-80 and 14 L in the BT-120. Fill no higher than the fill mark.",
            ),
            ("h", "Simmer"),
            (
                "p",
                "Pulsed heating at 10-100 % of full power, in steps of 10 %, for sauces and stocks.",
            ),
            ("h", "Core probe (option)"),
            (
                "p",
                "Range 0-100 °C. When the core reaches the set value the pan switches to holding at the set holding "
                "temperature (default 65 °C).",
            ),
            ("h", "Water fill"),
            (
                "p",
                "Preset in steps of 1 L up to 80 L (BT-80) or 120 L (BT-120). Accuracy ±2 % at a flow pressure of "
                "2-6 bar. The fill stops with F5 if the volume is not reached within 10 min.",
            ),
            ("h", "Delayed start"),
            ("p", "Up to 24 h ahead. See the safety notes on which food may wait in the pan."),
            ("h", "Tilting"),
            (
                "p",
                "Press and hold TILT: the pan tilts while the button is held, slowly (about 3° per s) for the first "
                "20°, then at about 8° per s. Release the button to stop. LOWER returns the pan; it stops by "
                "itself at the horizontal position.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F1", "Pan sensor", "Sensor open or short circuit. Heating stops. Call Sautenna service."],
            [
                "F2",
                "Base overtemperature",
                "Safety thermostat tripped above 290 °C: pan heated empty or oil too shallow. Let it cool; the "
                "reset behind the front panel is for a qualified person.",
            ],
            [
                "F3",
                "Tilt motor overload",
                "Motor thermal protection tripped: pan blocked or overloaded. Remove the obstacle and wait 10 min.",
            ],
            [
                "F4",
                "Tilt position",
                "End switch not reached within 30 s, or switch faulty. Return the pan with the hand crank "
                "(section 8).",
            ],
            [
                "F5",
                "Water fill timeout",
                "Preset volume not reached within 10 min: tap closed, inlet strainer blocked or flow pressure "
                "below 2 bar.",
            ],
            ["F7", "Heating blocked", "Pan tilted more than 5°. Lower it to the horizontal position."],
            ["F8", "Core probe", "Probe open or short circuit; the pan goes on cooking by time."],
            [
                "F9",
                "Heating contactor",
                "Heating on without demand. Switch off at the main switch and call Sautenna service.",
            ],
            ["F10", "Electronics overtemperature", "Control box above 70 °C. Clear the cooling slots."],
            [
                "F11",
                "Water valve leak",
                "Flow meter counts with the valve closed. Close the stopcock and call Sautenna service.",
            ],
            ["F12", "Service due", "1000 h of heating or 12 months since the last service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Food catches in the middle, edges stay pale",
                "Pan not fully preheated, liquid layer too thin",
                "Wait for READY; keep at least 20 mm of liquid",
            ],
            [
                "READY takes far longer than the heat-up time",
                "A supply fuse blown or a phase missing, an element failed",
                "Check the three supply fuses; call service",
            ],
            [
                "Water drips from the fill spout after filling",
                "Water valve leaking, dirt on the valve seat",
                "Clean the inlet strainer; F11 calls for service",
            ],
            [
                "Base no longer flat, cracking noise when heating",
                "Cold water poured into a hot pan",
                "Stop using the pan; call Sautenna service",
            ],
            [
                "Pan does not tilt, no code shown",
                "Key switch on LOCK or emergency stop pressed",
                "Unlock; release the emergency stop",
            ],
            [
                "Lid drops instead of staying open",
                "Lid spring weak or broken",
                "Replace the lid spring",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Frying"),
    (
        "ol",
        [
            "Check that the pan is horizontal and dry: water in the pan makes hot fat spatter.",
            "Set the base temperature, for example 180 °C for meat and 160 °C for fish, and press HEAT.",
            "Add the oil or fat, no more than 40 mm deep, and wait until READY is lit.",
            "Spread the food over the whole base in one layer; do not overload, or the base cools and the food "
            "stews instead of browning.",
            "Turn the food with a long spatula; never lean over the pan.",
            "Lift the food out with a perforated scoop, or tilt the pan to pour off the fat into a container made "
            "for hot fat.",
        ],
    ),
    ("h", "7. Emptying the pan by tilting"),
    (
        "ol",
        [
            "Switch off the heating and open the lid fully.",
            "Place a container on a trolley under the pouring lip; the lip is 620 mm (BT-80) or 640 mm (BT-120) "
            "above the floor when tilted.",
            "Fit the pouring lip strainer if solids are to stay in the pan.",
            "Press and hold TILT and pour slowly; release to stop.",
            "When the pan is empty press LOWER; it stops at the horizontal position.",
        ],
    ),
    ("h", "8. Tilting by hand (power failure or F4)"),
    (
        "ol",
        [
            "Switch off at the main switch.",
            "Take the hand crank SAU-HC-1 from its clip behind the front panel.",
            "Remove the cover cap on the right side panel. A switch under the cap blocks the tilt motor while the "
            "cap is off.",
            "Fit the hand crank onto the hexagon shaft.",
            "Turn clockwise to tilt and anticlockwise to lower: about 40 turns (BT-80) or 55 turns (BT-120) from "
            "horizontal to 90°. With hot contents two persons are needed, one at the container.",
            "Return the pan until the pointer lines up with the level mark on the side panel.",
            "Remove the crank, refit the cover cap and put the crank back in its clip.",
            "Switch on and press RESET to clear F4.",
        ],
    ),
    ("h", "9. Cleaning the pan"),
    (
        "ol",
        [
            "Let the pan cool below 60 °C.",
            "Fill 10 L (BT-80) or 14 L (BT-120) of water with a neutral detergent and heat to 60 °C.",
            "Clean the base and walls with a nylon brush; never use steel wool or scouring powder.",
            "Tilt the pan and let the water run into the gully.",
            "Rinse with clean water, tilt again and dry the pan with a cloth.",
            "Clean the lid, the pouring lip and the outside with a damp cloth.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the pan (section 9); clean the pouring lip strainer"],
            ["Weekly", "Check the lid spring and the inlet strainer; check the hand crank is in its clip"],
            ["6 months", "Grease the tilt spindle at its two nipples with food-grade grease (NSF H1), about 10 g"],
            ["1000 h of heating or 12 months, whichever comes first (F12)", "Sautenna service: safety thermostat, "
             "tilt end switches, water valve"],
            ["12 months", "Electrical safety test by a qualified electrician"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BT-80", "BT-120"],
            ["Pan temperature sensor", "SAU-PP-1", "SAU-PP-1"],
            ["Lid spring", "SAU-LS-80", "SAU-LS-120"],
            ["Tilt motor", "SAU-TM-080", "SAU-TM-120"],
            ["Heating element set", "SAU-HE-80", "SAU-HE-120"],
            ["Water fill valve", "SAU-WV-12", "SAU-WV-12"],
            ["Pouring lip strainer", "SAU-PS-80", "SAU-PS-120"],
            ["Hand crank", "SAU-HC-1", "SAU-HC-1"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Kaltmoor CRC-4 cold room controller
KALTMOOR = [
    ("title", "Kaltmoor CRC-4 Cold Room Controller\nInstallation and User Manual - walk-in chilled and frozen rooms"),
    (
        "p",
        "Document KLT-IUM-CRC4-05, Edition 5, February 2025. Kaltmoor Controls. The CRC-4 controls one walk-in "
        "cold room with one condensing unit and one evaporator: the compressor (directly or through a contactor), "
        "the evaporator fans, the defrost (electric heaters or off-cycle), the light, the door frame heater and "
        "the alarms, and it records the room temperature for HACCP. It is set to chilled mode (C) or frozen mode "
        "(F) at commissioning. The condensing unit, its pressure switches and the refrigerant charge are set up by "
        "the refrigeration engineer according to the unit's own manual, and the leak checks required by the "
        "F-gas rules are carried out by a certified engineer. The storage temperature for each kind of food is "
        "set out in the site's HACCP plan, not in this manual.",
    ),
    (
        "warn",
        "WARNING: Isolate the controller and the condensing unit before opening the controller housing: the relay "
        "terminals carry 230 V. The person-trapped alarm must be tested every week and never be switched off "
        "while the room is in use.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Item", "Value"],
            ["Supply", "230 V ±10 %, 50/60 Hz, 6 VA"],
            ["Compressor relay", "16 A resistive, 10 A inductive (up to 1 HP); larger compressors through a "
             "contactor"],
            ["Defrost relay", "16 A resistive, heaters up to 3.5 kW"],
            ["Evaporator fan relay", "5 A"],
            ["Light relay", "8 A, 230 V"],
            ["Alarm relay", "volt-free changeover contact, 5 A"],
            ["Probes", "NTC 10 kOhm at 25 °C, range -50 to +50 °C"],
            ["Probe accuracy", "±0.5 °C from -30 to +20 °C, ±1.0 °C outside this range"],
            ["Display resolution", "0.1 °C"],
            ["Setpoint range", "-30 to +15 °C"],
            ["Data log", "room temperature every 15 min, 12 months stored"],
            ["Clock backup", "lithium cell CR2032, about 5 years"],
            ["Front protection", "IP65"],
            ["Ambient for the controller", "0-50 °C"],
            ["Probe cable extension", "up to 30 m, 0.5 mm² screened cable"],
        ],
        (60, 110),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only the refrigeration engineer or an electrician may wire the controller or change the installer "
            "parameters (level 2, code 22).",
            "Frozen rooms: the inside pushbutton of the person-trapped alarm has a heated housing and the door "
            "frame heater must stay on, or the door can freeze shut.",
            "Never store food in the room before it has held its setpoint for 24 h after commissioning.",
            "A sudden change of the stored temperature must be reported to the person in charge of the HACCP "
            "plan; the controller only records it.",
        ],
    ),
    ("h", "3. Parameters and factory settings"),
    (
        "cols",
        [
            ("h", "Setpoint and differential"),
            (
                "p",
                "SP: +2.0 °C in C mode and -20.0 °C in F mode (factory). dIF 2.0 K, settable 0.5-10 K: the "
                "compressor starts at SP + dIF and stops at SP.",
            ),
            ("h", "Compressor protection"),
            (
                "p",
                "Minimum off time 3 min, minimum on time 2 min, no more than 10 starts per hour. After a power "
                "failure the compressor starts after a delay of 30 s.",
            ),
            ("h", "Defrost"),
            (
                "p",
                "Interval dI 6 h in C mode (off-cycle) or 8 h in F mode (electric). The defrost ends when the "
                "evaporator reaches dEt 8 °C, or after the maximum time dMt of 20 min (C) or 30 min (F), whichever "
                "comes first. Drip time dtr 3 min.",
            ),
            ("h", "Fans"),
            (
                "p",
                "In C mode the fans run all the time except during the drip time. In F mode they restart after a "
                "defrost when the evaporator is below -5 °C, or after 4 min at the latest. The fans stop at once "
                "when the door opens.",
            ),
            ("h", "Door"),
            (
                "p",
                "If the door stays open longer than dAd (3 min) the controller shows A07 and sounds the buzzer. "
                "After 5 min with the door open the compressor and fans run again so that the room does not warm "
                "up.",
            ),
            ("h", "Temperature alarms"),
            (
                "p",
                "High alarm HAL 4 K above SP and low alarm LAL 4 K below SP, each with a delay AdL of 60 min. AdF "
                "holds off the high alarm for 90 min after a defrost or a power-up. The limits the site needs "
                "come from its HACCP plan.",
            ),
            ("h", "Probe offset"),
            ("p", "/C1, the room probe offset: ±5.0 K in steps of 0.1 K."),
            ("h", "Emergency operation"),
            (
                "p",
                "If the room probe fails (A01) the compressor runs on a fixed cycle: 15 min on, 15 min off in C "
                "mode; 25 min on, 5 min off in F mode.",
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
                "Room probe",
                "Probe open or short circuit, the display shows dashes. Emergency operation starts; replace the "
                "probe.",
            ],
            ["A02", "Evaporator probe", "Probe open or short circuit. Defrosts end on the maximum time only."],
            [
                "A03",
                "Condenser temperature",
                "Condenser probe above 60 °C: compressor stopped. Condenser dirty or its fan stopped.",
            ],
            ["A04", "High temperature", "Room above HAL for longer than AdL. Check the door, the load and the coil."],
            ["A05", "Low temperature", "Room below LAL for longer than AdL. Check the setpoint and the probe."],
            ["A07", "Door open", "Door open longer than dAd. Close the door; check the door switch."],
            [
                "A08",
                "Person trapped",
                "Inside pushbutton pressed. Go to the room at once. Reset as in section 8.",
            ],
            [
                "A09",
                "Defrost ended on time",
                "Three defrosts in a row ended on dMt instead of dEt: ice left on the coil.",
            ],
            [
                "A10",
                "Compressor safety",
                "External pressure switch or motor protection input open. Call the refrigeration engineer.",
            ],
            [
                "A11",
                "Power failure",
                "Power lost for more than 5 min. The duration and the highest room temperature are logged.",
            ],
            ["A12", "Clock", "Clock lost; the log has no time stamps. Set the clock; replace the cell."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Ice builds up on the evaporator coil",
                "Defrosts end on time (A09): defrost heaters or drain heater failed, door often left open",
                "Have the defrost heaters checked; keep the door shut; start a manual defrost",
            ],
            [
                "Water on the floor under the evaporator",
                "Drain line blocked or frozen",
                "Clear the drain; in F mode check the drain heater",
            ],
            [
                "Room temperature swings more than 5 K",
                "Differential too wide, probe near the door or in the coil air outlet",
                "Set dIF back to 2.0 K; move the probe",
            ],
            [
                "Room warm for long after each defrost",
                "Defrost too long, fans start too early",
                "Check dEt and the fan restart",
            ],
            [
                "Compressor starts and stops every few minutes",
                "Differential set very small",
                "Set dIF to at least 1.0 K",
            ],
            [
                "Buzzer sounds during every delivery",
                "Door held open longer than dAd",
                "Use a strip curtain; close the door between trips",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Setting the setpoint"),
    (
        "ol",
        [
            "Press SET for 1 s: SP flashes.",
            "Press UP or DOWN to change the value in steps of 0.1 °C.",
            "Press SET to store; the display returns to the room temperature after 10 s.",
            "Check after 2 h that the room holds the new value.",
        ],
    ),
    ("h", "7. Checking the room probe"),
    (
        "ol",
        [
            "Fill an insulated cup with crushed ice and a little clean water; stir and wait 3 min.",
            "Take the room probe out of its clip; do not disconnect it.",
            "Put the probe tip 50 mm deep into the ice water without touching the cup, and stir for 2 min.",
            "Read the display: it must show 0.0 °C ±0.5 °C.",
            "If not, enter the opposite of the error as /C1 (the display reads 0.8 °C: set /C1 to -0.8).",
            "If the error is more than 2.0 K, replace the probe (KLT-NTC-15) instead.",
            "Refit the probe in its clip at least 300 mm from the evaporator air outlet and away from the door.",
            "Record the check in the HACCP log.",
        ],
    ),
    ("h", "8. Testing the person-trapped alarm (weekly)"),
    (
        "ol",
        [
            "Tell the kitchen staff that the alarm will sound.",
            "Go into the room and close the door behind you.",
            "Check that the pushbutton inside the door is lit and free of stock.",
            "Press the pushbutton. The buzzer on the controller sounds, the beacon outside the door flashes and "
            "A08 shows; the alarm relay switches.",
            "Check that the door opens from inside with the inside release.",
            "Reset: twist the pushbutton to release it, then press ESC on the controller for 3 s.",
            "Record the test with the date and your name.",
        ],
    ),
    ("h", "9. Starting a manual defrost"),
    (
        "ol",
        [
            "Press DEF for 3 s: the defrost symbol lights.",
            "The defrost ends by itself on dEt or dMt; the drip time follows.",
            "To stop a defrost early press DEF for 3 s again.",
        ],
    ),
    ("h", "10. Downloading the HACCP log"),
    (
        "ol",
        [
            "Insert a USB stick (FAT32, up to 32 GB) into the port under the front cover.",
            "Press SET and DOWN together for 3 s: LOG shows.",
            "Press SET: the controller copies the last 12 months as a CSV file named after the room number and "
            "the date; the display shows the progress.",
            "When End shows, remove the stick. The log in the controller is not erased.",
            "Keep the file as the site's HACCP plan requires.",
        ],
    ),
    (
        "p",
        "Each line of the file holds the date, the time, the room temperature, the setpoint and any alarm code "
        "active at that time. Door openings and defrosts are marked. Power failures longer than 5 min appear with "
        "their duration and the highest room temperature reached.",
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Read and record the room temperature as the site's HACCP plan says"],
            ["Weekly", "Test the person-trapped alarm (section 8)"],
            ["3 months", "Check the room probe in ice water (section 7); check the door gasket and frame heater"],
            ["6 months", "Refrigeration engineer: clean the condenser, check the defrost heaters"],
            ["12 months", "Leak check by a certified engineer as the F-gas rules require"],
            ["5 years", "Kaltmoor service: replace the clock cell"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Controller CRC-4", "KLT-CRC4"],
            ["Room probe, 1.5 m cable", "KLT-NTC-15"],
            ["Evaporator probe, 3 m cable", "KLT-NTC-30"],
            ["Door switch, magnetic", "KLT-DS-2"],
            ["Person-trapped pushbutton, unheated (C mode)", "KLT-TP-1"],
            ["Person-trapped pushbutton, heated (F mode)", "KLT-TP-1H"],
            ["Alarm beacon 24 V", "KLT-AB-24"],
            ["Clock cell CR2032", "KLT-BT-2032"],
        ],
        (100, 70),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brassoni-cx-combi-steamer.pdf", "Brassoni BRS-OM-CX-04 Ed 3 - CX-61 / CX-101", BRASSONI),
        ("crumwell-pf-pressure-fryer.pdf", "Crumwell CRW-OM-PF-02 Ed 2 - PF-16 / PF-22", CRUMWELL),
        ("sautenna-bt-tilting-bratt-pan.pdf", "Sautenna SAU-IOM-BT-07 Ed 1 - BT-80 / BT-120", SAUTENNA),
        ("kaltmoor-crc4-cold-room-controller.pdf", "Kaltmoor KLT-IUM-CRC4-05 Ed 5 - CRC-4", KALTMOOR),
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
