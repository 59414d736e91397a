"""Render the two PDF manuals of the 'third' tuning set.

The full text of both manuals is held here. Run with any Python that has fpdf2:
    python make_pdfs.py
The creation date is fixed so that reruns give byte-identical files.
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "manuals"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.set_auto_page_break(auto=True, margin=18)
        self.set_margins(18, 18, 18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()}", align="C")

    def title_block(self, lines: list[str]) -> None:
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, lines[0], new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_font("DejaVu", "", 10)
        for line in lines[1:]:
            self.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(3)

    def heading(self, text: str) -> None:
        self.ln(2)
        self.set_font("DejaVu", "B", 11.5)
        self.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.set_font("DejaVu", "", 9.5)

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)

    def steps(self, items: list[str]) -> None:
        self.set_font("DejaVu", "", 9.5)
        for n, item in enumerate(items, start=1):
            self.multi_cell(0, 5, f"{n}. {item}", new_x="LMARGIN", new_y="NEXT", align="L")
        self.ln(1.5)

    def grid(self, rows: list[list[str]], widths: tuple[int, ...]) -> None:
        self.set_font("DejaVu", "", 8.5)
        with self.table(col_widths=widths, line_height=4.6, text_align="LEFT") as table:
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(cell)
        self.ln(3)


# ---------------------------------------------------------------- generator set
GEN_FOOTER = "Kestrel Power Systems  KPS-OM-0614 Rev C"

GEN_TITLE = [
    "KGS-60 / KGS-80 Diesel Standby Generator Set with DCX-20 Controller",
    "Operation and Maintenance Manual",
    "Kestrel Power Systems Ltd.   Document KPS-OM-0614, Revision C, March 2025",
]

GEN_SAFETY = [
    "WARNING: A set left in AUTO can start without warning on a mains failure or a scheduled exercise. "
    "Before any work, turn the controller to OFF, press the emergency stop and disconnect the battery negative lead.",
    "WARNING: Connect the set to the building wiring only through the automatic transfer switch. "
    "Backfeed into the utility network can kill line workers.",
    "CAUTION: Do not open the radiator cap while the engine is hot. Coolant above 90 °C is under pressure.",
    "DANGER: Exhaust gas contains carbon monoxide. Run the set only with the exhaust piped to open air.",
]

GEN_SPECS = [
    ["Item", "KGS-60", "KGS-80"],
    ["Standby rating", "60 kW / 75 kVA", "80 kW / 100 kVA"],
    ["Prime rating", "54 kW / 68 kVA", "72 kW / 90 kVA"],
    ["Engine", "Kestrel 4D-44T, 4.4 L turbo", "Kestrel 4D-52TA, 5.2 L turbo-aftercooled"],
    ["Speed / output", "1800 rpm, 480/277 V, 3-phase, 60 Hz", "1800 rpm, 480/277 V, 3-phase, 60 Hz"],
    ["Fuel use at 100% standby load", "18.2 L/h", "23.6 L/h"],
    ["Engine oil capacity incl. filter", "11.5 L", "14.0 L"],
    ["Coolant capacity", "17 L", "21 L"],
    ["Base fuel tank", "380 L", "500 L"],
    ["Starting battery", "12 V, 800 CCA", "12 V, 1000 CCA"],
    ["Sound level at 7 m", "68 dB(A)", "71 dB(A)"],
]

GEN_FLUIDS = (
    "Engine oil: SAE 15W-40, API CK-4. Coolant: 50/50 mix of ethylene glycol antifreeze and distilled water. "
    "Fuel: ultra-low sulphur diesel to ASTM D975 No. 2-D."
)

GEN_INSTALL = [
    "Set the generator on a concrete pad level to within 6 mm over its length. Leave at least 1 m of clear space "
    "on both sides and 1.5 m at the radiator end for service access and cooling air.",
    "Exhaust back-pressure must not exceed 10 kPa at rated load.",
    "If a remote day tank is used, the fuel lift to the engine fuel pump must not exceed 1.5 m.",
    "The 1500 W coolant block heater holds the engine at about 40 °C so that it can accept load quickly. "
    "Feed it, and the 10 A battery charger, from a circuit supplied by the mains side of the transfer switch. "
    "Set the charger float voltage to 13.6 V.",
]

GEN_OPERATION = [
    "The DCX-20 has three modes selected by keys on the front: OFF, MAN (manual) and AUTO. The START and STOP keys "
    "work only in MAN. ALARM RESET clears latched faults once their cause is gone.",
    "AUTO sequence: when the mains fails, the controller waits for the mains fail delay (parameter P-10, default "
    "3 s) and then cranks the engine. Each crank lasts 10 s with a 10 s rest, for up to 3 attempts (P-12). "
    "When voltage and frequency have been within ±5% for 5 s the transfer signal is given and the load moves "
    "to the generator.",
    "When the mains returns, the controller waits for the return delay (P-14, default 300 s), transfers the load "
    "back to the mains and runs the engine unloaded for the cooldown time (P-15, default 180 s) before stopping.",
    "Exercise: parameter P-41 sets a weekly exercise run, factory set to Tuesday 10:00 for 30 minutes, unloaded. "
    "Set P-42 to ON LOAD to exercise with the building load transferred.",
    "Remote monitoring over Modbus TCP needs the optional DCX-NET module. Its network settings are described in "
    "the module's own guide, KPS-IG-0702, not in this manual.",
]

GEN_ESTOP = [
    "Find out why the emergency stop was pressed and make sure the cause has been dealt with.",
    "Confirm that nobody is working on the set, the cabling or the transfer switch.",
    "Turn the DCX-20 to OFF.",
    "Twist the red mushroom button clockwise until it springs out.",
    "Check the display: E05 is shown as latched.",
    "Press ALARM RESET and hold it for 2 seconds; E05 clears.",
    "If E05 comes back at once, check the E-stop loop at controller terminals 31-32, including any remote "
    "E-stop button wired in series.",
    "Select MAN and press START. Run the set unloaded for 5 minutes and check oil pressure, voltage and frequency.",
    "Press STOP and let the cooldown finish.",
    "Return the controller to AUTO. The set is not protecting the site until the AUTO lamp is lit steadily.",
]

GEN_MAINT = [
    ["Task", "Interval"],
    ["Check oil and coolant level, look for leaks", "Weekly"],
    ["Drain the fuel water separator", "Monthly"],
    ["Change engine oil and oil filter", "250 h or 6 months"],
    ["Replace fuel filter and water separator element", "500 h or 12 months"],
    ["Replace air filter element", "500 h, or when the restriction indicator shows red"],
    ["Battery load test, clean terminals", "12 months"],
    ["Check valve clearance", "1000 h"],
    ["Replace coolant", "2 years"],
    ["Replace fan belt", "2 years, or when cracked"],
]

GEN_FAULTS = [
    ["Code", "Fault", "Action", "Causes and remedies"],
    ["E01", "Low oil pressure", "Shutdown below 140 kPa", "Low oil level, faulty sender, worn oil pump. Check the level before restarting."],
    ["E02", "High coolant temperature", "Shutdown at 104 °C", "Low coolant, slipping fan belt, radiator core blocked with dust."],
    ["E03", "Overspeed", "Shutdown at 2070 rpm", "Governor actuator sticking, wrong speed setting. Do not restart until the cause is found."],
    ["E04", "Fail to start", "Lockout after 3 attempts", "No fuel, air in the fuel lines, weak battery, fuel solenoid not energised."],
    ["E05", "Emergency stop", "Shutdown", "E-stop pressed or E-stop loop open. See section 5."],
    ["E07", "Low fuel level", "Warning at 15%", "Refill the tank; check the fuel level sender."],
    ["E09", "Low battery voltage", "Warning below 11.8 V", "Charger switched off or faulty; battery at end of life."],
    ["E11", "Charge alternator failure", "Warning", "Broken fan belt; D+ wire loose."],
    ["E14", "Frequency out of range", "Shutdown after 10 s", "Overload, fuel starvation, governor fault."],
]

GEN_SYMPTOMS = [
    "Engine cranks but will not fire: check that the fuel shut-off valve is open and bleed the fuel filter with "
    "the hand primer until fuel flows free of bubbles, then see E04.",
    "Black smoke under load: the set is overloaded or the air filter is dirty.",
    "White smoke and slow starting in cold weather: the block heater is not working; check its breaker and thermostat.",
]

GEN_PARTS = [
    ["Part", "KGS-60", "KGS-80"],
    ["Oil filter", "KP-OF-4410", "KP-OF-5210"],
    ["Fuel filter", "KP-FF-220", "KP-FF-220"],
    ["Water separator element", "KP-WS-30", "KP-WS-30"],
    ["Air filter element", "KP-AF-0960", "KP-AF-1180"],
    ["Fan belt", "KP-FB-1245", "KP-FB-1310"],
    ["Emergency stop button", "KP-ES-22", "KP-ES-22"],
    ["Controller", "KP-DCX20", "KP-DCX20"],
]


def build_generator() -> None:
    pdf = Manual(GEN_FOOTER)
    pdf.add_page()
    pdf.title_block(GEN_TITLE)
    pdf.heading("1  Safety")
    for line in GEN_SAFETY:
        pdf.para(line)
    pdf.heading("2  Specifications")
    pdf.grid(GEN_SPECS, (50, 60, 60))
    pdf.para(GEN_FLUIDS)
    pdf.heading("3  Installation")
    for line in GEN_INSTALL:
        pdf.para(line)
    pdf.heading("4  Operating the DCX-20 controller")
    for line in GEN_OPERATION:
        pdf.para(line)
    pdf.heading("5  Restarting after an emergency stop")
    pdf.steps(GEN_ESTOP)
    pdf.heading("6  Maintenance schedule")
    pdf.grid(GEN_MAINT, (110, 64))
    pdf.heading("7  Fault codes")
    pdf.grid(GEN_FAULTS, (14, 38, 40, 82))
    pdf.para("Symptoms without a code:")
    for line in GEN_SYMPTOMS:
        pdf.para(line)
    pdf.heading("8  Spare parts")
    pdf.grid(GEN_PARTS, (60, 55, 55))
    pdf.output(str(OUT / "kestrel_kgs_generator_om.pdf"))


# ---------------------------------------------------------------- CIP skid
CIP_FOOTER = "Purewave Process Equipment  PW-CIP-OM-118 Rev 2"

CIP_TITLE = [
    "CIP-3T Clean-in-Place Skid",
    "Operator and Maintenance Guide",
    "Purewave Process Equipment B.V.   Document PW-CIP-OM-118, Revision 2, October 2024",
]

CIP_SAFETY = [
    "DANGER: Caustic and acid solutions cause severe burns. Wear face shield, chemical gloves and apron when "
    "handling concentrate or opening any line on the skid.",
    "WARNING: Never open a tank manway or break a swing bend while a circuit is running. Hot solution at up to "
    "85 °C can spray out.",
    "WARNING: Never mix caustic and acid concentrate. Keep the two IBCs in separate bunds.",
]

CIP_SPECS = [
    ["Item", "Value"],
    ["Tanks", "3 × 1,500 L, AISI 316L: caustic, acid, recovered water"],
    ["CIP supply pump", "30 m³/h at 4.5 bar, 7.5 kW"],
    ["CIP return pump", "self-priming liquid-ring, 5.5 kW"],
    ["Heater", "plate heat exchanger, steam max. 3 bar(g)"],
    ["Caustic wash", "NaOH 1.5 % at 80 °C"],
    ["Acid wash", "nitric acid 0.8 % at 65 °C"],
    ["Conductivity setpoint, caustic", "72 mS/cm (compensated to 25 °C)"],
    ["Conductivity setpoint, acid", "38 mS/cm (compensated to 25 °C)"],
    ["Minimum velocity in cleaned lines", "1.5 m/s"],
    ["Electrical supply", "400 V, 3-phase, 50 Hz, 32 A"],
]

CIP_COLUMNS = """How a circuit is cleaned

The skid cleans one circuit at a time. The operator selects the circuit on the HMI; the route panel proximity switch confirms that the right swing bend is in place before any pump starts.

Recipe R1 (standard, for product lines and tanks):
- Pre-rinse 5 min with recovered water, to drain.
- Caustic wash 20 min at 80 °C, returned to the caustic tank.
- Intermediate rinse 5 min with fresh water.
- Acid wash 15 min at 65 °C, returned to the acid tank.
- Final rinse with fresh water until the return conductivity is below 0.5 mS/cm.

Recipe R3 (caustic only) is for daily cleaning of lightly soiled lines: pre-rinse, caustic wash, final rinse.

Recipe R5 adds a sanitising step after the final rinse. The sanitiser dose is set by the plant's hygiene department and entered in the recipe.

Wash step timers count only while the return temperature is at or above the step setpoint. If the return temperature drops, the timer holds; it does not restart from zero.

The dosing pumps top up the tanks from 50 % NaOH and 60 % nitric acid concentrate whenever tank conductivity falls more than 5 mS/cm below setpoint.

The HMI records return temperature, return conductivity and supply flow for every run. Keep these records for the verification file.

Daily start-up

1. Check that the caustic and acid IBCs hold enough concentrate for the day.
2. Check tank levels on the HMI; each tank must show at least 60 %.
3. Open the steam isolating valve slowly and drain condensate from the steam line.
4. Open the compressed air isolating valve to the valve cluster.
5. Reset any alarms left from the previous shift.
6. Start tank heating; wait until the caustic tank reaches 80 °C.
7. Fit the swing bend for the first circuit and check that the route confirmation lamp lights.
8. Select the recipe for the circuit on the HMI.
9. Press START CIP and watch the supply flow for the first minute.
10. At the end of the run, check that the HMI shows RUN COMPLETE before releasing the circuit to production."""

CIP_ALARMS = [
    ["Alarm", "Meaning", "Likely causes / remedy"],
    ["AL-01", "Supply flow low (below 80 % of recipe flow for 30 s)", "Valve closed in the circuit, air in the supply line, supply pump cavitating. Check valve positions and tank level."],
    ["AL-02", "Return temperature low", "Steam supply off or below pressure, steam trap blocked, flow too high for the heater."],
    ["AL-03", "Conductivity out of range", "Dosing pump empty or air-locked, concentrate IBC empty, probe fouled."],
    ["AL-04", "Tank low level", "Tank not refilled; fresh water valve fault; level probe dirty."],
    ["AL-05", "Return pump dry run", "Air drawn in at a return line joint, scavenge valve open, circuit drained too fast. Check return line gaskets."],
    ["AL-06", "Circuit not confirmed", "Swing bend not in place or proximity switch misaligned."],
    ["AL-09", "Steam valve fault", "Valve feedback does not match command; check actuator air and positioner."],
    ["AL-11", "Emergency stop", "E-stop pressed; release and reset on the HMI."],
]

CIP_MAINT = [
    ["Task", "Interval"],
    ["Check spray ball rotation / coverage in tanks", "Monthly"],
    ["Calibrate conductivity probes", "Every 3 months"],
    ["Inspect supply pump mechanical seal", "6 months"],
    ["Replace plate heat exchanger gaskets", "2 years"],
    ["Replace tank manway and swing bend seals", "12 months"],
]

CIP_CAL = [
    "Stop the skid and select MAINTENANCE mode on the HMI.",
    "Close the isolating valves either side of the probe and drain the probe housing.",
    "Remove the probe and rinse it with demineralised water.",
    "Immerse the probe in the 80 mS/cm calibration standard at 25 °C.",
    "On the HMI open Instruments > Conductivity > Calibrate and enter 80.0.",
    "Wait until the reading is stable for 30 s and press ACCEPT.",
    "Rinse the probe again, refit it with a new O-ring and open the isolating valves.",
    "Record the date and the offset shown on the HMI in the calibration log.",
]

CIP_PARTS = [
    ["Part", "Part number"],
    ["Supply pump mechanical seal", "PW-MS-40"],
    ["Conductivity probe", "PW-CP-316"],
    ["Plate heat exchanger gasket set", "PW-GS-0618"],
    ["Tank spray ball, rotating", "PW-SB-50"],
    ["Conductivity probe O-ring", "PW-OR-22"],
]


def build_cip() -> None:
    pdf = Manual(CIP_FOOTER)
    pdf.add_page()
    pdf.title_block(CIP_TITLE)
    pdf.heading("1  Safety")
    for line in CIP_SAFETY:
        pdf.para(line)
    pdf.heading("2  Technical data")
    pdf.grid(CIP_SPECS, (70, 104))
    # page 2: two-column operation page
    pdf.add_page()
    pdf.heading("3  Operation")
    pdf.set_font("DejaVu", "", 9)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", l_margin=18, r_margin=18) as cols:
        cols.write(CIP_COLUMNS)
    pdf.add_page()
    pdf.heading("4  Alarms")
    pdf.grid(CIP_ALARMS, (16, 58, 100))
    pdf.heading("5  Maintenance")
    pdf.grid(CIP_MAINT, (110, 64))
    pdf.heading("6  Calibrating a conductivity probe")
    pdf.steps(CIP_CAL)
    pdf.heading("7  Spare parts")
    pdf.grid(CIP_PARTS, (110, 64))
    pdf.output(str(OUT / "purewave_cip3t_skid_guide.pdf"))


if __name__ == "__main__":
    OUT.mkdir(exist_ok=True)
    build_generator()
    build_cip()
