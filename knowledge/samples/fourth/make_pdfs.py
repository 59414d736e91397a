"""Render the two PDF manuals of the fourth set (run with a Python that has fpdf2).

The full text of both manuals is held here; rerunning gives byte-identical PDFs
because the creation date is fixed.
"""

from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Manual(FPDF):
    def __init__(self, footer_text: str) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.set_creation_date(datetime(2026, 1, 1, tzinfo=timezone.utc))
        self.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.set_auto_page_break(True, margin=18)
        self.set_margins(18, 16, 18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"{self.footer_text} - page {self.page_no()}", align="C")

    def h1(self, text: str) -> None:
        self.set_font("DejaVu", "B", 15)
        self.multi_cell(0, 8, text, align="L")
        self.ln(2)

    def h2(self, text: str) -> None:
        self.ln(2)
        self.set_font("DejaVu", "B", 12)
        self.multi_cell(0, 7, text, align="L")
        self.ln(1)

    def para(self, text: str) -> None:
        self.set_font("DejaVu", "", 10)
        self.multi_cell(0, 5.2, text, align="L")
        self.ln(1.5)

    def steps(self, items: list[str]) -> None:
        self.set_font("DejaVu", "", 10)
        for number, item in enumerate(items, start=1):
            self.set_x(self.l_margin)
            self.cell(8, 5.2, f"{number}.")
            self.multi_cell(0, 5.2, item, align="L")
        self.ln(1.5)

    def grid(self, rows: list[tuple[str, ...]], widths: tuple[int, ...] | None = None) -> None:
        self.set_font("DejaVu", "", 9)
        with self.table(col_widths=widths, text_align="LEFT", line_height=5) as table:
            for row in rows:
                r = table.row()
                for value in row:
                    r.cell(value)
        self.ln(2)


# ---------------------------------------------------------------- ATS manual

def ats_manual(path: Path) -> None:
    pdf = Manual("KPS-OM-0412 Rev. C")
    pdf.add_page()
    pdf.h1("KTS-400 / KTS-630 Automatic Transfer Switch with KC-20 Controller\nOperation and Maintenance Manual")
    pdf.para("Kestrel Power Systems Ltd. Document KPS-OM-0412, Revision C, 2024-09.")
    pdf.para(
        "The KTS-400 and KTS-630 are open-transition transfer switches between the utility (normal source) and "
        "a standby generator (emergency source), with the same motor-operated mechanism and KC-20 controller."
    )
    pdf.h2("1. Safety")
    pdf.para(
        "DANGER: Hazardous voltage is present from both sources. Before opening the power section, open and "
        "lock out the utility breaker and the generator breaker upstream, and verify absence of voltage on all "
        "terminals."
    )
    pdf.para(
        "WARNING: The generator can start automatically. Before working on the switch, set the KC-20 to OFF "
        "and disconnect the engine start wire at terminals 14-15, and set the generator control to OFF."
    )
    pdf.para(
        "WARNING: Never operate the switch with the maintenance handle while either source is energized."
    )
    pdf.h2("2. Specifications")
    pdf.grid([
        ("Parameter", "KTS-400", "KTS-630"),
        ("Rated current", "400 A", "630 A"),
        ("Rated voltage", "up to 480 V AC, 50/60 Hz", "up to 480 V AC, 50/60 Hz"),
        ("Poles", "3 or 4 (switched neutral)", "3 or 4 (switched neutral)"),
        ("Withstand and closing rating (with specified fuses)", "42 kA", "65 kA"),
        ("Transfer time, contact to contact", "160 ms", "210 ms"),
        ("Operator supply", "from the source, 120 V AC control transformer", "from the source, 120 V AC control transformer"),
        ("Enclosure", "NEMA 1 / IP20 (NEMA 3R option)", "NEMA 1 / IP20 (NEMA 3R option)"),
        ("Weight, switch in enclosure", "68 kg", "104 kg"),
        ("Ambient temperature", "-20 to +60 °C", "-20 to +60 °C"),
    ], widths=(60, 55, 55))
    pdf.h2("3. Installation")
    pdf.para(
        "Mount the enclosure vertically on a flat wall or floor stand with 1 m of free working space in front. "
        "Connect the utility cables to terminals N1-N3 (top), the generator cables to E1-E3 (middle) and the load "
        "to L1-L3 (bottom). Tighten power cable lugs to the torque specified by the lug manufacturer. Phase rotation "
        "of the utility and the generator must be the same; the KC-20 checks this and shows E04 if not."
    )
    pdf.para(
        "Control wiring: engine start contact on terminals 14-15 (closes to start the engine, rated 5 A at 30 V DC). "
        "Retransfer inhibit input on terminals 21-22 (close to block retransfer to utility)."
    )
    pdf.h2("4. KC-20 controller")
    pdf.para(
        "MODE key: AUTO (normal operation), TEST (simulated utility failure, the load transfers), MANUAL "
        "(transfer only with the front push-buttons) and OFF (no automatic action)."
    )
    pdf.para(
        "Source sensing: the utility is considered failed when any phase drops below 85 % of nominal voltage "
        "(dropout) and is considered restored when all phases are above 90 % (pickup). The generator is acceptable "
        "when voltage is above 90 % and frequency above 95 % of nominal."
    )
    pdf.grid([
        ("Timer", "Function", "Range", "Default"),
        ("TDES", "Engine start delay (ignores short dips)", "0-10 s", "3 s"),
        ("TDNE", "Transfer delay, normal to emergency", "0-300 s", "5 s"),
        ("TDEN", "Retransfer delay, emergency to normal", "0-30 min", "5 min"),
        ("TDEC", "Engine cool-down after retransfer", "0-30 min", "5 min"),
        ("TDN", "Neutral position delay (load disconnected)", "0-10 s", "1 s"),
    ], widths=(22, 78, 35, 35))
    pdf.para(
        "Retransfer to utility happens only when the utility has been restored for the full TDEN time. Pressing "
        "and holding the BYPASS key for 2 s in AUTO skips the remaining TDEN time."
    )
    pdf.h2("5. Monthly test under load")
    pdf.steps([
        "Inform the operators of the loads fed from the switch.",
        "Check the generator control is in AUTO.",
                "Press MODE until TEST is shown and confirm with ENTER.",
        "Check the engine starts after the TDES delay and the generator source LED turns green.",
        "Check the load transfers to the generator after the TDNE delay.",
        "Run the generator on load for at least 30 minutes.",
        "Record generator voltage, frequency and load current.",
        "Press MODE until AUTO is shown and confirm with ENTER to end the test.",
        "Check the load retransfers to utility after TDEN and the engine stops after TDEC.",
        "Record the test in the ATS log.",
    ])
    pdf.h2("6. Manual operation with the maintenance handle")
    pdf.para("Only with both sources de-energized.")
    pdf.steps([
        "Set the KC-20 to OFF.",
        "Open and lock out the utility and generator breakers upstream.",
        "Verify absence of voltage on the N, E and L terminals.",
        "Open the front door and remove the operator cover.",
        "Pull the motor disconnect plug X5 so the operator motor cannot run.",
        "Insert the maintenance handle KPS-H01 into the socket on the operator shaft.",
        "Turn the handle in the direction of the arrow for the wanted source until the position indicator shows N or E.",
        "Remove the handle and store it in the clip inside the door.",
        "Refit plug X5 and the operator cover, close the door, restore the sources and select AUTO.",
    ])
    pdf.h2("7. Fault codes")
    pdf.grid([
        ("Code", "Fault", "Cause", "Remedy"),
        ("E01", "Utility phase loss", "One or more utility phases missing", "Check utility fuses and breaker; switch transfers to generator in AUTO."),
        ("E02", "Generator not available", "Generator voltage/frequency not acceptable 30 s after start signal", "Check generator control is in AUTO, fuel and battery; check start wiring 14-15."),
        ("E03", "Transfer failure", "Switch position not confirmed within 6 s of an operate command", "Check operator motor fuse F3, plug X5 and limit switches; operate manually if needed."),
        ("E04", "Phase rotation mismatch", "Generator rotation differs from utility", "Swap two generator phases at the generator."),
        ("E05", "Retransfer inhibited", "Input 21-22 closed", "Open the inhibit input when retransfer is allowed."),
        ("E06", "Operator motor overcurrent", "Mechanism binding or motor fault", "Check the mechanism with the maintenance handle; replace the motor if it binds."),
        ("E07", "Controller battery low", "KC-20 clock battery below 2.5 V", "Replace the CR2032 battery; the clock and event log may reset."),
        ("E08", "Position conflict", "Both N and E position switches signal closed", "Check the position switch kit; do not operate until resolved."),
    ], widths=(14, 36, 55, 65))
    pdf.h2("8. Troubleshooting by symptom")
    pdf.para(
        "Switch does not retransfer to utility after the utility is back: (a) TDEN is still running, check the "
        "countdown on the display (default 5 min); (b) the controller is in MANUAL or TEST; (c) a utility phase is "
        "still below the 90 % pickup voltage; (d) E05, retransfer inhibit input closed."
    )
    pdf.para(
        "Engine keeps running after retransfer: normal for the TDEC cool-down time (default 5 min). If it runs "
        "longer, check the start wiring 14-15."
    )
    pdf.h2("9. Maintenance schedule")
    pdf.grid([
        ("Interval", "Task"),
        ("Monthly", "Test under load (section 5)."),
        ("Every 6 months", "Visual inspection; clean dust; check control terminals."),
        ("Yearly", "Thermographic survey of power connections under load; inspect main contacts and arc chutes; operate manually (section 6)."),
        ("Every 5 years", "Replace the KC-20 clock battery (CR2032)."),
    ], widths=(35, 135))
    pdf.h2("10. Spare parts")
    pdf.grid([
        ("Part", "KTS-400", "KTS-630"),
        ("KC-20 controller", "KPS-20-100", "KPS-20-100"),
        ("Operator motor assembly", "KPS-M400", "KPS-M630"),
        ("Arc chute set", "KPS-AC400", "KPS-AC630"),
        ("Position switch kit", "KPS-PS2", "KPS-PS2"),
        ("Maintenance handle", "KPS-H01", "KPS-H01"),
        ("Operator motor fuse F3", "6.3 A time-lag", "10 A time-lag"),
    ], widths=(60, 55, 55))
    pdf.output(str(path))


# ---------------------------------------------------------------- crane remote manual

CRANE_SAFETY_LEFT = (
    "Read these instructions before using the radio remote control. The operator must be trained and "
    "authorised to operate the crane.\n\n"
    "Check the STOP function at the start of every shift: with the crane powered, press the red STOP "
    "button on the transmitter. The main contactor in the receiver must open and no motion may be possible. "
    "Do not use the crane if the STOP test fails.\n\n"
    "Always keep the load in sight. Never walk under a suspended load.\n\n"
    "Press STOP and remove the key switch when the transmitter is put down, even for a short time."
)
CRANE_SAFETY_RIGHT = (
    "Passive stop: if the receiver receives no valid signal for 1.0 s, it opens the main contactor and all "
    "motion stops.\n\n"
    "Only one transmitter is paired to a receiver at a time. Do not operate two cranes from the same "
    "transmitter.\n\n"
    "Do not open the receiver while the crane is energized; the receiver terminals carry control voltage.\n\n"
    "Do not use the system in explosive atmospheres."
)


def crane_manual(path: Path) -> None:
    pdf = Manual("TRC-UM-610 Issue 2")
    pdf.add_page()
    pdf.h1("T6 / T10 Transmitters and R-24 Receiver\nIndustrial Radio Remote Control for Overhead Cranes - User Manual")
    pdf.para("Telvanta Radio Controls Oy. Document TRC-UM-610, Issue 2, 2025-01.")
    pdf.h2("1. Safety instructions")
    # two-column page section
    top = pdf.get_y()
    col_w = (pdf.w - pdf.l_margin - pdf.r_margin - 8) / 2
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin, top)
    pdf.multi_cell(col_w, 5.2, CRANE_SAFETY_LEFT, align="L")
    left_end = pdf.get_y()
    pdf.set_xy(pdf.l_margin + col_w + 8, top)
    pdf.multi_cell(col_w, 5.2, CRANE_SAFETY_RIGHT, align="L")
    pdf.set_y(max(left_end, pdf.get_y()) + 3)
    pdf.set_x(pdf.l_margin)
    pdf.h2("2. System description")
    pdf.para(
        "The system consists of a handheld transmitter and the R-24 receiver mounted on the crane. The T6 has six "
        "double-step push-buttons (hoist up/down, trolley, bridge) plus START/HORN and STOP. The T10 has ten "
        "double-step push-buttons for cranes with two hoists or extra functions (magnet, rotation). Both "
        "transmitters work with the same R-24 receiver."
    )
    pdf.grid([
        ("Item", "T6", "T10"),
        ("Motion push-buttons", "6, two-step", "10, two-step"),
        ("Battery", "2 x AA alkaline (LR6)", "BP-10 NiMH pack, 3.6 V 2000 mAh"),
        ("Operating time", "approx. 160 h", "approx. 18 h per charge"),
        ("Charging", "not applicable", "CH-10 charger, 3 h"),
        ("Weight with battery", "380 g", "540 g"),
        ("Enclosure", "IP65", "IP65"),
        ("Operating range", "up to 100 m", "up to 100 m"),
    ], widths=(50, 60, 60))
    pdf.grid([
        ("R-24 receiver", "Value"),
        ("Supply", "48, 115 or 230 V AC selectable, or 24 V DC"),
        ("Frequency band", "433.050 - 434.790 MHz, 69 channels, 25 kHz spacing"),
        ("Output relays", "12 motion relays + MAIN, 8 A at 250 V AC"),
        ("STOP response time", "less than 500 ms"),
        ("Enclosure", "IP65, 250 x 200 x 90 mm"),
        ("Operating temperature", "-25 to +55 °C"),
    ], widths=(50, 120))
    pdf.h2("3. Installation of the receiver")
    pdf.para(
        "Mount the R-24 on the crane bridge where the antenna has a clear line of sight to the operating area, "
        "at least 1 m from motor drives and braking resistors. Set the supply voltage selector before connecting "
        "power. Wire the MAIN relay in series with the crane main contactor coil, so that STOP and passive stop "
        "drop the main contactor. Connect the MAIN feedback input to an auxiliary contact of the main contactor."
    )
    pdf.h2("4. Starting up")
    pdf.para(
        "Insert the key and turn to ON, release the STOP button by turning it clockwise, then press START/HORN. "
        "The receiver closes MAIN and the green RUN LED lights. The transmitter LED blinks green once a second "
        "while it transmits."
    )
    pdf.h2("5. Pairing a transmitter to the receiver (ID learning)")
    pdf.para("Use this procedure when a transmitter is replaced or a spare is put in service. The old transmitter no longer operates the crane after pairing.")
    pdf.steps([
        "Switch off the crane main isolator and open the receiver cover.",
        "Set DIP switch 8 on the receiver board to ON (learning mode).",
        "Close the cover and switch on the crane main isolator; the receiver LED flashes orange.",
        "On the transmitter, press and hold STOP.",
        "While holding STOP, turn the key to ON and hold for 5 s until the transmitter LED lights steady orange.",
        "Press START/HORN once; the transmitter sends its ID code on the set channel.",
        "Check the receiver LED changes to steady green, which means the ID has been stored.",
        "Switch off the crane main isolator and set DIP switch 8 back to OFF.",
        "Close the receiver cover and switch on.",
        "Test STOP and every motion before releasing the crane for use.",
    ])
    pdf.h2("6. Changing the radio channel")
    pdf.para(
        "If several radio systems work nearby or the crane stops at random, change to a free channel. With the key "
        "OFF, press and hold the hoist UP and DOWN buttons together, turn the key to ON, release the buttons when "
        "the LED flashes red, enter the new channel number with hoist UP (tens) and trolley FORWARD (units), and "
        "confirm with START/HORN. The receiver follows the channel automatically (channel scan)."
    )
    pdf.h2("7. LED codes and faults")
    pdf.grid([
        ("Unit / LED", "Indication", "Meaning", "Remedy"),
        ("Transmitter", "Fast orange flashing", "Battery low, about 30 min left", "Change the batteries or the BP-10 pack."),
        ("Transmitter", "Red, steady", "Button pressed at start-up", "Release all buttons and restart."),
        ("Receiver", "Green steady", "MAIN closed, ready", "-"),
        ("Receiver", "Red, 2 flashes", "No valid signal (passive stop)", "Check transmitter is on and in range; check antenna."),
        ("Receiver", "Red, 3 flashes", "Radio interference on channel", "Change the radio channel (section 6)."),
        ("Receiver", "Red, 4 flashes", "MAIN feedback error: main contactor welded or feedback wire open", "Do not operate; check main contactor and feedback wiring."),
        ("Receiver", "Red, 5 flashes", "ID code not recognised", "Pair the transmitter (section 5)."),
        ("Receiver", "Off", "No supply", "Check receiver fuse F1 (1 A T) and supply voltage selector."),
    ], widths=(26, 36, 54, 54))
    pdf.para(
        "Crane stops at random and restarts after START: usually interference or poor antenna position. Check the "
        "receiver LED for 3 flashes, change channel, and check the antenna cable and mounting."
    )
    pdf.h2("8. Maintenance")
    pdf.para(
        "Daily: STOP test and visual check of the transmitter for cracks and worn button boots. Monthly: clean the "
        "transmitter with a damp cloth; check the battery contacts for corrosion. Yearly: check the receiver "
        "mounting, cable glands and antenna; test passive stop by removing the transmitter battery while a motion "
        "is selected - motion must stop within 1.0 s. Replace the button boots when torn, as water entry damages "
        "the switches."
    )
    pdf.h2("9. Spare parts")
    pdf.grid([
        ("Part", "Part number"),
        ("BP-10 battery pack (T10)", "TRC-BP10"),
        ("CH-10 charger, 100-240 V", "TRC-CH10"),
        ("STOP button assembly", "TRC-ES22"),
        ("Button boot set T6 / T10", "TRC-BB06 / TRC-BB10"),
        ("Receiver antenna 433 MHz with 2 m cable", "TRC-ANT433"),
        ("Receiver fuse F1, 1 A T 5x20", "TRC-F1A"),
    ], widths=(100, 70))
    pdf.output(str(path))


if __name__ == "__main__":
    out = HERE / "manuals"
    ats_manual(out / "kestrel_kts400_kts630_ats.pdf")
    crane_manual(out / "telvanta_t6_t10_crane_remote.pdf")
