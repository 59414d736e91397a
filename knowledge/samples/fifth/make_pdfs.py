"""Render the two PDF manuals of this set (full text is below); run with a Python that has fpdf2.

Byte-identical on rerun: the creation date is fixed.
    /tmp/blindpdf/bin/python make_pdfs.py
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, f"{self.footer_text}  -  page {self.page_no()}", align="C")

    def h1(self, text: str) -> None:
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(2)

    def h2(self, text: str) -> None:
        self.ln(2)
        self.set_font("DejaVu", "B", 11)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1)

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 9)
        self.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)

    def steps(self, items: list[str]) -> None:
        self.set_font("DejaVu", "", 9)
        for n, item in enumerate(items, start=1):
            self.multi_cell(0, 4.6, f"{n}. {item}", new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)

    def grid(self, rows: list[list[str]], widths: tuple[int, ...]) -> None:
        self.set_font("DejaVu", "", 8.5)
        with self.table(col_widths=widths, headings_style=FontFace(emphasis="BOLD"), line_height=4.6, text_align="LEFT") as table:
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
        self.ln(2)


# ---------------------------------------------------------------- Halvorsen boiler (tables)

def boiler() -> None:
    pdf = Manual("Halvorsen Thermal AS - HT-OM-0412 Rev. C")
    pdf.add_page()
    pdf.h1("HTB-150 / HTB-250 Firetube Steam Boiler with Modulating Gas Burner\nOperation and Maintenance Manual")
    pdf.para("Halvorsen Thermal AS, Drammen. Document HT-OM-0412, revision C, 2024-05. This manual covers the "
             "HTB-150 and HTB-250 three-pass wetback steam boilers with the integral HB-7 burner management "
             "system (BMS). The two models differ in size and rating; controls and procedures are the same "
             "unless stated otherwise.")
    pdf.h2("1. Technical data")
    pdf.grid([
        ["Item", "HTB-150", "HTB-250"],
        ["Steam output (from and at 100 °C)", "1,500 kg/h", "2,500 kg/h"],
        ["Burner maximum firing rate", "1.05 MW", "1.72 MW"],
        ["Burner turndown", "5:1", "6:1"],
        ["Design pressure", "10 bar g", "12 bar g"],
        ["Safety valve set pressure", "10.0 bar g", "12.0 bar g"],
        ["High pressure limit (manual reset)", "9.5 bar g", "11.5 bar g"],
        ["Normal operating pressure", "7.5 bar g", "9.0 bar g"],
        ["Natural gas supply pressure", "25 - 50 mbar", "35 - 60 mbar"],
        ["Water content at normal water level", "2,350 L", "3,900 L"],
        ["Burner fan motor", "2.2 kW", "4.0 kW"],
        ["Feedwater pump motor", "3.0 kW", "5.5 kW"],
        ["Flue gas O2 at high fire", "3.0 - 3.5 %", "2.8 - 3.3 %"],
        ["Front clearance for tube withdrawal", "3.2 m", "3.9 m"],
    ], (70, 45, 45))

    pdf.h2("2. Installation")
    pdf.para("Install the boiler in a dedicated boiler house with combustion air openings sized for the "
             "maximum firing rate. Keep the front clearance given in the table free for tube withdrawal and "
             "0.8 m at the sides and rear. The flue draft measured at the boiler outlet must be between "
             "-0.05 and -0.15 mbar. Feedwater temperature must be at least 80 °C to limit oxygen corrosion "
             "and thermal shock. Boiler water limits: TDS max. 3,000 ppm, pH 10.5 - 11.5; feedwater hardness "
             "below 0.02 mmol/L.")

    pdf.h2("3. Operation")
    pdf.para("On a heat demand the HB-7 runs this sequence: air pressure switch check, 60 s pre-purge at full "
             "air, pilot ignition trial (5 s), main flame trial (5 s), then release to modulation. From cold "
             "the burner is held at low fire by the warm-up program until the steam pressure reaches "
             "1.0 bar g. Do not bypass the warm-up hold; rapid firing of a cold boiler cracks tube ends.")
    pdf.para("The flame is supervised by a UV scanner. The flame signal at the HB-7 test jacks must be at "
             "least 3.5 V DC with a stable flame; a lower signal causes nuisance flame failures.")

    pdf.h2("4. Maintenance intervals")
    pdf.grid([
        ["Interval", "Task"],
        ["Daily", "Bottom blowdown (3 s per valve). Low water cutoff test (section 5). Check gauge glass and water treatment."],
        ["Weekly", "Record flame signal. Clean gauge glass. Check burner air intake screen."],
        ["Monthly", "Hand-lift the safety valves at not less than 75 % of set pressure. Test the high pressure limit."],
        ["6 months", "Combustion analysis and burner adjustment. Clean the UV scanner lens. Check ignition electrode gap (2.5 - 3.0 mm)."],
        ["Yearly", "Open fireside, brush tubes, inspect refractory and rear chamber. Renew handhole gaskets. Statutory inspection."],
    ], (28, 132))

    pdf.h2("5. Daily low water cutoff test")
    pdf.para("The boiler has two independent low water limits: LW1 (alarm and feed pump start) and LW2 "
             "(burner lockout, manual reset). Test both every day with the boiler steaming.")
    pdf.steps([
        "Confirm the burner is firing and steam pressure is at least 2 bar g.",
        "Tell the control room that a low water test is in progress.",
        "Set the feedwater pump selector to OFF.",
        "Open the bottom blowdown valve in short bursts to lower the water level.",
        "Watch the gauge glass: the LW1 horn must sound at 50 mm below normal water level.",
        "Keep lowering the level: the burner must shut down at LW2, 75 mm below normal water level, and the HB-7 shows L-03.",
        "Close the blowdown valve and record both trip levels in the boiler log.",
        "Set the feedwater pump selector to AUTO and restore the normal water level.",
        "Press RESET on the HB-7 for 3 seconds to clear the LW2 lockout.",
        "Watch the burner complete pre-purge and relight normally.",
    ])
    pdf.para("WARNING: If the burner does not shut down at LW2, close the main gas valve at once and take the "
             "boiler out of service. Never add cold feedwater to a boiler whose water level is out of sight "
             "in the gauge glass - shut off the burner and let it cool.")

    pdf.h2("6. HB-7 lockout codes")
    pdf.grid([
        ["Code", "Lockout", "Possible causes", "Remedy"],
        ["L-01", "Flame failure in operation", "Dirty scanner lens, gas pressure drop, aged UV cell", "Clean lens; check gas pressure at test point P2; replace UV cell if signal stays below 3.5 V"],
        ["L-02", "No flame at end of ignition trial", "Electrode gap wrong, pilot solenoid faulty, air in gas line after work", "Set gap 2.5 - 3.0 mm; check pilot solenoid; purge gas line"],
        ["L-03", "Low water (LW2)", "Feed pump failed, feed check valve stuck, level probe fouled", "Restore water level; clean LW2 probe; check pump and check valve"],
        ["L-05", "Air pressure switch", "Burner fan not running, air intake blocked, switch tubing cracked", "Check fan motor overload; clear intake; replace tubing"],
        ["L-07", "High steam pressure limit", "Pressure controller set too close to limit, modulation fault", "Set controller at least 1 bar below limit; check modulation motor"],
        ["L-09", "Low gas pressure (switch at 18 mbar)", "Supply valve partly closed, governor fault, filter blocked", "Check supply pressure and gas filter"],
        ["L-11", "Flame detected during pre-purge", "Leaking main gas valve, faulty UV scanner", "Leak test gas valves; replace scanner"],
        ["L-12", "Valve proving failure", "Gas valve seat leak found by the valve proving system", "Do not restart; call gas engineer"],
    ], (14, 38, 54, 54))
    pdf.para("Burner starts, then locks out a few seconds after the main flame comes on, with no other fault: "
             "typically L-01 from a dirty scanner lens or low flame signal. Check the flame signal voltage.")

    pdf.h2("7. Safety")
    pdf.para("Only competent persons may operate the boiler. Before opening any door or handhole: burner "
             "isolated and locked off, gas isolated, boiler depressurised to 0 bar and vented, and water "
             "below 50 °C. Never operate with the safety valves gagged or the low water limits bridged.")

    pdf.h2("8. Spare parts")
    pdf.grid([
        ["Part no.", "Description", "Model"],
        ["HT-40211", "UV flame scanner cell", "both"],
        ["HT-40305", "Ignition electrode", "both"],
        ["HT-22018", "Handhole gasket set (6 off)", "HTB-150"],
        ["HT-22019", "Handhole gasket set (8 off)", "HTB-250"],
        ["HT-31007", "Gauge glass with seals", "both"],
        ["HT-33120", "LW2 level probe", "both"],
        ["HT-51022", "Burner fan motor 2.2 kW", "HTB-150"],
        ["HT-51040", "Burner fan motor 4.0 kW", "HTB-250"],
    ], (30, 100, 30))
    pdf.output(str(HERE / "manuals" / "halvorsen_htb_steam_boiler.pdf"))


# ---------------------------------------------------------------- Kestrel HPU (two-column page)

HPU_COLUMNS = [
    ("3. Commissioning", [
        "Fill the reservoir only through a filter cart with a 10 µm filter, never through the open "
        "filler. Fill to the upper mark of the level gauge.",
        "Before the first start fill the pump case with clean oil through the upper case drain port. "
        "A dry pump case destroys the pump within seconds.",
        "Open the suction ball valve fully; its limit switch must be made or the motor will not start "
        "(alarm H07).",
        "Check motor rotation by jogging for 2 s: clockwise seen from the motor fan end, as marked by the "
        "arrow on the pump flange.",
        "Start with the compensator turned back and raise the pressure in steps to the working pressure. "
        "Bleed air at the highest points of the system.",
    ]),
    ("4. Maintenance intervals", [
        "Daily: oil level, oil temperature, leaks, clogging indicator on the return filter.",
        "Weekly: clean cooler fins if dusty; check noise of pump and motor.",
        "Every 3 months: oil sample for particle count; target cleanliness ISO 4406 18/16/13. Check "
        "accumulator precharge (section 5).",
        "Every 2,000 h or when the indicator shows red: change the return filter element.",
        "Yearly: replace the filler-breather; inspect the coupling spider; clean the suction strainer.",
        "Every 5,000 h or when the oil analysis requires it: change the oil and clean the reservoir.",
    ]),
    ("Noisy pump - symptoms", [
        "High-pitched whine or rattling from the pump is nearly always cavitation: suction valve "
        "partly closed, oil too cold (below 15 °C), suction strainer blocked, or breather blocked.",
        "Knocking at the coupling at start: worn coupling spider.",
        "Pressure hunting with a screeching noise: relief valve chattering because the compensator is "
        "set too close to the relief setting; keep the compensator at least 20 bar below it.",
    ]),
]


def hpu() -> None:
    pdf = Manual("Kestrel Fluidpower Ltd - KF-IM-2207 Rev. 4")
    pdf.add_page()
    pdf.h1("HPU-22 / HPU-37 Hydraulic Power Unit\nInstruction and Maintenance Manual")
    pdf.para("Kestrel Fluidpower Ltd, Sheffield. Document KF-IM-2207, revision 4, 2025-01. The HPU-22 and "
             "HPU-37 are open-loop hydraulic power units with a pressure-compensated variable displacement "
             "axial piston pump, air-blast oil cooler, return filter and bladder accumulator. They supply "
             "press and clamping circuits.")
    pdf.h2("1. Technical data")
    pdf.grid([
        ["Item", "HPU-22", "HPU-37"],
        ["Electric motor", "22 kW, 1480 rpm", "37 kW, 1480 rpm"],
        ["Pump displacement", "71 cm³/rev", "100 cm³/rev"],
        ["Maximum flow", "100 L/min", "140 L/min"],
        ["Maximum working pressure", "210 bar", "250 bar"],
        ["Relief valve setting", "230 bar", "275 bar"],
        ["Reservoir capacity", "250 L", "400 L"],
        ["Accumulator", "10 L bladder", "10 L bladder"],
        ["Accumulator N2 precharge at 20 °C", "130 bar", "150 bar"],
        ["Return filter element", "KF-RF10-160", "KF-RF10-250"],
        ["Noise level at 1 m", "72 dB(A)", "75 dB(A)"],
    ], (70, 45, 45))
    pdf.para("Both units: hydraulic oil ISO VG 46, HM / HLP grade. Return filter 10 µm, beta10 ≥ 200, "
             "clogging indicator at 2.5 bar. Cooler fan switched on by thermostat at 50 °C. Oil temperature "
             "alarm 60 °C, trip 70 °C. Tank heater 2 kW, on below 15 °C.")
    pdf.h2("2. Installation")
    pdf.para("Set the unit on a level base and leave 600 mm free around the cooler for air flow and "
             "cleaning. Mount it so that the suction line is as short as possible and the pump inlet is "
             "always below the minimum oil level. Use hoses for the connection to the machine to decouple "
             "vibration. Connect the motor for the supply voltage on its nameplate and set the motor "
             "overload to the rated current.")

    # two-column page
    pdf.add_page()
    pdf.set_font("DejaVu", "", 9)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", l_margin=18, r_margin=18) as cols:
        for heading, paras in HPU_COLUMNS:
            pdf.set_font("DejaVu", "B", 10)
            cols.write(heading + "\n")
            pdf.set_font("DejaVu", "", 9)
            for p in paras:
                cols.write(p + "\n")
            cols.ln()

    pdf.add_page()
    pdf.h2("5. Checking the accumulator precharge")
    pdf.para("WARNING: Accumulators store energy even when the unit is stopped. Charge with dry nitrogen "
             "only - never with oxygen or compressed air (explosion hazard).")
    pdf.steps([
        "Stop the HPU and lock off the main isolator.",
        "Open the accumulator dump valve V5 and wait until the system gauge reads 0 bar.",
        "Close the accumulator isolation valve V4.",
        "Remove the protective cap from the gas valve on top of the accumulator.",
        "Fit the charging and gauging kit KF-CGK-01 hand-tight to the gas valve.",
        "Close the bleed valve of the kit and turn the T-handle in to open the gas valve core.",
        "Read the precharge. Correct values at 20 °C: 130 bar (HPU-22), 150 bar (HPU-37), tolerance ±5 %.",
        "If the precharge is low, connect a nitrogen bottle with pressure regulator to the kit and charge slowly.",
        "If the precharge is high, release nitrogen slowly through the kit bleed valve.",
        "Turn the T-handle out, open the bleed valve and remove the kit.",
        "Refit the protective cap on the gas valve.",
        "Open V4, close V5, remove the lock and restart the unit.",
    ])
    pdf.h2("6. Alarms on the HMI")
    pdf.grid([
        ["Alarm", "Message", "Cause", "Remedy"],
        ["H01", "Oil level low", "External leak, hose burst, level switch fault", "Find leak; top up through filter cart"],
        ["H02", "Oil temperature high (60 °C)", "Cooler fins blocked, cooler fan fuse, oil dumping over relief valve", "Clean cooler; check fan; check compensator setting"],
        ["H03", "Oil temperature trip (70 °C)", "As H02; unit stops", "As H02; restart when below 55 °C"],
        ["H04", "Return filter clogged", "Element dirty (2.5 bar)", "Change element"],
        ["H05", "Motor overload", "Pressure set too high, pump worn, supply phase missing", "Check settings and motor current"],
        ["H06", "Pressure not reached in 10 s", "Compensator set low, coupling sheared, pump worn", "Check coupling and compensator"],
        ["H07", "Suction valve closed", "Suction ball valve not fully open", "Open valve fully; check limit switch"],
        ["H08", "Oil temperature low (below 15 °C)", "Cold start; heater fault", "Start blocked until oil is warm; check heater"],
    ], (14, 40, 58, 48))
    pdf.h2("7. Spare parts")
    pdf.grid([
        ["Part no.", "Description", "Model"],
        ["KF-RF10-160", "Return filter element 10 µm", "HPU-22"],
        ["KF-RF10-250", "Return filter element 10 µm", "HPU-37"],
        ["KF-BR3-10", "Filler-breather 3 µm", "both"],
        ["KF-SS125", "Suction strainer 125 µm", "both"],
        ["KF-LT-460", "Level / temperature switch", "both"],
        ["KF-CS-48", "Coupling spider", "HPU-22"],
        ["KF-CS-55", "Coupling spider", "HPU-37"],
        ["KF-AB10", "Accumulator bladder 10 L", "both"],
        ["KF-CGK-01", "Charging and gauging kit", "both"],
    ], (35, 95, 30))
    pdf.output(str(HERE / "manuals" / "kestrel_hpu_hydraulic_unit.pdf"))


if __name__ == "__main__":
    boiler()
    hpu()
