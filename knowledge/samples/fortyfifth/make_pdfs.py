"""Generate the PDF manuals of the forty-fifth set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set45venv && /tmp/set45venv/bin/pip install fpdf2 pypdf
    /tmp/set45venv/bin/python knowledge/samples/fortyfifth/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign, multiplication sign; no other unicode). The text rendered is all here. A fixed creation date makes
reruns byte-identical. The rendering helpers (Manual, render, render_columns) are those of the forty-second set's
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


# ---------------------------------------------------------------- Brackenrig PT pig launchers and receivers
BRACKENRIG = [
    ("title", "Brackenrig PT Pig Launchers and Receivers\nInstallation, Operation and Maintenance - PT-8 and PT-12"),
    (
        "p",
        "Document BRK-IOM-PT-03, Edition 2, March 2025. Brackenrig Pipeline Equipment. The PT-8 and PT-12 are "
        "horizontal pig traps for onshore gathering lines and export lines: each can be built as a launcher or as a "
        "receiver, and the nameplate says which (L or R after the model code). Each trap has an oversized major "
        "barrel, a concentric reducer to the line size, a kicker (launcher) or bypass (receiver) connection, a vent, "
        "a drain, an intrusive pig signaller and a hinged clamp-ring quick-opening closure with a pressure warning "
        "screw. The PT-8 serves 8 in lines and the PT-12 serves 12 in lines; apart from the sizes and the values "
        "given for each model below, the two traps are built alike. The line valves, the flare or vent system the "
        "trap blows down into, the key interlock sequence and the periodic inspection of the trap as a pressure "
        "vessel are the site's; this manual does not replace the site's pigging procedure or its permit system.",
    ),
    (
        "warn",
        "WARNING: A closure opened under pressure can kill. Never open the closure until the barrel has been vented "
        "to zero and the pressure warning screw has proved it. Never stand in front of the closure when the barrel "
        "is being pressurised or vented.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "PT-8", "PT-12"],
            ["Line size (pipeline nominal size)", "8 in (DN 200)", "12 in (DN 300)"],
            ["Major barrel size, schedule 80", "10 in (DN 250)", "14 in (DN 350)"],
            ["Major barrel inside diameter", "242.9 mm", "317.5 mm"],
            ["Barrel length, closure face to reducer", "2400 mm", "2900 mm"],
            ["Barrel volume including the reducer, approximately", "120 L", "250 L"],
            ["Longest pig that can be loaded (overall length)", "1800 mm", "2300 mm"],
            ["Design pressure, flanges ASME B16.5 Class 600, at up to 38 °C", "99.3 bar", "99.3 bar"],
            ["Allowed pressure at the maximum design temperature of 120 °C", "92.0 bar", "92.0 bar"],
            ["Hydrostatic test pressure (shop test)", "149 bar", "149 bar"],
            ["Design temperature range", "-29 to 120 °C", "-29 to 120 °C"],
            ["Kicker or bypass connection", "3 in", "4 in"],
            ["Drain connections (two), vent connection", "2 in drains, 1 in vent", "3 in drains, 1 in vent"],
            ["Closure door mass, swung on the hinge", "95 kg", "170 kg"],
            ["Turns of the closure handwheel, locked to fully open", "6", "8"],
            ["Trap mass, empty / full of water", "1450 kg / 1620 kg", "2650 kg / 3000 kg"],
            ["Saddle supports, anchor bolts per saddle", "2 saddles, 2 x M24", "2 saddles, 2 x M30"],
            ["Pig signaller rating", "99.3 bar", "99.3 bar"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The design pressure of 99.3 bar holds only up to 38 °C. Between 38 °C and 120 °C the allowed pressure "
        "falls in a straight line to 92.0 bar. Traps for sour service (H2S) carry SOUR on the nameplate: only those "
        "are built to NACE MR0175 materials and hardness limits. A trap without that marking must not be used on a "
        "sour line, whatever the H2S content.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained in pigging and holding the site's permit may operate the trap. Two persons are "
            "needed for every opening of the closure.",
            "Wear the site's personal protective equipment; in gas service carry a four-gas detector that reads "
            "H2S and LEL while the closure is open.",
            "Receivers on crude and gathering lines may hold pyrophoric iron sulphide: keep the debris and the pig "
            "wet until they are removed from the site.",
            "The closure door is heavy: open it only with the hinge and its stop, never lift it with the handwheel.",
            "Never use the trap drain or vent to relieve the pipeline. They are sized for the barrel only.",
        ],
    ),
    ("h", "3. Limits and settings"),
    (
        "cols",
        [
            ("h", "Zero pressure before opening"),
            (
                "p",
                "The barrel gauge must read 0 bar and the vent must have stood open for at least 5 min. Then open "
                "the pressure warning screw by two turns: no gas or liquid may come out. If the screw hisses or "
                "weeps, close it and vent again. Never rely on the gauge alone: a gauge can stick at zero.",
            ),
            ("h", "Purging in gas service"),
            (
                "p",
                "After venting, purge the barrel with nitrogen through the kicker or bypass connection until the "
                "gas at the vent reads less than 10 % LEL, and with no less than three barrel volumes of nitrogen "
                "(about 360 L for the PT-8 and 750 L for the PT-12, at atmospheric pressure), whichever takes "
                "longer.",
            ),
            ("h", "Launch differential"),
            (
                "p",
                "A cup or disc pig moves off when the kicker flow gives a differential of at least 0.7 bar across "
                "it; a foam pig needs at least 0.3 bar. Raise the differential slowly. If a pig has not moved at "
                "3.0 bar differential it is stuck: stop, do not raise the differential further, and follow the "
                "stuck pig entry in section 5.",
            ),
            ("h", "Pig speed and travel time"),
            (
                "p",
                "Aim for 2 to 5 m/s in gas lines and 1 to 2 m/s in liquid lines. Expected travel time: t (min) = "
                "line length (m) / (pig speed (m/s) x 60). Example: 9000 m at 3 m/s gives 50 min. If the pig has "
                "not arrived after twice the expected time, tell the site's pigging supervisor.",
            ),
            ("h", "Pig length"),
            (
                "p",
                "The longest pig that fits is the barrel length less 600 mm, which leaves room for the pig nose in "
                "the reducer and for the door to close: 1800 mm (PT-8) and 2300 mm (PT-12). Longer tools, such as "
                "intelligent inspection pigs, need a trap built for them and are not covered here.",
            ),
            ("h", "Receiving"),
            (
                "p",
                "When the signaller trips, wait at least 2 min before closing the bypass, so that the pig is pushed "
                "fully into the major barrel and off the reducer.",
            ),
        ],
    ),
    ("h", "4. Interlock panel status codes (option PIP-2)"),
    (
        "p",
        "Traps fitted with the PIP-2 interlock panel show these codes. The panel does not replace the key "
        "interlock sequence, which is laid down by the site.",
    ),
    (
        "table",
        [
            ["Code", "Meaning", "What to do"],
            ["P01", "Closure not locked", "The closure position switch is open. Lock the clamp ring fully."],
            [
                "P02",
                "Pressure at the closure",
                "Barrel pressure above 0.5 bar while the closure unlock was requested. Vent the barrel to zero.",
            ],
            ["P03", "Vent not proven open", "Vent valve limit switch not made. Open the vent fully."],
            ["P04", "Drain not proven closed", "Drain valve limit switch not made before pressurising."],
            ["P05", "Key sequence fault", "A key was turned out of order. Return to the start of the sequence."],
            ["P06", "Pig signalled", "Signaller has tripped: pig arrived (receiver) or left (launcher)."],
            ["P07", "Signaller switch fault", "Wire break or short on the signaller switch circuit."],
            ["P09", "Gas at the trap", "Site gas detector above 20 % LEL. Stop work and leave the area."],
            ["P10", "Panel battery low", "Replace the 12 V backup battery within 7 days."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "Pig does not leave the launcher",
                "Kicker differential too low, line isolation valve not fully open, or pig cups too large for the "
                "reducer",
                "Check the valve position indicator; raise the differential slowly up to 3.0 bar and no higher; if "
                "it still does not move, vent and pull the pig",
            ],
            [
                "Pig left but the signaller did not trip",
                "Flag held by debris, or pig passed too fast",
                "Operate the signaller test lever; clean the flag at the next opening",
            ],
            [
                "Closure weeps when pressurised",
                "O-ring nicked or dry, or the sealing face dirty or scored",
                "Vent, clean the face and fit a new O-ring; score marks deeper than 0.2 mm need Brackenrig "
                "service",
            ],
            [
                "Handwheel hard to turn",
                "Clamp ring dry or corroded, or pressure still in the barrel",
                "Stop. Check zero pressure with the warning screw first, then clean and grease the ring",
            ],
            [
                "Pressure warning screw hisses after venting",
                "Vent blocked by debris or hydrate, or a line valve passing",
                "Close the screw, vent through the second drain, check the line valves for passing",
            ],
            [
                "Pig arrives with worn or torn cups",
                "Line debris, weld penetration or a pig too long in service",
                "Record it for the site's pigging report; fit new cups",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Opening and closing the closure"),
    (
        "ol",
        [
            "Check that the line isolation valve and the kicker or bypass valve are closed and locked as the key "
            "sequence requires.",
            "Open the vent to the site's flare or vent system and open a drain to the closed drain system.",
            "Wait until the gauge reads 0 bar, then keep the vent open for at least 5 min more.",
            "In gas service, purge with nitrogen as set out in section 3.",
            "Open the pressure warning screw by two turns and check that nothing comes out.",
            "Turn the handwheel to unlock the clamp ring (6 turns PT-8, 8 turns PT-12) and swing the door open to its "
            "stop.",
            "To close, clean the O-ring groove and the sealing face, check the O-ring and fit a new one if it is "
            "nicked, flattened or swollen.",
            "Wipe a thin film of Brackenrig CG-2 grease on the clamp ring segments.",
            "Swing the door shut, turn the handwheel until the ring is fully locked, and close the pressure warning "
            "screw.",
            "Close the drain and the vent before filling or pressurising the barrel.",
        ],
    ),
    ("h", "7. Launching a pig"),
    (
        "ol",
        [
            "Open the closure as in section 6.",
            "Push the pig into the major barrel until its front cup seals in the reducer. Use the loading tray; never "
            "put hands inside the barrel beyond the closure.",
            "Close the closure as in section 6 and close the drain.",
            "Open the kicker valve slightly and fill the barrel slowly, venting air through the vent until only "
            "product comes out; then close the vent.",
            "Open the kicker valve fully to equalise the barrel with the line.",
            "Open the line isolation valve fully; check its position indicator.",
            "Close the main line valve downstream of the kicker tee slowly until the flow turns through the kicker "
            "and the differential reaches the launch value of section 3.",
            "When the signaller trips, note the time and open the main line valve fully again.",
            "Close the line isolation valve and the kicker valve, then vent and drain the barrel.",
        ],
    ),
    ("h", "8. Receiving a pig"),
    (
        "ol",
        [
            "Before the pig is due, check that the receiver is closed, drained of air and equalised with the line.",
            "Open the receiver isolation valve fully, then the bypass valve fully.",
            "Close the main line valve partly so that the flow turns through the receiver.",
            "When the signaller trips, wait at least 2 min, then open the main line valve fully.",
            "Close the bypass valve and the receiver isolation valve.",
            "Vent and drain the barrel, then purge it as in section 3 (gas service).",
            "Open the closure as in section 6 and pull the pig out with the pig tray. Keep the debris wet.",
            "Record the time of arrival and the state of the pig.",
            "Clean the barrel and close the closure as in section 6.",
        ],
    ),
    ("h", "9. Replacing the closure O-ring"),
    (
        "ol",
        [
            "Vent, drain and purge the barrel and open the closure as in section 6.",
            "Lift the old O-ring out of its groove with a brass or plastic pick, never with a screwdriver.",
            "Clean the groove and the sealing face with a lint-free cloth; check the face for score marks.",
            "Check the new O-ring (BRK-OR-250 for the PT-8, BRK-OR-350 for the PT-12) for cuts and a clean surface.",
            "Wipe a thin film of CG-2 grease on the O-ring and roll it into the groove without twisting it.",
            "Close the closure and carry out a leak test at the line pressure before returning the trap to service.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Every opening", "Clean and grease the clamp ring; check the O-ring and the sealing face"],
            [
                "25 openings or 12 months, whichever comes first",
                "Replace the closure O-ring even if it looks good",
            ],
            ["Monthly", "Check the valve position indicators and the gauge; test the signaller with the test lever"],
            ["12 months", "Calibrate the barrel gauge; check the hinge pin and its bushes for wear"],
            ["5 years", "Wall thickness survey of the barrel by the site's inspection body"],
            ["As needed", "Re-machining of a scored closure sealing face: Brackenrig service only"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "PT-8", "PT-12"],
            ["Closure O-ring", "BRK-OR-250", "BRK-OR-350"],
            ["Clamp ring segment set", "BRK-CR-10", "BRK-CR-14"],
            ["Hinge pin and bush kit", "BRK-HP-10", "BRK-HP-14"],
            ["Pig signaller flag kit", "BRK-SF-08", "BRK-SF-12"],
            ["Pressure warning screw assembly", "BRK-PW-01", "BRK-PW-01"],
            ["Barrel gauge 0-160 bar, 100 mm dial", "BRK-PG-160", "BRK-PG-160"],
            ["Clamp ring grease CG-2, 0.5 kg", "BRK-CG-2", "BRK-CG-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Emberhurst FIP flare ignition panels
EMBERHURST = [
    ("title", "Emberhurst FIP Flare Ignition Panels\nOperation and Maintenance Manual - FIP-1 and FIP-2"),
    (
        "p",
        "Document EMB-OM-FIP-04, Edition 3, May 2025. Emberhurst Combustion Controls. The FIP-1 and FIP-2 light and "
        "watch the continuous pilots of elevated and ground flares at production sites and compressor stations. "
        "Each pilot is lit by a high-energy ignition (HEI) ignitor and proven by a type K thermocouple at the pilot "
        "tip. The panels run from a 12 V solar supply. The FIP-1 serves one pilot and the FIP-2 two pilots; apart "
        "from the number of pilots, the solar supply and the values given for each model, the two panels are built "
        "alike. How many pilots a flare tip needs, the pilot and ignitor assemblies at the tip, the pilot gas supply "
        "up to the panel and the hazardous area classification are set by the flare maker and the site.",
    ),
    (
        "warn",
        "WARNING: The HEI output can kill. Isolate the panel and wait 1 min for the storage capacitor to discharge "
        "before touching an ignitor lead or terminal. Never make a test spark in a hazardous area without the "
        "site's hot work permit and a gas test.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "FIP-1", "FIP-2"],
            ["Pilots lit and monitored", "1", "2"],
            ["HEI ignitors, spark energy", "1 x 2 J, 4 sparks per second", "2 x 2 J, 4 sparks per second"],
            ["Longest HEI lead, panel to ignitor", "30 m", "30 m"],
            ["Thermocouples, type K, ungrounded", "1", "2"],
            ["Solar panel", "80 W", "160 W (2 x 80 W)"],
            ["Battery, 12 V gel", "100 Ah", "200 Ah (2 x 100 Ah)"],
            ["Standby consumption, pilots proven", "3.5 W", "7.0 W"],
            ["Consumption while sparking", "45 W", "90 W"],
            ["Autonomy without sun, battery full, at 25 °C", "10 days", "10 days"],
            ["Autonomy without sun at -20 °C", "6 days", "6 days"],
            ["Pilot gas pressure at the pilot gas inlet of the panel", "0.7-1.5 bar", "0.7-1.5 bar"],
            ["Pilot gas use per pilot, natural gas at 1.0 bar", "1.3 Sm³/h", "1.3 Sm³/h"],
            ["Pilot gas use per pilot, propane at 1.0 bar", "0.55 Sm³/h", "0.55 Sm³/h"],
            ["Enclosure, marking", "316 stainless steel, IP66, Ex db IIB T4 Gb", "316 stainless steel, IP66, Ex db IIB T4 Gb"],
            ["Ambient temperature", "-40 to +55 °C", "-40 to +55 °C"],
            ["Mass with batteries", "68 kg", "96 kg"],
            ["Outputs", "Pilot fail relay, common alarm relay, Modbus RTU", "Pilot fail relay, common alarm relay, Modbus RTU"],
        ],
        (70, 50, 50),
    ),
    (
        "p",
        "Autonomy is counted with 70 % of the battery capacity usable and the pilots proven, so no sparking. Each "
        "minute of sparking uses as much energy as about 13 min of standby on the FIP-1. The pilot gas figures hold "
        "for Emberhurst EP-series pilots; for other pilots use the flare maker's figures.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Install the panel at least 30 m from the flare stack base or outside the radiation zone given by the "
            "site's flare study, whichever is farther.",
            "The panel is certified for Zone 1. The ignitor and thermocouple at the tip are part of the flare "
            "maker's assembly and carry the flare maker's certification.",
            "Never open the enclosure with the supply on in a hazardous area; use the external keypad.",
            "Never bypass a pilot failure alarm. A flare without a proven pilot must be reported to the control room "
            "at once.",
            "Gel batteries give off little gas, but never charge a frozen battery.",
        ],
    ),
    ("h", "3. Ignition sequence and settings"),
    (
        "cols",
        [
            ("h", "Sequence"),
            (
                "p",
                "On a start command the panel opens the pilot gas solenoid, waits 5 s for the gas to reach the tip "
                "and then sparks for the spark time (P01). When the thermocouple reaches the proven temperature (P04) "
                "the sparking stops and the pilot is proven. If it is not proven, the panel waits for the retry "
                "delay (P03) and tries again, up to the number of attempts (P02). After the last attempt it locks out "
                "with F01 or F02 and closes the pilot gas solenoid.",
            ),
            ("h", "Parameters"),
            (
                "p",
                "P01 spark time per attempt: default 10 s, settable 5-30 s. P02 attempts before lockout: default 3, "
                "settable 1-5. P03 retry delay: default 30 s, settable 15-120 s. P04 pilot proven temperature: "
                "default 250 °C, settable 150-400 °C. P05 flame failure temperature: default 200 °C, settable "
                "100-350 °C; P05 must stay at least 30 °C below P04. P06 flame failure delay: default 10 s, "
                "settable 5-60 s. P07 automatic re-ignition after a flame failure: default ON. P08 low battery "
                "alarm: 11.8 V. P09 Modbus address: default 1, settable 1-247. P10 (FIP-2 only) lighting order: "
                "default SEQ (one pilot after the other), or SIM (both together).",
            ),
            ("h", "Flame failure"),
            (
                "p",
                "A pilot counts as failed when its temperature stays below P05 for longer than P06. With P07 ON the "
                "panel runs the ignition sequence again at once; the number of attempts counts again from one.",
            ),
            ("h", "Low battery"),
            (
                "p",
                "Below 11.8 V the panel raises F09. Below 11.2 V it blocks sparking (F10) so that it can go on "
                "monitoring the thermocouples for as long as possible. Monitoring stops at 10.5 V.",
            ),
            ("h", "Thermocouple loop"),
            (
                "p",
                "Loop resistance, thermocouple and extension cable together, no more than 20 ohm. A loop above "
                "this reads low and delays the proving of the pilot.",
            ),
            ("h", "HEI lead"),
            (
                "p",
                "Use only Emberhurst HEI lead. Above 30 m of lead the spark energy at the tip falls too far; for "
                "longer runs the panel needs the remote ignition unit, which is supplied to order and has its own "
                "instructions.",
            ),
        ],
    ),
    ("h", "4. Fault codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["F01", "Pilot 1 not proven, lockout", "All attempts made without reaching P04. See section 5."],
            ["F02", "Pilot 2 not proven, lockout", "FIP-2 only. As F01, pilot 2."],
            ["F03", "Pilot 1 flame failure", "Temperature below P05 for longer than P06. Re-ignition runs if P07 is ON."],
            ["F04", "Pilot 2 flame failure", "FIP-2 only. As F03, pilot 2."],
            [
                "F05",
                "Thermocouple 1 open",
                "Open circuit or reading above 1300 °C. Check the loop and the terminals.",
            ],
            ["F06", "Thermocouple 2 open", "FIP-2 only. As F05, thermocouple 2."],
            [
                "F07",
                "Ignitor output fault",
                "No spark current: HEI lead broken or shorted, or ignitor tip shorted by carbon.",
            ],
            ["F09", "Low battery", "Battery below 11.8 V. Check the solar panel and the charge controller."],
            ["F10", "Battery critical", "Below 11.2 V: sparking blocked, monitoring goes on."],
            ["F11", "Pilot gas pressure low", "Pressure switch below 0.5 bar at the panel inlet."],
            [
                "F12",
                "Enclosure alarm",
                "Door switch open, or temperature inside the enclosure above 70 °C.",
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
                "Sparking can be heard but the pilot does not light",
                "Pilot gas not at the tip: valve closed, air left in the pilot line after work, filter blocked, "
                "pressure outside 0.7-1.5 bar",
                "Check the pilot gas pressure at the panel inlet; purge the pilot line; change the filter element",
            ],
            [
                "No sparking at all, F07",
                "HEI lead damaged or wet connector, ignitor tip shorted",
                "Test the lead insulation (section 8); dry and reseal the connectors",
            ],
            [
                "Pilot lights but locks out with F01",
                "Thermocouple not in the flame, sheath burnt or loop resistance high",
                "Measure the loop resistance; report a thermocouple out of position to the flare maker",
            ],
            [
                "Pilot fails again and again on windy days",
                "Pilot gas pressure at the low end, pilot windshield damaged",
                "Raise the pilot gas pressure towards 1.5 bar; report the windshield for the next flare outage",
            ],
            [
                "Battery flat after a few weeks of winter",
                "Solar panel dirty, under snow or shaded, or tilted too flat",
                "Clean the panel; set its tilt to the site latitude plus 15° for winter",
            ],
            ["Display blank", "Fuse F1 (2 A T) blown", "Replace the fuse; if it blows again call Emberhurst service"],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Commissioning and first ignition"),
    (
        "ol",
        [
            "Check that the flare maker has released the flare for pilot ignition and that the site has issued the "
            "permit.",
            "Check the HEI lead and the thermocouple extension cable are connected and glanded, and the lead is no "
            "longer than 30 m.",
            "Connect the batteries and check the voltage at rest: at least 12.6 V for a charged battery.",
            "Set the parameters P01 to P10; leave the defaults unless the flare maker gives other values.",
            "Open the pilot gas isolation valve and set the pilot gas regulator to 1.0 bar.",
            "Purge the pilot line of air by running the ignition sequence with sparking off (menu TEST > PURGE) "
            "for 60 s per 10 m of pilot line.",
            "Press START. Watch the thermocouple reading rise above 250 °C.",
            "Check that the display shows PROVEN for each pilot and that the pilot fail relay has reset.",
            "Record the proven temperatures and the pilot gas pressure in the commissioning sheet.",
        ],
    ),
    ("h", "7. Resetting after a lockout"),
    (
        "ol",
        [
            "Read the code on the display and the event log (MENU > LOG).",
            "Check the pilot gas pressure at the panel inlet and the battery voltage.",
            "Remove the cause found with the table in section 5.",
            "Press RESET for 3 s. The code clears only if the cause is gone.",
            "Press START to run the ignition sequence.",
            "If the pilot locks out again after two resets, stop and call the flare maker or Emberhurst service.",
        ],
    ),
    ("h", "8. Testing an HEI lead"),
    (
        "ol",
        [
            "Switch off the panel, lock it off and wait 1 min.",
            "Disconnect the lead at the panel end and at the ignitor end (at the foot of the stack).",
            "Measure the insulation resistance of the lead core to its screen with a 1000 V tester.",
            "The lead is good at 100 Mohm or more. Below this, replace it.",
            "Check the continuity of the core: no more than 2 ohm for a 30 m lead.",
            "Reconnect both ends, fit new connector seals and tighten the gland nuts.",
        ],
    ),
    ("h", "9. Replacing the batteries"),
    (
        "ol",
        [
            "Check that both pilots are proven. Work in dry weather.",
            "Switch the panel to MAINT: the pilot fail relay stays in its last state for up to 15 min while the "
            "battery is out.",
            "Disconnect the solar panel at the charge controller first, then the battery negative, then the positive.",
            "Fit the new battery EMB-BT-100 (one on the FIP-1, two wired in parallel on the FIP-2).",
            "Connect the positive, then the negative, then the solar panel.",
            "Leave MAINT and check that the pilots are still PROVEN.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Weekly", "Read the pilot temperatures and the event log; check PROVEN on each pilot"],
            ["Monthly", "Clean the solar panel; check the battery voltage and the pilot gas pressure"],
            ["6 months", "Change the pilot gas filter element; check the door seal"],
            ["12 months", "Test the HEI leads (section 8); check the thermocouple loop resistance"],
            [
                "4 years, or sooner if the capacity is below 80 % in the battery test",
                "Replace the batteries (section 9)",
            ],
            [
                "Flare outage",
                "Pilot tips, ignitor tips and thermocouples at the flare tip: to the flare maker's documents",
            ],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "FIP-1", "FIP-2"],
            ["HEI ignition module 2 J", "EMB-HM-2J (1 off)", "EMB-HM-2J (2 off)"],
            ["HEI lead, 30 m", "EMB-HL-30", "EMB-HL-30"],
            ["Controller board", "EMB-CB-1", "EMB-CB-2"],
            ["Battery 12 V 100 Ah gel", "EMB-BT-100 (1 off)", "EMB-BT-100 (2 off)"],
            ["Solar panel 80 W", "EMB-SP-80 (1 off)", "EMB-SP-80 (2 off)"],
            ["Pilot gas filter element", "EMB-FE-05", "EMB-FE-05"],
            ["Fuse F1, 2 A T", "EMB-FU-2", "EMB-FU-2"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Calderwick WCP-20 wellhead control panel
CALDERWICK = [
    ("title", "Calderwick WCP-20 Wellhead Control Panel\nInstallation, Operation and Maintenance"),
    (
        "p",
        "Document CLW-IOM-WCP20-02, Edition 2, November 2024. Calderwick Controls. The WCP-20 is a single-well "
        "hydraulic control panel for onshore production wells. It holds open the subsurface safety valve (SCSSV) "
        "and the surface safety valve (SSV) on the production wing, and closes them on an emergency shutdown (ESD). "
        "Its logic is pneumatic and runs on instrument gas or instrument air; two gas-driven pumps raise the "
        "hydraulic pressures. A small remote terminal unit (RTU) shows alarms and sends them to the control room. "
        "The trip settings of the flowline pilots, the SCSSV delay for each well and the ESD test frequency come "
        "from the site's cause and effect chart and well integrity programme; the valves and actuators on the well "
        "are covered by their makers' documents.",
    ),
    (
        "warn",
        "WARNING: The SCSSV circuit runs above 300 bar. A fine jet of hydraulic fluid at this pressure can pierce "
        "the skin. Never feel for leaks with a hand, and bleed a circuit to zero before loosening any fitting.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "Value"],
            ["Wells controlled", "1 (one SCSSV, one SSV)"],
            ["Supply: instrument gas or instrument air, filtered to 5 µm", "6.0-8.5 bar"],
            ["Supply dew point", "at least 10 °C below the lowest ambient temperature"],
            ["SCSSV pump, gas-driven, pressure ratio", "60:1"],
            ["SCSSV header, normal working pressure", "310 bar"],
            ["SCSSV relief valve setting", "345 bar"],
            ["SSV pump, gas-driven, pressure ratio", "25:1"],
            ["SSV header, normal working pressure", "120 bar"],
            ["SSV relief valve setting", "140 bar"],
            ["Hydraulic reservoir, total / usable", "60 L / 45 L"],
            ["Hydraulic fluid", "Calderwick HF-15, mineral oil ISO VG 15"],
            ["Return filter, pump suction strainer", "10 µm, 100 mesh"],
            ["SCSSV accumulator, nitrogen precharge at 20 °C", "2.5 L, 180 bar"],
            ["SSV accumulator, nitrogen precharge at 20 °C", "10 L, 60 bar"],
            ["Fusible plug loop pressure, plug melting point", "2.5 bar, 104 °C"],
            ["RTU supply", "24 V DC solar, 40 W panel, 2 x 12 V 38 Ah batteries"],
            ["Enclosure, hazardous area", "316L stainless steel, Zone 1"],
            ["Mass, reservoir full", "420 kg"],
            ["Ambient temperature", "-30 to +55 °C"],
        ],
        (100, 70),
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only persons trained on the WCP-20 and holding the site's permit may work on the panel or change a "
            "setting.",
            "Never block, pin or bypass the ESD logic or a pilot without the site's written override permit.",
            "Never open the well against a closed SSV: the reset sequence in section 6 opens the SCSSV first, with "
            "the well shut in at the wing.",
            "Release the precharge of an accumulator only with the charging kit; never unscrew the gas valve.",
            "Hydraulic fluid HF-15 is flammable. Clean up spills at once.",
        ],
    ),
    ("h", "3. Pressure settings and timing"),
    (
        "cols",
        [
            ("h", "Pump drive pressures"),
            (
                "p",
                "A gas-driven pump stalls when the hydraulic pressure equals the drive pressure times its ratio. "
                "Set the SCSSV pump drive regulator to 5.2 bar (5.2 x 60 = 312 bar) and the SSV pump drive regulator "
                "to 4.8 bar (4.8 x 25 = 120 bar). Never set a drive regulator above 5.7 bar (SCSSV) or 5.5 bar "
                "(SSV), or the pump can reach its relief setting.",
            ),
            ("h", "Low pressure alarms"),
            (
                "p",
                "The RTU raises A05 when the SCSSV header falls below 280 bar and A06 when the SSV header falls below "
                "100 bar. These are alarms only; the valves close on a loss of pressure by themselves.",
            ),
            ("h", "SCSSV delay"),
            (
                "p",
                "On an ESD the SSV closes first. The SCSSV header bleeds down through the delay needle valve so that "
                "the SCSSV closes after the well has stopped flowing. Default 30 s, adjustable 10-120 s; use the "
                "value in the site's cause and effect chart for the well.",
            ),
            ("h", "Low pilot start-up bypass"),
            (
                "p",
                "After a reset the low pressure pilot on the flowline is bypassed for 15 min (adjustable 5-30 min) "
                "so that the flowline can build pressure. If the pressure is still below the low pilot setting "
                "when the timer runs out, the well shuts in again.",
            ),
            ("h", "Hold tests"),
            (
                "p",
                "With the pump isolated and the valves open, the SCSSV header may fall by no more than 7 bar in "
                "15 min and the SSV header by no more than 3 bar in 15 min. A larger fall means a leak in the panel, "
                "the control line or the actuator.",
            ),
            ("h", "Accumulator precharge and temperature"),
            (
                "p",
                "Precharge values are given at 20 °C. At another temperature the gauge should read: p = p20 x "
                "(T + 273) / 293, with T in °C. Example: the SCSSV accumulator at 35 °C should read 180 x 308 / 293 = "
                "189 bar. Check the precharge only with the hydraulic side bled to zero.",
            ),
            ("h", "Pump stroke rate"),
            (
                "p",
                "With the valves open and no leak a pump restarts only a few times an hour to make up for "
                "temperature changes. More than 6 restarts an hour raises A10.",
            ),
        ],
    ),
    ("h", "4. RTU alarm codes"),
    (
        "table",
        [
            ["Code", "Alarm", "Meaning and action"],
            ["A01", "ESD push button", "Local or remote ESD push button pressed. Find out why before resetting."],
            [
                "A02",
                "Fusible loop",
                "Fusible loop pressure lost: a plug melted (fire at the well) or a tube leaked. Check the wellhead.",
            ],
            ["A03", "High flowline pressure", "High pressure pilot tripped. Check the choke and the downstream valves."],
            ["A04", "Low flowline pressure", "Low pressure pilot tripped: line break, or start-up bypass timed out."],
            ["A05", "SCSSV pressure low", "SCSSV header below 280 bar. Check the pump and its drive gas."],
            ["A06", "SSV pressure low", "SSV header below 100 bar. Check the pump and the actuator seals."],
            ["A07", "Reservoir level low", "Less than 15 L in the reservoir. Find the leak, then top up with HF-15."],
            ["A08", "Supply pressure low", "Instrument supply below 4.5 bar. The valves will close below 3.5 bar."],
            ["A10", "Pump restarts high", "More than 6 pump restarts an hour: leak. Carry out the hold tests."],
            ["A11", "SCSSV closed", "SCSSV header below 50 bar: the SCSSV is taken as closed."],
            ["A12", "RTU battery low", "Below 23.0 V. Check the solar panel and the batteries."],
        ],
        (16, 44, 110),
    ),
    ("h", "5. Troubleshooting by symptom"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "What to do"],
            [
                "SCSSV pump strokes all the time and the header stays below 310 bar",
                "Drive gas pressure low, SCSSV relief valve passing, or a leak in the control line down the well",
                "Check the drive regulator; isolate the control line and carry out the hold test on the panel alone",
            ],
            [
                "SSV drifts closed over hours",
                "SSV header leaking away: actuator seals or a fitting; low SSV accumulator precharge",
                "Carry out the SSV hold test; check the precharge (section 8)",
            ],
            [
                "Well shuts in on cold mornings with no alarm cause found",
                "Water in the instrument gas freezing in the pneumatic relays, or a slow fusible loop leak",
                "Check the supply dew point and drain the supply filter; leak-test the fusible loop",
            ],
            [
                "Pump does not stroke although the header is low",
                "Ice in the air motor exhaust, supply filter blocked, drive regulator closed",
                "Thaw and clear the exhaust, change the filter element, set the drive pressure",
            ],
            [
                "Well will not stay open after a reset",
                "Fusible loop not pressurised, a pilot still tripped, or start-up bypass timed out",
                "Check the loop pressure of 2.5 bar and the pilot indicators; reset again",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Opening the well (reset after a shut-in)"),
    (
        "ol",
        [
            "Find and remove the cause of the shut-in and record it; A01 and A02 need the site supervisor's release.",
            "Check the instrument supply (6.0-8.5 bar), the reservoir level and the RTU for other alarms.",
            "Pressurise the fusible loop: pull the loop reset knob until the loop gauge shows 2.5 bar.",
            "Pull the SCSSV reset knob. The SCSSV pump runs; wait until the header reaches 310 bar.",
            "Wait for the SCSSV to open fully; the opening time is given in the SCSSV maker's data.",
            "Pull the SSV reset knob. The SSV opens; check its position indicator.",
            "The low pilot start-up bypass now runs for the set time (default 15 min).",
            "Open the well on its choke as the site's start-up procedure requires.",
            "Check before the bypass timer runs out that the flowline pressure is above the low pilot setting.",
        ],
    ),
    ("h", "7. ESD function test"),
    (
        "ol",
        [
            "Agree the test with the control room and record the header pressures.",
            "Start a stopwatch and press the local ESD push button.",
            "Record the time until the SSV position indicator shows closed.",
            "Record the time until the SCSSV header falls below 50 bar (A11); it must be the set delay within ±5 s.",
            "Check that A01 reached the control room.",
            "Reset the well as in section 6.",
            "Repeat for the remote ESD and, with the site's permit, for a fusible loop vent at the test point.",
            "Record the results on the site's ESD test sheet.",
        ],
    ),
    ("h", "8. Checking the accumulator precharge"),
    (
        "ol",
        [
            "Shut in the well and isolate the accumulator from its header with the accumulator block valve.",
            "Open the accumulator bleed valve and drain the hydraulic side to the reservoir until the gauge reads 0 "
            "bar.",
            "Fit the Calderwick charging kit (CLW-CK-1) to the gas valve and read the precharge.",
            "Correct the reading for the temperature with the formula in section 3.",
            "If the precharge is more than 10 % below the corrected value, top up with dry nitrogen only.",
            "Remove the charging kit, fit the gas valve cap, close the bleed valve and open the block valve.",
            "Reset the well as in section 6.",
        ],
    ),
    ("h", "9. Changing the return filter and topping up"),
    (
        "ol",
        [
            "Check the filter indicator: red means the element is blocked and in bypass.",
            "With the pumps isolated, unscrew the filter bowl and catch the fluid in a clean tray.",
            "Replace the element with CLW-RF-10 and the bowl O-ring.",
            "Refit the bowl hand-tight and a quarter turn more.",
            "Top up the reservoir through the filler breather with HF-15 to the upper mark of the sight glass; "
            "use only a filter cart with a 10 µm filter, never an open jug.",
            "Restart the pumps and check the filter bowl for leaks.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily (site round)", "Read the header pressures, the supply pressure and the reservoir level"],
            [
                "3 months, or the site's ESD test frequency if it is shorter",
                "ESD function test (section 7); hold tests of both headers",
            ],
            ["6 months", "Check both accumulator precharges (section 8); drain the supply filter"],
            ["12 months", "Fluid sample, cleanliness ISO 4406 18/16/13 or better; change the return filter"],
            ["2 years", "Bench-test both relief valves"],
            ["5 years", "Replace the fusible plugs"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "Part number"],
            ["Return filter element 10 µm", "CLW-RF-10"],
            ["Supply filter element 5 µm", "CLW-SF-05"],
            ["SCSSV pump seal kit (60:1)", "CLW-PK-60"],
            ["SSV pump seal kit (25:1)", "CLW-PK-25"],
            ["Relief valve, 345 bar", "CLW-RV-345"],
            ["Relief valve, 140 bar", "CLW-RV-140"],
            ["Fusible plug, 104 °C", "CLW-FP-104"],
            ["Accumulator bladder 2.5 L / 10 L", "CLW-AB-25 / CLW-AB-100"],
            ["Nitrogen charging kit", "CLW-CK-1"],
        ],
        (100, 70),
    ),
]

# ---------------------------------------------------------------- Fernhollow LH indirect line heaters
FERNHOLLOW = [
    ("title", "Fernhollow LH Indirect Bath Line Heaters\nInstallation, Operation and Maintenance - LH-500 and LH-1000"),
    (
        "p",
        "Document FRH-IOM-LH-07, Edition 1, August 2024. Fernhollow Thermal Equipment. The LH-500 and LH-1000 heat "
        "natural gas at the wellsite or at a gathering station, upstream of a pressure-reducing choke, so that the "
        "gas does not form hydrates when it cools across the choke. A natural-draft burner fires into a U-shaped "
        "fire tube that sits in a bath of water and glycol; the process coil sits in the same bath above the fire "
        "tube and takes its heat from the bath, never from the flame. Apart from the sizes and the values given for "
        "each model, the two heaters are built alike. The choke, the gas analysis and hydrate temperature of the "
        "gas, the fuel gas supply up to the heater inlet and the inspection of the process coil under the pressure "
        "equipment rules are the site's.",
    ),
    (
        "warn",
        "WARNING: Never light the burner with the bath below the low level mark, and never open the bath "
        "filler while the bath is above 60 °C: hot glycol can spray out.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LH-500", "LH-1000"],
            ["Burner firing rate (fuel input, LHV)", "500 kW", "1000 kW"],
            ["Heat duty absorbed by the process coil, at full fire", "400 kW", "800 kW"],
            ["Fuel gas use at full fire, natural gas LHV 36 MJ/Sm³", "50 Sm³/h", "100 Sm³/h"],
            ["Fuel gas pressure at the heater inlet", "2.0-7.0 bar", "2.0-7.0 bar"],
            ["Burner gas pressure at full fire, after the regulator", "0.35 bar", "0.35 bar"],
            ["Pilot gas pressure", "0.7 bar", "0.7 bar"],
            ["Burner turndown, modulating", "4:1", "4:1"],
            ["Fire tube diameter", "20 in", "24 in"],
            ["Process coil", "2 in sch 160, 8 passes", "3 in sch 160, 10 passes"],
            ["Process coil design pressure / temperature", "258 bar / 120 °C", "258 bar / 120 °C"],
            ["Bath volume (50 % water, 50 % MEG)", "3.4 m³", "6.2 m³"],
            ["Bath temperature, highest setpoint", "85 °C", "85 °C"],
            ["Stack diameter, top of stack above grade", "8 in, 6 m", "12 in, 6 m"],
            ["Mass empty / in operation", "6800 kg / 10400 kg", "11200 kg / 17800 kg"],
            ["BMS supply", "24 V DC, 60 W", "24 V DC, 60 W"],
        ],
        (90, 40, 40),
    ),
    (
        "p",
        "The heat duty holds with a bath of 50 % MEG at 85 °C and a clean fire tube and coil. With more glycol in "
        "the bath, or with soot on the fire tube, the heater cannot reach its duty.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The heater is a fired vessel next to high-pressure gas. Keep the area around the burner front and the "
            "stack free of combustible material for at least 3 m.",
            "Only persons trained on the burner management system (BMS) may light the heater or change a setting.",
            "MEG is harmful if swallowed. Wear gloves and glasses when mixing or topping up the bath, and keep glycol "
            "out of drains.",
            "Never bypass the bath low level switch or the bath high temperature switch.",
            "Gas in the bath vent means a leak in the process coil: shut in the coil at once.",
        ],
    ),
    ("h", "3. Burner management settings and limits"),
    (
        "cols",
        [
            ("h", "Purge and ignition"),
            (
                "p",
                "Before each light-off the BMS proves that both fuel shutdown valves are closed and waits for a "
                "natural-draft purge of 5 min. Pilot trial for ignition 10 s, main flame trial 10 s. The flame rod "
                "must give at least 2 µA; the flame failure response time is no more than 4 s.",
            ),
            ("h", "Restart after a flame failure"),
            (
                "p",
                "After a flame failure the BMS makes one automatic restart with a full 5 min purge. A second "
                "failure within 1 h locks out (B03) and needs a manual reset at the heater.",
            ),
            ("h", "Bath temperature"),
            (
                "p",
                "Setpoint up to 85 °C. High alarm 90 °C, high-high shutdown 95 °C (B04). Below 25 % of the firing "
                "rate the burner no longer modulates and cycles on and off around the setpoint, with a switching "
                "band of 3 °C.",
            ),
            ("h", "Required outlet temperature"),
            (
                "p",
                "The gas cools by about 0.5 °C for every bar of pressure drop across the choke. Required coil outlet "
                "temperature = hydrate temperature of the gas at the downstream pressure + 5 °C + 0.5 °C x pressure "
                "drop across the choke (bar). Example: hydrate temperature 12 °C and a drop of 40 bar give 12 + 5 + "
                "20 = 37 °C. Set the bath at least 15 °C above the required outlet temperature, and never above 85 "
                "°C.",
            ),
            ("h", "Bath level"),
            (
                "p",
                "Fill cold to the COLD mark only. The bath expands by about 5 % between 15 °C and 85 °C and must "
                "have room to do so. The low-low level switch shuts the burner down (B05).",
            ),
            ("h", "Glycol concentration"),
            (
                "p",
                "Keep the bath between 45 % and 55 % MEG by volume. 50 % MEG protects the bath down to -37 °C. "
                "Below 40 % the frost protection is not enough for a winter shutdown; above 60 % the bath transfers "
                "heat less well and the duty falls.",
            ),
            ("h", "Stack temperature"),
            (
                "p",
                "Normal stack temperature at full fire is 320-400 °C. Above 450 °C the BMS raises B08: the fire tube "
                "is sooted or the burner is overfired.",
            ),
        ],
    ),
    ("h", "4. BMS codes"),
    (
        "table",
        [
            ["Code", "Fault", "Cause and action"],
            ["B01", "Pilot flame failure", "No flame signal at the pilot. One restart is made after a purge."],
            ["B02", "Main flame not proven", "Main flame not seen within the 10 s trial. Check the main gas valve."],
            ["B03", "Lockout", "Second flame failure within 1 h. Find the cause, then reset at the heater."],
            ["B04", "Bath temperature high-high", "Bath above 95 °C. Check the setpoint and the temperature sensor."],
            ["B05", "Bath level low-low", "Bath below the low-low mark. Look for a leak, then top up the bath."],
            ["B06", "Fuel gas pressure high", "Above 0.5 bar after the regulator. Check the regulator."],
            ["B07", "Fuel gas pressure low", "Below 0.2 bar after the regulator at full fire. Check the fuel gas filter."],
            ["B08", "Stack temperature high", "Above 450 °C. Clean the fire tube; check the burner orifice."],
            ["B09", "Bath sensor fault", "Pt100 open or short circuit. The burner stops."],
            ["B10", "Valve position mismatch", "A fuel shutdown valve did not prove closed. Do not restart."],
            ["B12", "Remote shutdown", "Shutdown from the site's control system."],
            ["B13", "Supply voltage low", "BMS supply below 21 V DC."],
            [
                "B14",
                "Coil outlet temperature high",
                "Above the site's setting, default 70 °C. Check the bath setpoint and the gas flow.",
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
                "Outlet temperature too low while the bath is at its setpoint",
                "Gas flow above the duty of the heater, bath setpoint too low, or deposits inside the coil",
                "Check the flow against the duty; raise the setpoint within the limits of section 3",
            ],
            [
                "Bath never reaches its setpoint at full fire",
                "Soot on the fire tube, flame arrestor blocked, fuel gas pressure low",
                "Clean the flame arrestor (section 9); check the burner gas pressure of 0.35 bar",
            ],
            [
                "Bath level rises and gas comes out of the bath vent",
                "Leak in the process coil",
                "Shut in and depressurise the coil, shut down the burner, call Fernhollow service",
            ],
            [
                "Yellow, lazy flame and soot at the stack",
                "Too little air: flame arrestor dirty or air shutter closed",
                "Clean the flame arrestor; open the air shutter until the flame is blue",
            ],
            [
                "Bath level falls slowly, white vapour at the bath vent",
                "Water boiling off, so the glycol share rises",
                "Check the concentration (section 8); top up with water, not MEG",
            ],
        ],
        (50, 60, 60),
    ),
    ("h", "6. Filling the bath"),
    (
        "ol",
        [
            "Check that the bath drain is closed and plugged.",
            "Mix the bath in a clean tote: equal volumes of clean water (chloride below 50 mg/L) and MEG.",
            "Pump the mix in through the filler until the sight glass shows the COLD mark: about 3.4 m³ (LH-500) or "
            "6.2 m³ (LH-1000).",
            "Check the concentration with the refractometer: 45-55 %.",
            "Check the bath vent is open and its flame arrestor is fitted.",
            "Fit the filler cap.",
        ],
    ),
    ("h", "7. Lighting the heater"),
    (
        "ol",
        [
            "Check the bath level at the COLD mark and the coil lined up for gas flow.",
            "Open the fuel gas isolation valve and check the inlet pressure: 2.0-7.0 bar.",
            "Check the pilot gas pressure of 0.7 bar.",
            "Reset the BMS and clear any code.",
            "Press START. The BMS proves the valves closed and purges for 5 min.",
            "The pilot lights within its 10 s trial; then the main flame lights within its 10 s trial.",
            "Look through the sight port: the flame must be blue and steady, and must not touch the fire tube wall.",
            "Set the bath setpoint from the required outlet temperature in section 3.",
            "Check the stack temperature after 30 min at full fire: 320-400 °C.",
        ],
    ),
    ("h", "8. Checking and correcting the glycol concentration"),
    (
        "ol",
        [
            "Take a sample from the bath sample valve with the bath below 60 °C.",
            "Let the sample cool to room temperature.",
            "Read the concentration with the glycol refractometer.",
            "Between 45 % and 55 %: no action.",
            "Above 55 %: add water through the filler, no more than 100 L at a time, and check again after 1 h of "
            "circulation.",
            "Below 45 %: drain some bath to a tote and add MEG, then check again.",
            "Record the reading in the heater log.",
        ],
    ),
    ("h", "9. Cleaning the flame arrestor"),
    (
        "ol",
        [
            "Shut down the burner, close and lock the fuel gas isolation valve.",
            "Let the burner front cool for at least 30 min.",
            "Remove the flame arrestor housing bolts and pull out the element.",
            "Blow the element through from the clean side with compressed air no higher than 3 bar.",
            "Check the crimped ribbon for holes or damage; replace a damaged element (FRH-FA-20 or FRH-FA-24).",
            "Refit the element with a new gasket and tighten the bolts in a cross pattern.",
            "Relight the heater as in section 7.",
        ],
    ),
    ("h", "10. Maintenance"),
    (
        "table",
        [
            ["Interval", "Task"],
            ["Daily", "Record the bath temperature, bath level, outlet temperature and stack temperature"],
            ["Monthly", "Check the glycol concentration (section 8); drain the fuel gas filter"],
            ["6 months", "Clean the flame arrestor (section 9); clean and check the flame rod"],
            ["12 months", "Pull the burner and inspect the fire tube for soot, bulges and corrosion"],
            ["5 years", "Thickness survey of the process coil by the site's inspection body"],
            ["After a coil leak", "Repair and pressure test of the coil by Fernhollow service"],
        ],
        (70, 100),
    ),
    ("h", "11. Spare parts"),
    (
        "table",
        [
            ["Part", "LH-500", "LH-1000"],
            ["Burner orifice", "FRH-BO-500", "FRH-BO-1000"],
            ["Flame arrestor element", "FRH-FA-20", "FRH-FA-24"],
            ["Fire tube flange gasket", "FRH-FG-20", "FRH-FG-24"],
            ["Pilot assembly", "FRH-PA-01", "FRH-PA-01"],
            ["Flame rod", "FRH-FR-12", "FRH-FR-12"],
            ["Bath temperature sensor Pt100", "FRH-TT-100", "FRH-TT-100"],
            ["BMS controller", "FRH-BMS-3", "FRH-BMS-3"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("brackenrig-pt-pig-launcher-receiver.pdf", "Brackenrig BRK-IOM-PT-03 Ed 2 - PT-8 / PT-12", BRACKENRIG),
        ("emberhurst-fip-flare-ignition-panel.pdf", "Emberhurst EMB-OM-FIP-04 Ed 3 - FIP-1 / FIP-2", EMBERHURST),
        ("calderwick-wcp-wellhead-control-panel.pdf", "Calderwick CLW-IOM-WCP20-02 Ed 2 - WCP-20", CALDERWICK),
        ("fernhollow-lh-indirect-line-heater.pdf", "Fernhollow FRH-IOM-LH-07 Ed 1 - LH-500 / LH-1000", FERNHOLLOW),
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
