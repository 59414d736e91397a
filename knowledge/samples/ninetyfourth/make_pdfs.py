"""Generate the PDF manuals of the ninety-fourth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set94venv && /tmp/set94venv/bin/pip install fpdf2 pypdf
    /tmp/set94venv/bin/python knowledge/samples/ninetyfourth/make_pdfs.py

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


# ---------------------------------------------------------------- Halimeer HSM artificial seawater systems
HALIMEER = [
    (
        "title",
        "Halimeer HSM Artificial Seawater Mixing and Storage Systems\nOperation and Maintenance - HSM-6 and HSM-12",
    ),
    (
        "p",
        "Document HMS-OM-HSM-04, Edition 3, March 2025. Halimeer Seawater Systems. The HSM-6 and HSM-12 prepare "
        "artificial seawater for public aquarium exhibits from reverse osmosis (RO) water and dry synthetic sea salt, "
        "and hold the finished water in a storage tank until it is sent to the exhibits. The mix tank has a salt "
        "hopper, a mixing pump with eductor nozzles, an aeration blower, a titanium heater and a conductivity probe. "
        "The two models differ in size; apart from the values in the tables and the items named in "
        "this manual, they are built alike.",
    ),
    (
        "p",
        "The RO plant and its supply water, the floor and foundations under the tanks, the drains, the pipework from "
        "the transfer pump to the exhibits and the plant room ventilation are the site's responsibility. The salt is "
        "not supplied by Halimeer: its dose and the alkalinity, calcium and magnesium a finished batch should "
        "reach are given on the salt maker's data sheet, not in this manual.",
    ),
    (
        "warn",
        "WARNING: The control panel is fed at 400 V. Isolate and lock off the main switch before opening the panel or "
        "working on a pump or the heater. Never switch the heater on with the mix tank below the heater guard level.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HSM-6", "HSM-12"],
            ["Mix tank working volume", "6.0 m³", "12.0 m³"],
            ["Fill level with RO water before salting (95 % of working volume)", "5.7 m³", "11.4 m³"],
            ["Storage tank working volume", "20 m³", "40 m³"],
            ["Tank diameters, mix tank / storage tank", "2.2 m / 3.2 m", "2.8 m / 4.0 m"],
            ["Mixing pump with eductor nozzles", "30 m³/h at 12 m, 2.2 kW", "45 m³/h at 14 m, 4.0 kW"],
            ["Mix tank turnovers per hour", "5", "3.75"],
            ["Transfer pump", "20 m³/h at 18 m, 1.5 kW", "30 m³/h at 20 m, 2.2 kW"],
            ["Titanium heater, elements of 4 kW each", "12 kW (3 elements)", "24 kW (6 elements)"],
            ["Heating rate, mix tank full and mixing", "about 1.8 °C per hour", "about 1.8 °C per hour"],
            ["Aeration blower", "25 m³/h, 0.37 kW", "45 m³/h, 0.55 kW"],
            ["Salt for one full batch at 35 psu (38 kg per m³)", "228 kg", "456 kg"],
            ["Maximum salt feed rate into the hopper", "8 kg/min", "12 kg/min"],
            ["Connected load, 400 V 3~ 50 Hz", "16.1 kW", "30.8 kW"],
            ["Supply fuse", "32 A gG", "63 A gG"],
            ["RO water inlet / transfer outlet", "DN40 / DN50", "DN50 / DN65"],
            ["Mass empty, tanks and skid", "1150 kg", "1900 kg"],
            ["Mass in service, both tanks full of seawater", "27.8 t", "55.2 t"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The salt quantities assume about 38 kg of salt per m³ of finished seawater for a salinity of 35 psu at 25 °C, "
        "a typical figure for synthetic sea salts; the figure on the salt maker's data sheet takes precedence. The "
        "heating rate holds only with the mix tank full to the working level and the mixing pump running. The floor "
        "must carry the mass in service; its design is for the site's structural engineer, not for Halimeer.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Salt dust irritates the eyes and the airways. Wear safety glasses and an FFP2 dust mask when tipping "
            "salt, and keep the hopper dust extraction running.",
            "Salt comes in 25 kg bags. Lift and tip them as the site's manual handling rules require; the hopper rim "
            "is 900 mm above the platform floor.",
            "Entering a tank is confined space work under the site's permit.",
            "Spilled seawater makes floors slippery and corrodes steelwork. Rinse spills with fresh water.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Salt addition"),
            (
                "p",
                "Add salt only with the mixing pump running and the water between 20 and 28 °C. Never add salt to "
                "water warmer than 28 °C: calcium and magnesium carbonates precipitate and the batch turns milky. "
                "Feed the hopper no faster than 8 kg/min (HSM-6) or 12 kg/min (HSM-12); faster feeding leaves salt "
                "caked on the tank floor.",
            ),
            ("h", "Mixing time"),
            (
                "p",
                "After the last salt, mix and aerate for at least 24 h, and longer if needed, until two salinity "
                "readings taken 2 h apart differ by no more than 0.2 psu. RELEASE stays locked until the 24 h timer "
                "has run out.",
            ),
            ("h", "Release criteria"),
            (
                "p",
                "A batch may be released to the storage tank only when its salinity is within ±0.5 psu of the "
                "setpoint, its pH is between 7.9 and 8.4, its temperature is within 1 °C of the storage tank and the "
                "water is clear. The setpoint is settable from 25.0 to 38.0 psu; the factory setting is 35.0 psu.",
            ),
            ("h", "Heater"),
            (
                "p",
                "The heater is enabled only while the mixing pump runs with the flow switch made and the mix tank "
                "level at least 150 mm above the top element (guard level). The thermostat setting is limited to "
                "28 °C. A separate safety cut-out opens at 35 °C and is reset by hand (A07).",
            ),
            ("h", "RO water"),
            (
                "p",
                "The RO water must have a conductivity of no more than 20 µS/cm. Above this for 5 min, filling stops "
                "and A11 is shown. The RO plant and its maintenance are the site's.",
            ),
            ("h", "Storage"),
            (
                "p",
                "The storage tank recirculates and aerates continuously. The transfer pump stops when the storage "
                "tank falls to 15 % (A03) and may run again above 25 %. Use stored seawater within 30 days; after 30 "
                "days check salinity and pH against the release criteria again before it goes to an exhibit. A UV "
                "steriliser or other treatment in the storage recirculation loop may be added by the site; its "
                "choice, sizing and control are not part of the HSM system.",
            ),
            ("h", "Conductivity and salinity"),
            (
                "p",
                "The toroidal probe reads 0-100 mS/cm, compensated to 25 °C; the controller computes salinity on the "
                "practical salinity scale (PSS-78). Seawater of 35 psu reads 53.0 mS/cm at 25 °C.",
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
                "Mix tank level low",
                "Level below the pump protection level: mixing pump and heater stop. Fill the tank; check that the "
                "drain valve V3 is closed.",
            ],
            [
                "A02",
                "Mix tank level high",
                "The fill valve did not close at the fill level. Close the manual RO valve; check the level "
                "transmitter and the fill valve.",
            ],
            [
                "A03",
                "Storage tank low",
                "Storage tank at or below 15 %: the transfer pump stops until the level is above 25 %. Release a new "
                "batch.",
            ],
            [
                "A04",
                "Storage tank high-high",
                "Overflow level reached during a release. Stop the release; check the storage tank level transmitter.",
            ],
            [
                "A05",
                "Mixing pump overload",
                "Motor protection tripped. Check for a blocked eductor or a seized pump, then reset the motor "
                "protection.",
            ],
            [
                "A06",
                "Transfer pump overload",
                "Motor protection tripped. Check the strainer basket and the valves to the exhibits, then reset.",
            ],
            [
                "A07",
                "Heater safety cut-out",
                "Water above 35 °C at the heater, or an element ran dry. Find the cause before resetting the cut-out "
                "by hand.",
            ],
            [
                "A09",
                "Salinity out of range",
                "More than 1.0 psu from the setpoint at the end of the mixing time. Correct the batch (section 7, "
                "step 7).",
            ],
            [
                "A10",
                "Conductivity probe fault",
                "Signal lost or outside 0-100 mS/cm. Check the cable and plug; clean or replace the probe.",
            ],
            [
                "A11",
                "RO water conductivity high",
                "Above 20 µS/cm for 5 min: filling stopped. Tell the site's RO plant operator.",
            ],
            ["A12", "Emergency stop", "Emergency stop pressed. Release it and press RESET."],
        ],
        (16, 44, 110),
    ),
    ("p", "A08 is not used."),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Batch turns milky or white during or after salting",
                "Salt added to water warmer than 28 °C, or faster than the maximum feed rate; carbonates precipitated",
                "Do not release. Mix and aerate 24 h more. If still milky after 48 h, drain the batch and start "
                "again with water below 28 °C.",
            ],
            [
                "Salinity still rising more than 24 h after the last salt",
                "Salt caked on the tank floor or in the hopper throat",
                "Clear the hopper throat; turn the eductor nozzles toward the cake; extend the mixing.",
            ],
            [
                "pH below 7.9 at the end of the mixing time",
                "Weak aeration: blower inlet filter blocked, diffusers fouled, or high CO2 in the plant room air",
                "Clean the blower filter and the diffusers; have the site ventilate the plant room; aerate 12 h more.",
            ],
            [
                "Salinity reading differs from the refractometer by more than 0.5 psu",
                "Probe fouled or out of calibration, or the refractometer not checked",
                "Check the refractometer with a 35 psu standard; clean and calibrate the probe (section 9).",
            ],
            [
                "Transfer much slower than rated",
                "Strainer basket blocked, a valve partly closed, air in the pump",
                "Clean the strainer basket, open the valves, vent the pump casing.",
            ],
            [
                "Heater on, temperature not rising",
                "Flow switch not made, level below the guard level, or an element failed",
                "Check flow and level. Isolate and measure each element: 38-42 ohm cold; replace an element outside "
                "this range.",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Control panel"),
    (
        "p",
        "The panel has the keys MIX (mixing pump and blower), HEAT, FILL, TOP UP, RELEASE and TRANSFER, and the menus "
        "BATCH and CAL. Every release is logged; the log holds the last 200 batches.",
    ),
    ("page",),
    ("h", "7. Preparing a batch"),
    (
        "ol",
        [
            "Check that the mix tank is empty and clean and that the drain valve V3 is closed.",
            "Press FILL. The tank fills with RO water to the fill level, 5.7 m³ (HSM-6) or 11.4 m³ (HSM-12), and "
            "stops.",
            "Press MIX, then HEAT with the thermostat at 25 °C. Wait until the water is between 20 and 28 °C.",
            "Enter the salt quantity in BATCH > SALT. Tip the bags into the hopper one at a time, no faster than "
            "8 kg/min (HSM-6) or 12 kg/min (HSM-12).",
            "After the last bag, press TOP UP: RO water is added to the working level.",
            "Mix and aerate for at least 24 h (see section 3).",
            "Read salinity, pH and temperature. If the salinity is low, add salt in steps of no more than 1 kg per m³ "
            "(about 0.9 psu); if it is high, add RO water: 1 % of the volume lowers the salinity by about 0.35 psu, "
            "and up to 3 % of the working volume may be added above the working level. Wait 2 h between corrections.",
            "When the release criteria are met, press RELEASE. The batch is logged.",
        ],
    ),
    ("h", "8. Releasing to storage and transferring to exhibits"),
    (
        "ol",
        [
            "Check that the storage tank has room for the whole batch: 6 m³ (HSM-6) or 12 m³ (HSM-12) below the "
            "high-high level.",
            "Press RELEASE and confirm. The mixing pump sends the batch to storage through valve V4; the heater stops.",
            "When the mix tank reaches the pump protection level the release ends. Close V4.",
            "To supply an exhibit, open its valve (the site's pipework) and press TRANSFER.",
        ],
    ),
    ("h", "9. Calibrating the conductivity probe"),
    (
        "ol",
        [
            "Press MIX to stop the mixing pump and close valves V5 and V6 on either side of the probe holder.",
            "Drain the holder through its drain cock and take the probe out.",
            "Rinse the probe with RO water and let it dry. Hold it in air and confirm ZERO in CAL > COND; the reading "
            "must be below 0.1 mS/cm.",
            "Immerse the probe in the 53.0 mS/cm standard (HMS-CS-53) with at least 30 mm clearance from the beaker "
            "wall and bottom, and wait 2 min for the temperature to settle.",
            "Confirm SPAN. The accepted cell factor is 0.90-1.10; outside this range, clean the probe again and "
            "repeat, or replace it.",
            "Refit the probe, open V5 and V6, vent the holder and restart mixing. After 10 min compare the reading "
            "with a refractometer.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Compare the salinity reading with a handheld refractometer; check for leaks"],
            ["Weekly", "Clean the hopper grid and the strainer basket"],
            [
                "Monthly, or when the reading differs from the refractometer by more than 0.5 psu",
                "Calibrate the conductivity probe (section 9)",
            ],
            ["3 months", "Clean the blower inlet filter; check the diffusers"],
            ["12 months", "Inspect and descale the heater elements; test the flow switch; clean both tanks"],
            [
                "2 years or 10 000 h of pump running, whichever comes first",
                "Replace the mechanical seals of the mixing and transfer pumps (Halimeer service, or a pump fitter "
                "working to the pump maker's manual)",
            ],
        ],
        (70, 100),
    ),
    ("page",),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "HSM-6", "HSM-12"],
            ["Toroidal conductivity probe", "HMS-CP-100", "HMS-CP-100"],
            ["Conductivity standard 53.0 mS/cm, 500 mL", "HMS-CS-53", "HMS-CS-53"],
            ["Heater element 4 kW, titanium (number fitted)", "HMS-HE-4 (3)", "HMS-HE-4 (6)"],
            ["Mixing pump mechanical seal", "HMS-MS-22", "HMS-MS-40"],
            ["Transfer pump mechanical seal", "HMS-MS-15", "HMS-MS-22"],
            ["Strainer basket", "HMS-SB-50", "HMS-SB-65"],
            ["Blower inlet filter", "HMS-BF-25", "HMS-BF-45"],
            ["Air diffuser set", "HMS-AD-6", "HMS-AD-12"],
            ["Hopper grid", "HMS-HG-1", "HMS-HG-1"],
            ["Level transmitter, storage tank", "HMS-LT-30", "HMS-LT-40"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Nitrodell ND denitrification reactors
NITRODELL = [
    ("title", "Nitrodell ND Denitrification Reactors\nInstallation, Operation and Maintenance - ND-250 and ND-600"),
    (
        "p",
        "Document NDB-OM-ND-02, Edition 2, January 2025. Nitrodell Bioprocess. The ND-250 and ND-600 remove nitrate "
        "from the water of aquarium exhibits, fresh or marine. A side stream of exhibit water flows up through an "
        "anoxic bed of moving plastic carriers, where bacteria reduce nitrate to nitrogen gas using ethanol as the "
        "carbon source. An internal recirculation pump keeps the carriers moving, an oxidation-reduction potential "
        "(ORP) probe at the outlet controls the ethanol dosing pump, and an automatic vent valve lets the nitrogen "
        "gas out. The two models differ in size; apart from the values in the tables and the items named in this "
        "manual, they are built alike.",
    ),
    (
        "p",
        "The feed connection, the return of the outlet water to the life support system (LSS) and the LSS itself are "
        "the site's. The nitrate level each exhibit should be kept at is set by the site's curators and veterinarians, "
        "not by Nitrodell.",
    ),
    (
        "warn",
        "WARNING: The reactor outlet is low in oxygen and may carry nitrite, unused ethanol or hydrogen sulphide. "
        "Never return it straight into an exhibit. Route it into the LSS ahead of the biofilter and the aeration "
        "stage.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "ND-250", "ND-600"],
            ["Media bed volume (NM-5 carriers, 500 m²/m³)", "250 L", "600 L"],
            ["Liquid volume of the vessel", "320 L", "760 L"],
            ["Vessel, polyethylene, diameter x height", "600 x 1600 mm", "900 x 1800 mm"],
            ["Feed flow range", "30-120 L/h", "75-300 L/h"],
            ["Hydraulic retention time, maximum to minimum feed flow", "2.1-8.3 h", "2.0-8.0 h"],
            ["Nitrate removal capacity (conditions below)", "40 g NO3-N per day", "100 g NO3-N per day"],
            ["Internal recirculation pump", "0.8 m³/h, 0.12 kW", "2.0 m³/h, 0.25 kW"],
            ["Ethanol dosing pump, 10 % v/v solution", "2-80 mL/h", "5-200 mL/h"],
            ["Carbon tank", "60 L", "120 L"],
            ["Carbon solution used at full capacity", "about 1.1 L per day", "about 2.7 L per day"],
            ["Supply", "230 V 1~ 50 Hz, 0.3 kW", "230 V 1~ 50 Hz, 0.45 kW"],
            ["Maximum vessel pressure", "0.8 bar", "0.8 bar"],
            ["Feed and outlet connections", "DN25", "DN32"],
            ["Mass in service", "410 kg", "960 kg"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The removal capacities hold only at 22-28 °C, a salinity of 0-36 psu and an inlet dissolved oxygen below "
        "7 mg/L, once the start-up period is over; below 18 °C expect no more than half. The ethanol demand is about "
        "2.1 g of ethanol per g of NO3-N removed, plus about 0.7 g per g of dissolved oxygen in the feed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "96 % ethanol is highly flammable. Store and handle it under the site's rules for flammable liquids; no "
            "open flames or sparks near the carbon tank.",
            "Hydrogen sulphide can form if the reactor is overdosed. It is toxic to people and animals, and its "
            "rotten-egg smell fades at high concentration: never rely on smell alone.",
            "The full ND-600 weighs 960 kg on a 900 mm footprint. The floor is the site's to check.",
            "Isolate the supply before working on the pumps or opening the controller.",
        ],
    ),
    ("page",),
    ("h", "3. Control and limits"),
    (
        "cols",
        [
            ("h", "ORP control"),
            (
                "p",
                "The controller varies the dosing pump speed to hold the outlet ORP at the setpoint. The default "
                "setpoint is -150 mV, settable from -50 to -250 mV. A more negative setpoint doses more ethanol.",
            ),
            ("h", "Low ORP cut-out"),
            (
                "p",
                "Below -300 mV, dosing stops (D01) and restarts by itself when the ORP has risen to -200 mV. At "
                "these levels bacteria start to reduce sulphate, which in seawater forms hydrogen sulphide.",
            ),
            ("h", "High ORP"),
            (
                "p",
                "Above +50 mV for 2 h, D02 is shown: the bed is not anoxic and little nitrate is removed. Dosing "
                "continues.",
            ),
            ("h", "Outlet nitrite"),
            (
                "p",
                "Outlet nitrite should stay at or below 0.1 mg/L NO2-N. Above that, reduce the feed flow by 25 % and "
                "check the dosing (section 5).",
            ),
            ("h", "Removal check"),
            (
                "p",
                "Removal (g/d) = feed flow (L/h) x 24 x (inlet NO3-N - outlet NO3-N) (mg/L) / 1000. Example: 100 L/h "
                "with 25 mg/L in and 10 mg/L out removes 100 x 24 x 15 / 1000 = 36 g NO3-N per day, within the "
                "ND-250's 40 g.",
            ),
            ("h", "Carbon source"),
            (
                "p",
                "Use only a 10 % v/v solution made from undenatured 96 % ethanol; denaturing agents can harm the "
                "bacteria and the animals. Other carbon sources are not covered by this manual; ask Nitrodell before "
                "using any.",
            ),
            ("h", "Feed flow"),
            (
                "p",
                "Keep the feed flow inside the model's range. Below the minimum (D03) the bed turns strongly "
                "reducing; above the maximum (D04) nitrite and nitrate pass through.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            ["D01", "ORP low", "Below -300 mV: dosing stopped until -200 mV. See the symptom table."],
            ["D02", "ORP high", "Above +50 mV for 2 h. Check the carbon tank, the dosing pump and its tubing."],
            [
                "D03",
                "Feed flow low",
                "Below 30 L/h (ND-250) or 75 L/h (ND-600) for 10 min. Check the feed valve and the feed strainer.",
            ],
            [
                "D04",
                "Feed flow high",
                "Above 120 L/h (ND-250) or 300 L/h (ND-600) for 10 min. Throttle the feed valve.",
            ],
            [
                "D05",
                "Recirculation pump fault",
                "Pump stopped or flow switch open. Dosing stops. Check the pump and its suction screen.",
            ],
            ["D07", "Carbon tank low", "Below 10 % of the tank. Prepare and add ethanol solution (section 8)."],
            ["D08", "Dosing pump fault", "No stroke signal. Check the pump tube and the pump head."],
            ["D09", "ORP probe fault", "Signal out of range. Check the cable; clean and check the probe (section 9)."],
            [
                "D10",
                "Temperature out of range",
                "Below 15 °C or above 30 °C. Dosing continues at the last rate for 2 h, then stops.",
            ],
            [
                "D11",
                "Vessel pressure high",
                "Above 0.8 bar: outlet blocked or gas lock. Feed stops. Open the outlet and clean the vent valve.",
            ],
        ],
        (16, 44, 110),
    ),
    ("p", "D06 is not used on the ND-250 and ND-600."),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Rotten-egg smell at the outlet, or black deposits in the vessel",
                "Hydrogen sulphide: ORP below -300 mV from too much ethanol for the feed, too low a feed flow, or "
                "dead zones in the bed",
                "Reduce the ethanol dose by 20 % (in MANUAL, or make the ORP setpoint 20 mV less negative), raise "
                "the feed flow toward the middle of the range, check that D01 stops the dosing. Keep the outlet "
                "going to the LSS.",
            ],
            [
                "Outlet nitrate hardly lower than the inlet",
                "Too little ethanol, start-up not finished, water below 18 °C, or feed flow too high",
                "Check the dosing pump delivery and the carbon tank; lower the feed flow; allow 3-6 weeks for "
                "start-up.",
            ],
            [
                "Outlet nitrite above 0.1 mg/L NO2-N",
                "Incomplete denitrification: too little ethanol or feed flow too high",
                "Reduce the feed flow by 25 %; make the ORP setpoint 20 mV more negative; check again after 2 days.",
            ],
            [
                "Cloudy exhibit water, bacterial bloom",
                "Unused ethanol leaving the reactor (overdose), or the outlet bypassing the biofilter",
                "Reduce the dose by 20 %; check that the outlet goes into the LSS ahead of the biofilter.",
            ],
            [
                "Feed flow falling, gas collecting at the vessel top",
                "Nitrogen not vented: automatic vent valve blocked",
                "Clean the vent valve NDB-VV-1; replace it if it still sticks.",
            ],
            [
                "ORP reading frozen or jumping",
                "Probe fouled by biofilm, or cable damaged",
                "Clean and check the probe (section 9).",
            ],
        ],
        (50, 58, 62),
    ),
    ("h", "6. Starting up a new reactor"),
    (
        "ol",
        [
            "Fill the vessel with exhibit water and start the recirculation pump. Check that the carriers move over "
            "the whole bed.",
            "Set the feed flow to the minimum of the model: 30 L/h (ND-250) or 75 L/h (ND-600).",
            "If available, add 10 L of carriers from a working denitrification reactor; this shortens start-up but "
            "is not required.",
            "Set the controller to MANUAL and start dosing at 25 % of the dose calculated from the expected removal.",
            "Measure inlet and outlet nitrate and nitrite every 2 days. Raise the dose in steps of 25 % whenever the "
            "outlet nitrite has stayed at or below 0.1 mg/L NO2-N for 4 days.",
            "When the outlet nitrate is clearly lower than the inlet, raise the feed flow in steps of 25 % and switch "
            "the controller to AUTO. Start-up usually takes 3-6 weeks.",
        ],
    ),
    ("h", "7. Daily operation"),
    (
        "p",
        "Once a day check the outlet for smell, read the ORP, the feed flow and the carbon tank level. Once a week "
        "measure inlet and outlet NO3-N and NO2-N and work out the removal with the formula in section 3. Write the "
        "readings in the log; Nitrodell service asks for the log at every visit.",
    ),
    ("page",),
    ("h", "8. Preparing the ethanol solution"),
    (
        "ol",
        [
            "Wear eye protection and nitrile gloves. Keep flames and sparks away.",
            "Fill a clean mixing container with 86 L of RO water.",
            "Add 10 L of 96 % undenatured ethanol and stir. This gives 96 L of solution at 10 % v/v. For a smaller "
            "batch keep the ratio of 1 part ethanol to 8.6 parts RO water.",
            "Label the container with the date. Use the solution within 14 days.",
            "Pump the solution into the carbon tank, rinse the transfer pump with RO water and confirm CARBON > FULL "
            "on the controller.",
        ],
    ),
    ("h", "9. Cleaning and checking the ORP probe"),
    (
        "ol",
        [
            "Set the controller to HOLD; dosing stops.",
            "Close the probe valves and take the probe out of its holder.",
            "Clean it with a soft brush and RO water. For biofilm, soak it for 15 min in probe cleaning solution "
            "NDB-PC-1 and rinse.",
            "Immerse it in the 240 mV test solution NDB-ORP-240 at 20-25 °C and wait 3 min.",
            "The reading must be within ±15 mV of 240 mV. If not, clean again; if it is still outside, replace the "
            "probe (NDB-ORP-2).",
            "Refit the probe, open the valves and release HOLD.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Outlet smell, ORP, feed flow, carbon tank level"],
            ["Weekly", "Inlet and outlet NO3-N and NO2-N; removal worked out and logged"],
            ["Monthly", "Clean and check the ORP probe (section 9); check the vent valve"],
            [
                "3 months",
                "Check the dosing pump delivery: collect the delivery in a 100 mL cylinder for 30 min at a fixed rate "
                "and correct the pump factor",
            ],
            ["12 months", "Media inspection by Nitrodell service; media replacement, if needed, by Nitrodell service"],
            ["2 years", "Replace the dosing pump tube set and the recirculation pump wear parts"],
        ],
        (40, 130),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "ND-250", "ND-600"],
            ["ORP probe", "NDB-ORP-2", "NDB-ORP-2"],
            ["ORP test solution 240 mV, 250 mL", "NDB-ORP-240", "NDB-ORP-240"],
            ["Probe cleaning solution", "NDB-PC-1", "NDB-PC-1"],
            ["NM-5 carriers, 50 L bag (bags per charge)", "NDB-NM5-50 (5)", "NDB-NM5-50 (12)"],
            ["Automatic vent valve", "NDB-VV-1", "NDB-VV-1"],
            ["Dosing pump tube set", "NDB-DT-80", "NDB-DT-200"],
            ["Recirculation pump", "NDB-RP-08", "NDB-RP-20"],
            ["Feed flow meter", "NDB-FM-120", "NDB-FM-300"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Coralvik CRX-90 calcium reactor
CORALVIK = [
    ("title", "Coralvik CRX-90 Calcium Reactor\nOperation and Maintenance Manual"),
    (
        "p",
        "Document CVK-OM-CRX90-01, Edition 1, June 2024. Coralvik Reef Equipment. The CRX-90 supplies calcium and "
        "alkalinity to coral reef exhibits by dissolving aragonite media in exhibit water acidified with carbon "
        "dioxide. Exhibit water enters the reaction chamber, a recirculation pump mixes it with CO2 from a cylinder "
        "through a solenoid valve, and a pH probe in the chamber switches the solenoid to hold the chamber pH at the "
        "setpoint. The enriched water (effluent) leaves through a needle valve and flow meter, passes a second "
        "chamber of media that takes up part of the remaining CO2, and runs into the exhibit sump.",
    ),
    (
        "p",
        "The CRX-90 serves reef exhibits of about 20 to 80 m³ with a typical alkalinity use of 0.5 to 1.5 dKH per day. "
        "The alkalinity, calcium and magnesium targets of the exhibit are set by the site's curators; the CO2 "
        "cylinders are bought and stored under the site's gas rules.",
    ),
    (
        "warn",
        "WARNING: CO2 displaces air. Keep the plant room ventilated and stand the cylinder upright, chained to the "
        "wall. Never open the chamber lid under pressure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CRX-90"],
            ["Reaction chamber media volume", "90 L"],
            ["Media charge, aragonite grains 4-8 mm", "about 110 kg"],
            ["Second chamber media volume", "25 L"],
            ["Recirculation pump", "3000 L/h, 65 W, 230 V"],
            ["Effluent flow range (needle valve and flow meter)", "0.2-4.0 L/min"],
            ["Typical effluent alkalinity at chamber pH 6.6 with fresh media", "30-45 dKH (10.7-16.1 meq/L)"],
            ["Chamber pH setpoint", "6.6 (settable 6.3-7.0)"],
            ["CO2 supply", "cylinder with two-stage regulator, outlet 1.0-1.5 bar"],
            ["CO2 solenoid valve", "24 V DC, normally closed, 2 bar maximum"],
            ["Bubble rate at start-up (bubble counter)", "60-120 bubbles per minute"],
            ["Maximum chamber pressure", "0.4 bar"],
            ["Controller CRC-2", "230 V 50 Hz, pH input, two relays, 4-20 mA output"],
            ["Dimensions (W x D x H)", "650 x 450 x 1650 mm"],
            ["Mass in service", "260 kg"],
        ],
        (95, 75),
    ),
    (
        "p",
        "The effluent alkalinity of 30-45 dKH holds only at a chamber pH of 6.6 with media that has not yet lost more "
        "than 20 % of its volume; at a higher setpoint or with worn media it is lower. 1 meq/L equals 2.8 dKH.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "CO2 is an asphyxiant. If a CO2 alarm of the site sounds, leave the room and ventilate before going back.",
            "The effluent is acidic (pH 6.3-7.0) and the chamber contents can splash. Wear safety glasses when opening "
            "the lid or handling the media.",
            "Isolate the controller and the pump before opening the chamber.",
            "A cylinder valve must be opened slowly by hand, never with a tool.",
        ],
    ),
    ("page",),
    ("h", "3. Settings and limits"),
    (
        "cols",
        [
            ("h", "Chamber pH"),
            (
                "p",
                "Factory setpoint 6.6 with a switching difference of 0.05. Do not set below 6.3: below this the "
                "media dissolves unevenly, fines build up and CO2 use rises with no gain in effluent. Below pH 6.2 "
                "the controller closes the solenoid (C1) until the pH is back at 6.4.",
            ),
            ("h", "Effluent flow"),
            (
                "p",
                "Set the effluent flow from the exhibit's alkalinity use: Effluent flow (L/min) = exhibit volume (L) "
                "x alkalinity use (dKH per day) / ((effluent dKH - exhibit dKH) x 1440). Example: a 40 m³ reef "
                "(40 000 L) using 0.8 dKH per day, with 35 dKH effluent and 8 dKH in the exhibit: 40 000 x 0.8 / "
                "(27 x 1440) = 0.82 L/min. Change the flow by no more than 20 % a day and measure the exhibit "
                "alkalinity daily while you adjust it.",
            ),
            ("h", "Where the effluent goes"),
            (
                "p",
                "The effluent must run through the second chamber and into the sump, never straight onto corals or "
                "into the display. If the exhibit pH falls more than 0.15 below its daytime value at night, check "
                "that the effluent passes the second chamber, increase the sump aeration, or reduce the effluent "
                "flow.",
            ),
            ("h", "Media"),
            (
                "p",
                "Top up the media when its level has fallen by 20 % (about 18 L), or every 3 months, whichever comes "
                "first. Replace the whole charge after 2 years, or sooner when more than one third of the grains are "
                "smaller than 3 mm. Use only aragonite grains of 4-8 mm free of dust. The phosphate content of the "
                "media is stated by the media maker, not by Coralvik.",
            ),
            ("h", "CO2 supply"),
            (
                "p",
                "Regulator outlet 1.0-1.5 bar, never above 2 bar (the solenoid maximum). A full cylinder reads about "
                "57 bar at 20 °C on the inlet gauge and stays there until the liquid is used up; below 40 bar the "
                "cylinder is nearly empty (C6).",
            ),
        ],
    ),
    ("h", "4. Controller codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Cause and action"],
            ["C1", "pH low", "Chamber pH below 6.2: solenoid closed until pH 6.4. Check the setpoint and the probe."],
            [
                "C2",
                "pH high",
                "Chamber pH above 7.2 for 4 h: no CO2 reaching the chamber. Check the cylinder, the regulator and "
                "the solenoid.",
            ],
            ["C3", "pH probe fault", "Signal out of range. Check the cable; calibrate or replace the probe."],
            [
                "C4",
                "Recirculation stopped",
                "Flow switch open: solenoid closed. Check the pump and its inlet; vent the chamber.",
            ],
            [
                "C5",
                "Effluent flow low",
                "Below 0.2 L/min. Clean the needle valve and the flow meter; check the inlet supply.",
            ],
            ["C6", "CO2 pressure low", "Cylinder inlet pressure below 40 bar: change the cylinder (section 8)."],
            [
                "C7",
                "Chamber pressure high",
                "Above 0.4 bar: effluent line blocked. Solenoid closed. Clear the line before restarting.",
            ],
            ["C9", "Temperature sensor fault", "Sensor open or short. pH shown without compensation; replace."],
            ["C10", "Leak", "Leak sensor under the chamber wet. Find and stop the leak."],
        ],
        (16, 44, 110),
    ),
    ("p", "Code C8 is not used on the CRX-90."),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Effluent alkalinity below 20 dKH and chamber pH above 7.0",
                "No CO2: cylinder empty or closed (C2, C6), or solenoid stuck closed",
                "Change the cylinder (section 8); check the solenoid coil at 24 V DC.",
            ],
            [
                "Effluent alkalinity below 20 dKH with chamber pH at the setpoint",
                "Media worn or channelling, or effluent flow too high",
                "Top up or replace the media (section 9); reduce the effluent flow.",
            ],
            [
                "Exhibit pH drops at night since the reactor was turned up",
                "CO2-rich effluent reaching the exhibit",
                "Route the effluent through the second chamber, increase the sump aeration, reduce the effluent "
                "flow (section 3).",
            ],
            [
                "Gas pocket at the chamber top, pump noisy",
                "CO2 not dissolving: bubble rate too high or pump output low",
                "Vent the chamber; reduce the bubble rate; clean the pump inlet.",
            ],
            [
                "Media fused into lumps, effluent flow falling",
                "Long periods at high pH with low flow, or fines packing the bed",
                "Break up or replace the media; keep the effluent flow at least 0.2 L/min.",
            ],
            [
                "Exhibit alkalinity rising above the target",
                "Effluent flow too high for the exhibit's use",
                "Work out the flow again with the formula in section 3 and reduce it.",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. Starting up"),
    (
        "ol",
        [
            "Fill the reaction chamber and the second chamber with rinsed media (section 9, step 5).",
            "Open the inlet valve, fill the chamber with exhibit water and vent it through the vent screw.",
            "Start the recirculation pump and check the flow switch.",
            "Open the cylinder valve slowly, set the regulator to 1.0-1.5 bar and the bubble counter to 60-120 "
            "bubbles per minute.",
            "Set the effluent flow to 0.5 L/min and the controller to AUTO with the setpoint at 6.6.",
            "After 24 h measure the effluent and exhibit alkalinity and set the effluent flow with the formula in "
            "section 3.",
        ],
    ),
    ("h", "7. Calibrating the pH probe"),
    (
        "ol",
        [
            "Set the controller to HOLD; the solenoid closes.",
            "Take the probe out of the chamber, rinse it with RO water.",
            "Place it in pH 7.00 buffer at 20-25 °C, wait for a stable reading and confirm CAL 1.",
            "Rinse, place it in pH 4.00 buffer and confirm CAL 2.",
            "The controller shows slope and offset. Accept a slope of 90-105 % and an offset within ±30 mV; "
            "otherwise replace the probe (CVK-PH-1).",
            "Refit the probe, vent the chamber and release HOLD.",
        ],
    ),
    ("h", "8. Changing the CO2 cylinder"),
    (
        "ol",
        [
            "Set the controller to HOLD and close the cylinder valve.",
            "Open the needle valve of the bubble counter briefly to let the pressure out of the regulator.",
            "Unscrew the regulator and fit a new cylinder washer.",
            "Fit the regulator to the full cylinder, chained upright, and open the cylinder valve slowly.",
            "Check the connection with leak-detection spray; check the outlet at 1.0-1.5 bar.",
            "Release HOLD and check the bubble rate.",
        ],
    ),
    ("h", "9. Topping up or replacing the media"),
    (
        "ol",
        [
            "Set the controller to HOLD and close the cylinder valve.",
            "Let the recirculation pump run for 15 min more so that the CO2 left in the chamber is used.",
            "Stop the pump and close the inlet valve and the effluent valve.",
            "Open the lid slowly; CO2 may have collected under it. Ventilate.",
            "Rinse the new media (4-8 mm grains only) in a bucket of exhibit water or RO water until the water runs "
            "clear.",
            "Fill to the 90 L mark and no higher, so that 50 mm stays free below the lid. When replacing the whole "
            "charge, remove the old media first and rinse the chamber.",
            "Close the lid, open the inlet valve, vent, start the pump, open the cylinder valve and release HOLD.",
            "Check the effluent pH after 1 h; the effluent goes to the sump only.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Chamber pH, effluent flow, bubble rate, cylinder pressure"],
            ["Weekly", "Effluent and exhibit alkalinity; set the effluent flow if needed"],
            ["Monthly", "Calibrate the pH probe (section 7); clean the needle valve"],
            [
                "20 % of the media used or 3 months, whichever comes first",
                "Top up the media (section 9)",
            ],
            [
                "12 months",
                "Replace the lid seal and the check valve; clean the pump (pump repairs: see the pump maker's "
                "manual supplied with the reactor)",
            ],
            ["2 years", "Replace the whole media charge; replace the pH probe"],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["pH probe with temperature sensor", "CVK-PH-1"],
            ["Aragonite media 4-8 mm, 20 kg bag", "CVK-MED-20"],
            ["Recirculation pump, complete", "CVK-RP-3000"],
            ["CO2 solenoid valve 24 V DC", "CVK-SV-24"],
            ["Two-stage CO2 regulator", "CVK-REG-2"],
            ["Bubble counter with needle valve", "CVK-BC-1"],
            ["Effluent flow meter 0.2-4 L/min", "CVK-FM-4"],
            ["Lid seal", "CVK-LS-90"],
            ["Check valve, CO2 line", "CVK-CV-6"],
            ["Cylinder washer (pack of 10)", "CVK-CW-10"],
        ],
        (110, 60),
    ),
]


# ---------------------------------------------------------------- Fluvasand FSB fluidised sand biofilters
FLUVASAND = [
    ("title", "Fluvasand FSB Fluidised Sand Biofilters\nOperation and Maintenance - FSB-8 and FSB-12"),
    (
        "p",
        "Document FVS-OM-FSB-03, Edition 3, October 2024. Fluvasand Aquatic Engineering. The FSB-8 and FSB-12 are "
        "upflow fluidised sand biofilters for the nitrification of exhibit water in public aquariums, marine or fresh. "
        "Water enters at the top, runs down a central pipe to a distribution manifold of laterals with downward "
        "orifices, and flows up through a bed of fine silica sand. The upflow lifts the sand grains apart, so that "
        "their whole surface carries nitrifying bacteria. Treated water leaves over a weir at the top. The two models "
        "differ in column diameter and sand depth; apart from the values in the tables and the items named in this "
        "manual, they are built alike.",
    ),
    (
        "p",
        "The feed pump, its variable speed drive or valves, the pre-screen ahead of the filter (solids must be "
        "screened to 100 µm or finer before the filter), the oxygen supply if any and the floor are the site's. The "
        "ammonia load of the exhibits is for the site's LSS designer to work out.",
    ),
    (
        "warn",
        "WARNING: Dry filter sand is respirable crystalline silica. Wear an FFP3 mask when handling dry sand. After a "
        "long stop the bed can hold nitrite and hydrogen sulphide: follow section 8 before sending water to an "
        "exhibit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FSB-8", "FSB-12"],
            ["Column inside diameter", "800 mm", "1200 mm"],
            ["Column cross-section", "0.503 m²", "1.131 m²"],
            ["Column height overall", "3.2 m", "3.6 m"],
            ["Static sand depth", "1.2 m", "1.5 m"],
            ["Sand volume", "0.60 m³", "1.70 m³"],
            ["Sand mass (bulk density 1.5 t/m³)", "0.9 t", "2.55 t"],
            ["Upflow velocity", "1.0-1.4 cm/s", "1.0-1.4 cm/s"],
            ["Feed flow range", "18-25 m³/h", "41-57 m³/h"],
            ["Bed expansion in operation, of the static depth", "50-100 %, best 75 %", "50-100 %, best 75 %"],
            ["Nitrification capacity, seawater, 24-28 °C", "0.18 kg TAN per day", "0.51 kg TAN per day"],
            ["Nitrification capacity, fresh water, 24-28 °C", "0.27 kg TAN per day", "0.77 kg TAN per day"],
            ["Pressure needed at the inlet flange at maximum flow", "at least 0.55 bar", "at least 0.65 bar"],
            ["Inlet / outlet", "DN80 / DN100", "DN125 / DN150"],
            ["Mass in service", "2.4 t", "6.0 t"],
        ],
        (86, 42, 42),
    ),
    (
        "p",
        "The capacities are for total ammonia nitrogen (TAN) at 24-28 °C with at least 6 mg/L of dissolved oxygen in "
        "the feed and a pH of 7.8-8.3 (seawater) or 7.0-7.8 (fresh water). At lower temperatures the capacity is "
        "lower; ask Fluvasand for a figure for your water. The sand is silica with an effective size of 0.25 mm "
        "(0.22-0.28 mm) and a uniformity coefficient of no more than 1.5, rounded and washed.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The column top is reached by the fixed ladder. Work at the top only with the guard rail closed and as "
            "the site's rules for work at height require.",
            "The FSB-12 weighs 6.0 t in service on a base of 1.6 m x 1.6 m. The floor is the site's to check.",
            "Hydrogen sulphide can form in a bed that has stood without flow. Open the top hatch only after the filter "
            "has run for 30 min.",
            "Sand in pipes and valves wears seals quickly. Report sand in the outlet at once.",
        ],
    ),
    ("page",),
    ("h", "3. Operating limits"),
    (
        "cols",
        [
            ("h", "Flow and velocity"),
            (
                "p",
                "Keep the upflow velocity between 1.0 and 1.4 cm/s. Flow (m³/h) = velocity (cm/s) x cross-section "
                "(m²) x 36. For the FSB-8 that is 18-25 m³/h, for the FSB-12 41-57 m³/h. Below 1.0 cm/s parts of the "
                "bed stop moving and clump; above 1.4 cm/s sand is carried over the weir.",
            ),
            ("h", "Bed expansion"),
            (
                "p",
                "The top of the expanded bed must stay between the LOW and HIGH marks of the sight glass (50 % and "
                "100 % expansion). Bacterial growth makes the grains lighter and the bed grows. When the bed top "
                "reaches the HIGH mark, harvest sand (section 9).",
            ),
            ("h", "Outlet oxygen"),
            (
                "p",
                "The outlet must hold at least 2 mg/L of dissolved oxygen. Below this the filter is overloaded or the "
                "feed is short of oxygen (F07), and nitrification slows.",
            ),
            ("h", "Sand carry-over"),
            (
                "p",
                "A few grains a day in the outlet sump are normal. More than about 200 mL of sand a day is not: "
                "reduce the flow and check the bed height.",
            ),
            ("h", "Stops and restarts"),
            (
                "p",
                "The inlet check valve holds the sand in the column when the pump stops. After a stop of up to 30 "
                "min restart normally. After a longer stop restart slowly (section 8). After a stop of more than 4 h "
                "the bed may have gone anoxic: send the outlet to waste for 30 min before it goes back to the "
                "exhibit. The feed pump drive must ramp from zero to full flow in no less than 120 s.",
            ),
            ("h", "Harvested sand"),
            (
                "p",
                "Washed harvested sand may go back into the filter. Disposal of sand that is not reused is the "
                "site's, under local rules.",
            ),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Cause and action"],
            [
                "F01",
                "Feed flow low",
                "Below 18 m³/h (FSB-8) or 41 m³/h (FSB-12) for 60 s. Check the pump, the pre-screen and the valves.",
            ],
            [
                "F02",
                "Feed flow high",
                "Above 25 m³/h (FSB-8) or 57 m³/h (FSB-12) for 60 s. Reduce the flow; sand may be carried over.",
            ],
            ["F03", "Bed level high", "Expanded bed at the HIGH probe. Harvest sand (section 9)."],
            [
                "F04",
                "Bed level low",
                "Bed below the LOW probe for 10 min: flow too low, or sand lost. Check the flow, then the sand volume.",
            ],
            [
                "F06",
                "Inlet pressure high",
                "Above 0.9 bar (FSB-8) or 1.0 bar (FSB-12): manifold orifices blocked. Call Fluvasand service.",
            ],
            [
                "F07",
                "Outlet oxygen low",
                "Below 2 mg/L for 15 min. Check the feed oxygen and the ammonia load.",
            ],
            ["F08", "Feed pump stopped", "Stop signal from the site's pump. Restart as in section 8."],
            [
                "F09",
                "Backflow",
                "Check valve not closed after a pump stop: sand may enter the feed pipe. Call Fluvasand service.",
            ],
            ["F10", "Sensor fault", "Level probe, oxygen probe or flow meter signal lost. Check the cable."],
        ],
        (16, 44, 110),
    ),
    ("p", "F05 is not used on the FSB-8 and FSB-12."),
    ("h", "5. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            [
                "Sand in the outlet sump or in the exhibit",
                "Flow above the range, or bed grown up to the weir",
                "Reduce the flow to the middle of the range; harvest sand (section 9); check the HIGH probe.",
            ],
            [
                "Bed boils in one spot, dead zones elsewhere",
                "Blocked or broken lateral orifices",
                "Call Fluvasand service: the manifold is reached only with the sand removed.",
            ],
            [
                "Clumps or mud balls in the sand",
                "Flow too low for a long time, or fine solids passing the pre-screen",
                "Raise the upflow to at least 1.0 cm/s; have the site check the pre-screen.",
            ],
            [
                "Ammonia rising in the exhibit, outlet oxygen low",
                "Filter overloaded, or feed short of oxygen",
                "Check the load against the capacity; raise the feed oxygen (the site's).",
            ],
            [
                "Bed reaches the HIGH mark within days of start-up",
                "Fast biofilm growth, normal in the first weeks, or flow too high",
                "Harvest sand; check the flow.",
            ],
            [
                "Nitrite at the outlet after a restart",
                "Bed went anoxic during a stop",
                "Run the outlet to waste for 30 min (section 8).",
            ],
        ],
        (52, 56, 62),
    ),
    ("h", "6. First filling"),
    (
        "ol",
        [
            "Fill the column with water to 1 m above the manifold.",
            "Start the feed at the minimum flow, 18 m³/h (FSB-8) or 41 m³/h (FSB-12).",
            "Add the sand slowly through the top hatch, one 25 kg bag at a time, wearing an FFP3 mask.",
            "After the last bag, run at the minimum flow for 2 h with the outlet to waste to wash out fines.",
            "Set the working flow so that the bed expands by about 75 %. Nitrification builds up over 4-8 weeks.",
        ],
    ),
    ("h", "7. Daily checks"),
    (
        "p",
        "Read the flow, the bed height at the sight glass and the outlet oxygen, and look into the outlet sump for "
        "sand. Write the readings in the log.",
    ),
    ("h", "8. Restarting after a stop"),
    (
        "ol",
        [
            "Check that F08 and F09 are clear and that the check valve is closed.",
            "If the stop lasted more than 4 h, set the outlet three-way valve V4 to WASTE.",
            "Start the feed at the minimum flow: with a drive, ramp over at least 120 s; with a fixed-speed pump, "
            "open the inlet valve over 2-3 min.",
            "Watch the bed: it must lift evenly within 5 min. If it rises as a plug, stop, wait 10 min and start again "
            "more slowly.",
            "After 30 min to waste, check that the outlet nitrite is no more than 0.1 mg/L NO2-N, then set V4 to "
            "EXHIBIT.",
            "Raise the flow to the working flow.",
        ],
    ),
    ("h", "9. Harvesting sand"),
    (
        "ol",
        [
            "Keep the filter running at the working flow.",
            "Open the harvest valve V7 on the upper side port slowly; sand coated with biofilm flows out to the sand "
            "washer.",
            "Take out about 10 % of the sand per harvest, 60 L (FSB-8) or 170 L (FSB-12), until the bed top is back at "
            "the middle of the sight glass.",
            "Close V7. Wash the sand in the sand washer until the water runs clear.",
            "Return washed sand through the top hatch, or store it for later top-ups.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Flow, bed height, outlet oxygen, sand in the outlet sump"],
            ["Weekly", "Ammonia and nitrite in and out; clean the oxygen probe membrane"],
            ["Monthly", "Check the flow meter against the pump curve; check the sight glass"],
            ["3 months", "Test the check valve: stop the pump and watch for backflow at the inlet"],
            [
                "2 years or when the check valve leaks, whichever comes first",
                "Replace the check valve seal (Fluvasand service)",
            ],
        ],
        (60, 110),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FSB-8", "FSB-12"],
            ["Inlet check valve", "FVS-CV-80", "FVS-CV-125"],
            ["Lateral set for the manifold", "FVS-LT-8", "FVS-LT-12"],
            ["Sight glass with seals", "FVS-SG-1", "FVS-SG-1"],
            ["Level probe", "FVS-LP-2", "FVS-LP-2"],
            ["Oxygen probe", "FVS-DO-1", "FVS-DO-1"],
            ["Filter sand 25 kg bag (bags per charge)", "FVS-SD-25 (36)", "FVS-SD-25 (102)"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "halimeer-hsm-artificial-seawater-mixing-system.pdf",
            "Halimeer HMS-OM-HSM-04 Ed 3 - HSM-6 / HSM-12",
            HALIMEER,
        ),
        ("nitrodell-nd-denitrification-reactor.pdf", "Nitrodell NDB-OM-ND-02 Ed 2 - ND-250 / ND-600", NITRODELL),
        ("coralvik-crx-calcium-reactor.pdf", "Coralvik CVK-OM-CRX90-01 Ed 1 - CRX-90", CORALVIK),
        ("fluvasand-fsb-fluidised-sand-biofilter.pdf", "Fluvasand FVS-OM-FSB-03 Ed 3 - FSB-8 / FSB-12", FLUVASAND),
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
