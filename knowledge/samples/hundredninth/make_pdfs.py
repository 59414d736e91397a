"""Generate the PDF manuals of the hundred-and-ninth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set109-scratch/venv && /tmp/set109-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set109-scratch/venv/bin/python knowledge/samples/hundredninth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, plus-minus, micro sign,
superscripts; no other unicode). The text rendered is all here. A fixed creation date makes reruns
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


# ---------------------------------------------------------------- Quellaris QPS hydrogen peroxide gas plasma sterilizers
QUELLARIS = [
    (
        "title",
        "Quellaris QPS Hydrogen Peroxide Gas Plasma Sterilizers\nOperation and Care Manual - QPS-75 and QPS-130",
    ),
    (
        "p",
        "Document QLS-OM-QPS-04, Edition 3, March 2025. Quellaris Sterile Systems. The QPS-75 and QPS-130 are "
        "low-temperature sterilizers for heat- and moisture-sensitive medical devices. They sterilize with hydrogen "
        "peroxide vapour injected into an evacuated chamber, followed by a low-temperature gas plasma that breaks "
        "the remaining peroxide down into water vapour and oxygen. No aeration is needed after the cycle. The two "
        "models share the same control system, cassette handling and door; they differ in chamber size, electrical "
        "supply, plasma power and the cycles offered. Which devices may be processed, and in which cycle, is "
        "decided by each device maker's instructions for use (IFU); this manual does not replace them. The room, "
        "its ventilation and any monitoring of hydrogen peroxide in the room air are the site's responsibility.",
    ),
    (
        "warn",
        "WARNING: The cassette holds concentrated hydrogen peroxide (59 %), which is corrosive and causes serious "
        "eye damage. Never open, pierce or refill a cassette. If liquid may be present on a load after a cancelled "
        "cycle, wear chemical-resistant nitrile gloves before touching the load (section 8).",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "QPS-75", "QPS-130"],
            ["Usable chamber volume", "75 L", "130 L"],
            ["Usable chamber size, W x H x D", "380 x 230 x 860 mm", "440 x 340 x 870 mm"],
            ["Shelves (stainless steel, removable)", "2", "2"],
            ["Maximum load mass per cycle, trays and wraps included", "6.0 kg", "10.0 kg"],
            ["Maximum load mass per shelf", "3.0 kg", "5.0 kg"],
            ["Cycle time STANDARD (chamber at 50 °C, load at room temperature)", "42 min", "47 min"],
            ["Cycle time LUMEN", "60 min", "65 min"],
            ["Cycle time SCOPE (flexible endoscopes)", "not available", "52 min"],
            ["Cassette", "QLS-C75, 10 cells of 1.8 mL", "QLS-C130, 10 cells of 3.1 mL"],
            ["Cycles per cassette (2 cells per cycle)", "5", "5"],
            ["Hydrogen peroxide per injection, in the chamber", "about 17 mg/L", "about 17 mg/L"],
            ["Plasma power, 13.56 MHz", "400 W", "650 W"],
            ["Chamber wall temperature", "50 °C ±3 °C", "50 °C ±3 °C"],
            ["Electrical supply", "230 V 1N~ 50 Hz, 16 A", "400 V 3N~ 50 Hz, 16 A"],
            ["Rated power", "2.6 kW", "5.2 kW"],
            ["Heat given off to the room, average", "1.1 kW", "1.9 kW"],
            ["Outside size, W x H x D", "640 x 1720 x 910 mm", "760 x 1810 x 1080 mm"],
            ["Mass, empty", "235 kg", "385 kg"],
            ["Noise at 1 m", "no more than 62 dB(A)", "no more than 62 dB(A)"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The cycle times hold for a load that has been at a room temperature of 18-25 °C for at least 1 h before "
        "loading, with the chamber walls at 50 °C. A cold load (straight from a cold store or an air-conditioned "
        "transport cart) lengthens the vacuum phase and may cancel the cycle with Q01 or Q02. Room conditions: 18-30 "
        "°C and 20-75 % relative humidity, non-condensing.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only staff trained by the site on this sterilizer may run cycles or change cassettes.",
            "Load only devices that are clean and completely dry. Water left in a lumen or in a mated joint is the "
            "most common cause of a cancelled cycle.",
            "Never load liquids, powders, cellulose (paper, cotton, linen, cardboard, paper labels or paper-backed "
            "pouches) or devices whose IFU does not name this process. Cellulose absorbs the peroxide and the cycle "
            "cancels.",
            "Use only polypropylene wrap, polyolefin (Tyvek-type) pouches and Quellaris trays. The chemical "
            "indicator strips QLS-CI-100 change from red to yellow in a completed cycle.",
            "The door stays locked during the cycle and opens only when the chamber is back at atmospheric pressure.",
            "Persons with an active implant (pacemaker) should keep 0.5 m from the open door while the plasma "
            "generator is on. It is off whenever the door is open.",
        ],
    ),
    ("h", "3. Load rules and cycle limits"),
    (
        "cols",
        [
            ("h", "Placing the load"),
            (
                "p",
                "Lay trays and pouches flat, in one layer, on the shelves. Keep every item at least 25 mm from "
                "the chamber walls, the door and the electrode screen at the back. Nothing may touch the electrode "
                "screen. Pouches may not be stacked; trays may be stacked no more than two high on the QPS-130 and "
                "not at all on the QPS-75.",
            ),
            ("h", "STANDARD cycle"),
            (
                "p",
                "For devices without lumens, and for stainless steel lumens with an inside diameter of 1.0 mm or "
                "more and a length of no more than 150 mm. Two injections, each followed by diffusion and plasma.",
            ),
            ("h", "LUMEN cycle"),
            (
                "p",
                "For single-channel stainless steel lumens with an inside diameter of at least 0.7 mm and no "
                "longer than 500 mm. No more than 10 such lumens per load on the QPS-75 and 20 on the QPS-130. "
                "Lumen claims for other materials are not given in this manual; see the device maker's IFU.",
            ),
            ("h", "SCOPE cycle (QPS-130 only)"),
            (
                "p",
                "For one or two flexible endoscopes per load with a single channel of polyethylene or PTFE, inside "
                "diameter at least 1.0 mm and length no more than 1050 mm. Lay the endoscope in the Quellaris scope "
                "tray QLS-ST-130 in loose coils; the coil diameter must not be less than 250 mm. The QPS-75 does not "
                "offer this cycle.",
            ),
            ("h", "Vacuum and injection"),
            (
                "p",
                "Before each injection the chamber must reach 0.4 mbar or less, within 15 min (QPS-75) or 20 min "
                "(QPS-130) from the start. During the injection the pressure must not exceed 12 mbar; a higher "
                "pressure means water or absorbent material in the load and cancels the cycle (Q02).",
            ),
            ("h", "Cassette life"),
            (
                "p",
                "A cassette may be used until the expiry date printed on it (13 months from manufacture, stored "
                "unopened at 5-30 °C) or for 10 days after it was loaded into the sterilizer, whichever comes first. "
                "The sterilizer reads the label and refuses an expired cassette (Q03).",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "The vacuum pump exhaust passes through the catalytic converter. Hydrogen peroxide in the exhaust "
                "must not exceed 1 ppm. Replace the converter cartridge after 1500 cycles or 24 months, whichever "
                "comes first.",
            ),
        ],
    ),
    ("h", "4. Cancel codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            [
                "Q01",
                "Vacuum not reached",
                "0.4 mbar not reached in time. Load wet or too cold, door seal dirty, or load too heavy. Dry the "
                "load, check the seal and restart.",
            ],
            [
                "Q02",
                "Pressure high in injection",
                "Moisture or cellulose in the load. Remove paper and cotton, dry the devices and restart.",
            ],
            ["Q03", "Cassette expired or empty", "Replace the cassette (section 7)."],
            [
                "Q04",
                "Cassette not read",
                "Label dirty or torn, or not a Quellaris cassette for this model. Insert a new cassette.",
            ],
            ["Q05", "Door not locked", "Check that nothing is trapped in the door; close it again."],
            [
                "Q06",
                "Plasma power out of limits",
                "Load touching the electrode screen, or too much metal on one shelf. Rearrange the load. If it "
                "comes back with a correct load, call Quellaris service.",
            ],
            ["Q07", "Chamber temperature", "Wall temperature outside 50 °C ±3 °C. Wait 20 min and restart."],
            ["Q08", "Vaporizer temperature low", "Vaporizer not at temperature. Call Quellaris service if repeated."],
            ["Q09", "Power interruption", "Supply lost during the cycle. Treat the load as not sterile (section 8)."],
            ["Q11", "Converter temperature", "Catalytic converter too hot or too cold. Call Quellaris service."],
            ["Q12", "Record not stored", "Printer out of paper or memory full. The cycle itself is valid."],
            ["Q13", "Service due", "12 months or 2000 cycles since the last service. The sterilizer still runs."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Cycle cancels a few minutes after the first injection",
                "Water in lumens or joints, or cellulose in the load (paper labels, gauze, paper-backed pouches)",
                "Remove all cellulose, dry the lumens with medical-grade air and restart",
            ],
            [
                "Cycle cancels in the first vacuum on busy days only",
                "Loads arriving cold from the washer area or a cooled cart",
                "Leave the load at room temperature for 1 h before loading",
            ],
            [
                "Chemical indicator strip stays red or orange",
                "Cycle cancelled, strip shielded inside a closed container, or strip out of date",
                "Do not release the load; check the cycle record and reprocess",
            ],
            [
                "Droplets or a wet film on the load at unloading",
                "Load too heavy, or too much metal in one spot",
                "Treat as a cancelled cycle (section 8); reduce the load",
            ],
            [
                "Sharp smell at the door after a completed cycle",
                "Converter cartridge worn, or poor room ventilation",
                "Check the converter counter; have the site check the ventilation",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a cycle"),
    (
        "ol",
        [
            "Check the cassette status on the screen: at least one cycle left and not within its last day.",
            "Check that every device is clean, dry and named for this process in its IFU.",
            "Pack the devices in polypropylene wrap or polyolefin pouches with a chemical indicator strip inside "
            "each pack.",
            "Weigh the load if in doubt: no more than 6.0 kg (QPS-75) or 10.0 kg (QPS-130) in total.",
            "Place the load on the shelves, at least 25 mm from the walls, door and electrode screen.",
            "Close the door and select STANDARD, LUMEN or SCOPE (QPS-130 only).",
            "Enter your user code and the load number, and press START.",
            "At the end, check that the screen shows CYCLE COMPLETE and that the printout shows no message.",
            "Open the door, remove the load and check that every indicator strip has turned yellow.",
            "Release the load following the site's release procedure.",
        ],
    ),
    ("h", "7. Replacing the cassette"),
    (
        "ol",
        [
            "Wait until the screen shows INSERT CASSETTE; the used cassette is ejected into the collection box "
            "behind the lower front panel.",
            "Check the new cassette: correct model (QLS-C75 or QLS-C130), within its expiry date, outer wrap intact "
            "and the leak indicator on the wrap still white.",
            "Put on nitrile gloves. Remove the outer wrap; do not touch the cell seals.",
            "Push the cassette into the slot, arrow first, until it is drawn in.",
            "Wait for the screen to show 5 CYCLES LEFT.",
            "Open the lower front panel and take out the used cassette in its bag. Used cassettes may still hold "
            "peroxide; dispose of them as set out by the site's waste rules.",
        ],
    ),
    ("h", "8. After a cancelled cycle"),
    (
        "ol",
        [
            "Read the cancel code on the screen and the printout.",
            "Put on nitrile gloves before opening the door.",
            "Open the door; if it stays locked, press ABORT and wait for the chamber to vent (up to 6 min).",
            "Remove the load. If droplets are visible, wipe them off with a damp lint-free cloth and rinse the "
            "affected devices with water.",
            "Treat the whole load as not sterile. Repack it with new wraps and new indicator strips.",
            "Remove the cause shown in section 4 and run the load again.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task", "By"],
            ["Daily", "Wipe the door seal with a damp lint-free cloth; check the printer paper", "User"],
            [
                "Weekly, or as the site's policy sets",
                "Run a biological indicator test in a STANDARD cycle; the BI type is chosen by the site",
                "User",
            ],
            ["Monthly", "Clean the shelves and the chamber floor with water only; no alcohol, no cleaners", "User"],
            ["1500 cycles or 24 months", "Replace the catalytic converter cartridge", "Quellaris service"],
            [
                "12 months or 2000 cycles (Q13)",
                "Service: vacuum pump oil change, plasma electrode check, vaporizer and sensor calibration",
                "Quellaris service",
            ],
        ],
        (50, 90, 30),
    ),
    (
        "p",
        "The vacuum pump oil change, the converter cartridge replacement and the sensor calibration are done only "
        "by Quellaris service and are not described in this manual.",
    ),
    ("h", "10. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "QPS-75", "QPS-130"],
            ["Hydrogen peroxide cassette, 5 cycles", "QLS-C75", "QLS-C130"],
            ["Door seal", "QLS-DS-75", "QLS-DS-130"],
            ["Shelf", "QLS-SH-75", "QLS-SH-130"],
            ["Scope tray", "-", "QLS-ST-130"],
            ["Catalytic converter cartridge", "QLS-CC-75", "QLS-CC-130"],
            ["Chemical indicator strips, box of 500", "QLS-CI-100", "QLS-CI-100"],
            ["Printer paper, 57 mm, 10 rolls", "QLS-PP-57", "QLS-PP-57"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Medrovik MDR endoscope automated reprocessors
MEDROVIK = [
    ("title", "Medrovik MDR Endoscope Automated Reprocessors\nUser Manual - MDR-110 and MDR-220"),
    (
        "p",
        "Document MDV-UM-MDR-07, Edition 2, November 2024. Medrovik Endoscopy Systems. The MDR-110 (one basin) and "
        "MDR-220 (two basins working independently) wash, high-level disinfect, rinse and purge flexible "
        "endoscopes after they have been pre-cleaned at the bedside and manually cleaned with brushes. Each basin "
        "takes one flexible endoscope per cycle. The disinfectant is MDX-OPA, a reusable 0.55 % "
        "ortho-phthalaldehyde solution kept in an internal tank and heated for each cycle; on the MDR-220 both "
        "basins draw from the same tank. Apart from the number of basins and the values given for each model, "
        "the two reprocessors are built alike. Bedside pre-cleaning and manual cleaning follow the endoscope maker's "
        "instructions and the site's procedure; this manual does not describe them.",
    ),
    (
        "warn",
        "WARNING: MDX-OPA stains skin and mucous membranes grey and may cause sensitisation. Wear nitrile gloves, "
        "eye protection and a fluid-resistant apron when handling the disinfectant, test strips or the tank. Never "
        "open the basin lid during a cycle.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "MDR-110", "MDR-220"],
            ["Basins", "1", "2, independent"],
            ["Endoscopes per cycle", "1", "1 per basin"],
            ["Cycle time, standard high-level disinfection, leak test included", "26 min", "26 min per basin"],
            ["Extra time with alcohol flush and extended drying", "+4 min", "+4 min"],
            ["Disinfectant tank", "9 L", "14 L, shared by both basins"],
            ["Disinfectant life in the tank (whichever comes first)", "14 days or 40 cycles", "14 days or 80 cycles"],
            ["Disinfectant temperature during exposure", "30 °C ±2 °C", "30 °C ±2 °C"],
            ["Exposure time", "5 min", "5 min"],
            ["Minimum effective concentration (MEC) of OPA", "0.30 %", "0.30 %"],
            ["Water use per cycle", "36 L", "36 L per basin"],
            ["Water supply pressure", "2-5 bar", "2-5 bar"],
            ["Water supply temperature", "20-35 °C", "20-35 °C"],
            ["Electrical supply", "230 V 1N~ 50 Hz, 16 A", "400 V 3N~ 50 Hz, 16 A"],
            ["Rated power", "3.2 kW", "6.4 kW"],
            ["Outside size, W x H x D", "720 x 1000 x 680 mm", "1380 x 1000 x 680 mm"],
            ["Mass, empty / tank full", "145 kg / 155 kg", "270 kg / 285 kg"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The 5 min exposure is valid only at a disinfectant temperature of at least 28 °C and a concentration at or "
        "above the MEC. The water supply must reach the reprocessor through the 5 µm prefilter and the 0.2 µm "
        "bacteria-retentive filter fitted in the lower cabinet. The floor drain must take at least 30 L/min.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only staff trained by the site may run cycles, test or change the disinfectant.",
            "Use only MDX-OPA disinfectant, MDX-EZ detergent and 70 % isopropyl alcohol in the reprocessor.",
            "Connect every channel of the endoscope with the connector set named for that endoscope in the Medrovik "
            "compatibility list MDR-CL. An unconnected channel is not disinfected.",
            "Never put an endoscope that failed the leak test back into use; send it for repair as the site's "
            "procedure sets out.",
            "Keep the room ventilated; OPA vapour is irritant. The room ventilation is the site's.",
        ],
    ),
    ("h", "3. Cycle settings and limits"),
    (
        "cols",
        [
            ("h", "Leak test"),
            (
                "p",
                "Each cycle starts with a leak test of the endoscope. The reprocessor pressurises the endoscope "
                "through the leak test hose to 280 mbar ±20 mbar and watches the pressure for 60 s. A fall of more "
                "than 15 mbar in 60 s fails the test (M04) and the cycle stops before any fluid enters the basin.",
            ),
            ("h", "Channel flow"),
            (
                "p",
                "Each channel is irrigated through its own connector and flow sensor. The flow in every channel must "
                "be at least 50 mL/min; a lower flow means a blocked channel (M05). A flow above 400 mL/min in a "
                "channel that should be restricted means the connector is off (M06).",
            ),
            ("h", "Washing"),
            (
                "p",
                "The wash uses MDX-EZ enzymatic detergent at 5 mL per litre of water, 12 L per wash, at 35-40 °C, "
                "for 3 min of circulation through all channels.",
            ),
            ("h", "Disinfection"),
            (
                "p",
                "The disinfectant is heated to 30 °C ±2 °C and circulated for 5 min. If it has not reached 28 °C "
                "within 10 min the cycle stops (M07). After the exposure it returns to the tank.",
            ),
            ("h", "Rinsing and purging"),
            (
                "p",
                "Three rinses with filtered water, 1 min each. Then 2 min of air purge per channel. With the "
                "optional alcohol flush, 30 mL of 70 % isopropyl alcohol is pushed through the channels before a "
                "further 3 min of air purge.",
            ),
            ("h", "Disinfectant life"),
            (
                "p",
                "The disinfectant in the tank must be replaced after 14 days or 40 cycles (MDR-110), or 14 days or "
                "80 cycles counted over both basins (MDR-220), whichever comes first, and at once if an MEC test "
                "fails. Test the MEC before the first cycle of each day and at least every 8 h of use.",
            ),
            ("h", "Self-disinfection"),
            (
                "p",
                "The thermal self-disinfection cycle heats the water circuit, the filters and the basins to 60 °C "
                "and holds them there for 10 min. Run it weekly and after every filter change.",
            ),
        ],
    ),
    ("h", "4. Message codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["M01", "Water pressure low", "Supply below 2 bar. Open the supply valve fully; check the prefilter."],
            [
                "M02",
                "Water filter blocked",
                "Pressure drop over the filters above 0.8 bar. Replace the filters (section 8).",
            ],
            [
                "M03",
                "Disinfectant below MEC",
                "The MEC test was entered as failed. Replace the disinfectant (section 7).",
            ],
            [
                "M04",
                "Leak test failed",
                "Endoscope leaking, leak test cap not fitted, or leak test hose damaged. Check the hose and cap; "
                "a scope that fails again must go for repair.",
            ],
            ["M05", "Channel blocked", "Flow below 50 mL/min. Repeat manual cleaning and brushing of the channel."],
            ["M06", "Channel connector off", "Flow too high in a channel. Refit the connector and restart."],
            ["M07", "Disinfectant temperature low", "28 °C not reached in 10 min. Heater fault; call Medrovik."],
            ["M09", "Detergent empty", "Replace the MDX-EZ container."],
            ["M10", "Alcohol empty", "Refill the alcohol bottle, or run without the alcohol flush."],
            ["M11", "Drain slow", "Basin not empty within 90 s. Clean the basin strainer; check the floor drain."],
            ["M12", "Lid open", "Lid not closed or its switch faulty."],
            ["M13", "Disinfectant life expired", "Days or cycles used up. Replace the disinfectant (section 7)."],
            ["M14", "Service due", "12 months since the last Medrovik service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Endoscope channels still wet when taken out",
                "Air purge shortened, or alcohol flush not selected",
                "Select the alcohol flush and extended drying; check the air filter",
            ],
            [
                "White film or spots on the endoscope",
                "Hard water at the final rinse, or the prefilter by-passed",
                "Check the filters; have the site test the water hardness",
            ],
            [
                "Leak test fails at once with every endoscope, new ones too",
                "Leak test hose cracked or its coupling worn",
                "Replace the leak test hose MDR-LT-01",
            ],
            [
                "MEC strips fail long before 14 days",
                "Rinse water carried into the tank from wet basins, or many cycles on heavy days",
                "Let the basin drain fully; replace the disinfectant and watch the cycle count",
            ],
            [
                "Grey stains on gloves, skin or the basin rim",
                "OPA in contact with protein or skin",
                "Wear gloves; wipe spills at once with water",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a reprocessing cycle"),
    (
        "ol",
        [
            "Check that the MEC test of the day has passed and that the screen shows no M13.",
            "Check that the endoscope has been pre-cleaned, leak tested by hand if the site requires it, and "
            "manually cleaned.",
            "Open the lid and lay the endoscope in the basin in loose coils without kinks.",
            "Fit the leak test hose to the endoscope's venting connector.",
            "Fit the channel connectors of the connector set for this endoscope (compatibility list MDR-CL).",
            "Close the lid, scan or enter the endoscope number and your user code.",
            "Select STANDARD, or STANDARD + ALCOHOL for endoscopes going into storage.",
            "Press START. The leak test runs first; then wash, disinfection, rinses and purge.",
            "At the end check that the screen shows CYCLE OK and the printout has no message.",
            "Put on clean gloves, disconnect the hoses and take the endoscope out.",
        ],
    ),
    ("h", "7. Replacing the disinfectant"),
    (
        "ol",
        [
            "Put on nitrile gloves, eye protection and an apron.",
            "Select SERVICE > DISINFECTANT > DRAIN. The tank drains to the floor drain in about 4 min. Whether used "
            "OPA may go to the drain, or must be neutralised first, is set by the site's discharge rules.",
            "Place two 5 L containers of MDX-OPA (MDR-110: 9 L is used) or three (MDR-220: 14 L) on the suction "
            "tray and insert the suction lance.",
            "Select FILL. The reprocessor fills the tank and shows the volume.",
            "Select RESET LIFE: the day and cycle counters start again and M13 clears.",
            "Run an MEC test with a new strip (section 3). It must pass before the first cycle.",
        ],
    ),
    ("h", "8. Replacing the water filters"),
    (
        "ol",
        [
            "Close the water supply valve and select SERVICE > FILTERS > DEPRESSURISE.",
            "Open the lower cabinet. Unscrew the prefilter bowl and the 0.2 µm filter bowl with the filter key.",
            "Remove the old elements and wipe the bowls with a clean cloth.",
            "Fit a new 5 µm prefilter MDR-PF05 and a new 0.2 µm filter MDR-WF02; replace the bowl O-rings.",
            "Screw the bowls on by hand and tighten a further quarter turn with the key.",
            "Open the supply valve and check for leaks.",
            "Run a self-disinfection cycle before the next endoscope.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Start of each day, and every 8 h of use", "MEC test of the disinfectant"],
            ["Daily", "Clean the basin strainers; wipe the lid seal"],
            ["Weekly", "Self-disinfection cycle"],
            ["Monthly", "Replace the 5 µm prefilter"],
            ["3 months, or at M02, whichever comes first", "Replace the 0.2 µm filter (and the prefilter)"],
            ["As the site's infection control sets", "Microbiological sampling of the final rinse water"],
            ["12 months (M14)", "Medrovik service: pumps, heater, flow sensors, leak test calibration"],
        ],
        (70, 100),
    ),
    ("h", "10. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "MDR-110", "MDR-220"],
            ["Disinfectant MDX-OPA 0.55 %, 5 L", "MDX-OPA-5L", "MDX-OPA-5L"],
            ["MEC test strips, bottle of 60", "MDX-TS-60", "MDX-TS-60"],
            ["Enzymatic detergent MDX-EZ, 5 L", "MDX-EZ-5L", "MDX-EZ-5L"],
            ["Prefilter 5 µm", "MDR-PF05", "MDR-PF05"],
            ["Bacteria-retentive filter 0.2 µm", "MDR-WF02", "MDR-WF02 (two fitted)"],
            ["Lid seal", "MDR-LS-110", "MDR-LS-220"],
            ["Leak test hose", "MDR-LT-01", "MDR-LT-01"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Channel connector sets depend on the endoscope model and are listed with their part numbers only in the "
        "compatibility list MDR-CL, which Medrovik updates as new endoscopes appear.",
    ),
]

# ---------------------------------------------------------------- Teldarra TE ethylene oxide sterilizers with aeration
TELDARRA = [
    (
        "title",
        "Teldarra TE Ethylene Oxide Sterilizers with In-Chamber Aeration\nOperating Manual - TE-140 and TE-260",
    ),
    (
        "p",
        "Document TDA-OM-TE-03, Edition 4, June 2024. Teldarra Sterilization Equipment. The TE-140 and TE-260 "
        "sterilize heat-sensitive devices with 100 % ethylene oxide (EO) from a single-dose cartridge, under "
        "negative pressure throughout the cycle, and then aerate the load in the same chamber, so that the load "
        "is not handled between sterilization and aeration. Apart from the chamber, the cartridge and the values "
        "given for each model, the two sterilizers are built alike. The exhaust duct to the roof, the EO emission "
        "abator and the EO monitoring of the room air are not part of the sterilizer: they are set out in the "
        "abator maker's manual and by the site under national rules.",
    ),
    (
        "warn",
        "WARNING: Ethylene oxide is extremely flammable, toxic and carcinogenic. Keep cartridges away from heat and "
        "sparks. Never pierce a cartridge outside the sterilizer. Never open the door by force: the door stays "
        "locked until the aeration has ended.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "TE-140", "TE-260"],
            ["Chamber volume", "140 L", "260 L"],
            ["Maximum load mass, baskets included", "9 kg", "16 kg"],
            ["EO cartridge, 100 % EO", "TEC-100, 100 g", "TEC-170, 170 g"],
            ["EO concentration in the chamber", "about 700 mg/L", "about 650 mg/L"],
            ["WARM cycle: temperature / exposure", "55 °C / 1 h", "55 °C / 1 h"],
            ["COLD cycle: temperature / exposure", "37 °C / 3 h 30 min", "37 °C / 3 h 30 min"],
            ["Minimum aeration after a WARM cycle", "12 h at 55 °C", "12 h at 55 °C"],
            ["Minimum aeration after a COLD cycle", "24 h at 37 °C", "24 h at 37 °C"],
            ["Initial vacuum: 100 mbar (absolute) reached within", "20 min", "25 min"],
            ["Relative humidity after conditioning", "40-80 %", "40-80 %"],
            ["Electrical supply", "230 V 1N~ 50 Hz, 16 A", "230 V 1N~ 50 Hz, 16 A"],
            ["Rated power", "2.2 kW", "3.4 kW"],
            ["Exhaust connection", "DN 50", "DN 50"],
            ["Outside size, W x H x D", "720 x 1650 x 830 mm", "900 x 1780 x 1000 mm"],
            ["Mass", "260 kg", "395 kg"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The exposure times hold only with the load preconditioned: at least 2 h in a room at 18 °C or warmer and "
        "35 % relative humidity or more before loading. The aeration times are minimums for the load as a whole; "
        "a device maker's IFU may call for a longer aeration, which is then set on the sterilizer. The aeration "
        "time may be set up to 72 h but never below the minimum.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only staff trained and authorised by the site may load the sterilizer, insert cartridges or open the "
            "door after a fault.",
            "Store cartridges in their box, in a ventilated flammable-materials cabinet at 5-30 °C. Keep no more "
            "than 12 cartridges in the sterilizer room.",
            "Use only packaging that lets EO through: polyolefin or paper-plastic pouches and EO-permeable wraps. "
            "Never load liquids or closed containers.",
            "The sterilizer must be connected to the exhaust system set up by the site before the first cycle. It "
            "does not start if the abator ready signal is missing (T08).",
            "If an EO smell is noticed, leave the room, close the door and follow the site's emergency procedure.",
        ],
    ),
    ("h", "3. Cycle parameters and limits"),
    (
        "cols",
        [
            ("h", "Preconditioning and load"),
            (
                "p",
                "Loads must be at 18 °C or warmer when the cycle starts. Place items loosely in the baskets, pouches "
                "on edge, so that gas can reach every surface. No more than 9 kg (TE-140) or 16 kg (TE-260) in "
                "total. Items must not touch the chamber walls.",
            ),
            ("h", "Vacuum and conditioning"),
            (
                "p",
                "The chamber is evacuated to 100 mbar absolute, within 20 min (TE-140) or 25 min (TE-260). Steam "
                "from the humidifier is then admitted and held for 30 min. The relative humidity must then be "
                "between 40 % and 80 %; below 40 % the cycle stops (T03).",
            ),
            ("h", "Gas injection"),
            (
                "p",
                "The cartridge is pierced inside its sealed holder. The chamber pressure must rise by at least 50 "
                "mbar within 5 min; a smaller rise means an empty or cold cartridge (T04). Cartridges colder than "
                "18 °C do not empty fully.",
            ),
            ("h", "Exposure"),
            (
                "p",
                "During the exposure the chamber stays below atmospheric pressure, normally between 350 and 550 "
                "mbar absolute. If it rises above 700 mbar absolute the cycle stops (T06). The chamber temperature "
                "must stay within ±3 °C of the set temperature (T05).",
            ),
            ("h", "Gas removal and aeration"),
            (
                "p",
                "After the exposure the chamber is evacuated and flushed with filtered air five times, then "
                "aerated at the cycle temperature with about 20 air changes per hour. The door stays locked until "
                "the set aeration time has run. If the power fails during aeration, the aeration starts again from "
                "the beginning when the power returns (T09).",
            ),
            ("h", "Humidifier water"),
            (
                "p",
                "The humidifier reservoir holds 2 L of demineralised water with a conductivity of no more than 15 "
                "µS/cm. Tap water scales the humidifier within weeks.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Door not locked", "Door seal or lock switch. Close the door firmly; check the seal."],
            [
                "T02",
                "Vacuum not reached",
                "100 mbar not reached in time. Door seal dirty, load wet, or vacuum pump worn.",
            ],
            [
                "T03",
                "Humidity low",
                "Below 40 % after conditioning. Humidifier reservoir empty or scaled; very dry load.",
            ],
            [
                "T04",
                "Gas not released",
                "Pressure rise under 50 mbar after piercing. Cartridge empty, used or colder than 18 °C.",
            ],
            ["T05", "Temperature deviation", "More than 3 °C from the set temperature. Heater or sensor fault."],
            [
                "T06",
                "Pressure high in exposure",
                "Above 700 mbar absolute: air leaking in. Run the leak test (section 7).",
            ],
            [
                "T08",
                "Exhaust not ready",
                "No ready signal from the abator or the exhaust fan. See the abator manual; call the site.",
            ],
            [
                "T09",
                "Aeration interrupted",
                "Power failure during aeration. Aeration restarts from zero; the door stays locked.",
            ],
            ["T10", "Humidifier reservoir empty", "Refill with demineralised water (section 8)."],
            ["T11", "Printer", "Out of paper. The cycle record is kept in memory."],
            ["T12", "Service due", "6 months since the last Teldarra service."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Sweet, ether-like smell from the load after aeration",
                "Aeration too short for the materials (PVC, latex, thick silicone)",
                "Put the load back and aerate again; set a longer aeration as the device IFU states",
            ],
            [
                "Cycle stops just after the cartridge is pierced",
                "Cartridge brought in from a cold store, or already used",
                "Let cartridges stand at room temperature; use a new cartridge",
            ],
            [
                "Door will not open although the cycle has ended",
                "Aeration still running, or restarted after a power failure",
                "Wait for the aeration to end; never force the door",
            ],
            [
                "Packs wet or pouches wrinkled",
                "Humidifier overfilled or load colder than the room",
                "Precondition the load; check the reservoir level",
            ],
            [
                "Vacuum takes longer every week",
                "Door seal worn or dirty, vacuum pump worn",
                "Clean the seal, run the leak test; call Teldarra if it fails",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a cycle"),
    (
        "ol",
        [
            "Check that the load has been preconditioned (at least 2 h at 18 °C or warmer and 35 % RH or more).",
            "Check the humidifier level in the window: above the MIN mark.",
            "Place the load in the baskets, pouches on edge, and slide the baskets in.",
            "Take a cartridge of the right type (TEC-100 for the TE-140, TEC-170 for the TE-260) that has been at "
            "room temperature, and check its expiry date.",
            "Open the cartridge holder, put the cartridge in, cap down, and close the holder until it clicks.",
            "Close the door and select WARM or COLD.",
            "Check the aeration time shown; raise it if a device IFU asks for more.",
            "Enter your user code and the load number and press START.",
            "When the screen shows AERATION COMPLETE, check the printout for messages.",
            "Open the door, remove the load and the empty cartridge; the empty cartridge goes in the normal waste "
            "once aerated with the load.",
        ],
    ),
    ("h", "7. Weekly vacuum leak test"),
    (
        "ol",
        [
            "Run the test with the chamber empty, clean and dry, and the door seal wiped.",
            "Close the door and select TEST > LEAK.",
            "The sterilizer evacuates the chamber to 100 mbar absolute and closes all valves.",
            "After a settling time of 5 min it holds the chamber closed for 10 min.",
            "The pressure may rise by no more than 10 mbar in the 10 min; the screen shows PASS or FAIL.",
            "If it fails, clean the door seal and the seal groove and repeat the test once.",
            "If it fails again, do not sterilize: call Teldarra service.",
        ],
    ),
    ("h", "8. Refilling and cleaning the humidifier"),
    (
        "ol",
        [
            "Switch the sterilizer to STANDBY; the humidifier must be cool (under 40 °C on the screen).",
            "Open the lower front panel and drain the reservoir into a bucket through the drain tap.",
            "Once a month: remove the reservoir lid and wipe the inside with a clean cloth and demineralised water.",
            "Close the drain tap and fill with 2 L of demineralised water (no more than 15 µS/cm).",
            "Refit the lid and close the panel; T10 clears.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task", "By"],
            ["Daily", "Wipe the door seal; check the humidifier level", "User"],
            ["Weekly", "Vacuum leak test (section 7)", "User"],
            ["Monthly", "Clean the humidifier reservoir (section 8)", "User"],
            ["6 months (T12)", "Vacuum pump, valves, cartridge holder seal, sensors", "Teldarra service"],
            [
                "12 months",
                "Performance requalification with biological indicators and temperature and humidity mapping",
                "The site's validation contractor",
            ],
        ],
        (40, 90, 40),
    ),
    ("h", "10. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "TE-140", "TE-260"],
            ["EO cartridge, box of 12", "TEC-100", "TEC-170"],
            ["Door gasket", "TDA-DG-140", "TDA-DG-260"],
            ["Cartridge holder seal", "TDA-CS-01", "TDA-CS-01"],
            ["Basket, wire", "TDA-BK-140", "TDA-BK-260"],
            ["Air inlet filter (aeration)", "TDA-AF-14", "TDA-AF-26"],
            ["Printer paper, 10 rolls", "TDA-PP-10", "TDA-PP-10"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vandrel VFS-130 low-temperature steam formaldehyde sterilizer
VANDREL = [
    (
        "title",
        "Vandrel VFS-130 Low-Temperature Steam and Formaldehyde Sterilizer\nOperator Manual",
    ),
    (
        "p",
        "Document VDL-OM-VFS-02, Edition 2, February 2025. Vandrel Sterilizers. The VFS-130 sterilizes heat-"
        "sensitive devices, including long narrow lumens, with low-temperature steam and formaldehyde (LTSF) under "
        "vacuum, and then removes the formaldehyde from the load by repeated steam and air pulses (desorption). It "
        "offers two sterilization programmes, LTSF 60 °C and LTSF 78 °C, and two test programmes. Other temperatures "
        "are not available on this sterilizer. The sterilant is FA-2, a 2 % aqueous formaldehyde solution in 1 L "
        "bottles. Which devices may be processed, and at which temperature, is set by each device maker's IFU.",
    ),
    (
        "warn",
        "WARNING: Formaldehyde is toxic, a skin sensitiser and a carcinogen. Change FA-2 bottles only with "
        "nitrile gloves and eye protection. If formaldehyde is smelt at the door when it opens, close the door, "
        "start an extra desorption (section 6, step 10) and keep others out of the area.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Chamber, usable, W x H x D", "400 x 400 x 810 mm, 130 L"],
            ["Maximum load", "12 kg of instruments, of which no more than 1 kg of textiles"],
            ["Programme LTSF 60 °C, total time with desorption, full load", "3 h 10 min"],
            ["Programme LTSF 78 °C, total time with desorption, full load", "2 h 25 min"],
            ["FA-2 use per cycle", "110 mL (60 °C), 90 mL (78 °C)"],
            ["Cycles per 1 L bottle", "9 at 60 °C, 11 at 78 °C"],
            ["Formaldehyde pulses / desorption pulses", "10 / 20 (up to 5 extra if needed)"],
            ["Temperature band during exposure", "set temperature 0 to +3 °C"],
            ["Built-in steam generator", "6 kW, demineralised water no more than 15 µS/cm"],
            ["Vacuum pump", "liquid ring, cooling water 2-6 bar, no warmer than 20 °C"],
            ["Cooling water use", "about 8 L/min while the pump runs, about 90 L per cycle"],
            ["Compressed air for the door seal and valves", "6-8 bar, oil-free"],
            ["Electrical supply", "400 V 3N~ 50 Hz, 9.5 kW, 20 A fuse"],
            ["Drain", "DN 50, able to take 95 °C condensate"],
            ["Outside size, W x H x D / mass", "900 x 1900 x 1150 mm / 520 kg"],
        ],
        (90, 80),
    ),
    (
        "p",
        "Programme times hold for a full load of 12 kg at room temperature and a cooling water temperature of no "
        "more than 20 °C; warmer cooling water lengthens the vacuum phases. The lumen claim of the VFS-130 is for "
        "stainless steel lumens of 1 mm inside diameter or more and up to 1500 mm long, in both programmes, proved "
        "with the Vandrel helix process challenge device VFS-PCD-1 (a 1500 mm x 2 mm tube with an indicator "
        "capsule).",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only staff trained by the site may run the sterilizer or change the FA-2 bottle.",
            "The condensate and the liquid ring water contain traces of formaldehyde. Whether they may go to the "
            "drain as they are is set by the site's discharge permit.",
            "The room must be ventilated as the site's risk assessment sets. At the type test, formaldehyde in the "
            "room air at the open door during unloading stayed below 0.2 ppm after cycles that ended normally.",
            "Never process liquids, powders or devices whose IFU does not name LTSF.",
            "A door opened during a fault (section 8) may release formaldehyde: wear gloves and eye protection.",
        ],
    ),
    ("h", "3. Process values and limits"),
    (
        "cols",
        [
            ("h", "Vacuum"),
            (
                "p",
                "Each programme starts with a vacuum to 60 mbar absolute, which must be reached within 8 min (F02). "
                "Air removal is then finished by five steam pulses between 60 and 400 mbar.",
            ),
            ("h", "Exposure"),
            (
                "p",
                "Ten formaldehyde pulses are dosed from the FA-2 bottle into the steam. The dosed volume must reach "
                "at least 95 % of the set volume (F07). During the exposure the chamber temperature must stay within "
                "the set temperature 0 to +3 °C, that is 60-63 °C or 78-81 °C (F04).",
            ),
            ("h", "Desorption"),
            (
                "p",
                "Twenty alternating steam and air pulses remove the formaldehyde. A sensor in the chamber exhaust "
                "checks the residual level after the last pulse; if it is still high, up to five extra pulses "
                "follow. If it is still high after them, the programme ends with F11 and the load must not be "
                "released.",
            ),
            ("h", "Vacuum leak test"),
            (
                "p",
                "Daily, before the first programme. The chamber is evacuated to 60 mbar and held for 10 min after a "
                "5 min settling time. The pressure rise must be no more than 1.5 mbar/min averaged over the 10 min, "
                "that is 15 mbar in total (F03).",
            ),
            ("h", "Process challenge"),
            (
                "p",
                "Place one helix PCD VFS-PCD-1 with a new indicator in every load, on the lower shelf at the front. "
                "The load may be released only if the indicator has changed fully from blue to green. Biological "
                "indicators are used weekly or as the site's policy sets; their type is chosen by the site.",
            ),
            ("h", "Water"),
            (
                "p",
                "Feed water for the steam generator must have a conductivity of no more than 15 µS/cm; above this "
                "the programme does not start (F09). Cooling water must have a pressure of at least 2 bar (F10).",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Door seal pressure low", "Compressed air below 6 bar, or the door seal is damaged."],
            ["F02", "Vacuum not reached", "60 mbar not reached in 8 min. Warm cooling water, seal leak, or pump."],
            [
                "F03",
                "Leak rate high",
                "More than 1.5 mbar/min in the leak test. Clean the seal and repeat; if it fails again call Vandrel.",
            ],
            [
                "F04",
                "Temperature deviation",
                "Chamber temperature outside set 0 to +3 °C in the exposure. Load too heavy or steam generator fault.",
            ],
            ["F06", "FA-2 bottle empty", "Replace the bottle (section 7)."],
            [
                "F07",
                "Dosing fault",
                "Less than 95 % of the set volume dosed. Air in the dosing line or a kinked suction tube.",
            ],
            ["F08", "Generator water low", "Demineralised water supply closed or its pressure too low."],
            ["F09", "Conductivity high", "Feed water above 15 µS/cm. Have the site check the water treatment."],
            ["F10", "Cooling water low", "Cooling water below 2 bar. Open the valve; check the strainer."],
            [
                "F11",
                "Desorption incomplete",
                "Formaldehyde still high after the extra pulses. Do not release; run EXTRA DESORPTION.",
            ],
            ["F12", "Printer", "Out of paper. The record is kept in memory."],
            ["F13", "Service due", "6 months or 1000 cycles since the last Vandrel service, whichever comes first."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pungent smell when the door opens at the end",
                "Desorption not sufficient: too many textiles or plastics in the load",
                "Close the door and run EXTRA DESORPTION; keep textiles to 1 kg",
            ],
            [
                "White powdery deposit in the chamber or on the load",
                "Paraformaldehyde formed on cold spots: load put in cold, or door heating off",
                "Load at room temperature; clean the chamber (section 9); call Vandrel if it returns",
            ],
            [
                "Helix indicator only partly changed",
                "Air not fully removed, overloaded chamber, or PCD placed in the wrong position",
                "Do not release the load; check the leak test and the load, reprocess",
            ],
            [
                "Vacuum phases slow in summer",
                "Cooling water warmer than 20 °C",
                "Have the site supply colder cooling water",
            ],
            [
                "Packs damp after the programme",
                "Load too dense, or trays not perforated",
                "Spread the load; use perforated trays",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Running a programme"),
    (
        "ol",
        [
            "Check that today's vacuum leak test has passed.",
            "Check the FA-2 level on the screen: enough for the programme (110 mL at 60 °C, 90 mL at 78 °C).",
            "Load the devices in perforated trays or pouches, no more than 12 kg, textiles no more than 1 kg.",
            "Place a helix PCD with a new indicator on the lower shelf at the front.",
            "Close the door and select LTSF 60 °C or LTSF 78 °C as the device IFUs allow; use 60 °C when a load "
            "mixes devices.",
            "Enter your user code and the load number and press START.",
            "Wait for END; check that the printout shows no fault.",
            "Open the door and take out the PCD first: the indicator must be fully green.",
            "Unload and release the load following the site's release procedure.",
            "If formaldehyde can be smelt, close the door and select EXTRA DESORPTION (five more pulses, about 20 "
            "min) before unloading.",
        ],
    ),
    ("h", "7. Changing the FA-2 bottle"),
    (
        "ol",
        [
            "Wait until no programme is running; the screen shows F06 or the level is low.",
            "Put on nitrile gloves and eye protection.",
            "Open the sterilant cabinet on the right side of the sterilizer.",
            "Unscrew the suction cap from the empty bottle and lift the suction tube out. Wipe drips at once with "
            "a damp cloth.",
            "Check the new bottle: FA-2, within its expiry date, seal intact.",
            "Open the new bottle, insert the suction tube to the bottom and screw the cap on hand-tight.",
            "Select SERVICE > FA-2 > NEW BOTTLE: the pump primes the line for 30 s.",
            "Close the cabinet. Cap the empty bottle and return it to the FA-2 supplier or dispose of it as the "
            "site's waste rules set.",
        ],
    ),
    ("h", "8. Opening the door after a fault"),
    (
        "ol",
        [
            "Read the fault code and write it in the log.",
            "Select ABORT. The sterilizer runs an abort desorption (10 pulses) before it vents.",
            "Wait until the screen shows DOOR RELEASE; never open the door before this.",
            "Put on gloves and eye protection and open the door.",
            "Treat the load as not sterile and reprocess it after the cause has been removed.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task", "By"],
            ["Daily", "Vacuum leak test; wipe the door seal; check the PCD stock", "User"],
            ["Weekly", "Clean the chamber drain strainer; BI test as the site's policy sets", "User"],
            ["Monthly", "Clean the chamber with a damp cloth and demineralised water", "User"],
            [
                "6 months or 1000 cycles (F13)",
                "Service: sensor calibration, dosing pump, door seal, vacuum pump",
                "Vandrel service",
            ],
            ["12 months", "Annual requalification of the process", "The site's validation contractor"],
        ],
        (44, 86, 40),
    ),
    (
        "p",
        "Calibration of the chamber temperature and pressure sensors and of the formaldehyde sensor is done by "
        "Vandrel service with its own reference instruments; it is not described in this manual.",
    ),
    ("h", "10. Spare parts and consumables"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Sterilant FA-2, 1 L, box of 6", "VDL-FA2-6"],
            ["Helix process challenge device", "VFS-PCD-1"],
            ["Indicator capsules for the PCD, box of 250", "VFS-IC-250"],
            ["Door seal", "VFS-DS-130"],
            ["Chamber drain strainer", "VFS-DR-50"],
            ["Sterilant suction tube with filter", "VFS-ST-01"],
            ["Printer paper, 10 rolls", "VDL-PP-10"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        (
            "quellaris-qps-hydrogen-peroxide-plasma-sterilizer.pdf",
            "Quellaris QLS-OM-QPS-04 Ed 3 - QPS-75 / QPS-130",
            QUELLARIS,
        ),
        ("medrovik-mdr-endoscope-automated-reprocessor.pdf", "Medrovik MDV-UM-MDR-07 Ed 2 - MDR-110 / MDR-220", MEDROVIK),
        (
            "teldarra-te-ethylene-oxide-sterilizer-and-aerator.pdf",
            "Teldarra TDA-OM-TE-03 Ed 4 - TE-140 / TE-260",
            TELDARRA,
        ),
        (
            "vandrel-vfs-low-temperature-steam-formaldehyde-sterilizer.pdf",
            "Vandrel VDL-OM-VFS-02 Ed 2 - VFS-130",
            VANDREL,
        ),
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
