"""Generate the PDF manuals of the eighteenth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/fpdfvenv && /tmp/fpdfvenv/bin/pip install fpdf2 pypdf
    /tmp/fpdfvenv/bin/python knowledge/samples/eighteenth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, middle dot; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical.
"""

from __future__ import annotations

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
    """Body text flowing in two columns; used for the lyophilizer, die-casting and blow moulding operating pages."""
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


# ---------------------------------------------------------------- Cryolith LY freeze dryers
CRYOLITH = [
    ("title", "Cryolith LY Series Production Freeze Dryers\nOperation and Maintenance Manual - LY-5 and LY-10"),
    (
        "p",
        "Document CRY-OM-LY-07, Revision C, March 2024. Cryolith Pharma Systems B.V. The LY-5 and LY-10 are "
        "production freeze dryers (lyophilizers) for vials and bulk trays. Product is frozen on temperature "
        "controlled shelves, the chamber is evacuated and the ice sublimes onto an external condenser. The two "
        "models share shelves, controls and gauges; the LY-10 has twice the shelves and a larger condenser. The "
        "CPC-3 controller runs the recipe and shows alarm codes.",
    ),
    (
        "warn",
        "WARNING: Never force the chamber door while the chamber is under vacuum or pressure. The condenser "
        "coils reach -80 °C: wear cryogenic gloves. The "
        "chamber is backfilled with nitrogen; never put your head into the chamber before it has been vented with "
        "air and the oxygen monitor in the loading area shows at least 19.5 %. Lock off the main isolator before "
        "any work on the shelf stack or the hydraulics.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LY-5", "LY-10"],
            ["Usable shelf area", "5.0 m²", "10.0 m²"],
            ["Product shelves (plus 1 radiation shelf)", "6", "12"],
            ["Shelf size / shelf spacing", "910 x 915 mm / 70 mm", "910 x 915 mm / 70 mm"],
            ["Capacity, 2R vials (16 mm diameter)", "22 500", "45 000"],
            ["Shelf temperature range", "-55 to +70 °C", "-55 to +70 °C"],
            ["Condenser ice capacity", "75 kg", "150 kg"],
            ["Max. ice load in 24 h", "40 kg", "80 kg"],
            ["Lowest condenser temperature", "-80 °C", "-80 °C"],
            ["Ultimate pressure, empty and dry", "1 Pa", "1 Pa"],
            ["Vacuum pump, rotary vane", "40 m³/h", "65 m³/h"],
            ["Refrigeration compressors", "2 x 5.5 kW", "2 x 11 kW"],
            ["Chamber and condenser volume", "450 L", "800 L"],
            ["Heat transfer fluid charge", "45 L", "80 L"],
            ["Cooling water flow at 20 °C inlet", "2.5 m³/h", "4.8 m³/h"],
            ["Connected load, 400 V 50 Hz", "32 kW", "58 kW"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Cooling times hold for an empty, dry machine with cooling water at 20 °C: the shelves cool from +20 °C "
        "to -40 °C in 60 minutes on the LY-5 and in 75 minutes on the LY-10; the condenser cools from +20 °C to "
        "-70 °C in 40 minutes on both. Cooling water may be 15-25 °C at 2-5 bar; at 25 °C allow 20 % longer. "
        "Shelf temperature uniformity is ±1.0 °C over all shelves, measured at -20 °C with empty shelves at "
        "steady state. The load on a shelf must not exceed 35 kg. Steam sterilization (SIP at 121 °C) is "
        "available on the LY-10 with option S only; the LY-5 chamber is not rated for pressure and is cleaned "
        "with its CIP spray nozzles only.",
    ),
    ("h", "2. Running a freeze-drying cycle"),
    (
        "cols",
        [
            ("h", "Before the cycle"),
            (
                "p",
                "Check that the condenser has been defrosted and drained, that the drain valve is closed and that "
                "the door gasket is clean and undamaged. Run the leak rate test at least once a week (section 5).",
            ),
            ("h", "Loading"),
            (
                "p",
                "Pre-cool the shelves to +5 °C and load the product. Place the product probes in vials in the "
                "middle and at the front edge of a shelf.",
            ),
            ("h", "Freezing"),
            (
                "p",
                "Cool the shelves to -45 °C at no more than 1 °C per minute and hold for at least 2 hours after "
                "the product probes read -40 °C. The product must be frozen solid before the chamber is evacuated.",
            ),
            ("h", "Condenser and evacuation"),
            (
                "p",
                "Start the condenser 30 minutes before the end of freezing. The chamber must not be evacuated until "
                "the condenser is at -60 °C or colder; the CPC-3 blocks the main vacuum valve until then.",
            ),
            ("h", "Primary drying"),
            (
                "p",
                "Evacuate to the recipe pressure, usually 5-20 Pa; a controlled nitrogen bleed holds it. Raise the "
                "shelf temperature at max. 0.5 °C per minute. The product temperature must stay at least 2 °C "
                "below the collapse temperature of the formulation throughout primary drying. The ice sublimed in "
                "any 24 hours must not exceed the rated 24 h ice load.",
            ),
            ("h", "End of primary drying"),
            (
                "p",
                "The Pirani gauge reads about 1.6 times too high in water vapour, the capacitance manometer reads "
                "true. Primary drying is complete when the Pirani reading has fallen to within 2 Pa of the "
                "capacitance manometer reading and the product probes have reached the shelf temperature.",
            ),
            ("h", "Secondary drying"),
            (
                "p",
                "Raise the shelves to +20 to +40 °C at the lowest pressure the pump reaches. The shelf "
                "temperature must never be set above +50 °C in secondary drying.",
            ),
            ("h", "Stoppering and unloading"),
            (
                "p",
                "Backfill with sterile-filtered nitrogen to 80 kPa (800 mbar absolute) and close the vials with "
                "the hydraulic stoppering ram, 10 kN per shelf on both models. Vent to atmosphere, open the door "
                "and unload. Defrost the condenser with water at 30-40 °C and drain it before the next cycle.",
            ),
        ],
    ),
    ("h", "3. CPC-3 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["Y01", "Chamber pressure more than 10 Pa above the setpoint for 5 minutes", "Check the nitrogen bleed valve and the door gasket; run a leak test after the batch"],
            ["Y02", "Condenser warmer than -50 °C during drying", "Shelf temperature is held; check the refrigeration and the ice load"],
            ["Y03", "Shelf inlet temperature more than 3 °C from the setpoint", "Check the circulation pump and the fluid heater"],
            ["Y04", "Heat transfer fluid level low in the expansion tank", "Check the shelf hoses for leaks; top up with CRY-HTF20 only"],
            ["Y05", "Circulation pump motor fault", "Check the motor protection switch and the pump"],
            ["Y06", "Vacuum pump overload or oil temperature high", "Check the oil level and the exhaust filter"],
            ["Y07", "Compressor 1 high pressure trip", "Check the cooling water flow and temperature (max. 25 °C)"],
            ["Y08", "Compressor 2 high pressure trip", "Check the cooling water flow and temperature (max. 25 °C)"],
            ["Y09", "Compressor low suction pressure", "Possible refrigerant leak; call Cryolith service"],
            ["Y11", "Door not locked or door gasket vacuum not reached", "Check the gasket and the lock switches"],
            ["Y12", "Capacitance manometer signal out of range", "Check the cable; the cycle continues on the Pirani gauge"],
            ["Y13", "Stoppering hydraulic pressure not reached", "Check the hydraulic oil level and the ram seal"],
            ["Y14", "Power failure during a cycle", "Refrigeration restarts automatically; review the batch record"],
            ["Y15", "Defrost water temperature outside 30-40 °C", "Check the water supply and the mixing valve"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Shrunken or collapsed cakes", "Product above its collapse temperature; shelf too warm or pressure too high", "Lower the shelf temperature; check the pressure control"],
            ["Melt-back at the bottom of the cake", "Product not fully frozen when drying started", "Lengthen the freezing hold"],
            ["Primary drying much longer than usual", "Leak; condenser overloaded; pressure set too low", "Leak test; check the ice load against the rating"],
            ["High residual moisture", "Secondary drying too short or too cold", "Lengthen or warm up secondary drying"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Leak rate (pressure rise) test"),
    (
        "ol",
        [
            "Empty, clean and dry the chamber; defrost the condenser, then cool it to -70 °C or colder.",
            "Evacuate to below 2 Pa and keep pumping for another 30 minutes.",
            "Close the main vacuum valve; leave the valve between chamber and condenser open.",
            "Wait 5 minutes, then note the pressure on the capacitance manometer.",
            "Note the pressure again after 30 minutes.",
            "The rise over the 30 minutes must not exceed 8 Pa on the LY-5 or 4.5 Pa on the LY-10, both a leak "
            "rate of 0.02 mbar·L/s. If it is higher, check the door gasket, the valves and the sight glasses and "
            "repeat the test.",
        ],
    ),
    ("h", "6. Changing the vacuum pump oil"),
    (
        "ol",
        [
            "Run the pump for 30 minutes with the gas ballast open to purge water from the oil.",
            "Stop the pump and lock off its supply.",
            "Drain the oil while warm through the drain plug.",
            "Fill with CRY-VPO68 to the middle of the sight glass: 2.0 L for the LY-5 pump, 3.5 L for the LY-10 pump.",
            "Replace the exhaust filter at every second oil change.",
        ],
    ),
    (
        "p",
        "The capacitance manometer and the product probes are calibrated yearly by Cryolith service to document "
        "CRY-CAL-02; there is no user adjustment. The heat transfer fluid is replaced only by Cryolith service.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every cycle", "Inspect and clean the door gasket; defrost and drain the condenser"],
            ["Weekly", "Leak rate test; check the vacuum pump oil level and colour"],
            ["Every 500 h of pump running", "Change the vacuum pump oil, earlier if it is cloudy"],
            ["Every 6 months", "Refrigeration check by service; clean the cooling water strainer"],
            ["Yearly", "Calibration by service; replace the door gasket; test the safety valves"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "LY-5", "LY-10"],
            ["Door gasket", "CRY-DG05", "CRY-DG10"],
            ["Vacuum pump oil, 5 L", "CRY-VPO68", "CRY-VPO68"],
            ["Vacuum pump exhaust filter", "CRY-EF40", "CRY-EF65"],
            ["Heat transfer fluid, silicone, 20 L", "CRY-HTF20", "CRY-HTF20"],
            ["Pirani gauge head", "CRY-PG1", "CRY-PG1"],
            ["Capacitance manometer, 133 Pa", "CRY-CM133", "CRY-CM133"],
            ["Product probes, Pt100, set of 4", "CRY-PT4", "CRY-PT4"],
            ["Sterile vent filter 0.2 µm", "CRY-VF10", "CRY-VF25"],
            ["SIP steam trap", "-", "CRY-ST10"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Fundora DC cold-chamber die-casting machines
FUNDORA = [
    ("title", "Fundora DC Cold-Chamber Die-Casting Machines\nOperating and Maintenance Manual - DC-420 and DC-630"),
    (
        "p",
        "Document FND-OM-DC-04, Edition 2, September 2023. Fundora Pressure Casting S.p.A. The DC-420 and "
        "DC-630 are horizontal cold-chamber die-casting machines for aluminium alloys. A five-point double toggle "
        "closes the die; molten metal is ladled into the shot sleeve and injected by a hydraulic shot cylinder "
        "with a nitrogen accumulator and an intensifier. Both models use the same FCS-7 controller, the same "
        "hydraulic circuit and the same fire-resistant water-glycol fluid; the DC-630 has a larger frame, "
        "longer plunger stroke and larger plungers.",
    ),
    (
        "warn",
        "DANGER: Molten aluminium at 650-720 °C is ejected at high speed if the die is not fully locked or a "
        "vent is open towards the operator. Wear an aluminised apron, face shield and spats at the ladling and "
        "extraction areas. Water and molten metal explode on contact: never bring wet tools, ingots or ladles "
        "to the melt.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DC-420", "DC-630"],
            ["Locking force", "4200 kN", "6300 kN"],
            ["Tie bar diameter", "140 mm", "170 mm"],
            ["Space between tie bars (H x V)", "610 x 610 mm", "760 x 760 mm"],
            ["Die height, min. to max.", "300-750 mm", "350-900 mm"],
            ["Die opening stroke", "550 mm", "700 mm"],
            ["Ejector force", "220 kN", "300 kN"],
            ["Shot force, intensified", "250 kN", "360 kN"],
            ["Plunger stroke", "450 mm", "550 mm"],
            ["Max. dry shot speed", "6.0 m/s", "5.5 m/s"],
            ["Hydraulic system pressure", "160 bar", "160 bar"],
            ["Pump motor", "30 kW", "45 kW"],
            ["Shot accumulator", "40 L", "60 L"],
            ["Hydraulic fluid, HFC 46 water-glycol", "900 L", "1300 L"],
            ["Machine weight", "21 t", "33 t"],
        ],
        (80, 45, 45),
    ),
    ("h", "2. Plungers, casting pressure and shot weight"),
    (
        "table",
        [
            ["Plunger diameter", "DC-420 pressure / max. shot", "DC-630 pressure / max. shot"],
            ["50 mm", "1270 bar / 1.6 kg", "-"],
            ["60 mm", "885 bar / 2.3 kg", "1275 bar / 2.8 kg"],
            ["70 mm", "650 bar / 3.1 kg", "935 bar / 3.8 kg"],
            ["80 mm", "-", "715 bar / 5.0 kg"],
        ],
        (50, 60, 60),
    ),
    (
        "p",
        "Casting pressures are the intensified shot force over the plunger area. Shot weights are for aluminium "
        "including biscuit, runners and overflows. The projected area of casting, runners and overflows times the "
        "casting pressure must be no more than 85 % of the locking force. At 800 bar casting pressure this gives a "
        "maximum projected area of 446 cm² on the DC-420 and 669 cm² on the DC-630. Magnesium alloys may be cast "
        "only on the DC-630 fitted with the magnesium protection kit FND-MG6.",
    ),
    ("h", "3. Operation"),
    (
        "cols",
        [
            ("h", "Start of shift"),
            (
                "p",
                "Check the fluid level, the plunger tip cooling water (at least 4 L/min) and the lubricant "
                "supply to the shot sleeve. Start the pump; the FCS-7 charges the shot accumulator to 140 bar.",
            ),
            ("h", "Die preheating"),
            (
                "p",
                "Preheat the die with its thermal oil units to at least 150 °C before the first shot; a cold die "
                "cracks from thermal shock and gives cold shuts. The normal operating range of the die surface is "
                "180-250 °C. The FCS-7 blocks the shot below 150 °C (E114).",
            ),
            ("h", "Melt"),
            (
                "p",
                "Hold alloy EN AC-46000 at 650-690 °C in the holding furnace. The melt must never exceed 720 °C: "
                "hotter metal takes up hydrogen and solders to the die. Preheat the ladle before it dips into the "
                "melt.",
            ),
            ("h", "Shot profile"),
            (
                "p",
                "Phase 1 (slow shot) moves the metal at 0.2-0.5 m/s until the sleeve is full and the air has "
                "gone ahead of it. Phase 2 (fast shot) fills the cavity at 2.5-4.5 m/s. The intensifier must build "
                "the casting pressure within 20 ms of the end of filling.",
            ),
            ("h", "Release agent"),
            (
                "p",
                "Spray the die after every shot, as little as gives a clean release. Too much agent leaves water "
                "in the cavity and causes gas porosity. Never spray a die below 150 °C.",
            ),
            ("h", "Stopping"),
            (
                "p",
                "Empty the shot sleeve, leave the die closed without locking force and keep the tip cooling water "
                "running for 15 minutes. At the end of the week discharge the accumulator.",
            ),
        ],
    ),
    ("h", "4. FCS-7 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["E101", "Locking force not reached within 3 s of closing", "Check the die height setting and the toggle lubrication"],
            ["E102", "Locking force more than 5 % away from the setpoint", "The die grew or shrank with temperature; adjust the die height (section 5)"],
            ["E103", "Accumulator precharge low, below 80 bar", "Check the nitrogen precharge (section 7)"],
            ["E104", "Hydraulic fluid level low", "Look for leaks; top up with HFC 46 only, never with mineral oil"],
            ["E105", "Hydraulic fluid temperature above 55 °C", "Check the fluid cooler and its cooling water"],
            ["E106", "Pressure filter differential pressure high", "Replace the filter element"],
            ["E107", "Plunger not back at the start position", "Metal in the sleeve or a seized tip; check the tip and the sleeve"],
            ["E109", "Ejector not retracted before closing", "Check the ejector pins and plate for bent pins"],
            ["E110", "Casting not removed by the extractor", "Check the extractor gripper and the part sensor"],
            ["E111", "Front safety gate open", "Close the gate"],
            ["E112", "Parting line guard or rear light curtain interrupted", "Clear the area and reset"],
            ["E113", "Plunger tip cooling water below 4 L/min", "Check the hoses, the strainer and the supply valve"],
            ["E114", "Die temperature below 150 °C at the shot", "Preheat the die"],
            ["E115", "Toggle lubrication pressure low", "Fill the central lubrication reservoir; check the lines"],
        ],
        (16, 77, 77),
    ),
    ("h", "5. Adjusting the die height"),
    (
        "ol",
        [
            "Close the die slowly at low pressure until the halves touch.",
            "Select die height adjustment; the FCS-7 moves the rear platen until the toggles are almost stretched.",
            "Enter the locking force, never more than the rated force, and make a dry lock without metal.",
            "Read the force on each of the four tie bars: they must differ by no more than 5 %.",
            "Repeat the adjustment when the die has reached its operating temperature, since it grows as it heats.",
        ],
    ),
    ("h", "6. Changing the plunger tip"),
    (
        "ol",
        [
            "Stop casting, retract the plunger and lock off the pump.",
            "Close the tip cooling water and blow the water out of the tip with compressed air.",
            "Unscrew the tip with the tip wrench; tips are copper-beryllium, so never grind or sand them.",
            "Measure the sleeve bore: replace the sleeve if it is worn more than 0.3 mm over the nominal diameter.",
            "Fit the new tip; the diametral clearance to the sleeve must be 0.08-0.15 mm at operating temperature.",
            "Open the cooling water and check at least 4 L/min before the first shot.",
        ],
    ),
    ("h", "7. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Stop the pump, lock off and open the accumulator discharge valve until the gauge reads 0 bar.",
            "Fit the charging kit FND-CK to the gas valve.",
            "Read the precharge: 90 bar at 20 °C. Correct by about 0.3 bar for each °C above or below 20 °C.",
            "Top up with dry nitrogen only; never with air or oxygen.",
            "If the precharge is below 80 bar again within a month, the bladder is leaking. Bladder replacement is "
            "done by Fundora service.",
        ],
    ),
    ("h", "8. Casting faults"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Flash at the parting line", "Locking force low; projected area too big for the casting pressure", "Adjust the die height; lower the casting pressure"],
            ["Gas porosity, blisters", "Too much release agent; slow shot too fast; vents blocked", "Less spray; slow phase 1; clean the vents"],
            ["Cold shuts, misruns", "Die or metal too cold; fast shot too slow", "Preheat; raise the fast shot speed"],
            ["Jerky or sticking plunger", "Worn tip or sleeve; lubricant missing", "Check the clearance; check the lubricant feed"],
        ],
        (50, 60, 60),
    ),
    ("h", "9. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every shift", "Check the plunger tip, the sleeve lubrication and the tip cooling flow; clean the parting line and vents"],
            ["Weekly", "Check the toggle pins and bushings for play"],
            ["Monthly", "Water content of the HFC fluid by refractometer, 35-45 %; accumulator precharge"],
            ["Every 2000 h", "Replace the pressure and return filter elements"],
            ["Yearly", "Tie bar strain check; fluid analysis; change the fluid if the analysis requires it"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "DC-420", "DC-630"],
            ["Plunger tip, 50 mm", "FND-PT50", "-"],
            ["Plunger tip, 60 mm", "FND-PT60", "FND-PT60"],
            ["Plunger tip, 70 mm", "FND-PT70", "FND-PT70"],
            ["Plunger tip, 80 mm", "-", "FND-PT80"],
            ["Shot sleeve, 70 mm", "FND-SS70-45", "FND-SS70-55"],
            ["Filter element, pressure and return", "FND-HF10", "FND-HF10"],
            ["Accumulator bladder", "FND-AB40", "FND-AB60"],
            ["HFC 46 fluid, 200 L drum", "FND-HFC46", "FND-HFC46"],
            ["Tie bar bushing", "FND-TB140", "FND-TB170"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Preformia SB stretch blow moulders
PREFORMIA = [
    ("title", "Preformia SB Linear Stretch Blow Moulding Machines\nOperator and Maintenance Manual - SB-4 and SB-6"),
    (
        "p",
        "Document PRF-OM-SB-12, Revision A, January 2024. Preformia Packaging Machines S.L. The SB-4 and SB-6 "
        "are linear two-step stretch blow moulders that make PET bottles from injection moulded preforms. The "
        "preforms are heated in an infrared oven, transferred into the blow moulds, stretched by a servo stretch "
        "rod and blown with high-pressure air. The SB-4 has four cavities and eight oven modules, the SB-6 six "
        "cavities and twelve oven modules; moulds, lamps, blow valves and the PBC-2 controller are the same.",
    ),
    (
        "warn",
        "WARNING: Final blow air at up to 40 bar can burst a bottle or a hose with great force. Never open the "
        "mould area or loosen a high-pressure fitting before the HP circuit has been vented to 0 bar. Oven lamps "
        "and reflectors stay hot for minutes after switch-off. The infrared light can injure the eyes: do not "
        "look into the running oven without the tinted viewing window.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SB-4", "SB-6"],
            ["Blow cavities", "4", "6"],
            ["Output, 0.5 L still water bottle", "7200 bottles/h", "10 800 bottles/h"],
            ["Output, 1.5 L still water bottle", "5600 bottles/h", "8400 bottles/h"],
            ["Bottle volume", "0.2-2.0 L", "0.2-2.0 L"],
            ["Max. bottle diameter / height", "105 / 350 mm", "105 / 350 mm"],
            ["Oven modules, 8 IR lamps of 2000 W each", "8", "12"],
            ["Installed oven power", "128 kW", "192 kW"],
            ["Final blow pressure", "max. 40 bar", "max. 40 bar"],
            ["HP air, 0.5 L at 35 bar, no air recovery", "180 Nm³/h", "270 Nm³/h"],
            ["LP air, 7 bar", "60 Nm³/h", "85 Nm³/h"],
            ["Mould chilled water, 8-12 °C", "3.0 m³/h", "4.5 m³/h"],
            ["Connected load", "150 kW", "220 kW"],
            ["Weight", "6.5 t", "8.5 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Outputs hold for standard preforms (20 g with 28 mm PCO 1881 neck for 0.5 L, 32 g for 1.5 L) of IV "
        "0.76-0.84 dl/g that have been stored for at least 24 hours at 15-30 °C in the production hall. For "
        "carbonated soft drink bottles with a petaloid base the output is 10 % lower. Hot-fill bottles cannot be "
        "made on either model. The air recovery system returns final blow air to the 7 bar network and cuts HP "
        "air consumption by about 30 %; it is standard on the SB-6 and an option on the SB-4 (kit PRF-AR4).",
    ),
    ("h", "2. Operation"),
    (
        "cols",
        [
            ("h", "Starting"),
            (
                "p",
                "Start the chiller and check the mould water at 8-12 °C and the neck cooling water at 12-18 °C. "
                "Switch on the oven ventilation, then the lamps; the ventilation must run whenever the lamps are "
                "on. Let the oven warm up for 10 minutes with preforms rotating empty before the first blow.",
            ),
            ("h", "Preform temperature"),
            (
                "p",
                "The pyrometer at the oven exit reads the preform surface. Most preforms blow well at 95-110 °C; "
                "the surface must not exceed 115 °C, where the PET starts to crystallise and the bottle turns "
                "hazy. Below about 90 °C the PET whitens when it is stretched (pearlescence). The neck must stay "
                "below 50 °C or it deforms.",
            ),
            ("h", "Heating profile"),
            (
                "p",
                "Each of the 8 lamps in a module heats one band of the preform; lamp 1 is next to the neck. "
                "Change one lamp level at a time by no more than 5 % and blow at least 20 bottles before judging.",
            ),
            ("h", "Blowing"),
            (
                "p",
                "The stretch rod starts first, at up to 1.6 m/s. Pre-blow at 6-12 bar starts 10-30 ms after the "
                "rod, then final blow at 25-40 bar. Use the lowest final pressure that forms the base fully.",
            ),
            ("h", "Moulds and condensation"),
            (
                "p",
                "The mould surface must be at least 3 °C above the dew point of the room air, otherwise water "
                "condenses on the moulds and marks the bottles. In humid weather raise the water temperature "
                "within 8-12 °C or dehumidify the hall.",
            ),
            ("h", "Stopping"),
            (
                "p",
                "Stop the preform feed and let the machine run empty. The oven switches the lamps off and keeps "
                "the ventilation running for 10 minutes. Vent the HP circuit at the end of production.",
            ),
        ],
    ),
    ("h", "3. PBC-2 alarm codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["P301", "No preforms on the infeed rail for 10 s", "Check the hopper, the elevator and the unscrambling rollers"],
            ["P302", "Preform jam at the infeed or the oven entry", "Remove deformed preforms; check the rail width for the neck size"],
            ["P303", "Preform temperature more than 5 °C below the setpoint", "Check for failed lamps and dirty reflectors"],
            ["P304", "Preform temperature above 115 °C", "Lamps switch off; check the ventilation and the profile"],
            ["P305", "IR lamp failed (module and lamp number on the display)", "Replace the lamp (section 5)"],
            ["P306", "Oven ventilation fan fault", "Lamps switch off; check the fan and its filter"],
            ["P307", "HP air more than 2 bar below the final blow setpoint", "Check the HP compressor, the dryer and the HP filter"],
            ["P308", "LP air below 6 bar", "Check the 7 bar network"],
            ["P309", "Mould cooling water temperature or flow out of range", "Check the chiller and the mould hoses"],
            ["P310", "Stretch rod servo fault", "Read the drive code; check the rod for binding"],
            ["P312", "Bottle not transferred to the outfeed", "Check the transfer grippers and the outfeed air conveyor"],
            ["P313", "Bottle burst during final blow (pressure drop)", "Check preforms for defects; check the heating profile"],
            ["P314", "Guard door open", "Close the door and reset"],
            ["P315", "Mould lock not confirmed", "Check the LP air and the lock cylinder sensors"],
            ["P316", "Neck cooling water flow low", "Check the supply at 12-18 °C and the hoses"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Bottle defects"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Hazy or milky shoulder", "Preform too hot in that band", "Lower the lamp for that band"],
            ["White silvery stripes (pearlescence)", "Preform too cold, overstretched", "Raise the lamp levels; check the pyrometer"],
            ["Gate off centre in the base", "Pre-blow too early; stretch rod too slow", "Delay pre-blow; raise rod speed"],
            ["Thin sidewall, heavy base", "Bottom bands too cold", "Raise the bottom lamps"],
            ["Rocker bottom, base bulging", "Base cooling poor; mould water too warm", "Check the base mould water"],
            ["Water marks on bottles", "Condensation on the moulds", "Raise the mould water temperature"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Replacing an IR lamp"),
    (
        "ol",
        [
            "Switch off the oven and wait at least 10 minutes for the lamps to cool.",
            "Lock off the oven supply.",
            "Open the module reflector door. Wear clean cotton gloves: never touch the quartz with bare hands, skin "
            "grease burns onto the quartz and the lamp fails early.",
            "Release the lamp clips and take the lamp out.",
            "Fit the new PRF-IR2000 lamp with the printed side facing away from the preforms.",
            "Clean the reflector with isopropanol if it is dull, close the door and run the lamp test on the PBC-2.",
        ],
    ),
    ("h", "6. Changing moulds"),
    (
        "ol",
        [
            "Run the machine empty and vent the HP circuit.",
            "Move the mould carriers to the change position and lock off.",
            "Close the mould water valves and blow the water out of the moulds with compressed air.",
            "Release the quick couplings and the shell screws, then change the shells and base moulds.",
            "Fit the stretch rods for the new bottle and set their stroke on the PBC-2.",
            "Load the bottle recipe, open the water and blow 50 bottles before releasing production.",
        ],
    ),
    (
        "p",
        "Changing to another neck finish (for example from 28 mm to 38 mm) needs other spindles, grippers and "
        "rails and is done by Preformia service.",
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Clean the mould surfaces; check the blow nozzle seals; drain the HP filter"],
            ["Weekly", "Clean the oven reflectors and the ventilation filter"],
            ["Every 1000 h", "Lubricate the linear guides of the mould carriers"],
            ["Every 4000 h", "Replace the HP filter element; service the HP blow valves with kit PRF-VK40"],
            ["Yearly", "Test the HP safety valves; check the stretch rod servo and the pyrometer"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "SB-4", "SB-6"],
            ["IR lamp, 2000 W", "PRF-IR2000", "PRF-IR2000"],
            ["Oven reflector, ceramic", "PRF-RF8", "PRF-RF8"],
            ["Blow nozzle seal kit, per cavity", "PRF-NS28", "PRF-NS28"],
            ["HP blow valve service kit", "PRF-VK40", "PRF-VK40"],
            ["HP filter element", "PRF-HF4", "PRF-HF6"],
            ["Stretch rod, 0.5 L", "PRF-SR05", "PRF-SR05"],
            ["Air recovery valve kit", "PRF-AR4 (option)", "PRF-ARV6"],
            ["Pyrometer", "PRF-PY1", "PRF-PY1"],
        ],
        (70, 50, 50),
    ),
]

# ---------------------------------------------------------------- Pressaro FPX filter presses
PRESSARO = [
    ("title", "Pressaro FPX Automatic Filter Presses\nOperation and Maintenance Manual - FPX-60 and FPX-80"),
    (
        "p",
        "Document PRS-OM-FPX-05, Revision 2, May 2024. Pressaro Separation Technology GmbH. The FPX-60 and "
        "FPX-80 are side-bar recessed chamber filter presses with 1000 x 1000 mm polypropylene plates, a "
        "hydraulic closing cylinder and an automatic plate shifter. Membrane plates can be fitted in alternate "
        "positions for cake squeezing. Slurry is pumped into the chambers through the centre feed eye, the "
        "filtrate passes the cloths and leaves through the corner ports, and the solids stay behind as cake. The "
        "two models differ only in the number of chambers and the length of the side bars. The FPC-4 panel runs "
        "the cycle and shows fault codes.",
    ),
    (
        "warn",
        "WARNING: Never open the press while the feed pressure gauge shows pressure: slurry jets out between the "
        "plates. Keep out of the area between the plates during plate shifting; the light curtain stops the "
        "shifter but does not lock off the hydraulics. Lock off the hydraulic unit and the feed pump before "
        "reaching between plates or changing cloths.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FPX-60", "FPX-80"],
            ["Plate size", "1000 x 1000 mm", "1000 x 1000 mm"],
            ["Number of chambers", "60", "80"],
            ["Chamber (cake) thickness", "30 mm", "30 mm"],
            ["Filtration area", "99 m²", "132 m²"],
            ["Cake volume", "1490 L", "1990 L"],
            ["Max. feed pressure", "7 bar", "7 bar"],
            ["Membrane squeeze pressure", "max. 15 bar", "max. 15 bar"],
            ["Closing cylinder bore", "250 mm", "250 mm"],
            ["Hydraulic closing pressure", "250-300 bar", "250-300 bar"],
            ["Closing force at 300 bar", "1470 kN", "1470 kN"],
            ["Hydraulic unit", "4 kW, 60 L HLP 46", "4 kW, 60 L HLP 46"],
            ["Cloth washer", "-", "option W"],
            ["Overall length", "7.9 m", "9.1 m"],
            ["Weight, empty", "14.5 t", "18.2 t"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "The maximum feed pressure of 7 bar holds for slurry at up to 60 °C with the standard polypropylene "
        "plates. Between 60 and 80 °C the feed pressure must not exceed 5 bar; above 80 °C polypropylene plates "
        "must not be used at all. Squeeze water must be at least 2 bar above the final feed pressure and never "
        "above 15 bar. The closing pressure is held automatically between 250 and 300 bar during the whole cycle.",
    ),
    ("h", "2. The filtration cycle"),
    (
        "p",
        "Closing: the cylinder closes the plate pack and builds 300 bar; the pump restarts whenever the pressure "
        "drops to 250 bar. Filling: the feed pump fills the chambers at low pressure, usually in 5-10 minutes. "
        "Filtration: the pressure rises as the cake builds; filtration ends when the filtrate flow falls below "
        "the set end flow, typically 10 % of the initial flow, or when the maximum filtration time is reached. "
        "Squeezing (membrane plates only): squeeze water inflates the membranes for 10-20 minutes. Core blow: "
        "compressed air at 6 bar clears the feed channel for 1-3 minutes. Discharge: the press opens and the "
        "shifter pulls the plates one at a time so that the cakes drop into the chute.",
    ),
    (
        "p",
        "Never squeeze membranes with empty or half-filled chambers: the membrane stretches into the empty "
        "chamber and tears. Never start the feed pump with fewer plates in the pack than the press was built for; "
        "a short pack overloads the head plate.",
    ),
    ("h", "3. FPC-4 fault codes"),
    (
        "table",
        [
            ["Code", "Meaning", "Action"],
            ["C101", "Closing pressure below 250 bar during the cycle", "Feed pump stops; look for oil leaks and check the pilot check valve"],
            ["C102", "Closing pressure not reached within 90 s", "Check the oil level and the pump"],
            ["C103", "Hydraulic oil temperature above 70 °C", "Check for a pump running constantly; let the unit cool"],
            ["C104", "Feed pressure above the set limit", "Feed pump stops; check the limit against the slurry temperature"],
            ["C105", "Maximum filtration time reached with the flow still above the end flow", "Check the feed concentration and the cloths"],
            ["C106", "Squeeze water pressure above 15 bar", "Check the squeeze pump pressure switch and relief valve"],
            ["C108", "Plate shifter overload or plate jammed", "Check for cake on the side bars and bent handles"],
            ["C109", "Light curtain interrupted during plate shifting", "Clear the area and restart the shifter"],
            ["C110", "Drip trays not closed", "Check the drip tray drive and its limit switches"],
            ["C111", "Cloth washer fault (FPX-80 with option W)", "Check the washer drive and the water pressure"],
            ["C112", "Emergency stop pull wire", "Release the wire and reset"],
            ["C113", "Cake chute blocked (level switch)", "Clear the chute or the cake conveyor"],
            ["C114", "Feed pump motor fault", "Check the motor protection and the pump"],
        ],
        (16, 77, 77),
    ),
    ("h", "4. Troubleshooting"),
    (
        "table",
        [
            ["Symptom", "Possible cause", "Remedy"],
            ["Filtrate cloudy for the first minutes only", "Normal until the first cake layer forms", "None"],
            ["Filtrate stays cloudy", "Torn cloth; cloth folded over the sealing edge", "Find the plate from its filtrate tap; replace the cloth"],
            ["Wet, soft cakes", "Filtration ended too early; squeeze too short; slurry too thin", "Lower the end flow; lengthen the squeeze"],
            ["Slurry spraying between plates", "Cake or cloth folds on the sealing faces; closing pressure low", "Clean the sealing faces; check the closing pressure"],
            ["Cakes stick to the cloths", "Cloths blinded; core blow too short", "Wash the cloths; lengthen the core blow"],
            ["Cracked or bowed plate", "Feed eye blocked so chambers filled unevenly", "Clear the feed channel; replace the plate"],
        ],
        (50, 60, 60),
    ),
    ("h", "5. Replacing a filter cloth"),
    (
        "ol",
        [
            "Open the press and shift the plate to the open gap.",
            "Lock off the hydraulic unit and the feed pump.",
            "Remove the clamp ring PRS-CR40 from the feed eye and pull the cloth pair out of the eye.",
            "Clean the drainage surface, the sealing faces and the filtrate ports of the plate.",
            "Roll up one cloth, pass it through the feed eye and fit the clamp ring.",
            "Hang both cloths on the plate; they must lie flat with no fold over the sealing edge.",
        ],
    ),
    (
        "p",
        "Washing the cloths with the cloth washer of the FPX-80 is described in the washer manual PRS-W-02.",
    ),
    ("h", "6. Starting a cycle"),
    (
        "ol",
        [
            "Check that all plates are in place and the sealing faces are clean.",
            "Close the drip trays.",
            "Press CLOSE and wait for the closing pressure of 300 bar.",
            "Open the feed and filtrate valves and start the feed pump from the FPC-4.",
            "Check the filtrate taps: a tap that stays cloudy after 10 minutes marks a torn cloth.",
        ],
    ),
    ("h", "7. Maintenance and spares"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every cycle", "Clean the sealing faces of cake; check the filtrate taps"],
            ["Daily", "Inspect the cloths for tears and blinding"],
            ["Weekly", "Check the hydraulic oil level; clean the side bars; check the shifter chain"],
            ["Monthly", "Pressure hold test: closing pressure must fall by no more than 20 bar in 30 minutes"],
            ["Yearly", "Change the hydraulic oil (60 L HLP 46) and the return filter; test the membranes"],
        ],
        (40, 130),
    ),
    (
        "table",
        [
            ["Spare part", "FPX-60", "FPX-80"],
            ["Recessed chamber plate, PP", "PRS-CP100", "PRS-CP100"],
            ["Membrane plate, PP", "PRS-MP100", "PRS-MP100"],
            ["Filter cloth pair, PP monofilament", "PRS-FC100", "PRS-FC100"],
            ["Cloth clamp ring", "PRS-CR40", "PRS-CR40"],
            ["Closing cylinder seal kit", "PRS-SK250", "PRS-SK250"],
            ["Shifter chain, per metre", "PRS-SC16", "PRS-SC16"],
            ["Cloth washer nozzle bar", "-", "PRS-WN80"],
            ["Hydraulic oil HLP 46, 20 L", "PRS-HLP46", "PRS-HLP46"],
        ],
        (70, 50, 50),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("cryolith-ly-freeze-dryer.pdf", "Cryolith CRY-OM-LY-07 Rev C - LY-5 / LY-10", CRYOLITH),
        ("fundora-dc-die-casting-machine.pdf", "Fundora FND-OM-DC-04 Ed 2 - DC-420 / DC-630", FUNDORA),
        ("preformia-sb-stretch-blow-moulder.pdf", "Preformia PRF-OM-SB-12 Rev A - SB-4 / SB-6", PREFORMIA),
        ("pressaro-fpx-filter-press.pdf", "Pressaro PRS-OM-FPX-05 Rev 2 - FPX-60 / FPX-80", PRESSARO),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " - "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2025, 8, 11, tzinfo=UTC))  # byte-identical reruns
        pdf.add_page()
        render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
