"""Generate the PDF manuals of the hundred-and-twenty-third set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set123-scratch/venv && /tmp/set123-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set123-scratch/venv/bin/python knowledge/samples/hundredtwentythird/make_pdfs.py

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


# ---------------------------------------------------------------- Rinsholt WF vegetable washer and flume
RINSHOLT = [
    ("title", "Rinsholt WF Vegetable Washers with Flume\nOperation and Maintenance Manual - WF-1200 and WF-1800"),
    (
        "p",
        "Document RPS-OM-WF-04, Edition 3, March 2025. Rinsholt Produce Systems. The WF-1200 and WF-1800 are "
        "air-agitated immersion washers for vegetables before blanching and freezing. A water flume carries the "
        "product from the receiving hopper into the wash tank, where air rising from a grid of perforated pipes "
        "lifts and turns the product while stones, sand and soil sink into the sediment cone. An inclined "
        "dewatering elevator with a fresh water spray bar lifts the washed product out of the tank. The wash "
        "water is pumped back to the flume through a rotary drum screen. The two models differ in the tank width, "
        "the flume, the pump, the blower and the items named in this manual; everything else is built alike. The "
        "sanitiser dosing unit, the receiving hopper and the flume runs beyond the first 6 m supplied by Rinsholt "
        "have their own documents. The free chlorine or peracetic acid concentration of the wash water is set by "
        "the site's food safety plan, not by this manual.",
    ),
    (
        "warn",
        "WARNING: Lock out the main switch and the blower before reaching into the tank, the elevator or the drum "
        "screen. The tank is a confined space: entry only when drained, locked out and under the site's "
        "confined space permit.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "WF-1200", "WF-1800"],
            ["Capacity, peas, cut green beans and sweetcorn kernels", "6 t/h", "10 t/h"],
            ["Capacity, broccoli and cauliflower florets", "3 t/h", "5 t/h"],
            ["Tank inside width x length", "1200 x 4500 mm", "1800 x 4500 mm"],
            ["Working water depth in the tank", "1000 mm", "1000 mm"],
            ["Water volume of the tank at working depth", "5.4 m³", "8.1 m³"],
            ["Flume channel width (first 6 m supplied)", "250 mm", "350 mm"],
            ["Flume water flow, nominal", "60 m³/h", "90 m³/h"],
            ["Recirculation pump", "7.5 kW, 120 m³/h at 18 m", "11 kW, 180 m³/h at 18 m"],
            ["Side channel air blower", "5.5 kW, 380 m³/h at 250 mbar", "7.5 kW, 560 m³/h at 250 mbar"],
            ["Dewatering elevator belt width", "1100 mm", "1700 mm"],
            ["Elevator drive, speed 0.1-0.5 m/s", "1.1 kW", "1.5 kW"],
            ["Spray bar nozzles (flat jet 65°)", "14", "20"],
            ["Fresh water make-up at rated capacity, minimum", "1.5 m³/h", "2.5 m³/h"],
            ["Drum screen, 1.0 mm slots", "0.75 kW", "0.75 kW"],
            ["Installed power, 400 V 3~ 50 Hz", "14.9 kW", "20.8 kW"],
            ["Supply fuse", "32 A gG", "50 A gG"],
            ["Mass empty", "2350 kg", "3100 kg"],
            ["Mass in operation, tank full", "7750 kg", "11200 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold for product that arrives with no more than 3 % soil and stones by mass and for "
        "water between 4 °C and 25 °C. Leafy vegetables such as spinach are not covered by this table; ask "
        "Rinsholt for the settings and capacity before washing them on either model.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on this machine may operate it. Keep hands out of the elevator and the drum "
            "screen while they run; the guards must be in place.",
            "The floor around the tank is wet and slippery. Wear safety boots with slip-resistant soles.",
            "Sanitisers and cleaning chemicals are handled as set out in the site's safety data sheets. Never mix "
            "chlorine products with acid cleaners.",
            "Never use high-pressure water above 30 bar on motors, bearings, the blower or the control cabinet.",
            "The blower outlet pipe runs hot (up to 90 °C) and the blower is loud: with the silencer fitted it "
            "gives 78 dB(A) at 1 m.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Flume water velocity"),
            (
                "p",
                "The product travels in the flume only while the water is fast enough. Velocity (m/s) = flume "
                "flow (m³/h) / (3600 x channel width (m) x water depth (m)). At the nominal 120 mm depth this gives "
                "0.56 m/s on the WF-1200 and 0.60 m/s on the WF-1800. The velocity must stay between 0.5 and "
                "0.8 m/s: below 0.5 m/s peas and kernels settle at the bends, above 0.8 m/s florets are bruised. "
                "The flume must fall by at least 1 % (10 mm per metre) over its whole length.",
            ),
            ("h", "Tank level"),
            (
                "p",
                "Working level 1000 mm above the air grid. W02 warns at 850 mm; at 750 mm the recirculation pump "
                "stops to protect its seal. The overflow weir holds the level at 1020 mm.",
            ),
            ("h", "Air"),
            (
                "p",
                "Set the air with the blower damper between 30 % and 100 %. For peas, beans and kernels 60-80 % "
                "is normal. For florets the damper must not exceed 50 %. Below 30 % the blower overheats (W05).",
            ),
            ("h", "Fresh water"),
            (
                "p",
                "The spray bar water is the fresh water make-up. Supply at least 0.25 m³ of potable water per "
                "tonne of product, at 2.5-3.0 bar at the spray bar. Drain and refill the tank at least once every "
                "8 h of production or at each product change, whichever comes first.",
            ),
            ("h", "Water temperature"),
            (
                "p",
                "W11 warns when the wash water is above the set limit, default 25 °C, settable 15-30 °C. Warm "
                "water speeds up the loss of sanitiser.",
            ),
            ("h", "Sanitiser"),
            (
                "p",
                "The tank, pump and seals are rated for free chlorine up to 10 mg/L continuously at pH 6.5-7.5, "
                "or peracetic acid up to 80 mg/L. The concentration used in production, and its checks, are set "
                "by the site's food safety plan.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["W01", "Emergency stop", "An emergency stop is pressed or its circuit is open. Release it, press RESET."],
            [
                "W02",
                "Tank level low",
                "Level below 850 mm: drain valve open, make-up valve closed or overflow leaking. The pump "
                "stops at 750 mm.",
            ],
            [
                "W03",
                "Pump overload",
                "Motor protection of the recirculation pump tripped: impeller blocked by stones or pods, or the "
                "drum screen bypassed. Lock out and clear the pump casing.",
            ],
            ["W04", "Blower overload", "Blower motor protection tripped. Check the inlet filter and the damper."],
            [
                "W05",
                "Blower outlet hot",
                "Outlet air above 90 °C: damper below 30 %, air grid holes blocked or the relief valve stuck.",
            ],
            [
                "W06",
                "Drum screen stopped",
                "Drive overload or screen blinded with starch and fines. Clean the screen and check the brush.",
            ],
            [
                "W07",
                "Elevator belt slip",
                "Speed sensor reads less than 80 % of the set speed for 5 s. Check the belt tension.",
            ],
            [
                "W09",
                "Flume low flow",
                "Flume flow below 70 % of its setpoint for 30 s: flume valve throttled, drum screen blinded or "
                "pump worn.",
            ],
            [
                "W10",
                "Make-up water fault",
                "Make-up valve open but less than 0.5 m³/h measured for 60 s. Check the site supply and the "
                "strainer.",
            ],
            ["W11", "Water temperature high", "Wash water above the set limit (default 25 °C)."],
            ["W12", "Service due", "2000 h since the last service. The washer keeps running."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Peas or kernels settle in the flume at the bends",
                "Flume velocity below 0.5 m/s, flume valve throttled or a slope under 1 %",
                "Raise the flume flow; check the velocity with the formula in section 3",
            ],
            [
                "Florets bruised or broken after the washer",
                "Damper above 50 %, flume velocity above 0.8 m/s, or a drop of more than 300 mm at the flume outlet",
                "Reduce the air and the flume flow; fit the outlet chute",
            ],
            [
                "Sand or grit still on the product",
                "Air too weak, dirty water, sediment cone full",
                "Drain the sediment cone; raise the air; change the water",
            ],
            [
                "Foam over the tank edge",
                "High organic load, too much air",
                "Reduce the air; use only the antifoam approved by the site",
            ],
            [
                "Elevator carries water into the next machine",
                "Spray bar pressure above 3.0 bar, or elevator too fast",
                "Set 2.5-3.0 bar; slow the elevator",
            ],
            [
                "Drum screen overflows into the sump",
                "Screen slots blinded, brush worn",
                "Clean the screen; replace the brush (section 8)",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up"),
    (
        "ol",
        [
            "Check that the tank drain, the sediment cone drain and the drum screen sump drain are closed.",
            "Check that the drum screen and its brush are fitted and all inspection covers are closed.",
            "Set the make-up valve to AUTO and fill the tank to the 1000 mm mark. With the 8 m³/h fill line this "
            "takes about 40 min (WF-1200) or 60 min (WF-1800).",
            "Start the drum screen, then the recirculation pump.",
            "Set the flume flow with the flume valve and check the velocity (section 3).",
            "Start the elevator at 0.2 m/s and open the spray bar.",
            "Start the blower with the damper at 30 % and open it to the setting for the product.",
            "Check on the dosing unit that the sanitiser reading is within the site's limits.",
            "Start the product feed.",
        ],
    ),
    ("h", "7. Emptying and cleaning"),
    (
        "ol",
        [
            "Stop the product feed and let the washer run for 5 min to clear the product.",
            "Stop the blower, the elevator and the recirculation pump.",
            "Open the sediment cone drain first, then the DN100 tank drain. Draining takes about 15 min (WF-1200) "
            "or 20 min (WF-1800).",
            "Lock out the main switch.",
            "Remove the air grid covers and rinse the tank, the grid and the elevator at low pressure.",
            "Apply the alkaline foam cleaner at no more than 2 % and 60 °C; leave it for 15-20 min.",
            "Rinse with potable water, then sanitise as the site's cleaning schedule sets out.",
            "Check the drum screen slots and the brush.",
            "Close the drains and leave the covers open to dry.",
        ],
    ),
    ("h", "8. Replacing the drum screen brush"),
    (
        "ol",
        [
            "Lock out the main switch.",
            "Open the screen hood.",
            "Loosen the four clamp bolts of the brush holder.",
            "Slide the old brush out of the holder.",
            "Slide in the new brush RPS-DB-075.",
            "Set the brush so that the bristles press 2-3 mm into the screen.",
            "Tighten the clamp bolts to 12 Nm.",
            "Turn the screen one revolution by hand and check the bristle contact all round.",
            "Close the hood and remove the lock.",
        ],
    ),
    ("h", "9. Setting the elevator belt tension"),
    (
        "ol",
        [
            "Lock out the main switch and remove the side guards of the elevator.",
            "Measure the sag of the return side midway between two return rollers: it must be 25 mm ±5 mm.",
            "Turn the two take-up screws at the tail shaft equally, half a turn at a time, until the sag is right.",
            "Refit the guards and run the empty belt at 0.3 m/s for 5 min.",
            "Check that both belt edges stay at least 15 mm from the side frames.",
            "If the belt runs to one side, tighten the take-up screw on that side by a quarter turn and run again.",
            "Tighten the lock nuts of the take-up screws.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every 2 h of production", "Open the sediment cone drain for 10 s"],
            ["Daily", "Emptying and cleaning (section 7); check the spray nozzles and the drum screen brush"],
            ["Weekly", "Check the elevator belt tension and tracking; check the 3 mm holes of the air grid"],
            ["500 h", "Clean or replace the blower inlet filter; grease the elevator bearings, 2 strokes each"],
            [
                "2000 h or 12 months, whichever comes first (W12)",
                "Rinsholt service: pump seal, blower bearings, level sensor check",
            ],
            ["When worn", "Replace the elevator belt and the drum screen brush"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "WF-1200", "WF-1800"],
            ["Elevator belt, modular polypropylene", "RPS-EB-1100", "RPS-EB-1700"],
            ["Drum screen brush", "RPS-DB-075", "RPS-DB-075"],
            ["Spray nozzle, flat jet 65°", "RPS-SN-6503", "RPS-SN-6503"],
            ["Recirculation pump mechanical seal", "RPS-MS-120", "RPS-MS-180"],
            ["Blower inlet filter", "RPS-BF-38", "RPS-BF-56"],
            ["Air grid pipe", "RPS-AG-12", "RPS-AG-18"],
            ["Level sensor", "RPS-LS-02", "RPS-LS-02"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Skaldvik BL steam blanchers
SKALDVIK = [
    ("title", "Skaldvik BL Steam Blanchers\nOperating and Maintenance Manual - BL-6 and BL-9"),
    (
        "p",
        "Document SKV-OM-BL-07, Edition 2, November 2024. Skaldvik Thermal Processing. The BL-6 and BL-9 are "
        "continuous belt blanchers for vegetables before freezing. A stainless steel wire mesh belt carries the "
        "product through a steam chamber at atmospheric pressure, where steam from perforated spray pipes heats "
        "it, and then through a cooling section with water sprays. The hood lifts on electric screw jacks for "
        "cleaning. The two models differ in the heated length, the belt speed, the steam and water demand, the "
        "fans and the items named in this manual; everything else is built alike. The steam supply up to the "
        "reducing station, the separator before it and the condensate return are the site's. The hydro-cooler "
        "after the blancher has its own manual. Whether a product is blanched enough is decided by the site's "
        "quality department with the peroxidase test; this manual gives starting points only.",
    ),
    (
        "warn",
        "WARNING: Steam and hot condensate cause severe burns. Never lift the hood or open a cleaning cover while "
        "the steam valve is open. Before reaching under a lifted hood, fit both safety struts.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "BL-6", "BL-9"],
            ["Belt width (wire mesh, stainless steel)", "1200 mm", "1200 mm"],
            ["Heated (steaming) length", "6.0 m", "9.0 m"],
            ["Cooling section length", "3.0 m", "3.0 m"],
            ["Belt speed", "0.6-6.0 m/min", "0.9-9.0 m/min"],
            ["Dwell time in the steam", "60-600 s", "60-600 s"],
            ["Capacity, peas at 180 s, product in at 15 °C", "4000 kg/h", "6000 kg/h"],
            ["Maximum belt load", "28 kg/m²", "28 kg/m²"],
            ["Steam supply at the reducing station inlet, dry saturated", "3-6 bar(g), DN50", "3-6 bar(g), DN65"],
            ["Steam consumption at rated capacity", "about 650 kg/h", "about 950 kg/h"],
            ["Steam header pressure after the reducing valve", "0.3-0.5 bar(g)", "0.3-0.5 bar(g)"],
            ["Header safety valve setting", "1.0 bar(g)", "1.0 bar(g)"],
            ["Cooling water sprays, 5-15 °C at 2-3 bar", "8 m³/h", "12 m³/h"],
            ["Exhaust fans", "2 x 1.1 kW", "3 x 1.1 kW"],
            ["Belt drive", "1.1 kW", "1.5 kW"],
            ["Hood screw jacks", "4 x 0.37 kW", "6 x 0.37 kW"],
            ["Installed power 400 V 3~ 50 Hz / supply fuse", "4.8 kW / 16 A", "7.0 kW / 20 A"],
            ["Overall length", "10.5 m", "13.5 m"],
            ["Mass empty", "3800 kg", "5200 kg"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "Capacity (kg/h) = belt load (kg/m²) x belt width (m) x belt speed (m/min) x 60, and dwell time (s) = "
        "heated length (m) / belt speed (m/min) x 60. For peas at 180 s the belt runs at 2.0 m/min on the BL-6 and "
        "3.0 m/min on the BL-9, which at 28 kg/m² gives the rated capacity. The steam consumption holds for "
        "product entering at 15 °C with the hood seals in good condition.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained persons may operate the blancher. The hood may be lifted only by a person who can see the "
            "whole length of the machine.",
            "Hood lifting from down to fully up takes about 90 s. Keep clear of the hood edge while it moves.",
            "The header safety valve is set at 1.0 bar(g) and sealed. It is tested and recalibrated by the site's "
            "pressure equipment inspector at the interval set by national rules; never adjust it.",
            "Wear heat-resistant gloves when handling spray pipes or the belt within 30 min of stopping the steam.",
            "Exhaust ducts on the roof are the site's; keep their outlets away from air intakes.",
        ],
    ),
    ("h", "3. Process settings and limits"),
    (
        "cols",
        [
            ("h", "Chamber temperature"),
            (
                "p",
                "Three PT100 probes along the chamber show the steam temperature. With product on the belt every "
                "probe must read 97 °C or more. B03 is raised when any probe reads below 95 °C for more than 30 s; "
                "product blanched while B03 was active must be held for a QA check.",
            ),
            ("h", "Header pressure"),
            (
                "p",
                "Set the reducing valve to 0.3-0.5 bar(g). A higher header pressure does not raise the chamber "
                "above 100 °C; it only blows steam out of the ends. B04 closes the steam valve above 0.6 bar(g) "
                "for 10 s.",
            ),
            ("h", "Belt load"),
            (
                "p",
                "No more than 28 kg/m² (a bed of about 45 mm of peas). For spinach and other leaf the load must not "
                "exceed 12 kg/m². An overloaded belt leaves the middle of the bed under-blanched.",
            ),
            ("h", "Guide dwell times"),
            (
                "p",
                "Starting points at 99-100 °C and a normal belt load: peas 90-180 s; cut green beans 25-40 mm "
                "150-210 s; broccoli florets 30-50 mm 120-180 s; diced carrots 10 mm 180-240 s; sweetcorn kernels "
                "240-300 s; spinach leaf 60-90 s. Other products are not listed; the final time for every product "
                "is set by QA with the peroxidase test.",
            ),
            ("h", "Exhaust"),
            (
                "p",
                "Adjust the fan dampers so that the steam plume at the infeed and outfeed ends is no longer than "
                "300 mm. A longer plume wastes steam; no plume at all means the fans pull cold air into the "
                "chamber.",
            ),
            ("h", "Cooling section"),
            (
                "p",
                "Product should leave the cooling section at 35 °C or below. If it is warmer, raise the cooling "
                "water flow or check the spray nozzles; final cooling is done in the hydro-cooler.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Emergency stop", "An emergency stop or pull wire is operated. Release it and press RESET."],
            [
                "B02",
                "Hood not down",
                "Not all hood jacks are at the lower limit. The steam valve stays closed until the hood is down.",
            ],
            ["B03", "Chamber temperature low", "A probe below 95 °C for more than 30 s. Hold the product for QA."],
            [
                "B04",
                "Header pressure high",
                "Above 0.6 bar(g) for 10 s: reducing valve faulty or its sensing line blocked. Steam valve closes.",
            ],
            ["B05", "Steam supply low", "Below 2.5 bar(g) at the reducing station inlet. Tell the boiler house."],
            ["B06", "Belt stopped", "Belt drive overload or the speed sensor sees no movement for 10 s."],
            ["B07", "Belt tracking", "Belt edge switch tripped: belt more than 25 mm off centre."],
            ["B08", "Exhaust fan fault", "Fan motor protection tripped. The blancher keeps running with a warning."],
            ["B09", "Cooling water low", "Cooling spray flow below 60 % of its setpoint."],
            ["B11", "Condensate high", "Condensate level switch in the chamber sump: check the sump drain trap."],
            ["B12", "Hood jacks out of step", "Jacks differ by more than 10 mm. Lower the hood, then call service."],
            ["B13", "Service due", "3000 h or 12 months since the last Skaldvik service, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Product under-blanched in the middle of the belt",
                "Belt load above 28 kg/m², or spray pipe holes blocked with scale",
                "Reduce the feed; descale the spray pipes (section 8)",
            ],
            [
                "Product soft, colour lost",
                "Dwell time too long, or cooling water too warm",
                "Shorten the dwell time; check the cooling water temperature",
            ],
            [
                "Steam escaping at the ends, wet floor",
                "Fan dampers closed, a fan stopped (B08) or header pressure too high",
                "Open the dampers; set the header to 0.3-0.5 bar(g)",
            ],
            [
                "Chamber takes more than 25 min to reach 97 °C",
                "Header steam trap stuck, supply pressure low or wet steam",
                "Check the trap and the supply; the separator is the site's",
            ],
            [
                "Banging in the steam line at start",
                "Condensate lying in the supply line",
                "Open the line drain valve before the reducing station until dry steam comes",
            ],
            [
                "Belt runs towards one side",
                "Tail shaft out of square, product fed to one side",
                "Adjust the tracking (section 7); spread the feed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Preheating and start-up"),
    (
        "ol",
        [
            "Check that the hood is fully down, the cleaning covers are fitted and the sump drain is clear.",
            "Start the belt at the speed for the product's dwell time.",
            "Open the drain valve of the steam line for about 1 min until only steam comes out, then close it.",
            "Start the exhaust fans.",
            "Select PREHEAT. The steam valve opens and the header rises to 0.3-0.5 bar(g).",
            "Wait until all three probes read 97 °C or more, then wait 5 min more. From cold this takes about "
            "15 min.",
            "Start the cooling water sprays.",
            "Start the feed; keep the belt load at or below 28 kg/m².",
            "After 10 min of production ask QA to take the first peroxidase sample.",
        ],
    ),
    ("h", "7. Adjusting the belt tracking"),
    (
        "ol",
        [
            "Run the empty belt at 3 m/min with the steam off and the hood down.",
            "Watch the belt at the tail shaft for two full belt revolutions.",
            "If the belt runs to one side, turn the tail shaft adjusting screw on that side out (away from the "
            "head) by one flat at a time.",
            "Wait one full belt revolution after each adjustment.",
            "The belt is tracked when both edges stay within ±10 mm of their marks.",
            "Tighten the lock nuts and reset B07 if it was shown.",
        ],
    ),
    ("h", "8. Descaling the steam spray pipes"),
    (
        "ol",
        [
            "Stop the steam, let the blancher cool for at least 30 min with the fans running, and lock out.",
            "Lift the hood fully and fit both safety struts.",
            "Unclip the spray pipes (two per metre of heated length) from their manifold couplings.",
            "Soak the pipes for 2 h in the descaling agent approved by the site, at the strength its data sheet "
            "gives.",
            "Push the 2 mm cleaning pin through every hole.",
            "Rinse the pipes inside and out with potable water.",
            "Refit the pipes with the holes pointing down at 45° towards the belt; fit new O-rings SKV-OR-32.",
            "Remove the struts, lower the hood and run PREHEAT: check every coupling for steam leaks.",
        ],
    ),
    ("h", "9. Cleaning at the end of production"),
    (
        "ol",
        [
            "Stop the feed and run the belt empty until it is clear.",
            "Close the steam (select STOP STEAM) and let the chamber cool for 20 min with the fans running.",
            "Raise the hood and fit the safety struts.",
            "Rinse the belt, chamber and sump at low pressure; remove product from the spray pipes.",
            "Apply the site's alkaline cleaner, rinse and sanitise as the cleaning schedule sets out.",
            "Run the belt during rinsing so that it is cleaned over its full length.",
            "Lower the hood; leave the cleaning covers open to dry.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Cleaning (section 9); check the spray pipes and the sump drain trap"],
            ["Weekly", "Check the belt tracking and tension; check the hood seal strips for tears"],
            [
                "500 h or 3 months, whichever comes first, or sooner if more than 10 % of the holes are blocked",
                "Descale the spray pipes (section 8)",
            ],
            [
                "3000 h or 12 months, whichever comes first (B13)",
                "Skaldvik service: reducing valve, jack gearboxes, probe check within ±0.5 °C of a reference",
            ],
            ["At the interval of the national rules", "Safety valve test by the site's pressure equipment inspector"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "BL-6", "BL-9"],
            ["Wire mesh belt, complete", "SKV-BM-6", "SKV-BM-9"],
            ["Steam spray pipe", "SKV-SP-12", "SKV-SP-12"],
            ["O-ring for spray pipe coupling", "SKV-OR-32", "SKV-OR-32"],
            ["Hood seal strip, set", "SKV-HS-6", "SKV-HS-9"],
            ["PT100 probe", "SKV-PT-100", "SKV-PT-100"],
            ["Steam reducing valve", "SKV-RV-50", "SKV-RV-65"],
            ["Header steam trap", "SKV-ST-15", "SKV-ST-15"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Hrimvald FT IQF tunnel freezers
HRIMVALD = [
    ("title", "Hrimvald FT Fluidised-Bed IQF Tunnel Freezers\nOperation and Maintenance Manual - FT-3 and FT-5"),
    (
        "p",
        "Document HFS-OM-FT-02, Edition 4, June 2025. Hrimvald Freezing Systems. The FT-3 and FT-5 are insulated "
        "tunnel freezers for individually quick frozen (IQF) vegetables. Zone 1 is a fluidised bed: cold air blown "
        "up through a perforated belt lifts the product so that each piece forms a frozen crust on its own. Zone 2 "
        "is a freezing belt where the pieces are frozen through. Axial fans blow the air through an ammonia "
        "evaporator coil. The two models differ in their length, fans and refrigeration demand and in the items "
        "named in this manual; everything else is built alike. The refrigeration plant (compressors, liquid "
        "ammonia pumps, valves and piping up to the coil connections), the ammonia detection system and the "
        "building floor heating are the site's and their contractors'; they are not described here.",
    ),
    (
        "warn",
        "WARNING: Air at -35 °C injures exposed skin within minutes. Entry into the tunnel only as set out in "
        "section 8. In an ammonia alarm leave the room at once and follow the site's ammonia emergency procedure.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FT-3", "FT-5"],
            ["Capacity, peas from +10 °C to -18 °C, evaporating at -40 °C", "3000 kg/h", "5000 kg/h"],
            ["Belt width, both zones", "1500 mm", "1500 mm"],
            ["Zone 1 (fluidised bed) length", "3.0 m", "5.0 m"],
            ["Zone 2 (freezing belt) length", "6.0 m", "10.0 m"],
            ["Zone 2 belt speed", "0.15-1.5 m/min", "0.25-2.5 m/min"],
            ["Retention time in zone 2", "4-40 min", "4-40 min"],
            ["Air temperature in production", "-32 to -36 °C", "-32 to -36 °C"],
            ["Refrigeration capacity needed at -40 °C evaporating (ammonia)", "350 kW", "580 kW"],
            ["Axial fans with frequency converters", "4 x 11 kW", "6 x 11 kW"],
            ["Water defrost, 10-20 °C", "12 m³/h, about 25 min", "18 m³/h, about 25 min"],
            ["Frame heaters (openings and doors)", "1.8 kW", "2.4 kW"],
            ["Installed power 400 V 3~ 50 Hz / supply fuse", "48 kW / 100 A", "71 kW / 160 A"],
            ["Outside dimensions L x W x H", "13.2 x 5.4 x 4.6 m", "19.2 x 5.4 x 4.6 m"],
            ["Insulation", "150 mm PUR panels", "150 mm PUR panels"],
            ["Mass", "14 000 kg", "19 000 kg"],
        ],
        (90, 40, 40),
    ),
    ("h", "2. Capacity by product"),
    (
        "table",
        [
            ["Product (infeed +10 °C, out -18 °C)", "FT-3", "FT-5"],
            ["Peas", "3000 kg/h", "5000 kg/h"],
            ["Sweetcorn kernels", "2700 kg/h", "4500 kg/h"],
            ["Diced carrots 10 mm", "2400 kg/h", "4000 kg/h"],
            ["Cut green beans 25 mm", "2100 kg/h", "3500 kg/h"],
            ["Broccoli florets 30-50 mm", "1500 kg/h", "2500 kg/h"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The capacities hold for surface-dewatered product entering at +10 °C or colder with the coil evaporating "
        "at -40 °C. For each 1 °C that the product enters above +10 °C the capacity falls by about 3 %; never feed "
        "product warmer than +20 °C. Capacities at other evaporating temperatures are not given in this manual. "
        "Fruit (berries, diced fruit) is not covered; ask Hrimvald before freezing it.",
    ),
    ("h", "3. Freezing settings and limits"),
    (
        "cols",
        [
            ("h", "Pull-down"),
            (
                "p",
                "From a warm tunnel the air reaches -30 °C in about 45 min (FT-3) or 60 min (FT-5). Never feed "
                "product before the air is at -30 °C or colder.",
            ),
            ("h", "Zone 1 air"),
            (
                "p",
                "Run the zone 1 fans at 70-100 % speed. Below 70 % the bed is not fluidised and the pieces freeze "
                "together; above the right speed the product blows over the side rails. For peas keep the bed "
                "between 40 and 80 mm deep.",
            ),
            ("h", "Retention"),
            (
                "p",
                "Retention time in zone 2 (min) = zone 2 length (m) / belt speed (m/min). Set the belt so that the "
                "outlet check below gives -18 °C or colder; shorter is not allowed.",
            ),
            ("h", "Outlet check"),
            (
                "p",
                "Every hour take at least 200 g from the outfeed, put it into an insulated cup, push in the probe "
                "thermometer and read after 2 min. The reading must be -18 °C or colder.",
            ),
            ("h", "Defrost"),
            (
                "p",
                "Defrost every 8 h of production or when the coil air pressure drop reaches 250 Pa (T06), whichever "
                "comes first. A clean coil shows about 120 Pa.",
            ),
            ("h", "Doors and alarms"),
            (
                "p",
                "A door may be open no longer than 60 s in production (T05). T07 warns when the air is warmer than "
                "-28 °C for 5 min in production.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["T01", "Emergency stop", "An emergency stop or the pull wire inside the tunnel is operated."],
            [
                "T02",
                "Person trapped",
                "The button inside the tunnel was pressed. Horn and beacon sound, fans and belts stop. Go and check "
                "at once.",
            ],
            ["T03", "Fan fault", "Fan motor or frequency converter fault; the fan number is shown."],
            ["T04", "Belt stopped", "Belt drive overload or no movement seen for 10 s (zone shown)."],
            ["T05", "Door open", "A door open longer than 60 s in production."],
            ["T06", "Coil pressure drop high", "250 Pa reached: the coil is icing. Defrost (section 7)."],
            ["T07", "Air temperature high", "Air warmer than -28 °C for 5 min in production."],
            [
                "T09",
                "Refrigeration not ready",
                "No ready signal from the refrigeration plant. Ask the engine room; the fans keep running.",
            ],
            ["T10", "Defrost water low", "Defrost water flow below 60 % of the nominal. Check the supply valve."],
            ["T11", "Frame heater fault", "A heater circuit open or its breaker tripped."],
            [
                "T12",
                "Ammonia alarm",
                "Signal from the site's ammonia detection: fans stop. Leave the room; the site's procedure applies.",
            ],
            ["T13", "Service due", "4000 h or 12 months since the last Hrimvald service, whichever comes first."],
        ],
        (16, 40, 114),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Product clumps together in zone 1",
                "Zone 1 fans below 70 %, bed too deep, or wet product from poor dewatering",
                "Raise the fan speed; reduce the feed; check the dewatering before the freezer",
            ],
            [
                "Product blows over the side rails",
                "Zone 1 fan speed too high for the product",
                "Reduce the zone 1 fan speed in steps of 5 %",
            ],
            [
                "Outlet warmer than -18 °C",
                "Infeed too warm, retention too short, coil iced or evaporating temperature too high",
                "Check the infeed temperature; slow the belt; defrost; ask the engine room",
            ],
            [
                "Coil ices faster than 8 h",
                "Surface water on the product, a door left open, infeed curtain torn",
                "Improve dewatering; close the doors; replace the curtain",
            ],
            [
                "Product frozen onto the belt",
                "Belt not dry after washing before pull-down",
                "Run the belt with the fans on and no refrigeration for 15 min before pull-down",
            ],
            [
                "Fog or ice at the infeed opening",
                "Frame heaters off (T11)",
                "Check the heater breakers",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "6. Start-up and pull-down"),
    (
        "ol",
        [
            "Check that nobody is inside the tunnel and both doors are closed and latched.",
            "Check that the belts are clean and dry and the drain valves are closed.",
            "Switch on the frame heaters.",
            "Ask the engine room for refrigeration; wait for the ready signal (T09 clears).",
            "Start the belts and then the fans at 100 %.",
            "Wait until the air is at -30 °C or colder: about 45 min (FT-3) or 60 min (FT-5).",
            "Set the zone 2 belt speed for the product and the zone 1 fans to 70-100 %.",
            "Start the feed and increase it over 10 min to the product's capacity.",
            "After 30 min take the first outlet check (section 3).",
        ],
    ),
    ("h", "7. Defrosting"),
    (
        "ol",
        [
            "Stop the feed and run the belts until they are empty.",
            "Select DEFROST. The control asks the engine room to close the liquid supply and pump out the coil.",
            "Wait for the coil to be pumped out (DEFROST READY, about 5 min).",
            "The fans stop and the defrost water valve opens for the set time, default 25 min.",
            "After the water, the coil drains for 5 min.",
            "The fans restart at 30 % for 5 min to blow off the water, then refrigeration restarts.",
            "Pull down to -30 °C again before restarting the feed.",
        ],
    ),
    ("h", "8. Entering the tunnel"),
    (
        "ol",
        [
            "Obtain the site's entry permit for the freezer.",
            "Stop the feed, the belts and the fans and lock out the freezer main switch with your own padlock.",
            "Ask the engine room to close the liquid supply to the coil.",
            "Wear clothing rated for -35 °C, gloves and a hat; take a radio.",
            "A second person stays at the door for the whole entry.",
            "Enter only through a door with a working inside release and person-trapped button.",
            "Stay inside no longer than 20 min at a time while the air is below -20 °C.",
            "When everyone is out, count the people, close the doors and remove the padlocks.",
        ],
    ),
    ("h", "9. Adjusting the zone 1 air"),
    (
        "ol",
        [
            "Run the product at the planned feed with the zone 1 fans at 85 %.",
            "Watch the bed through the inspection window at the end of zone 1.",
            "If pieces lie still or stick together, raise the fans by 5 % and wait 2 min.",
            "If pieces jump over the side rails, lower the fans by 5 % and wait 2 min.",
            "Stop when the whole bed moves like boiling water with no product over the rails.",
            "Store the speed in the product recipe.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every hour in production", "Outlet temperature check (section 3)"],
            ["8 h of production or 250 Pa, whichever comes first", "Defrost (section 7)"],
            ["Daily", "Wash the belts and the tunnel; check the door seals and the frame heaters"],
            ["Weekly", "Check fan vibration (no more than 4.5 mm/s) and the belt tension"],
            ["4000 h or 12 months, whichever comes first (T13)", "Hrimvald service: fans, bearings, belts, probes"],
            ["As the refrigeration contractor sets", "Coil valves, ammonia piping, relief valves"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FT-3", "FT-5"],
            ["Fan impeller, 11 kW", "HFS-FI-11", "HFS-FI-11"],
            ["Zone 2 belt, complete", "HFS-BZ-6", "HFS-BZ-10"],
            ["Zone 1 perforated belt", "HFS-BP-3", "HFS-BP-5"],
            ["Door seal", "HFS-DS-20", "HFS-DS-20"],
            ["Person-trapped button with lamp", "HFS-PT-01", "HFS-PT-01"],
            ["Air temperature probe PT100", "HFS-TP-100", "HFS-TP-100"],
            ["Frame heater cable, per metre", "HFS-FH-40", "HFS-FH-40"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Cubreto DV-250 vegetable dicer
CUBRETO = [
    ("title", "Cubreto DV-250 Vegetable Dicer\nOperating, Setting and Maintenance Manual"),
    (
        "p",
        "Document CCM-OM-DV250-05, Edition 5, February 2025. Cubreto Cutting Machines. The DV-250 cuts firm "
        "vegetables into dice, strips or slices. A six-paddle impeller throws the product against the slicing "
        "knife in the cutting head; the slices pass over the circular knife spindle, which cuts them into strips, "
        "and the crosscut knife spindle then cuts the strips into dice. Changing the slicing gate, the circular "
        "knife spindle and the crosscut spindle changes the cut. The infeed conveyor, the blancher and the "
        "grader after the dicer have their own manuals. Knives are sharpened only by the Cubreto knife service "
        "(CKS); sharpening is not described in this manual.",
    ),
    (
        "warn",
        "WARNING: The knives are extremely sharp and the impeller runs on after the stop. Never open the "
        "impeller cover before the cover lock has released. Wear cut-resistant gloves when handling knives and "
        "spindles.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DV-250"],
            ["Largest product piece, any direction", "120 mm"],
            ["Impeller diameter / paddles / speed", "420 mm / 6 / 350 rpm"],
            ["Slice thickness (slicing gate)", "3-25 mm"],
            ["Circular knife spindles (strip width)", "6, 8, 10, 12, 15, 20 mm"],
            ["Crosscut spindles (dice length)", "6, 8, 10, 12, 15, 20 mm"],
            ["Main motor 400 V 3~ 50 Hz, with brake", "7.5 kW, 14.5 A"],
            ["Supply fuse", "25 A gG"],
            ["Knife spray water (starchy products)", "0.3 m³/h at 2 bar"],
            ["Gearbox oil, food grade H1, ISO VG 220", "1.2 L"],
            ["Impeller stop time with the brake", "no more than 12 s"],
            ["Noise at 1 m, cutting carrots", "84 dB(A)"],
            ["Mass", "1150 kg"],
        ],
        (110, 60),
    ),
    ("h", "2. Capacity by cut"),
    (
        "table",
        [
            ["Cut", "Capacity, fresh carrots 5-15 °C"],
            ["Dice 6 mm", "up to 2000 kg/h"],
            ["Dice 10 mm", "up to 4000 kg/h"],
            ["Dice 15 mm", "up to 5500 kg/h"],
            ["Strips 10 x 10 mm", "up to 5000 kg/h"],
            ["Slices 5 mm", "up to 6000 kg/h"],
        ],
        (110, 60),
    ),
    (
        "p",
        "The capacities hold for fresh carrots at 5-15 °C with sharp knives. For potatoes, celeriac and swede "
        "take 80 % of these figures. Soft products (courgettes, peppers, ripe fruit) are not covered; ask Cubreto "
        "before cutting them.",
    ),
    ("h", "3. Crosscut spindles"),
    (
        "table",
        [
            ["Dice length", "Knives on the crosscut spindle", "Spindle part number"],
            ["6 mm", "40", "CCM-XS-06"],
            ["8 mm", "30", "CCM-XS-08"],
            ["10 mm", "24", "CCM-XS-10"],
            ["12 mm", "20", "CCM-XS-12"],
            ["15 mm", "16", "CCM-XS-15"],
            ["20 mm", "12", "CCM-XS-20"],
        ],
        (50, 70, 50),
    ),
    ("h", "4. Safety"),
    (
        "ul",
        [
            "Only persons trained by the site on this machine may set or clean it.",
            "The cover lock releases only when the speed sensor has seen the impeller at standstill. If the lock "
            "does not release, never force it; lock out and call maintenance.",
            "Wear hearing protection near the running dicer.",
            "Stones and metal in the product damage the knives and can be thrown out of the chute: the stone "
            "trap and metal detector before the dicer must be in service.",
            "Lift the cutting head and spindles only with the lifting aid supplied; the cutting head weighs 38 kg.",
        ],
    ),
    ("h", "5. Cut settings and limits"),
    (
        "cols",
        [
            ("h", "Cube rule"),
            (
                "p",
                "For a cube the slice thickness, the circular knife spacing and the dice length are the same. "
                "Set the slicing gate to the spacing of the circular spindle fitted; a slice thicker than the "
                "strip width by more than 1 mm gives slivers.",
            ),
            ("h", "Dice length"),
            (
                "p",
                "The crosscut spindle turns once for each 240 mm of strip fed, so dice length (mm) = 240 mm / number "
                "of crosscut knives. Example: 24 knives give 10 mm.",
            ),
            ("h", "Knife clearances"),
            (
                "p",
                "Circular knives to the stripper plate: 0.1-0.2 mm. Crosscut knives to the shear edge: 0.05-0.10 "
                "mm, set with the feeler gauge in the tool case.",
            ),
            ("h", "Product"),
            (
                "p",
                "Feed only product between 0 °C and 20 °C. Never feed frozen or partly frozen product: the knives "
                "chip. The feed must be even; overfeeding stops the dicer with D04.",
            ),
            ("h", "Fines"),
            (
                "p",
                "Fines (%) = mass through a 5 mm sieve / sample mass x 100, on a sample of at least 1 kg of 10 mm "
                "dice. More than 6 % means dull knives or a wrong slicing gate. Sieves for other cut sizes are set "
                "by the site's quality department.",
            ),
            ("h", "Knife life"),
            (
                "p",
                "Change the slicing knife after 8 h of cutting or sooner when the fines exceed 6 %, whichever comes "
                "first (D11 counts the hours). Change the circular and crosscut knives every 40 h of cutting.",
            ),
        ],
    ),
    ("h", "6. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["D01", "Emergency stop", "An emergency stop is pressed. Release it and press RESET."],
            ["D02", "Impeller cover open", "Cover open or its lock switch faulty. The dicer cannot start."],
            ["D03", "Cutting head not locked", "Discharge guard open or the cutting head clamp not closed."],
            [
                "D04",
                "Main motor overload",
                "Overfeeding, a stone jammed in the cutting head, or dull knives. Lock out and clear.",
            ],
            ["D06", "Infeed hopper full", "Product backing up in the hopper; the feed conveyor stops."],
            [
                "D07",
                "Crosscut spindle stalled",
                "Speed sensor sees no rotation: shear pin broken or spindle jammed. Replace the shear pin "
                "CCM-SP-06.",
            ],
            ["D08", "Motor temperature", "PTC in the main motor tripped. Let it cool; check the fan cover."],
            ["D09", "Brake fault", "Impeller not stopped within 12 s. Do not open the cover; call maintenance."],
            ["D10", "Gearbox oil low", "Oil level switch open. Top up with H1 oil ISO VG 220."],
            ["D11", "Knife hours", "8 h of cutting on the slicing knife. Change it (section 8)."],
        ],
        (16, 44, 110),
    ),
    ("h", "7. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Long strips instead of dice",
                "Crosscut spindle not turning: shear pin broken (D07)",
                "Replace the shear pin; check the spindle turns freely",
            ],
            [
                "Dice of uneven length",
                "A crosscut knife missing or crosscut clearance above 0.10 mm",
                "Check the knives; set the clearance (section 10)",
            ],
            [
                "Many slivers and fines",
                "Slicing gate thicker than the strip width, or a dull slicing knife",
                "Set the gate to the spacing; change the slicing knife",
            ],
            [
                "Crushed or mashed dice",
                "Dull circular knives, or product too warm or too soft",
                "Change the circular knives; cool the product below 20 °C",
            ],
            [
                "Heavy vibration",
                "Impeller paddle damaged, or a stone in the cutting head",
                "Lock out and inspect the impeller and the head",
            ],
            [
                "D04 when cutting potatoes",
                "Feed rate above 80 % of the carrot figure",
                "Reduce the feed",
            ],
        ],
        (55, 60, 55),
    ),
    ("h", "8. Replacing the slicing knife"),
    (
        "ol",
        [
            "Stop the dicer, wait for the cover lock to release and lock out the main switch.",
            "Open the impeller cover and swing the cutting head out.",
            "Put on cut-resistant gloves.",
            "Loosen the three knife clamp screws with the 5 mm hex key; do not remove them.",
            "Slide the old knife out sideways and put it into the knife box.",
            "Clean the knife seat; check it for product build-up.",
            "Slide in a new knife CCM-SK-250 with the bevel facing the impeller, against the two stop pins.",
            "Tighten the clamp screws to 9 Nm, middle screw first.",
            "Set the slicing gate to the slice thickness with the gate gauge.",
            "Swing the cutting head in, close the cover and reset the knife hours (D11).",
        ],
    ),
    ("h", "9. Changing the cut size"),
    (
        "ol",
        [
            "Stop, wait for the cover lock and lock out the main switch.",
            "Open the discharge guard and release the spindle housing clamp.",
            "Pull out the circular knife spindle with the lifting aid and place it in its stand.",
            "Pull out the crosscut spindle in the same way.",
            "Fit the circular spindle for the new strip width and the crosscut spindle for the new dice length "
            "(section 3).",
            "Set the circular knife clearance to the stripper plate, 0.1-0.2 mm.",
            "Set the crosscut clearance (section 10).",
            "Set the slicing gate to the same size for cubes.",
            "Close the clamp and the guard, turn the spindles by hand one revolution and start the dicer empty "
            "for 1 min before feeding.",
        ],
    ),
    ("h", "10. Setting the crosscut knife clearance"),
    (
        "ol",
        [
            "Lock out; open the discharge guard.",
            "Turn the crosscut spindle by hand until a knife is at the shear edge.",
            "Slide the 0.05 mm feeler blade between the knife and the shear edge: it must go in.",
            "Slide the 0.10 mm blade: it must not go in.",
            "If needed, loosen the two shear edge screws and move the shear edge with the adjusting screw.",
            "Tighten the shear edge screws to 15 Nm and check three knives round the spindle.",
        ],
    ),
    ("h", "11. Daily cleaning"),
    (
        "ol",
        [
            "Run the dicer empty for 1 min after the last product to clear the cutting head.",
            "Stop, wait for the cover lock to release and lock out the main switch.",
            "Open the impeller cover and the discharge guard; swing the cutting head out.",
            "Remove the circular and crosscut spindles and put them in their stands.",
            "Rinse the impeller housing, the cutting head and the spindles with water at no more than 10 bar and "
            "no hotter than 60 °C; never aim the jet at the motor or the bearing seals.",
            "Foam with the site's cleaner, leave it for the time its data sheet gives and rinse.",
            "Check every knife for chips and the impeller paddles for cracks; report damage before refitting.",
            "Refit the spindles dry, close the covers and leave the dicer locked out until production.",
        ],
    ),
    ("h", "12. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Daily cleaning (section 11); check the knives and the impeller paddles"],
            ["8 h of cutting (D11)", "Change the slicing knife"],
            ["40 h of cutting", "Change the circular and crosscut knives; grease the spindle bearings with H1 "
             "grease, 2 strokes each"],
            ["2000 h", "Change the gearbox oil, 1.2 L H1 ISO VG 220"],
            ["12 months", "Cubreto service: brake and cover lock test, bearings"],
        ],
        (70, 100),
    ),
    ("h", "13. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Slicing knife (box of 10)", "CCM-SK-250"],
            ["Circular knife, set for one spindle", "CCM-CK-(spacing), e.g. CCM-CK-10"],
            ["Crosscut knife, set for one spindle", "CCM-XK-(length), e.g. CCM-XK-10"],
            ["Shear pin, crosscut drive", "CCM-SP-06"],
            ["Impeller paddle", "CCM-IP-420"],
            ["Stripper plate", "CCM-ST-250"],
            ["Feeler gauge set 0.05-0.20 mm", "CCM-FG-01"],
        ],
        (110, 60),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("rinsholt-wf-vegetable-washer-and-flume.pdf", "Rinsholt RPS-OM-WF-04 Ed 3 - WF-1200 / WF-1800", RINSHOLT),
        ("skaldvik-bl-steam-blancher.pdf", "Skaldvik SKV-OM-BL-07 Ed 2 - BL-6 / BL-9", SKALDVIK),
        ("hrimvald-ft-iqf-tunnel-freezer.pdf", "Hrimvald HFS-OM-FT-02 Ed 4 - FT-3 / FT-5", HRIMVALD),
        ("cubreto-dv-vegetable-dicer.pdf", "Cubreto CCM-OM-DV250-05 Ed 5 - DV-250", CUBRETO),
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
