"""Generate the PDF manuals of the hundred-and-sixty-seventh set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set167-scratch/venv && /tmp/set167-scratch/venv/bin/pip install fpdf2 pypdf
    /tmp/set167-scratch/venv/bin/python knowledge/samples/hundredsixtyseventh/make_pdfs.py

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




# ---------------------------------------------------------------- Skarnvale DV deluge valve skids
SKARNVALE = [
    ("title", "Skarnvale DV Deluge Valve Skids\nOperation and Maintenance Manual - DV-100 and DV-150"),
    (
        "p",
        "Document SKV-OM-DV-04, Edition 3, March 2025. Skarnvale Fire Systems. The DV-100 and DV-150 are "
        "pre-assembled deluge valve skids for the fire water ring main of offshore installations. Each skid holds "
        "a diaphragm type deluge valve, an upstream and a downstream butterfly isolation valve (both locked open in "
        "service), the priming line with its strainer, restriction orifice and check valve, the release trim "
        "(24 V DC solenoid valve and manual release valve), the alarm pressure switch, the main drain and test drain "
        "valves, two pressure gauges and the local panel DVP-2. Apart from the size and the items named in this "
        "manual the DV-100 (DN100) and DV-150 (DN150) are built alike.",
    ),
    (
        "p",
        "The skid opens the water supply to one deluge zone. The nozzle layout, the design density and the "
        "hydraulic calculation of each zone are the work of the installation's fire protection design contractor "
        "and are not part of this manual. The release signal comes from the fire and gas (F&G) system; its cause "
        "and effect logic belongs to the F&G vendor's documents. The pressure of the ring main is held by the fire "
        "water pumps and the jockey pump, which have manuals of their own.",
    ),
    (
        "warn",
        "WARNING: Closing an isolation valve or setting the panel to TEST takes the deluge zone out of service. "
        "Work on the skid only under the site's fire system impairment permit and tell the control room before "
        "and after. When the valve opens, all open nozzles of the zone discharge at once.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DV-100", "DV-150"],
            ["Nominal size", "DN100 (4 in)", "DN150 (6 in)"],
            ["End connections", "ASME B16.5 Class 150 RF", "ASME B16.5 Class 150 RF"],
            ["Working pressure at the valve inlet", "1.4-16 bar", "1.4-16 bar"],
            ["Hydrostatic test pressure of the assembled skid", "24 bar", "24 bar"],
            ["Valve flow coefficient Kv (m³/h at 1 bar pressure loss)", "165", "380"],
            ["Maximum flow", "150 m³/h", "340 m³/h"],
            ["Release time, solenoid signal to D05 (7 bar supply)", "no more than 15 s", "no more than 20 s"],
            ["Priming line restriction orifice", "2.4 mm", "3.2 mm"],
            ["Main drain valve", "DN40", "DN50"],
            ["Diaphragm cover bolts, torque", "8 x M12, 50 Nm", "12 x M16, 95 Nm"],
            ["Valve body / trim and priming line", "Nickel aluminium bronze / super duplex UNS S32760",
             "Nickel aluminium bronze / super duplex UNS S32760"],
            ["Solenoid valve", "24 V DC, 11 W, energise to release", "24 V DC, 11 W, energise to release"],
            ["Skid dimensions L x W x H", "1150 x 760 x 1480 mm", "1320 x 860 x 1620 mm"],
            ["Skid mass, dry / filled", "325 kg / 360 kg", "470 kg / 540 kg"],
            ["Ambient temperature, skid filled", "4-60 °C", "4-60 °C"],
        ],
        (74, 48, 48),
    ),
    (
        "p",
        "Pressure loss across the deluge valve: Delta p (bar) = (Q (m³/h) / Kv)². Example: a DV-100 flowing 120 m³/h "
        "loses (120 / 165)² = 0.53 bar. The formula holds for sea water or fresh water between 5 °C and 30 °C and "
        "for the valve alone; the isolation valves and the skid pipework add about 0.1 bar at the maximum flow. The "
        "release times hold at a supply pressure of 7 bar with the release trim as delivered; at supply pressures "
        "below 4 bar they may be up to 50 % longer.",
    ),
    ("h", "2. How the valve works"),
    (
        "p",
        "The diaphragm is held on the seat by the water pressure in the priming chamber above it, fed from the "
        "valve inlet through the priming strainer, the restriction orifice and a check valve. The release trim "
        "vents the priming chamber faster than the orifice can refill it, so the supply pressure lifts the "
        "diaphragm and water flows to the zone and to the alarm line (D05).",
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Supply and priming pressure"),
            (
                "p",
                "With the valve set, the priming gauge must read the same as the supply gauge within 0.3 bar, or "
                "higher (see section 2). A priming pressure more than 0.3 bar below the supply points to a leak in "
                "the release trim or a partly blocked priming strainer. The panel shows D04 when the priming "
                "pressure stays below 80 % of the supply pressure for 30 s.",
            ),
            ("h", "Low supply alarm"),
            (
                "p",
                "D03 shows when the supply pressure stays below 7.0 bar for 60 s. The set point can be changed "
                "between 4 and 10 bar in the panel menu (SET > SUPPLY LOW); 7.0 bar is the factory setting. The "
                "skid does not control the ring main pressure.",
            ),
            ("h", "Alarm pressure switch"),
            (
                "p",
                "The switch closes on rising pressure at 0.7 bar in the alarm line and opens again below 0.4 bar. "
                "There is no time delay.",
            ),
            ("h", "Release"),
            (
                "p",
                "Automatic: the F&G system energises the solenoid valve (24 V DC, line monitored by the panel). "
                "Manual at the skid: pull the red handle of the manual release valve and turn it 90°; the handle "
                "stays open until it is reset and the panel shows D09. Remote manual release stations are part of "
                "the F&G system.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "A filled skid must be kept at 4 °C or above. Heat tracing and insulation, where the skid stands "
                "outdoors, are supplied and looked after by the site. The water temperature must not exceed 40 °C.",
            ),
            ("h", "Panel supply"),
            ("p", "24 V DC from the site's UPS, with two 12 V 7 Ah batteries; at least 24 h on battery."),
            ("warn", "Never drill out a restriction orifice or swap orifices between a DV-100 and a DV-150."),
        ],
    ),
    ("h", "4. Panel messages"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["D01", "Solenoid circuit open", "Coil or field cable open circuit. Check the plug and the cable; "
             "measure the coil (about 52 ohm)."],
            ["D02", "Solenoid circuit short", "Short circuit in the coil or cable. The panel cannot release "
             "the valve: report as impairment at once."],
            ["D03", "Supply pressure low", "Supply below the set point (7.0 bar) for 60 s. Check the upstream "
             "isolation valve and the ring main pressure."],
            ["D04", "Priming pressure low", "Priming below 80 % of supply for 30 s. Clean the priming strainer "
             "and orifice (section 8); look for a leak in the trim."],
            ["D05", "Valve open", "Alarm pressure switch closed. Water is flowing to the zone."],
            ["D06", "Upstream valve not open", "Upstream isolation valve not fully open (limit switch)."],
            ["D07", "Downstream valve not open", "Downstream isolation valve not fully open. Suppressed in "
             "TEST mode."],
            ["D09", "Manual release operated", "Red handle pulled. Reset the handle, then reset the valve."],
            ["D10", "Battery low", "Battery below 22.8 V. Check the 24 V supply; replace the batteries if "
             "they do not recover within 24 h."],
            ["D11", "Earth fault", "Earth fault on the field wiring. Find it before the next trip test."],
            ["D12", "Test mode", "Key switch in TEST. The zone is out of service."],
        ],
        (16, 46, 108),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Valve opens by itself with no release signal and no D09",
                "Priming strainer or restriction orifice blocked, so a small leak in the release trim is no "
                "longer made up; solenoid valve or manual release valve seat leaking",
                "Clean the priming strainer and the orifice (section 8); check the trim outlets for a trickle "
                "and replace a leaking solenoid valve",
            ],
            [
                "Water keeps dripping from the intermediate chamber drip check",
                "Diaphragm damaged or dirt on the seat",
                "Reset the valve again; if the drip continues replace the diaphragm (section 9)",
            ],
            [
                "Valve will not reset, water keeps flowing to the main drain",
                "Priming line isolating valve closed, manual release handle not reset, or debris under the "
                "diaphragm",
                "Repeat the reset (section 6); inspect the seat if it still fails",
            ],
            [
                "Release time in the trip test too long",
                "Supply below 7 bar, wrong orifice fitted, solenoid exhaust partly blocked",
                "Check the supply, the orifice marking (2.4 or 3.2) and the solenoid exhaust",
            ],
            [
                "No D05 although water flows from the test drain",
                "Alarm line valve closed, alarm line strainer blocked or pressure switch faulty",
                "Open and lock the alarm line valve; clean the strainer; test the switch",
            ],
            [
                "Priming gauge reads higher than supply gauge",
                "Ring main pressure has dropped; the check valve holds the priming pressure",
                "Normal, no action",
            ],
        ],
        (52, 66, 52),
    ),
    ("h", "6. Resetting the valve after an operation"),
    (
        "ol",
        [
            "Confirm with the control room that the release signal from the F&G system has been reset and that the "
            "zone may be reset.",
            "Close the upstream isolation valve. The zone is now impaired: work under the impairment permit.",
            "Open the main drain valve and let the skid drain. Leave it open.",
            "If the manual release was used, close the manual release valve and turn the red handle back to SET.",
            "Open the priming line isolating valve.",
            "Open the upstream isolation valve slowly by a few degrees until water flows from the main drain. The "
            "priming chamber fills and the diaphragm seats; the flow at the main drain stops within about 30 s.",
            "When the priming gauge shows the same pressure as the supply gauge, close the main drain valve.",
            "Open the upstream isolation valve fully and lock it open; D06 clears.",
            "Press the plunger of the intermediate chamber drip check: no water must come out.",
            "Press RESET on the panel. The green SET lamp lights when no message is left.",
            "Tell the control room and close the impairment permit.",
        ],
    ),
    ("h", "7. Dry trip test"),
    (
        "ol",
        [
            "Get the impairment permit and tell the control room; the alarm bell and the F&G alarm will sound.",
            "Close the downstream isolation valve and turn the key switch to TEST; D12 shows.",
            "Open the test drain valve between the deluge valve and the downstream isolation valve.",
            "Read the supply gauge: the release times of section 1 need at least 7 bar.",
            "Press and hold RELEASE TEST for 2 s and start a stopwatch.",
            "Stop the watch when D05 shows. The time must be no more than 15 s (DV-100) or no more than 20 s (DV-150).",
            "Check that water flows from the test drain.",
            "Reset the valve (section 6, steps 2 to 10).",
            "Close the test drain, open the downstream isolation valve fully and lock it open.",
            "Turn the key switch to NORMAL; D12 clears. Record the time and the supply pressure.",
        ],
    ),
    ("h", "8. Cleaning the priming strainer and the restriction orifice"),
    (
        "ol",
        [
            "Tell the control room. The valve stays set while the check valve holds the priming pressure, so work "
            "without delay and do not touch the release trim.",
            "Close the priming line isolating valve.",
            "Unscrew the strainer cap and take out the element SKV-PS-04. Clean it in fresh water with a soft "
            "brush; replace it if the mesh is torn.",
            "Undo the orifice union and check the bore with a drill shank: 2.4 mm (DV-100) or 3.2 mm (DV-150). "
            "Clear deposits with a soft wire only.",
            "Refit both with new O-rings and open the priming line isolating valve.",
            "Within 5 min the priming gauge must read the supply pressure within 0.3 bar.",
        ],
    ),
    ("h", "9. Replacing the diaphragm"),
    (
        "ol",
        [
            "Under the impairment permit close both isolation valves, open the main drain and the test drain, and "
            "open the manual release valve to empty the priming chamber.",
            "Undo the priming line union at the diaphragm cover.",
            "Remove the cover bolts crosswise and lift off the cover. The DV-150 cover weighs 28 kg: use the "
            "lifting eye.",
            "Take out the diaphragm and clean the seat. A scored or pitted seat is repaired by Skarnvale service only.",
            "Fit the new diaphragm with the side marked TOP towards the cover and align the bolt holes.",
            "Refit the cover and tighten the bolts crosswise in three steps to 50 Nm (DV-100) or 95 Nm (DV-150).",
            "Reconnect the priming line, close the manual release valve and reset the valve (section 6).",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read both gauges (equal within 0.3 bar); check the isolation valves are locked open; no "
             "message on the panel"],
            ["Monthly", "Drip check plunger; panel lamp test"],
            ["Quarterly", "Alarm line test with the alarm test valve: D05 and the site's bell within 30 s"],
            ["6 months", "Clean the priming strainer and the orifice (section 8)"],
            ["12 months", "Dry trip test (section 7); check the bolts and the skid frame for corrosion"],
            ["4 years", "Replace the panel batteries SKV-BT-07"],
            ["5 years or after 3 operations, whichever comes first", "Replace the diaphragm (section 9) and the "
             "release trim seals"],
            ["As the site's fire water test programme decides", "Full flow test through the nozzles of the zone"],
        ],
        (62, 108),
    ),
    ("h", "11. Safety notes"),
    (
        "ul",
        [
            "Before a test, clear the deluge zone of people and of equipment that water could damage.",
            "The solenoid valve is not repaired on site. Replace it complete (SKV-SV-24) and test the release "
            "afterwards.",
            "Never leave the skid with an isolation valve closed, the key switch in TEST or the main drain open at "
            "the end of a shift.",
        ],
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "DV-100", "DV-150"],
            ["Diaphragm", "SKV-DV-D100", "SKV-DV-D150"],
            ["Release trim seal kit", "SKV-SK-100", "SKV-SK-150"],
            ["Solenoid valve 24 V DC, complete", "SKV-SV-24", "SKV-SV-24"],
            ["Priming strainer element", "SKV-PS-04", "SKV-PS-04"],
            ["Restriction orifice", "SKV-RO-24", "SKV-RO-32"],
            ["Alarm pressure switch", "SKV-PSW-07", "SKV-PSW-07"],
            ["Pressure gauge 0-25 bar", "SKV-PG-25", "SKV-PG-25"],
            ["Panel batteries, 2 x 12 V 7 Ah", "SKV-BT-07", "SKV-BT-07"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Oldermoor SX pedestal crane slew systems
OLDERMOOR = [
    ("title", "Oldermoor SX Slew Systems for Pedestal Cranes\nMaintenance Manual - SX-35 and SX-60"),
    (
        "p",
        "Document OLM-MM-SX-11, Edition 1, January 2025. Oldermoor Offshore Cranes. This manual covers the slew "
        "system of the Oldermoor electro-hydraulic pedestal cranes: the SX-35 on the OPC-35 crane (35 t safe "
        "working load) and the SX-60 on the OPC-60 crane (60 t safe working load). The slew system is the "
        "three-row roller slew bearing with external teeth, the slew drives (hydraulic motor, planetary gearbox, "
        "spring-applied multi-disc brake and pinion), the slew encoder with the sector limits, and the lubrication "
        "of the bearing and the open gear. Operating the crane, the load charts, the wind and sea state limits for "
        "lifts, the boom hoist and the main and auxiliary hoists are in the crane's operating manual OLM-OM-OPC, not "
        "here.",
    ),
    (
        "warn",
        "WARNING: Before any work on the slew system, park the boom in its rest, isolate and lock out the crane "
        "power pack and release the stored pressure. The slew brake lines can hold pressure after the power pack "
        "has stopped. Never put a hand or a tool between a pinion and the ring gear.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "SX-35", "SX-60"],
            ["Crane, safe working load", "OPC-35, 35 t", "OPC-60, 60 t"],
            ["Slew bearing raceway diameter", "2240 mm", "2850 mm"],
            ["Slew bearing bolts (each ring), grade 10.9", "60 x M36", "72 x M42"],
            ["Bolt pretension (hydraulic tensioner)", "510 kN", "700 kN"],
            ["Tensioner and pressure for that pretension", "OLM-HT-36 at 1380 bar", "OLM-HT-42 at 1420 bar"],
            ["Number of slew drives", "2", "3"],
            ["Hydraulic motor displacement", "80 cm³", "107 cm³"],
            ["Planetary gearbox ratio", "1:128", "1:145"],
            ["Pinion", "15 teeth, module 18", "15 teeth, module 22"],
            ["Slew speed, stepless", "0-1.0 rpm", "0-0.8 rpm"],
            ["Slew relief pressure", "280 bar", "300 bar"],
            ["Brake fully released at", "20 bar", "22 bar"],
            ["Static brake torque at the gearbox output", "95 kNm", "140 kNm"],
            ["Gearbox oil per gearbox, ISO VG 220 PAO", "9 L", "12 L"],
            ["Slew bearing grease points", "8", "12"],
            ["Tilt clearance when new (commissioning baseline)", "0.4-0.7 mm", "0.5-0.9 mm"],
            ["Allowed increase of the tilt clearance over the baseline", "1.2 mm", "1.5 mm"],
            ["Pinion backlash at the green teeth", "0.6-1.0 mm", "0.8-1.3 mm"],
            ["Gearbox flange bolts, torque", "M20, 560 Nm", "M24, 970 Nm"],
        ],
        (80, 45, 45),
    ),
    (
        "p",
        "Slew bearing grease: lithium complex EP grease NLGI 2, water resistant (Oldermoor OLM-GR-2). Open gear: "
        "adhesive open gear lubricant OLM-OG-5, sprayed. Gearbox oil: synthetic PAO gear oil ISO VG 220; never mix "
        "it with mineral gear oil.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Work at height on the crane only with the fall protection named in the site's work permit.",
            "The slew system must never be used to drag a load sideways or to free a snagged load.",
            "The annual thorough examination of the crane is carried out by the site's certifying authority. This "
            "manual gives the slew system checks Oldermoor asks for; it does not replace that examination.",
            "Replacing or regrinding the slew bearing, and work on the bearing raceways, are done by Oldermoor "
            "service only. The bearing change needs the crane to be lifted off the pedestal, which is planned "
            "with the site.",
            "Keep the green marking on the ring gear teeth visible; repaint it after blasting or painting.",
        ],
    ),
    ("h", "3. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Speeds and ramps"),
            (
                "p",
                "The slew speed is set by the lever travel. Acceleration ramp 4 s and deceleration ramp 5 s from full "
                "speed. The ramps are set in the crane controller by Oldermoor service and are not changed on site.",
            ),
            ("h", "Brake"),
            (
                "p",
                "The brake is applied by springs and released by pilot pressure. It applies 0.5 s after the lever "
                "has returned to neutral and the slew speed has reached zero. In neutral the release pressure must "
                "fall to 0 bar within 1 s; a pressure that stays above 5 bar lets the crane drift.",
            ),
            ("h", "Wind"),
            (
                "p",
                "The slew drives are sized to slew at the safe working load against a mean wind of 20 m/s on the "
                "boom and load. Whether a lift may be made in a given wind is decided by the crane's operating "
                "manual and the site's lifting procedures.",
            ),
            ("h", "Cold weather"),
            (
                "p",
                "Ambient temperature for slewing: -20 °C to +45 °C. Below -10 °C run the power pack warm-up of the "
                "crane manual first and slew at no more than half speed for the first 10 min.",
            ),
            ("h", "Sector limits"),
            (
                "p",
                "The slew encoder gives the slew angle. Up to four no-slew sectors can be set (for example over the "
                "living quarters or the flare). The crane slows down 10° before a sector limit and stops at the "
                "limit (S02, S03). The override key lets the crane slew into a sector at 10 % speed for maintenance "
                "only (S05).",
            ),
            ("h", "Temperatures and pressures"),
            (
                "p",
                "Gearbox oil temperature normally 40-70 °C; S08 at 90 °C. Slew motor case drain pressure no more than "
                "3 bar (S11 above). S06 shows when the slew pressure stays within 10 bar of the relief setting for "
                "5 s.",
            ),
            ("warn", "A crane that drifts with the lever in neutral must not be used until the brake has been checked."),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["S01", "Slew encoder fault", "Encoder signal lost or implausible. Sector limits are not active: "
             "slew only at reduced speed with a banksman."],
            ["S02", "Left sector limit", "Crane at the left limit of a no-slew sector. Slew back."],
            ["S03", "Right sector limit", "As S02, right limit."],
            ["S04", "Brake pressure low", "Brake release pressure below 18 bar when slewing is asked for. "
             "Check the pilot pressure and the brake valve."],
            ["S05", "Sector override", "Override key switched on. Remove the key after maintenance."],
            ["S06", "Slew pressure high", "Slew pressure near the relief setting for 5 s: the slew is blocked "
             "or the load is swinging. Stop slewing and find the cause."],
            ["S08", "Gearbox oil hot", "Gearbox oil at 90 °C. Check the oil level and a dragging brake."],
            ["S09", "Grease pump fault", "Automatic slew ring lubrication (option) not delivering. Grease by hand "
             "until repaired."],
            ["S10", "Brake not released", "Brake pressure switch not made within 1 s of the slew command."],
            ["S11", "Case drain pressure", "Motor case drain above 3 bar. Check the drain line and its filter."],
            ["S12", "Service due", "Grease or bolt check due by the counter. The crane still works."],
        ],
        (16, 42, 112),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Crane turns slowly with the wind while the lever is in neutral",
                "Brake not fully applied: release pressure not falling (brake valve sticking) or worn brake discs",
                "Check that the brake release pressure falls to 0 bar within 1 s; do the brake holding test "
                "(section 10); brake disc pack by Oldermoor service",
            ],
            [
                "Jerky slewing at low speed",
                "Air in the slew motors after work on the hydraulics, or low pilot pressure",
                "Bleed the motors at the case drain; check the pilot pressure",
            ],
            [
                "Knocking or cracking from the slew bearing when slewing with a load",
                "Lack of grease, loose bearing bolts or raceway damage",
                "Grease at once; check the bolts (section 9) and the tilt clearance (section 7); stop the crane and "
                "call Oldermoor if the noise stays",
            ],
            [
                "Pitting or shiny marks on one edge of the pinion teeth",
                "Backlash too small or the drive misaligned",
                "Check the backlash at the green teeth (section 8)",
            ],
            [
                "Old grease pushed out of the bearing seal in a small collar",
                "Normal purging when greasing",
                "No action unless the seal lip is displaced",
            ],
            [
                "S08 after long slewing",
                "Low oil level, mineral oil mixed in, or a dragging brake",
                "Check the level and the oil; check the brake release pressure",
            ],
        ],
        (52, 64, 54),
    ),
    ("h", "6. Greasing the slew bearing"),
    (
        "p",
        "Grease the bearing weekly or after every 50 h of slewing, whichever comes first, and before and after a "
        "long shutdown. Pump 40 g into each grease point (8 on the SX-35, 12 on the SX-60) while slewing the crane "
        "slowly through at least one full turn, or through the whole free sector where no-slew sectors are set. A "
        "small collar of old grease at the seal shows the bearing is full.",
    ),
    ("h", "7. Measuring the slew bearing tilt clearance (rocking test)"),
    (
        "ol",
        [
            "Slew the crane to position A (marker on the pedestal, boom over the marker) on a calm day.",
            "Fit a magnetic base dial gauge (0.01 mm) on the pedestal flange, within 100 mm of the bolt circle, with "
            "the probe on the lower face of the slewing platform.",
            "Raise the boom fully with no load on the hook (backward moment) and set the gauge to zero.",
            "Lower the boom to its maximum radius and lift a test load just clear of the deck: 9 t on the OPC-35 or "
            "15 t on the OPC-60 (forward moment). Read the gauge.",
            "Land the load and raise the boom fully again. The gauge must return to within 0.05 mm of zero; if not, "
            "repeat the measurement.",
            "Repeat at the positions B, C and D, 90° apart.",
            "The tilt clearance is the reading under the forward moment. Take the largest of the four.",
            "Wear = largest tilt clearance - baseline at the same position (commissioning record). If the wear is "
            "more than 1.2 mm (SX-35) or 1.5 mm (SX-60), take the crane out of service and call Oldermoor service.",
            "If the wear is more than half the allowed value, measure every 6 months instead of every 12 months.",
            "Record the readings. Take a grease sample at the purge points for the iron content; the analysis "
            "laboratory is chosen by the site.",
        ],
    ),
    ("h", "8. Checking the pinion backlash"),
    (
        "ol",
        [
            "Find the high point of the ring gear: three teeth marked green.",
            "Slew until the green teeth engage the first pinion, then isolate the crane.",
            "Measure the backlash with a feeler gauge or a lead wire: 0.6-1.0 mm (SX-35) or 0.8-1.3 mm (SX-60).",
            "If it is outside the range, loosen the gearbox flange bolts, turn the eccentric gearbox housing with "
            "the adjusting screw and measure again.",
            "Tighten the gearbox flange bolts crosswise to 560 Nm (SX-35) or 970 Nm (SX-60).",
            "Repeat for every pinion. Check the contact pattern with marking paint: at least 70 % of the tooth width.",
        ],
    ),
    ("h", "9. Checking the slew bearing bolts"),
    (
        "ol",
        [
            "Check after the first 3 months of service and then every 12 months.",
            "Check at least 10 % of the bolts of each ring, spread evenly around it.",
            "Fit the tensioner (OLM-HT-36 on the SX-35, OLM-HT-42 on the SX-60) and raise it to 1380 bar or "
            "1420 bar.",
            "Try to turn the nut with the tommy bar. If any nut turns, check every bolt of that ring.",
            "Replace a bolt that has been found loose twice, or that has been tensioned five times, with a new "
            "bolt, nut and washer.",
        ],
    ),
    ("h", "10. Changing the gearbox oil and the brake holding test"),
    (
        "ol",
        [
            "Slew for 10 min to warm the gearbox oil to at least 40 °C, then isolate the crane.",
            "Put a container under the drain hose, open the breather and the drain plug and let the oil drain.",
            "Clean the magnetic drain plug. Flakes larger than 1 mm or more than a thin paste of fines: send an oil "
            "sample and call Oldermoor service before refilling.",
            "Refill with 9 L (SX-35) or 12 L (SX-60) of ISO VG 220 PAO gear oil to the middle of the sight glass.",
            "Refit the plug and the breather, remove the isolation and slew both ways for 5 min.",
            "Brake holding test (every 6 months and after any brake work): with the brake applied, raise the slew "
            "pressure through the test port to 180 bar (SX-35) or 200 bar (SX-60). The crane must not move.",
        ],
    ),
    ("h", "11. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily, before use", "Look for oil leaks; listen for noise; the crane must hold in neutral"],
            ["Weekly or 50 h of slewing, whichever comes first", "Grease the slew bearing (section 6)"],
            ["Monthly", "Spray the open gear; look at the pinion teeth"],
            ["First 500 h", "First gearbox oil change (section 10)"],
            ["4000 h or 2 years, whichever comes first", "Gearbox oil change (section 10)"],
            ["6 months", "Brake holding test (section 10)"],
            ["12 months", "Tilt clearance (section 7), backlash (section 8), bolts (section 9)"],
        ],
        (70, 100),
    ),
    ("h", "12. Spare parts"),
    (
        "table",
        [
            ["Part", "SX-35", "SX-60"],
            ["Planetary gearbox, complete", "OLM-GB-128", "OLM-GB-145"],
            ["Slew motor", "OLM-HM-80", "OLM-HM-107"],
            ["Brake disc pack", "OLM-BD-35", "OLM-BD-60"],
            ["Pinion", "OLM-PN-18", "OLM-PN-22"],
            ["Slew bearing bolt, nut and washer set", "OLM-BB-36", "OLM-BB-42"],
            ["Slew encoder", "OLM-EN-01", "OLM-EN-01"],
            ["Bearing seal strip", "OLM-SS-224", "OLM-SS-285"],
            ["Slew bearing grease, 18 kg pail", "OLM-GR-2", "OLM-GR-2"],
        ],
        (80, 45, 45),
    ),
]


# ---------------------------------------------------------------- Ventrago EV-22 GT enclosure ventilation
VENTRAGO = [
    ("title", "Ventrago EV-22 Gas Turbine Enclosure Ventilation System\nOperation and Maintenance Manual"),
    (
        "p",
        "Document VTG-OM-EV22-02, Edition 2, June 2024. Ventrago Turbine Systems. The EV-22 ventilates the acoustic "
        "enclosure of a gas turbine generator package of the 18-25 MW class. It dilutes any gas leak inside the "
        "enclosure, keeps the enclosure at a small overpressure against the module, and carries away the heat "
        "given off by the turbine casing. The system has a filter house (weather louvre, vane separator and F7 bag "
        "filters), two 100 % axial fans (duty and standby), two inlet fire dampers and one outlet fire damper, the "
        "outlet duct, the enclosure pressure and temperature transmitters and the ventilation panel VP-22.",
    ),
    (
        "p",
        "The gas detectors in the outlet duct and in the enclosure belong to the fire and gas (F&G) system. Their "
        "alarm and trip levels are set in the F&G cause and effect chart, and they are calibrated by the F&G "
        "maintenance contractor; the EV-22 panel only receives their status. The fire extinguishing system of the "
        "enclosure (CO2 or water mist) and the gas turbine itself have their own manuals.",
    ),
    (
        "warn",
        "WARNING: Never enter the enclosure while the turbine runs. Entry with the turbine stopped needs the site's "
        "permit to work, a gas test and the extinguishing system locked off. The fans start automatically.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "EV-22"],
            ["Gas turbine packages served", "18-25 MW class, enclosure net free volume up to 240 m³"],
            ["Design enclosure net free volume", "240 m³"],
            ["Fans", "2 x 100 % axial, direct drive, duty and standby"],
            ["Fan motor", "37 kW, 690 V 60 Hz, 1780 rpm, IE3, Ex db eb IIB T3"],
            ["Rated airflow per fan", "16.0 m³/s at 1350 Pa total pressure, air at 40 °C"],
            ["Enclosure overpressure against the module", "50-150 Pa"],
            ["Inlet filter", "Weather louvre, vane separator, 12 F7 bag filters 592 x 592 x 600 mm"],
            ["Filter pressure drop, clean at rated flow", "90-120 Pa"],
            ["Fire dampers", "2 inlet, 1 outlet; pneumatic, spring closing on loss of air"],
            ["Damper closing time", "no more than 3 s"],
            ["Instrument air at the damper actuators", "5.5-8.0 barg, dry, oil free"],
            ["Noise at 1 m from the fan housing, turbine stopped", "85 dB(A)"],
            ["Mass", "Fan unit 680 kg each; filter house 1450 kg"],
        ],
        (80, 90),
    ),
    (
        "p",
        "Air changes per hour = airflow (m³/s) x 3600 / enclosure net free volume (m³). Example: 16.0 x 3600 / 240 = "
        "240 air changes per hour with one fan at rated flow. The enclosure needs at least 180 air changes per "
        "hour, which is 12.0 m³/s for a 240 m³ enclosure. The rated airflow holds with clean filters; at the filter "
        "change pressure drop the airflow is about 6 % lower.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Duty and standby"),
            (
                "p",
                "One fan runs, the other stands by in AUTO. The standby fan starts when the duty fan trips or when the "
                "airflow stays below 12.0 m³/s for 10 s. It must reach 13.0 m³/s within 20 s; if it does not, the "
                "panel shows V14 and sends a shutdown request to the turbine control (V03). The duty fan changes "
                "over automatically once a week (factory setting Monday 10:00) to even out the running hours.",
            ),
            ("h", "Airflow"),
            (
                "p",
                "The airflow is measured by the pressure drop at the fan bellmouth. V02 shows below 13.0 m³/s for "
                "10 s.",
            ),
            ("h", "Enclosure pressure"),
            (
                "p",
                "Normal 50-150 Pa above the module. V05 shows below 25 Pa for 30 s, and the turbine cannot be "
                "started while the pressure is below 25 Pa. V06 shows above 250 Pa.",
            ),
            ("h", "Purge before a turbine start"),
            (
                "p",
                "Before every start the enclosure is purged with at least five enclosure volumes of air. Purge time "
                "(s) = 5 x enclosure volume (m³) / airflow (m³/s): 5 x 240 / 16.0 = 75 s. The factory setting is "
                "120 s. The purge time may be shortened on site, but never below 75 s.",
            ),
            ("h", "Temperatures"),
            (
                "p",
                "Enclosure air: V08 alarm at 70 °C, V09 at 85 °C with a turbine shutdown request. Inlet air -10 °C to "
                "+45 °C. After a turbine stop the duty fan runs on for 60 min, or until the enclosure is below "
                "50 °C, whichever is later.",
            ),
            ("h", "Fire"),
            (
                "p",
                "On a confirmed fire signal from the F&G system the fans stop and all three dampers close before the "
                "extinguishing release. Ventilation is restarted only when the site's emergency team allows it, "
                "after the hold time given in the extinguishing system's manual.",
            ),
            ("h", "Vibration and bearings"),
            (
                "p",
                "Fan vibration: V10 alarm at 7.1 mm/s rms, trip at 11 mm/s rms. Bearing temperature: V13 above 95 °C.",
            ),
        ],
    ),
    ("h", "3. Panel messages"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["V01", "Duty fan tripped", "Motor protection tripped; the standby fan has started. Check the motor "
             "and reset at the motor starter."],
            ["V02", "Airflow low", "Below 13.0 m³/s for 10 s. Check the filter pressure drop and the dampers."],
            ["V03", "Ventilation failure", "Neither fan holds 12.0 m³/s. Shutdown request sent to the turbine."],
            ["V04", "Filter pressure drop high", "Filter pressure drop above 250 Pa. Plan the bag change "
             "(section 6)."],
            ["V05", "Enclosure pressure low", "Below 25 Pa for 30 s. See the symptom table."],
            ["V06", "Enclosure pressure high", "Above 250 Pa: outlet damper not fully open or outlet duct "
             "blocked."],
            ["V07", "Damper position", "A damper not open while a fan runs, or not closed when commanded."],
            ["V08", "Enclosure temperature high", "70 °C. Check the airflow and the turbine casing insulation."],
            ["V09", "Enclosure temperature high-high", "85 °C. Turbine shutdown request."],
            ["V10", "Fan vibration", "Alarm 7.1 mm/s rms; trip 11 mm/s rms."],
            ["V12", "Instrument air low", "Air at the damper actuators below 5.5 barg."],
            ["V13", "Fan bearing hot", "Bearing above 95 °C. Check the grease and the vibration."],
            ["V14", "Changeover failed", "Standby fan did not reach 13.0 m³/s within 20 s."],
        ],
        (16, 50, 104),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Enclosure pressure low alarm although the fan runs and the airflow is normal",
                "An enclosure door or access panel not closed, damaged door seals, or cable and pipe penetration "
                "seals left open after work",
                "Walk round the enclosure; close the doors, renew damaged door seals and refit the penetration seals",
            ],
            [
                "Airflow falls slowly over some weeks",
                "Filters loading up",
                "Check the filter pressure drop; change the bags at 300 Pa",
            ],
            [
                "Airflow low straight after a filter change",
                "Bags fitted with folded pockets, or bags of a finer class than F7",
                "Refit the bags with the pockets vertical; use VTG-FB-F7 only",
            ],
            [
                "A damper takes longer than 3 s to close in the test",
                "Instrument air low at the actuator, quick exhaust valve blocked, salt in the linkage, weak spring",
                "Check the air at the actuator, clean or replace the quick exhaust valve, clean and grease the "
                "linkage; replace the actuator if it stays slow",
            ],
            [
                "Fan vibration rising over months",
                "Salt deposits on the blades, bearing wear",
                "Clean the blades; check the bearing temperature and grease",
            ],
            [
                "Water in the filter house",
                "Vane separator drains blocked",
                "Clear and flush the drains",
            ],
            [
                "Enclosure hot with normal airflow",
                "Damaged turbine casing insulation or a hot gas leak",
                "Report to the turbine maker's service; the EV-22 cannot correct it",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "5. Manual changeover of the duty fan"),
    (
        "ol",
        [
            "Check that the standby fan is available: local switch in AUTO, no V01 or V13 on it.",
            "At the panel select MANUAL CHANGEOVER and confirm.",
            "The standby fan starts and its non-return damper opens. The airflow must reach 13.0 m³/s within 20 s.",
            "The old duty fan stops after an overlap of 10 s.",
            "Check that the enclosure pressure is back within 50-150 Pa.",
            "If V14 shows, the panel returns to the first fan by itself. Do not repeat the changeover until the "
            "standby fan has been checked.",
        ],
    ),
    ("h", "6. Replacing the inlet filter bags"),
    (
        "ol",
        [
            "Change the bags with the turbine stopped and the run-on finished (enclosure below 50 °C). Have 12 bags "
            "VTG-FB-F7 ready.",
            "Set the panel to MAINTENANCE: both fans off and the V messages inhibited.",
            "Isolate and lock out both fan motors under the site's permit.",
            "Open the filter house access door and release the clamping frames.",
            "Take out the old bags without shaking them and bag them for disposal; they carry salt and dust.",
            "Clean the filter frames and check the frame seals; replace damaged seals VTG-FS-592.",
            "Fit the new bags with the pockets vertical and not folded, and clamp them.",
            "Inspect the vane separator and flush its drains with fresh water.",
            "Close the door, remove the isolations and set the panel to AUTO.",
            "With one fan at rated flow the clean filter pressure drop must be 90-120 Pa. Reset the filter counter.",
        ],
    ),
    ("h", "7. Damper closing test"),
    (
        "ol",
        [
            "Do the test with the turbine stopped and the run-on finished. Tell the control room.",
            "At the panel select DAMPER TEST and choose a damper. The test is driven from the ventilation panel, "
            "not from the F&G system.",
            "Start the test. The panel times the damper from the command to its closed limit switch.",
            "The time must be no more than 3 s. Check from the inspection hatch that the blades close fully.",
            "Reopen the damper and test the next one.",
            "A damper slower than 3 s: check the instrument air at the actuator (5.5-8.0 barg), the quick exhaust "
            "valve and the linkage, then repeat the test.",
        ],
    ),
    ("h", "8. Regreasing the fan motor bearings"),
    (
        "ol",
        [
            "Regrease every 4000 running hours of that fan, with the fan running.",
            "Clean the grease nipples and open the grease outlet plugs.",
            "Pump 25 g of Ventrago grease VG-2 into the drive end and 20 g into the non-drive end bearing.",
            "Let the fan run for 30 min with the outlet plugs open so that surplus grease can escape, then refit "
            "the plugs.",
            "A bearing temperature rise of up to 15 °C for the first hour is normal.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Panel check: no messages, filter pressure drop and enclosure pressure noted"],
            ["Weekly", "Check that the automatic changeover took place"],
            ["Monthly", "Damper closing test (section 7); flush the vane separator drains"],
            ["4000 h per fan", "Regrease the fan motor bearings (section 8)"],
            ["300 Pa or 12 months, whichever comes first", "Replace the filter bags (section 6)"],
            ["12 months", "Clean and inspect the fan blades; calibrate the pressure transmitters"],
            ["3 years", "Replace the damper actuator seals (kit VTG-DS-05)"],
        ],
        (70, 100),
    ),
    ("h", "10. Safety notes"),
    (
        "ul",
        [
            "Lock out both fans before opening the filter house or a fan housing: the standby fan starts by itself.",
            "Damper actuators close with spring force. Keep hands out of the damper blades; lock the damper open "
            "with the pin before working on the linkage.",
            "Ear protection is needed near the fans.",
            "Used filter bags are waste of the site's waste plan; do not shake them out on deck.",
        ],
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Fan motor 37 kW", "VTG-FM-37"],
            ["Fan impeller assembly", "VTG-FI-1000"],
            ["Bag filter F7 592 x 592 x 600 mm", "VTG-FB-F7"],
            ["Filter frame seal", "VTG-FS-592"],
            ["Damper actuator", "VTG-DA-05"],
            ["Damper actuator seal kit", "VTG-DS-05"],
            ["Quick exhaust valve", "VTG-QE-04"],
            ["Enclosure pressure transmitter 0-500 Pa", "VTG-PT-500"],
            ["Bearing grease VG-2, 400 g cartridge", "VTG-G2-0.4"],
        ],
        (100, 70),
    ),
]


# ---------------------------------------------------------------- Farrowick VC marine evacuation chutes
FARROWICK = [
    ("title", "Farrowick VC Vertical Chute Marine Evacuation Systems\nOperation and Maintenance Manual - VC-18 and VC-28"),
    (
        "p",
        "Document FRW-OM-VC-07, Edition 2, October 2024. Farrowick Evacuation Systems. The VC-18 and VC-28 are "
        "marine evacuation systems (MES) for fixed offshore installations. Each system is stowed in a container at "
        "the deck edge and holds an enclosed vertical escape chute, an inflatable landing platform and the "
        "liferafts, with their inflation cylinders and the monitoring panel MP-2. When released, the chute drops "
        "to the sea, the platform inflates at its foot and the evacuees slide down inside the chute, one at a time, "
        "in a controlled descent. The VC-18 is for deck heights of 8-18 m and the VC-28 for 15-28 m above the sea.",
    ),
    (
        "p",
        "The decision to abandon the installation, and whether the MES or the lifeboats are used, is taken by the "
        "offshore installation manager under the site's emergency response plan. The recovery of the rafts and the "
        "people at sea belongs to the standby vessel's procedures. The deck structure under the container is "
        "approved by the site's structural engineer for the loads of section 1.",
    ),
    (
        "warn",
        "WARNING: Keep the area below the MES station clear at all times. Never stand on the container or in front "
        "of the lid. Do not use the MES with burning oil on the sea below it.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "VC-18", "VC-28"],
            ["Deck height above the sea surface (lowest astronomical tide to highest tide)", "8-18 m", "15-28 m"],
            ["Chute length", "20 m", "31 m"],
            ["Evacuation rate (trained persons)", "360 persons in 30 min", "320 persons in 30 min"],
            ["Liferafts in the container", "2 x 101-person", "3 x 101-person"],
            ["Landing platform", "6.0 x 4.5 m", "7.0 x 5.0 m"],
            ["Deployment time, release to ready, at 20 °C", "90 s", "120 s"],
            ["Deployment time at -30 °C (heater option H)", "up to 150 s", "up to 180 s"],
            ["Inflation cylinders, 50 L, N2/CO2 mix", "4", "6"],
            ["Cylinder fill pressure at 15 °C", "200 bar", "200 bar"],
            ["Container L x W x H", "2.4 x 1.6 x 1.9 m", "2.6 x 1.8 x 2.1 m"],
            ["Container mass, complete", "2350 kg", "3100 kg"],
            ["Design load on the deck, including deployment", "60 kN", "85 kN"],
            ["Significant wave height for use", "up to 6.0 m", "up to 5.0 m"],
            ["Mean wind speed for use", "up to 20 m/s", "up to 20 m/s"],
            ["Stowage temperature", "-30 °C to +65 °C", "-30 °C to +65 °C"],
        ],
        (84, 43, 43),
    ),
    (
        "p",
        "The evacuation rates hold for trained persons wearing lifejackets, with the platform inflated and a raft "
        "moored to it, in sea states up to the limit above. Untrained persons or persons in immersion suits need "
        "more time; Farrowick gives no rate for them. Below 0 °C the container must be kept above 0 °C by the "
        "heater option H (2 x 400 W, 230 V) for the deployment times at -30 °C to hold.",
    ),
    ("h", "2. Operating limits and settings"),
    (
        "cols",
        [
            ("h", "Cylinder pressure"),
            (
                "p",
                "The cylinders are filled to 200 bar at 15 °C. The pressure read on a gauge changes with the "
                "temperature, so always correct it to 15 °C before comparing it with a limit: P15 (bar) = P (bar) x "
                "288 / (273 + t), with t the cylinder temperature in °C. Example: 206 bar read at 25 °C gives 206 x "
                "288 / 298 = 199.1 bar. The system is ready for use with at least 180 bar at 15 °C in every "
                "cylinder; below that the panel shows E02 and the cylinders are refilled by the service station.",
            ),
            ("h", "Panel sensor"),
            (
                "p",
                "The pressure sensor on the cylinder manifold is temperature compensated: the panel shows the "
                "pressure already corrected to 15 °C. If the panel and the corrected gauge readings differ by more "
                "than 5 bar, the sensor is recalibrated by the service station.",
            ),
            ("h", "Deck height"),
            (
                "p",
                "The height range includes the tide. A VC-18 must not be installed where the deck is higher than 18 m "
                "above the lowest astronomical tide, and a VC-28 not where the deck is lower than 15 m above the "
                "highest tide; the chute would be too short or would pile up on the platform.",
            ),
            ("h", "Heater"),
            (
                "p",
                "Option H: two 400 W heaters, thermostat set at +5 °C. E03 shows when a heater draws no current "
                "while the container is below +2 °C.",
            ),
            ("h", "Between persons"),
            (
                "p",
                "Each person enters when the person in front has cleared the entry, about 5 s later. Never more than "
                "four persons in the chute at the same time on the VC-18, or six on the VC-28.",
            ),
            ("warn", "The lid opens with force when released. Nobody may stand within 2 m in front of it."),
        ],
    ),
    ("h", "3. Panel messages (MP-2)"),
    (
        "table",
        [
            ["Code", "Message", "Meaning and action"],
            ["E01", "Lid not latched", "Lid switch open. Check the latches and the lid switch."],
            ["E02", "Cylinder pressure low", "Below 180 bar at 15 °C in a cylinder. The system may not inflate "
             "fully: report it and have the service station refill."],
            ["E03", "Heater fault", "Heater draws no current below +2 °C. Check the supply and the heater."],
            ["E05", "Release cover open", "Release handle cover opened or its seal broken. Also shown in the "
             "control room."],
            ["E06", "Deployment", "Lid open and cylinders discharged: the system has been deployed."],
            ["E07", "Sensor fault", "Pressure or temperature sensor signal lost. Check the cylinders with the "
             "gauges (section 6) until repaired."],
            ["E08", "Mains lost", "Panel on its battery. Monitoring continues for at least 48 h."],
            ["E09", "Battery low", "Panel battery below 11.4 V."],
            ["E10", "Service due", "12 months since the last annual service."],
        ],
        (16, 46, 108),
    ),
    ("h", "4. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Lid alarm comes and goes in strong wind",
                "Lid switch loose or lid latch worn, so the lid moves in the gusts",
                "Tighten the lid switch bracket and check the latches; a worn latch is replaced by the service "
                "station",
            ],
            [
                "Water in the container",
                "Lid gasket damaged or container drains blocked",
                "Clear the drains; report a damaged gasket (FRW-LG-18 or FRW-LG-28)",
            ],
            [
                "Panel pressure falls a little every night and rises by day",
                "Sensor compensation fault, or a heater not working in a cold container",
                "Compare with the corrected gauge readings (section 6); check E03",
            ],
            [
                "Cylinder pressure low in one cylinder only, also on the gauge",
                "Slow leak at the cylinder valve",
                "Report; the service station replaces the valve seal and refills",
            ],
            [
                "Hydrostatic release unit date passed",
                "HRU not replaced at 2 years",
                "Replace the HRU (section 8) the same day",
            ],
        ],
        (52, 62, 56),
    ),
    ("h", "5. Deploying the system"),
    (
        "ol",
        [
            "On the order to evacuate by the MES, the MES party goes to the station with the evacuees mustered "
            "behind the barrier.",
            "Look through the inspection window: the sea area below must be clear of boats and debris.",
            "Break the seal and open the release handle cover; E05 shows in the control room.",
            "Pull the release handle fully out (about 300 mm) and let go. The lid opens, the chute drops and the "
            "cylinders inflate the platform.",
            "Wait until the green READY flag shows at the chute entry: 90 s (VC-18) or 120 s (VC-28) at 20 °C.",
            "Two members of the MES party go down first, check the platform and moor the first raft to it.",
            "Evacuees take off hard hats and put away sharp objects, keep the lifejacket on, and enter feet first "
            "with the arms crossed, one at a time, about 5 s apart.",
            "On the platform the evacuees move straight into the moored raft as directed by the MES party.",
            "When a raft is full (101 persons), the MES party casts it off with the painter knife and moors the next "
            "raft.",
            "The last two members of the MES party leave the installation last and cast off the last raft.",
        ],
    ),
    ("h", "6. Checking the cylinder pressure with the gauges"),
    (
        "ol",
        [
            "Open the inspection hatch and read the container thermometer: this is the cylinder temperature t.",
            "Read the gauge of each cylinder.",
            "Correct each reading to 15 °C: P15 = P x 288 / (273 + t).",
            "Every cylinder must have at least 180 bar at 15 °C. If one has less, the system is not ready: report "
            "it at once.",
            "Compare with the panel: a difference of more than 5 bar means the sensor must be recalibrated.",
            "Close and seal the inspection hatch and write the readings in the log.",
        ],
    ),
    ("h", "7. Weekly inspection"),
    (
        "ol",
        [
            "Panel: green NORMAL, no message.",
            "Container: no damage, lid closed and latched, lashings tight, seal wire on the release handle cover "
            "intact.",
            "Cylinder pressure on the panel at or above 180 bar.",
            "Expiry dates of the HRUs on the raft cradles.",
            "Sea area and structure below: no new obstruction such as scaffolding or hoses.",
            "Container drains clear; from October to April check that the heater works (no E03).",
        ],
    ),
    ("h", "8. Replacing a hydrostatic release unit (HRU)"),
    (
        "ol",
        [
            "Check that the new unit is of type FRW-HR-2 and write the expiry date, 2 years from fitting, on it.",
            "Cut the old HRU free at its weak link only after the new one is at hand.",
            "Pass the raft lashing through the new HRU and close its pelican hook.",
            "Fix the painter of the raft to the weak link of the new HRU, never to the cradle.",
            "Check that the lashing is tight and the HRU can move freely.",
            "Record the new expiry date in the log.",
        ],
    ),
    ("h", "9. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Inspection (section 7)"],
            ["Monthly", "Cylinder pressure with the gauges (section 6)"],
            ["12 months", "Annual service by a Farrowick-approved service station: repacking, inflation test of "
             "the platform and rafts, release gear check (E10)"],
            ["2 years", "Replace the HRUs (section 8)"],
            ["5 years", "Hydrostatic test of the inflation cylinders at an approved cylinder test station"],
            ["Full deployment test", "As the site's regulator requires; Farrowick recommends each system at least "
             "every 6 years, with the service station present"],
            ["15 years from manufacture", "End of service life of the chute and the platform"],
        ],
        (60, 110),
    ),
    (
        "p",
        "Repacking the chute, the platform and the rafts after a deployment or a drill is done only by a "
        "Farrowick-approved service station; the installation crew does not repack them.",
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "VC-18", "VC-28"],
            ["Monitoring panel", "FRW-MP-2", "FRW-MP-2"],
            ["Hydrostatic release unit", "FRW-HR-2", "FRW-HR-2"],
            ["Cylinder manifold pressure sensor", "FRW-PT-250", "FRW-PT-250"],
            ["Container heater 400 W", "FRW-HT-400", "FRW-HT-400"],
            ["Lid gasket", "FRW-LG-18", "FRW-LG-28"],
            ["Release handle cover seal wire (pack of 20)", "FRW-SW-01", "FRW-SW-01"],
            ["Panel battery 12 V 12 Ah", "FRW-BT-12", "FRW-BT-12"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("skarnvale-dv-deluge-valve-skid.pdf", "Skarnvale SKV-OM-DV-04 Ed 3 - DV-100 / DV-150", SKARNVALE),
        ("oldermoor-sx-pedestal-crane-slew-system.pdf", "Oldermoor OLM-MM-SX-11 Ed 1 - SX-35 / SX-60", OLDERMOOR),
        ("ventrago-ev-gas-turbine-enclosure-ventilation.pdf", "Ventrago VTG-OM-EV22-02 Ed 2 - EV-22", VENTRAGO),
        ("farrowick-vc-marine-evacuation-chute.pdf", "Farrowick FRW-OM-VC-07 Ed 2 - VC-18 / VC-28", FARROWICK),
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
