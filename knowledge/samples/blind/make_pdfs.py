"""Generate the PDF manuals of the blind set (run once; the PDFs are committed).

Run outside the repo's shared virtualenv:
    python3 -m venv /tmp/blindpdf && /tmp/blindpdf/bin/pip install fpdf2
    /tmp/blindpdf/bin/python knowledge/samples/blind/make_pdfs.py

Uses the DejaVu Sans TrueType font (for °C, m³, µm, ±). The text rendered is all here.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF, FontFace

OUT = Path(__file__).resolve().parent / "manuals"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, header_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.add_font("dv", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("dv", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def header(self) -> None:
        self.set_font("dv", "", 8)
        self.cell(0, 5, self.header_text, align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"Page {self.page_no()}", align="C")


def render(pdf: Manual, blocks: list[tuple]) -> None:
    for kind, *rest in blocks:
        if kind == "title":
            pdf.set_font("dv", "B", 16)
            pdf.multi_cell(0, 8, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 12)
            pdf.multi_cell(0, 6, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(0, 5, rest[0], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "warn":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5, rest[0], border=1, padding=2, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "ol":
            pdf.set_font("dv", "", 10)
            for i, item in enumerate(rest[0], 1):
                pdf.multi_cell(0, 5, f"{i}. {item}", align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, widths = rest[0], rest[1]
            pdf.set_font("dv", "", 9)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=5,
                           headings_style=FontFace(emphasis="BOLD")) as table:
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        else:
            raise ValueError(kind)


def render_two_column(pdf: Manual, blocks: list[tuple]) -> None:
    """Body text flows in two columns; headings and tables span the page."""
    for kind, *rest in blocks:
        if kind == "cols":
            pdf.set_font("dv", "", 9.5)
            with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15) as cols:
                for sub, text in rest[0]:
                    if sub == "h":
                        cols.write("\n")
                        pdf.set_font("dv", "B", 10.5)
                        cols.write(text + "\n")
                        pdf.set_font("dv", "", 9.5)
                    elif sub == "warn":
                        pdf.set_font("dv", "B", 9.5)
                        cols.write(text + "\n\n")
                        pdf.set_font("dv", "", 9.5)
                    else:
                        cols.write(text + "\n\n")
            pdf.ln(2)
        else:
            render(pdf, [(kind, *rest)])


# ---------------------------------------------------------------- Corvane CX
CORVANE = [
    ("title", "Corvane CX Series Centrifugal Air Compressor\nOperation and Maintenance Manual — Models CX-750 and CX-900"),
    ("p", "Document CV-OM-0412, Revision C, March 2024. Corvane Turbomachinery Ltd. This manual covers the three-stage, "
          "integrally geared, oil-free centrifugal compressors CX-750 and CX-900 with the Corvane Sentinel 4 control panel. "
          "Read the whole manual before operating or servicing the compressor. Values in this manual apply only to the two "
          "models named; other CX frame sizes have their own manuals."),
    ("warn", "WARNING: The compressor is driven by a 6.6 kV motor. Lock out the motor feeder breaker and the control power, "
             "and vent the discharge line to atmosphere, before opening any panel, oil system component or air piping."),
    ("h", "1. Technical data"),
    ("table", [
        ["Parameter", "CX-750", "CX-900"],
        ["Motor rating", "750 kW, 6.6 kV", "900 kW, 6.6 kV"],
        ["Rated free air delivery", "128 m³/min", "152 m³/min"],
        ["Rated discharge pressure", "8.6 bar(g)", "9.0 bar(g)"],
        ["Number of stages", "3", "3"],
        ["Turndown (inlet guide vane)", "to 70 % of rated flow", "to 72 % of rated flow"],
        ["Oil reservoir capacity", "380 L", "420 L"],
        ["Oil supply pressure (normal)", "2.0–2.4 bar(g)", "2.0–2.4 bar(g)"],
        ["Oil supply temperature (normal)", "43–49 °C", "43–49 °C"],
        ["Cooling water flow (total)", "95 m³/h", "114 m³/h"],
        ["Max. cooling water inlet temperature", "32 °C", "32 °C"],
        ["Weight (package, dry)", "14 200 kg", "15 600 kg"],
    ], (40, 30, 30)),
    ("p", "Lubricating oil: Corvane TurboLube 32 (ISO VG 32 turbine oil). Do not mix with other oils. The oil system "
          "includes an auxiliary oil pump that runs before start (prelube, minimum 30 seconds) and for 15 minutes after stop "
          "(post-lube) to cool the bearings."),
    ("h", "2. Alarm and trip codes (Sentinel 4 panel)"),
    ("p", "Codes beginning with A are alarms: the compressor keeps running and the panel shows the code until reset. "
          "Codes beginning with T are trips: the compressor unloads and the motor stops. A trip must be reset at the panel "
          "after the cause is corrected; the motor may not be restarted for 20 minutes after a trip (motor thermal restart limit)."),
    ("table", [
        ["Code", "Description", "Setpoint", "Action / first checks"],
        ["A-11", "High oil supply temperature", "54 °C", "Check oil cooler water flow and thermostatic valve"],
        ["T-12", "Oil supply temperature trip", "60 °C", "Trip; check oil cooler, cooling water inlet temperature"],
        ["A-14", "Low oil supply pressure", "1.6 bar(g)", "Check oil filter ΔP, oil level, pressure regulating valve"],
        ["T-15", "Oil pressure trip", "1.2 bar(g)", "Trip; do not restart until cause found"],
        ["A-17", "Oil filter differential pressure high", "1.0 bar", "Switch to standby filter and change element"],
        ["A-21", "Stage 2 shaft vibration high", "25 µm pk-pk", "Check probe gap voltage; trend vibration"],
        ["T-22", "Stage 2 shaft vibration trip", "38 µm pk-pk", "Trip; inspect impeller and bearings before restart"],
        ["A-31", "Surge detected", "3 surges in 60 s", "Compressor unloads automatically; check blow-off valve"],
        ["A-40", "Inlet filter differential pressure high", "25 mbar", "Replace inlet filter elements"],
        ["T-51", "Motor winding temperature trip", "145 °C", "Trip; check motor cooling and load"],
        ["A-62", "Intercooler 2 condensate drain failure", "level switch 10 s", "Check drain valve and strainer"],
    ], (14, 50, 26, 60)),
    ("h", "3. Maintenance intervals"),
    ("table", [
        ["Task", "Interval", "Part number / note"],
        ["Check oil level, oil pressure, vibration readings", "Daily", "Record on log sheet CV-F-03"],
        ["Test intercooler condensate drain valves", "Weekly", "Press TEST on each drain"],
        ["Oil sample for analysis", "Every 2 000 h", "Viscosity, water (max 200 ppm), particle count"],
        ["Oil filter element change", "Every 4 000 h or alarm A-17", "CV-OF-118 (both models)"],
        ["Inlet filter elements", "Every 4 000 h or alarm A-40", "CX-750: CV-FLT-2290, CX-900: CV-FLT-2310"],
        ["Coupling alignment check", "Every 8 000 h", "Max. offset 0.05 mm"],
        ["Oil change", "Every 16 000 h or per analysis", "Corvane TurboLube 32"],
        ["Proximity probe gap check", "Annually", "Gap voltage −10 V ± 0.5 V"],
        ["Intercooler tube bundle cleaning", "Every 24 000 h", "Or when approach exceeds 12 K"],
    ], (62, 40, 48)),
    ("h", "4. Changing the oil filter element while running"),
    ("p", "The CX oil system has a duplex oil filter with a six-way changeover valve, so the element can be changed without "
          "stopping the compressor."),
    ("ol", [
        "Confirm the standby filter housing is full: open the fill valve between the housings slowly and vent air from the standby housing until oil without bubbles flows from the vent.",
        "Close the vent, then close the fill valve.",
        "Turn the changeover valve handle slowly to the standby filter. Watch oil supply pressure: it must stay above 1.8 bar(g).",
        "Open the drain on the out-of-service housing and drain it into a container.",
        "Remove the cover (8 × M10 bolts), replace the element with CV-OF-118 and the cover O-ring CV-OR-044.",
        "Refit the cover and tighten the bolts crosswise to 45 N·m.",
        "Fill and vent the housing as in step 1 so it is ready as the standby. Reset alarm A-17 at the panel.",
    ]),
    ("h", "5. Surge"),
    ("p", "Surge is a flow reversal through the compressor, heard as a loud bang or 'whoomp' and seen as a swing in "
          "discharge pressure and motor current. The Sentinel 4 panel detects surge from the rate of change of motor current "
          "and discharge pressure and opens the blow-off valve. If three surges occur within 60 seconds, alarm A-31 is raised "
          "and the compressor unloads."),
    ("ol", [
        "Check that the system demand is not below the minimum flow (turndown limit in section 1).",
        "Check the blow-off valve strokes fully: open from the panel in manual, stroke time must be under 2 seconds.",
        "Check the inlet filter differential pressure and the inlet guide vane position feedback.",
        "Check the cooling water temperature: warm intercooler water raises the surge line.",
        "If surge repeats with normal readings, call Corvane service to re-map the surge line.",
    ]),
    ("warn", "CAUTION: Never operate the compressor with the blow-off valve in manual closed. Repeated surging damages the "
             "impellers and thrust bearing."),
]

# ---------------------------------------------------------------- Halden RSC chiller
HALDEN = [
    ("title", "Halden RSC Rotary Screw Chillers\nInstallation, Operation and Maintenance — RSC-220 and RSC-280"),
    ("p", "Halden Climate Systems, publication HCS-IOM-RSC-07, edition 2023-09. Water-cooled liquid chillers with a single "
          "semi-hermetic twin-screw compressor, refrigerant R-134a, flooded evaporator and shell-and-tube condenser, "
          "controlled by the HalTouch controller."),
    ("h", "Physical and performance data"),
    ("table", [
        ["Item", "RSC-220", "RSC-280"],
        ["Nominal cooling capacity", "773 kW (220 TR)", "985 kW (280 TR)"],
        ["Refrigerant charge (R-134a)", "165 kg", "210 kg"],
        ["Compressor oil charge", "18 L", "22 L"],
        ["Oil type", "Halden HPO-68 (POE)", "Halden HPO-68 (POE)"],
        ["Minimum evaporator water flow", "19 L/s", "24 L/s"],
        ["Nominal condenser water flow", "41 L/s", "52 L/s"],
        ["Leaving chilled water setpoint range", "4.5–15 °C", "4.5–15 °C"],
        ["Capacity control (slide valve)", "25–100 %", "20–100 %"],
        ["Power supply", "400 V / 3 / 50 Hz", "400 V / 3 / 50 Hz"],
        ["Maximum running current", "265 A", "338 A"],
    ], (56, 47, 47)),
    ("h", "Safety and control limits"),
    ("p", "The HalTouch controller protects the chiller with the limits below. Low-pressure and high-pressure safeties are "
          "also backed up by hard-wired pressure switches."),
    ("table", [
        ["Limit", "Setting"],
        ["Low saturated suction temperature cutout", "1.1 °C"],
        ["High discharge pressure trip", "12.4 bar(g)"],
        ["High discharge temperature trip", "105 °C"],
        ["Minimum oil differential pressure", "1.5 bar"],
        ["Anti-recycle timer (start to start)", "20 minutes"],
        ["Minimum off time", "5 minutes"],
        ["Evaporator flow switch delay", "6 seconds"],
    ], (100, 50)),
    ("h", "Alarm codes"),
    ("table", [
        ["Code", "Alarm", "Reset"],
        ["E.12", "Loss of evaporator water flow (flow switch open longer than 6 s)", "Auto when flow returns"],
        ["E.15", "Low saturated suction temperature", "Manual"],
        ["E.21", "High discharge pressure", "Manual, plus reset button on HP switch"],
        ["E.23", "High discharge temperature", "Manual"],
        ["E.31", "Oil filter differential pressure high (above 2.0 bar)", "Manual"],
        ["E.34", "Low oil level (optical sensor in separator)", "Manual"],
        ["E.41", "Compressor motor overload", "Manual"],
        ["E.45", "Phase loss or phase reversal", "Auto"],
        ["E.52", "Leaving chilled water temperature sensor fault", "Auto"],
        ["E.60", "Loss of condenser water flow", "Auto when flow returns"],
    ], (16, 94, 40)),
    ("h", "Troubleshooting"),
    ("table", [
        ["Symptom", "Probable cause", "Remedy"],
        ["Chiller short cycles (starts and stops frequently)", "Control band too narrow; low system water volume",
         "Set stop differential to at least 1.5 K; system loop volume should be at least 3.3 L per kW of capacity"],
        ["Repeated E.15 at start-up", "Low evaporator flow; low refrigerant charge; dirty evaporator tubes",
         "Check flow against minimum; leak test; clean tubes"],
        ["Repeated E.21", "Condenser water too warm or low flow; fouled condenser tubes; non-condensables",
         "Check tower and pump; clean tubes; check approach (normal below 2 K)"],
        ["E.31 after oil change", "Oil filter element clogged with debris", "Replace element HAL-OF-3311"],
        ["Capacity will not rise above 50 %", "Demand limit active; slide valve solenoid fault", "Check demand limit setting; test solenoids"],
    ], (44, 52, 54)),
    ("h", "Maintenance schedule"),
    ("table", [
        ["Task", "Interval"],
        ["Log operating pressures, temperatures and currents", "Daily"],
        ["Refrigerant leak check", "Quarterly"],
        ["Oil analysis (acid, moisture, metals)", "Every 6 months"],
        ["Oil filter element HAL-OF-3311 change", "Annually or on E.31"],
        ["Condenser tube brushing", "Annually"],
        ["Evaporator tube inspection", "Every 3 years"],
        ["Compressor bearing inspection", "At 50 000 running hours"],
    ], (100, 50)),
    ("h", "Oil filter replacement"),
    ("ol", [
        "Stop the chiller and open the compressor disconnect. Lock out and tag.",
        "Close the oil filter isolation valves upstream and downstream of the filter housing.",
        "Connect a recovery hose to the filter housing access valve and recover the refrigerant vapour from the housing to 0 bar(g).",
        "Remove the housing cover and the old element. Install the new element HAL-OF-3311 with a new O-ring lubricated with HPO-68 oil.",
        "Refit the cover and tighten the bolts to 40 N·m in a crosswise pattern.",
        "Evacuate the housing to 500 microns, then open the isolation valves.",
        "Check the oil level in the separator sight glass is between the two marks; top up with HPO-68 only.",
    ]),
    ("warn", "WARNING: R-134a displaces oxygen in enclosed spaces. Ensure the plant room refrigerant detector is working "
             "before opening any part of the refrigerant circuit."),
]

# ---------------------------------------------------------------- Brightwater gearbox (two-column)
BRIGHTWATER = [
    ("title", "Brightwater TD Series Cooling Tower Fan Gearboxes\nService Manual — TD-412 and TD-418"),
    ("p", "Brightwater Drive Systems, manual BDS-SM-04, revision 2, 2022. Right-angle spiral bevel / helical reducers for "
          "induced-draft cooling tower fans, driven through a floating driveshaft from a motor outside the fan stack."),
    ("table", [
        ["Data", "TD-412", "TD-418"],
        ["Reduction ratio", "12.3:1", "18.1:1"],
        ["Max. input power", "75 kW", "110 kW"],
        ["Max. input speed", "1 800 rpm", "1 800 rpm"],
        ["Oil capacity", "19 L", "26 L"],
        ["Dry weight", "410 kg", "585 kg"],
    ], (60, 45, 45)),
    ("cols", [
        ("h", "1. Lubrication"),
        ("p", "Use ISO VG 220 gear oil with rust and oxidation inhibitors, mineral or synthetic (PAO). The oil level is "
              "checked at the remote sight glass mounted outside the fan stack, with the fan stopped for at least 10 minutes."),
        ("p", "Oil change interval: mineral oil every 2 500 operating hours or 6 months, whichever comes first; synthetic "
              "oil every 10 000 operating hours or 2 years. Always change the oil after the first 500 hours of a new or "
              "rebuilt gearbox (break-in)."),
        ("p", "Maximum sump oil temperature in operation is 93 °C. A sustained oil temperature above this value indicates "
              "overload, wrong oil grade or low oil level."),
        ("h", "2. Inspection schedule"),
        ("p", "Weekly: check oil level at the remote sight glass; listen for unusual noise; look for oil on the fan deck. "
              "Monthly: check the vibration switch trips (test button) and the breather BW-BR-0107 is clear. "
              "Every 6 months: check fan hub bolts and driveshaft coupling bolts for torque; inspect driveshaft flexible "
              "elements for cracks."),
        ("h", "3. Vibration limits"),
        ("p", "Vibration measured on the gearbox housing, horizontal direction at the input bearing: acceptable up to "
              "4.5 mm/s RMS; alarm at 7.1 mm/s RMS; the vibration switch trips the fan motor at 11.2 mm/s RMS. Investigate "
              "blade pitch, blade tracking and driveshaft balance before suspecting the gearbox."),
        ("h", "4. Tightening torques"),
        ("p", "Gearbox to support beam mounting bolts (M20, grade 8.8): 390 N·m. Fan hub to output shaft clamp bolts: "
              "270 N·m. Driveshaft coupling flange bolts: 68 N·m. Oil drain plug: 80 N·m. Use lightly oiled threads; "
              "re-check after the first 24 hours of operation."),
        ("h", "5. Reverse rotation"),
        ("p", "The fan may be run in reverse for de-icing in winter. Reverse operation is limited to 50 % of rated speed "
              "and no more than 20 minutes at a time, because the oil slinger lubricates the upper bearing only in the "
              "forward direction. Allow 2 minutes of stopped time before changing direction."),
        ("warn", "WARNING: Lock out the fan motor and lock the fan against windmilling before entering the fan stack. "
                 "Wind through the tower can turn the fan even with the motor isolated."),
        ("h", "6. Replacing the input shaft seal"),
        ("p", "1. Lock out the motor and secure the fan. 2. Drain the oil below the input shaft level (about 6 L). "
              "3. Remove the driveshaft coupling hub from the input shaft with a puller; do not hammer. 4. Remove the "
              "seal carrier and press out the old seal. 5. Press in seal BW-SL-3381 with the spring side toward the oil, "
              "using a sleeve over the keyway. 6. Refit the carrier with new gasket BW-GK-0940, refit the hub, refill "
              "and check the level. 7. Run for 30 minutes and check for leaks."),
        ("h", "7. Storage"),
        ("p", "A gearbox stored or idle for more than 30 days must be completely filled with oil, or rotated by hand "
              "10 turns of the input shaft every 2 weeks, to protect gears and bearings from corrosion. Drain back to "
              "the normal level before start-up."),
    ]),
]

# ---------------------------------------------------------------- Tarrow UPS
TARROW = [
    ("title", "Tarrow PowerGuard Three-Phase UPS\nUser and Maintenance Manual — TPG-20K and TPG-30K"),
    ("p", "Tarrow Power Electronics, document TPE-UM-2030, version 3.1. Online double-conversion UPS with internal "
          "battery, static bypass and external maintenance bypass switch."),
    ("h", "Specifications"),
    ("table", [
        ["Specification", "TPG-20K", "TPG-30K"],
        ["Rated output", "20 kVA / 18 kW", "30 kVA / 27 kW"],
        ["Input voltage", "400 V 3-phase + N", "400 V 3-phase + N"],
        ["Input voltage window (no battery use)", "305–478 V", "305–478 V"],
        ["Recommended input breaker", "40 A, curve C", "63 A, curve C"],
        ["Battery (internal)", "32 × 12 V 9 Ah", "32 × 12 V 9 Ah"],
        ["Nominal battery voltage", "384 V DC", "384 V DC"],
        ["Backup time at full load (internal battery)", "11 min", "7 min"],
        ["Float charge voltage", "2.27 V per cell", "2.27 V per cell"],
        ["Max. charger current", "6 A", "8 A"],
        ["Operating temperature", "0–40 °C", "0–40 °C"],
        ["Heat dissipation at full load", "1.4 kW", "2.1 kW"],
    ], (70, 40, 40)),
    ("p", "Battery life depends strongly on temperature: the design life of the VRLA blocks is given at 20–25 °C; every "
          "10 °C above 25 °C halves it."),
    ("h", "Event and fault codes"),
    ("table", [
        ["Code", "Meaning", "What to do"],
        ["W012", "Battery test failed", "Check battery fuses; measure block voltages; replace weak string"],
        ["W020", "Load on static bypass", "Check for overload or inverter fault; see log"],
        ["W027", "Battery temperature high (above 40 °C)", "Check room cooling"],
        ["W033", "Input out of tolerance, running on battery", "Check upstream supply"],
        ["F031", "DC bus overvoltage", "UPS transfers to bypass; reset once; call service if it repeats"],
        ["F032", "Inverter overtemperature", "Check fans and air filters; check ambient"],
        ["F045", "Battery fuse blown", "Replace with 125 A DC fuse TP-FU-125 only after finding cause"],
        ["F050", "Fan failure", "Replace fan assembly TP-FAN-92"],
        ["F061", "Output overload > 150 % (transfer to bypass)", "Reduce load"],
    ], (16, 60, 74)),
    ("h", "Preventive maintenance"),
    ("table", [
        ["Item", "Interval"],
        ["Visual check, event log review", "Monthly"],
        ["Battery self-test (automatic, or from menu 4.2)", "Monthly"],
        ["Air filter cleaning", "Every 3 months"],
        ["Battery block voltage and impedance measurement", "Every 6 months"],
        ["Cooling fans replacement (TP-FAN-92)", "Every 5 years"],
        ["Battery replacement", "Every 4–5 years"],
        ["DC and AC capacitor replacement", "Every 7 years (service engineer)"],
    ], (100, 50)),
    ("h", "Transfer to maintenance bypass"),
    ("p", "Use this procedure to isolate the UPS for service while keeping the load supplied from the mains. The load is "
          "NOT protected during maintenance bypass."),
    ("ol", [
        "From the front panel, select menu 3.1 'Transfer to bypass' and confirm. Check the display shows W020 and the bypass LED is on.",
        "Open the cover of the maintenance bypass switch Q3 and turn Q3 to ON (BYPASS).",
        "Open the output switch Q2 and then the input switch Q1.",
        "Open the battery isolator Q4. The UPS shuts down; the load stays on the mains through Q3.",
        "Wait 5 minutes for the DC capacitors to discharge before removing any UPS cover.",
    ]),
    ("p", "To return to normal operation, reverse the sequence: close Q4, close Q1, wait for the UPS to start in bypass, "
          "close Q2, turn Q3 to OFF (UPS), then select menu 3.2 'Return to inverter'."),
    ("warn", "DANGER: Battery terminals are live even with all switches open. The battery string is 384 V DC nominal. Use "
             "insulated tools and remove rings and watches."),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks, two_col in [
        ("corvane-cx-centrifugal-compressor.pdf", "Corvane CV-OM-0412 Rev C — CX-750 / CX-900", CORVANE, False),
        ("halden-rsc-screw-chiller.pdf", "Halden HCS-IOM-RSC-07 — RSC-220 / RSC-280", HALDEN, False),
        ("brightwater-td-fan-gearbox.pdf", "Brightwater BDS-SM-04 — TD-412 / TD-418", BRIGHTWATER, True),
        ("tarrow-powerguard-ups.pdf", "Tarrow TPE-UM-2030 v3.1 — TPG-20K / TPG-30K", TARROW, False),
    ]:
        pdf = Manual(header)
        pdf.set_title(blocks[0][1].replace("\n", " — "))
        pdf.set_author(header.split()[0])
        pdf.set_creation_date(datetime(2024, 6, 1, tzinfo=timezone.utc))  # byte-identical reruns
        pdf.add_page()
        if two_col:
            render_two_column(pdf, blocks)
        else:
            render(pdf, blocks)
        pdf.output(str(OUT / name))
        print("wrote", name)


if __name__ == "__main__":
    main()
