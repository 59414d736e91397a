"""Generate the PDF manuals of the thirty-first set (run once; the PDFs are committed).

Needs fpdf2 (any Python with fpdf2 installed), for example:
    python3 -m venv /tmp/set31venv && /tmp/set31venv/bin/pip install fpdf2 pypdf
    /tmp/set31venv/bin/python knowledge/samples/thirtyfirst/make_pdfs.py

Uses only the PDF core fonts (Helvetica), so all text is latin-1 (degree sign, superscripts, plus-minus,
micro sign; no other unicode). The text rendered is all here. A fixed creation date makes reruns
byte-identical. The rendering helpers are those of the thirtieth set's make_pdfs.py.
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


# ---------------------------------------------------------------- Clorvane CV vacuum gas chlorinators
CLORVANE = [
    ("title", "Clorvane CV Vacuum Gas Chlorinators\nOperating and Maintenance Manual - CV-10 and CV-40"),
    (
        "p",
        "Document CLV-OM-CV-04, Edition 2, April 2025. Clorvane Water Systems Ltd. The CV-10 and CV-40 are "
        "vacuum-operated gas chlorinators for dosing chlorine gas into drinking water, process water and treated "
        "effluent. The number gives the largest feed rate in kilograms of chlorine per hour. Each system has a vacuum "
        "regulator on the container valve or manifold, a wall cabinet with rotameter and rate valve, and an "
        "ejector at the point of application. Apart from the rotameter range, the "
        "ejector size, the regulator inlet and the items named in this manual, the two chlorinators are built alike. "
        "The switchover module ASM-2 has its own manual, CLV-OM-ASM-02, and the chlorine evaporator is described "
        "in CLV-OM-EV-01. The gas detection system of the chlorine room is supplied by others.",
    ),
    (
        "warn",
        "WARNING: Chlorine gas is toxic and heavier than air. Never enter the chlorine room unless the gas detector "
        "reads below 0.5 ppm and you carry an escape respirator. Never put water on a leaking container.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "CV-10", "CV-40"],
            ["Largest feed rate", "10 kg/h", "40 kg/h"],
            ["Rotameter tubes available (maximum of scale)", "0.5, 1, 2, 4 and 10 kg/h", "10, 20 and 40 kg/h"],
            ["Usable range of one rotameter tube", "5-100 % of its maximum", "5-100 % of its maximum"],
            ["Feed accuracy", "±4 % of tube maximum", "±4 % of tube maximum"],
            ["Vacuum regulator inlet", "Yoke for cylinder or drum valve", "Yoke, or DN25 flange on a manifold"],
            ["Ejector size", "DN20", "DN40"],
            ["Motive water at the largest feed rate, ejector back pressure 1.0 bar", "2.8 m³/h at 4.5 bar",
             "9.5 m³/h at 5.0 bar"],
            ["Vacuum line, PE or PVC-U, up to 60 m long", "DN15", "DN25"],
            ["Operating vacuum at the cabinet", "80-150 mbar", "100-200 mbar"],
            ["Regulator heater", "40 W, 230 V", "60 W, 230 V"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The motive water figures are for an ejector discharging against 1.0 bar back pressure at the point of "
        "application, with water at 5-30 °C. Against a higher back pressure the ejector needs more motive water and "
        "pressure; take the figures from the ejector sizing sheet CLV-DS-EJ supplied with the order.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Only trained staff change containers, with a second person waiting outside with breathing apparatus.",
            "Leak detection and emergency ventilation belong to the building and are tested by the plant's safety "
            "contractor. Their alarm levels are set in the detector's own manual.",
            "Emergency kits (A for cylinders, B for drums) are fitted only by the trained emergency team.",
            "Container valves belong to the gas supplier. Never repair, lubricate or force them, and never use a "
            "valve key longer than 200 mm or a hammer. A valve that will not open goes back to the supplier.",
            "On a pressure manifold (CV-40), keep the manifold and the regulator at least 3 °C warmer than the "
            "containers, or chlorine liquefies again in the pipes.",
        ],
    ),
    ("h", "3. Changing a container"),
    (
        "ol",
        [
            "Put on the escape respirator and check that the room detector reads below 0.5 ppm.",
            "Close the valve of the empty container. Leave the ejector running until the rotameter float has "
            "dropped to zero and the regulator indicator shows red, then wait a further 2 min.",
            "Unscrew the yoke screw and lift the vacuum regulator off the valve. Fit the supplier's outlet cap and "
            "the valve protection hood to the empty container.",
            "Discard the used lead gasket. A lead gasket is never used twice: fit a new gasket CLV-LG-1 to the "
            "regulator inlet.",
            "Fit the regulator to the full container valve and tighten the yoke screw by hand, then a further "
            "quarter turn with the yoke handle, to no more than 25 Nm.",
            "Open the container valve a quarter turn and close it again. Test the joint with ammonia vapour from a "
            "squeeze bottle, never liquid ammonia: a white cloud shows a leak.",
            "With no leak, open the container valve one full turn, never more, and leave the valve key on the valve "
            "so that it can be closed at once.",
            "Check that the float rises to the set rate within 1 min and that the regulator indicator shows green.",
        ],
    ),
    ("h", "4. Feed settings"),
    (
        "cols",
        [
            ("h", "Setting the feed rate"),
            ("p", "The feed rate in kg/h is the water flow in m³/h times the chlorine dose in mg/L, divided by 1000. "
             "Set the rate with the rate valve and read it at the widest part of the float."),
            ("h", "Choosing the rotameter tube"),
            ("p", "Choose the smallest tube whose maximum is at least 1.25 times the usual feed rate. Below 5 % of "
             "the tube maximum the reading is outside the stated accuracy; change to a smaller tube rather than "
             "throttle further."),
            ("h", "Withdrawal from containers"),
            ("p", "Gas must not be drawn from one 70 kg cylinder faster than 0.8 kg/h, nor from one 1000 kg drum "
             "faster than 8 kg/h, at a room temperature of 15-25 °C. Frost on the container shows that the limit is "
             "exceeded. For higher rates connect more containers to a manifold, or draw liquid chlorine into the "
             "evaporator (CLV-OM-EV-01)."),
            ("h", "Motive water"),
            ("p", "The ejector needs the motive water of section 1 without a break. Below 3.5 bar (CV-10) or 4.0 bar "
             "(CV-40) at the ejector inlet the vacuum collapses and L04 is shown. Use strained water: particles over "
             "0.2 mm block the nozzle."),
            ("h", "Automatic versions"),
            ("p", "On the CV-10A and CV-40A a motorised rate valve follows a 4-20 mA flow signal. Control from a "
             "residual chlorine analyser is set up to the analyser maker's manual."),
        ],
    ),
    ("h", "5. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["L01", "Vacuum too high", "Above 300 mbar: container empty or its valve closed, or the regulator inlet "
             "filter blocked. Change the container or clean the filter."],
            ["L02", "Loss of vacuum", "Below 30 mbar: ejector stopped, motive water off, or a leak in the vacuum "
             "line. The regulator closes by itself."],
            ["L03", "Gas alarm", "Contact from the gas detection system. Leave the room and follow the site "
             "emergency plan."],
            ["L04", "Motive water pressure low", "Below 3.5 bar (CV-10) or 4.0 bar (CV-40). Check the booster pump "
             "and the strainer."],
            ["L05", "Feed rate deviation", "Automatic versions: rate more than 10 % away from the set value for "
             "5 min."],
            ["L06", "Rate valve drive", "Motorised valve not in position within 60 s."],
            ["L08", "Container weight low", "Scale below 10 % of the net filling. Get a full container ready."],
            ["L09", "Switchover", "The ASM-2 has changed to the standby containers."],
            ["L10", "Heater fault", "Regulator heater current out of range. Check the fuse and the heater cartridge."],
            ["L11", "Flow signal lost", "Signal below 3.6 mA. The rate valve holds its last position."],
        ],
        (16, 42, 116),
    ),
    ("h", "6. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Feed rate falls off with the rate valve unchanged", "Container nearly empty, withdrawal above the "
             "limit, inlet filter blocked", "Check the scale and look for frost; keep to the withdrawal limits of "
             "section 4."],
            ["Float bounces", "Motive water pressure unsteady, ejector nozzle partly blocked",
             "Steady the supply; clean the nozzle (section 7)."],
            ["Water or wet stains in the rotameter tube", "Ejector check valve leaking",
             "Stop the feed and replace the check valve diaphragm and O-rings (kit CLV-CK-20 or CLV-CK-40) at once."],
            ["Largest feed rate not reached", "Motive water below the table values, back pressure above 1.0 bar",
             "Measure the pressure at the ejector inlet; see sheet CLV-DS-EJ."],
            ["Chlorine smell or white cloud at the regulator", "Yoke gasket leaking, or container valve packing",
             "Close the container valve. Fit a new lead gasket; a leaking valve packing is for the gas supplier."],
        ],
        (50, 58, 66),
    ),
    ("h", "7. Cleaning the ejector nozzle"),
    (
        "ol",
        [
            "Close the container valve and let the ejector run 2 min to empty the vacuum line.",
            "Stop the motive water, close the valves on both sides of the ejector and remove it.",
            "Soak nozzle and throat in an acid descaler made up to its supplier's instructions until the bore is "
            "clean. Never use a wire or a drill in the bore.",
            "Inspect the check valve diaphragm and replace it if it is hard or cracked.",
            "Refit with new O-rings, tighten the union nuts to 15 Nm, open the water and check that the vacuum is "
            "back in the operating range.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Read feed rate, vacuum and container weight; check the room for smell."],
            ["Weekly", "Ammonia test of all pressure joints; test L02 by shutting the motive water for 30 s."],
            ["Every 6 months", "Replace the check valve diaphragm and O-rings (CLV-CK-20 / CLV-CK-40); clean the "
             "regulator inlet filter."],
            ["Yearly", "Overhaul the vacuum regulator with kit CLV-RK-10 or CLV-RK-40 (diaphragm, springs, inlet "
             "valve)."],
            ["Every 5 years", "Replace the vacuum lines and the rotameter tube; regulator body checked by Clorvane "
             "service."],
        ],
        (38, 136),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Yoke screw", "-", "25 Nm maximum"],
            ["Ejector union nuts", "G 1 (CV-10), G 2 (CV-40)", "15 Nm"],
            ["Manifold flange bolts (CV-40)", "M12", "40 Nm"],
            ["Cabinet wall fixings", "M8", "12 Nm"],
        ],
        (80, 50, 40),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "CV-10", "CV-40"],
            ["Lead gasket, pack of 10", "CLV-LG-1", "CLV-LG-1"],
            ["Regulator overhaul kit", "CLV-RK-10", "CLV-RK-40"],
            ["Check valve kit, diaphragm and O-rings", "CLV-CK-20", "CLV-CK-40"],
            ["Regulator inlet filter pad", "CLV-IF-2", "CLV-IF-2"],
            ["Ejector nozzle and throat", "CLV-EN-20", "CLV-EN-40"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Halstrom DA spray-tray deaerators
HALSTROM = [
    ("title", "Halstrom DA Spray-Tray Deaerators\nOperating and Maintenance Manual - DA-40 and DA-80"),
    (
        "p",
        "Document HTP-OM-DA-03, Edition 4, February 2025. Halstrom Thermal Plant AB. The DA-40 and DA-80 are "
        "pressurised spray-tray deaerators for boiler feedwater, each a vertical deaerating head on a horizontal "
        "storage tank. Incoming condensate and make-up water are sprayed into the steam space of the head and "
        "trickle down over the trays against the heating steam, which drives out oxygen and other gases through the "
        "vent. The number gives the rated outlet flow in tonnes per hour. Apart from the tank size, the number of "
        "spray valves and trays and the items named in this manual, the two deaerators are built alike. The boiler "
        "feed pumps, the steam pressure control valve and the level transmitters are supplied with their own "
        "manuals. The vent condenser (option VC) is described in HTP-OM-VC-01.",
    ),
    (
        "warn",
        "WARNING: The deaerator is a pressure vessel holding water above 100 °C. Water that loses pressure flashes "
        "to steam. Never open a manway, drain or instrument connection until the vessel is at 0 bar and below 60 °C "
        "and the steam and water supplies are locked closed.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "DA-40", "DA-80"],
            ["Rated outlet flow", "40 t/h", "80 t/h"],
            ["Load range with guaranteed outlet oxygen", "10-100 % of rated flow", "10-100 % of rated flow"],
            ["Operating pressure (set point) and saturation temperature", "0.3 bar(g), 107 °C", "0.3 bar(g), 107 °C"],
            ["Design pressure and temperature", "3.5 bar(g), 150 °C", "3.5 bar(g), 150 °C"],
            ["Storage tank, total volume", "12 m³", "22 m³"],
            ["Storage between normal and low level", "7 m³, 10 min at rated flow", "14 m³, 10 min at rated flow"],
            ["Spray valves", "6", "12"],
            ["Tray stacks (stainless steel, perforated)", "2 stacks of 8 trays", "4 stacks of 8 trays"],
            ["Heating steam before the control valve", "3-10 bar(g)", "3-10 bar(g)"],
            ["Safety valves, set at 3.5 bar(g)", "1 x DN80", "2 x DN80"],
            ["Vent orifice (fixed minimum vent)", "6 mm", "8 mm"],
            ["Empty mass", "6.8 t", "11.5 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The outlet oxygen guarantee, 0.007 mg/L (7 ppb) or less, holds between 10 and 100 % of rated flow with the "
        "inlet water at 15-90 °C, no more than 50 % make-up water, the vent set as in section 3 and the pressure "
        "steady at the set point. Free carbon dioxide is removed only where the water treatment keeps the make-up "
        "alkalinity low; no figure is given for it here.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "The safety valves are set and sealed by the authorised inspection body and tested by its inspector at "
            "the statutory inspection. Never gag a safety valve or raise its set pressure.",
            "Entry into the head or the tank is confined space work under the site's entry permit, with the vessel "
            "drained, cooled below 40 °C, ventilated and its oxygen content measured.",
            "Handle oxygen scavenger and pH chemicals as their supplier's safety data sheets say.",
            "Insulated surfaces reach 150 °C under the cladding at damaged spots; report damaged insulation.",
        ],
    ),
    ("h", "3. Operating settings"),
    (
        "cols",
        [
            ("h", "Pressure"),
            ("p", "The steam pressure control valve holds 0.3 bar(g). Do not let the pressure swing by more than "
             "±0.03 bar: a rising pressure leaves the incoming water below saturation, and its oxygen is not "
             "released; a falling pressure flashes the stored water and can make the feed pumps cavitate."),
            ("h", "Vent"),
            ("p", "The vent valve must stay open in service. Set it so that a steady plume of steam 1 to 2 m long "
             "leaves the vent outlet at rated flow. The fixed orifice keeps a minimum vent flow even with the valve "
             "closed. Too small a vent gives a high outlet oxygen; too large a vent wastes steam."),
            ("h", "Level"),
            ("p", "Normal level 60 % of the level range. High alarm at 80 %; the overflow valve opens at 90 %. Low "
             "alarm at 35 %; at 20 % the boiler feed pumps are tripped to protect them (D27)."),
            ("h", "Heating steam"),
            ("p", "Heating steam at rated outlet flow, with dry saturated steam at 3 bar(g) before the control "
             "valve: inlet water at 60 °C, 3.2 t/h (DA-40) and 6.3 t/h (DA-80); inlet water at 80 °C, 1.9 t/h and "
             "3.8 t/h. At part load the steam falls in proportion to the flow."),
            ("h", "Chemical conditioning"),
            ("p", "Oxygen scavenger and pH chemicals are dosed at the storage tank outlet, never into the head. "
             "The products and their doses are set by the water treatment supplier; this manual gives no doses."),
            ("h", "Sampling"),
            ("p", "Take outlet oxygen samples at the cooled sample point on the feed pump suction header. The cooler "
             "must bring the sample below 30 °C. Measure a flowing sample, never a filled bottle."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["D21", "Pressure high", "Above 0.6 bar(g). Check the steam control valve; the safety valves lift at "
             "3.5 bar(g)."],
            ["D22", "Pressure low", "Below 0.15 bar(g) for 2 min. Check the steam supply and the control valve."],
            ["D23", "Water below saturation", "Stored water more than 3 K below the saturation temperature of the "
             "tank pressure: not enough heating steam, or the vent closed."],
            ["D24", "Level high", "At 80 %. Check the make-up and condensate inlet valves."],
            ["D25", "Overflow open", "At 90 %. The overflow valve drains to the blowdown vessel."],
            ["D26", "Level low", "At 35 %. Check the make-up supply."],
            ["D27", "Level low-low", "At 20 %: the boiler feed pumps are tripped."],
            ["D29", "Outlet oxygen high", "On-line analyser (option) over 0.010 mg/L for 10 min. The analyser has "
             "its own manual."],
            ["D30", "Make-up valve fault", "Valve position differs from its demand by more than 10 %."],
            ["D31", "Steam valve fault", "Valve position differs from its demand by more than 10 %."],
            ["D32", "Level transmitters disagree", "The two level readings differ by more than 5 %."],
            ["D33", "Vacuum breaker open", "The tank fell below atmospheric pressure and air was let in, usually "
             "after a trip. Vent well before the next start."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Outlet oxygen high at normal load", "Vent throttled, a spray valve stuck open or its spring broken, "
             "trays displaced", "Open the vent to the plume of section 3; if the oxygen stays high, inspect the "
             "spray valves at the next shut-down."],
            ["Water hammer in the head or the inlet line", "Cold make-up entering in slugs, spray valves sticking",
             "Slow the make-up valve; check the spray valves."],
            ["Pressure swings, feed pumps noisy", "Steam control unstable, make-up in slugs",
             "Tune the steam valve to its manual; spread the make-up."],
            ["Vent plume carries water", "Level too high, trays flooded", "Lower the level; check the overflow."],
            ["Steam use higher than the table", "Inlet water colder than planned, vent wide open",
             "Check the inlet temperature; reset the vent."],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Cold start-up"),
    (
        "ol",
        [
            "Check that the drains are closed, the vent valve is open and the vacuum breaker moves freely.",
            "Fill the storage tank with treated make-up water to 60 % level.",
            "Open the heating steam slowly. Warm the tank with the vent fully open, no faster than 50 K per hour, "
            "until the water boils at atmospheric pressure; keep venting for 15 min.",
            "Close the vent valve down to the set plume and raise the pressure to 0.3 bar(g) over at least 20 min.",
            "Put the level control and the steam pressure control in automatic.",
            "Start the feed pumps as their manual says. Take an outlet oxygen sample after 1 h at steady load.",
        ],
    ),
    ("h", "7. Shut-down"),
    (
        "ol",
        [
            "Stop the feed pumps as their manual says and close the make-up and condensate inlet valves.",
            "For a stop of up to 3 days, keep the tank at 0.1-0.3 bar(g) with steam and the vent at its minimum.",
            "For a longer stop, close the steam, let the tank cool and fill the steam space with nitrogen at "
            "0.2 bar(g), or drain the vessel and keep it dry.",
        ],
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Read pressure, temperature and level; look at the vent plume and the gauge glass."],
            ["Daily", "Outlet oxygen sample, where no on-line analyser is fitted."],
            ["Monthly", "Test the level alarms and the feed pump trip (D27) with the transmitter test function."],
            ["Yearly, at the boiler shut-down", "Open the head. Test each spray valve on test rig HTP-TR-1: it must "
             "start to open at 0.30-0.40 bar. Inspect the trays; replace the manway gaskets."],
            ["As the regulations require", "Internal inspection of the vessel and test of the safety valves by the "
             "authorised inspection body."],
        ],
        (42, 132),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "Thread", "Torque"],
            ["Head manway cover", "M20", "180 Nm, crosswise in three passes"],
            ["Tank manway cover", "M24", "300 Nm, crosswise in three passes"],
            ["Spray valve flange", "M12", "60 Nm"],
            ["Tray clamps", "M10", "25 Nm"],
        ],
        (70, 30, 74),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "DA-40", "DA-80"],
            ["Spray valve, complete", "HTP-SV-50", "HTP-SV-50"],
            ["Spray valve spring", "HTP-SS-50", "HTP-SS-50"],
            ["Head manway gasket DN500", "HTP-MG-500", "HTP-MG-500"],
            ["Tank manway gasket DN600", "HTP-MG-600", "HTP-MG-600"],
            ["Tray set, one stack", "HTP-TS-8", "HTP-TS-8"],
            ["Gauge glass set", "HTP-GG-1", "HTP-GG-1"],
            ["Vent orifice plate", "HTP-VO-6", "HTP-VO-8"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Vortana HC hydrocyclone clusters
VORTANA = [
    ("title", "Vortana HC Hydrocyclone Clusters\nOperating and Maintenance Manual - HC-250 and HC-380"),
    (
        "p",
        "Document VME-OM-HC-06, Edition 1, May 2025. Vortana Minerals Equipment Pty Ltd. The HC-250 and HC-380 are "
        "hydrocyclone clusters for classifying mineral slurries in grinding circuits: the coarse underflow returns "
        "to the mill and the fine overflow goes on to flotation or leaching. The number gives the inside diameter "
        "of the cyclone in millimetres. The HC-250 carries eight cyclones on its radial distributor and the HC-380 "
        "six. Apart from the cyclone size, the distributor and the items named in this manual, the two clusters are "
        "built alike. The knife gate valves, the feed pump and its variable speed drive have their makers' own "
        "manuals. The radiometric density gauge on the feed line is held under the site's radiation licence and "
        "may be worked on only by the licensed radiation safety officer or a technician acting under them.",
    ),
    (
        "warn",
        "WARNING: The distributor and the cyclones are under pressure while the feed pump runs. Never open a spigot "
        "clamp, an inspection cover or a section flange on a cyclone that is not isolated by its knife gate valve "
        "and drained. A jet of slurry under pressure cuts skin.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "HC-250", "HC-380"],
            ["Cyclone inside diameter", "250 mm", "380 mm"],
            ["Cyclone positions on the distributor", "8", "6"],
            ["Feed flow per cyclone at 100 kPa feed pressure", "85 m³/h", "190 m³/h"],
            ["Feed pressure, operating range", "70-150 kPa", "60-140 kPa"],
            ["Vortex finder diameter, standard (options)", "90 mm (75, 105)", "130 mm (115, 150)"],
            ["Spigot sizes available", "25 to 70 mm in 5 mm steps", "40 to 110 mm in 10 mm steps"],
            ["Cone angle", "20°", "20°"],
            ["Liner material and thickness", "Natural rubber, 12 mm", "Natural rubber, 15 mm"],
            ["Distributor design pressure", "400 kPa", "400 kPa"],
            ["Mass of one cyclone, dry", "95 kg", "240 kg"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The flows are for cyclones with the standard vortex finder and rise with the square root of the feed "
        "pressure: a cyclone takes about 84 % of its 100 kPa flow at 70 kPa and about 118 % at 140 kPa. Natural "
        "rubber liners are for slurry up to 70 °C and pH 4 to 11; for hotter or more acid slurry ask Vortana for "
        "other liner materials.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Isolate a cyclone by closing its knife gate valve and locking the valve actuator. The spigot stays open "
            "to drain the cyclone; wait until it stops dripping.",
            "Lift cyclones only by their lifting lugs with the monorail hoist over the cluster, never by the feed "
            "inlet or the overflow pipe.",
            "Never look up into a running spigot. A blocked spigot can clear suddenly.",
            "Before any work within 1 m of the density gauge, its shutter must be closed and tagged by the licensed "
            "radiation safety officer.",
        ],
    ),
    ("h", "3. Classification settings"),
    (
        "cols",
        [
            ("h", "Cut size"),
            ("p", "The cut size (d50c) is the particle size that splits half to the overflow and half to the "
             "underflow. For quartz of density 2.65 t/m³ in a feed of 25-35 % solids by weight, the HC-250 with "
             "standard parts gives 45-75 µm and the HC-380 60-100 µm, the finer end at the higher pressure. Denser "
             "minerals classify finer. The cut for other ores is found by sampling the cluster in service."),
            ("h", "Feed pressure"),
            ("p", "Keep the pressure steady within the operating range. Match the flow to the pump with the number of "
             "open cyclones: open one more cyclone when the pressure rises over 130 kPa (HC-250) or 120 kPa "
             "(HC-380), and close one when it falls below 80 kPa (HC-250) or 70 kPa (HC-380)."),
            ("h", "Feed density"),
            ("p", "Keep the feed at 25-35 % solids by weight by adding water at the pump sump. A denser feed "
             "coarsens the cut and sends coarse particles to the overflow."),
            ("h", "Spigot discharge"),
            ("p", "The underflow should leave the spigot as a hollow cone spray of 20-30° included angle. A rope, a "
             "solid stream hanging straight down, means the spigot is overloaded: open the spigot one size. A wide "
             "spray with a thin underflow means the spigot is too large or worn."),
            ("h", "Underflow density"),
            ("p", "Aim for 70-78 % solids by weight in the underflow on quartz ores. Above 80 % the spigot ropes."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["H01", "Feed pressure low", "Below 70 kPa (HC-250) or 60 kPa (HC-380) for 30 s. Close a cyclone or "
             "raise the pump speed."],
            ["H02", "Feed pressure high", "Above 150 kPa (HC-250) or 140 kPa (HC-380). Open a cyclone; look for "
             "blocked spigots."],
            ["H03", "Pressure surging", "Swings larger than ±15 kPa within 30 s: air drawn in at a low sump level, "
             "or a blocked cyclone."],
            ["H05", "Sump level low", "Below 30 %. Add water or reduce the pump speed."],
            ["H06", "Sump level high", "Above 90 %. Open a cyclone or raise the pump speed."],
            ["H07", "Feed density high", "Above 40 % solids by weight. Add water at the sump."],
            ["H08", "Feed density low", "Below 20 % solids by weight."],
            ["H09", "Valve not open", "A knife gate valve did not reach open within 20 s."],
            ["H10", "Valve not closed", "A knife gate valve did not reach closed within 20 s."],
            ["H11", "Overflow launder level high", "Launder or its trash screen blocked."],
            ["H12", "Pump drive fault", "Fault from the variable speed drive; see its manual."],
            ["H13", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 44, 114),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Underflow ropes, coarse particles in the overflow", "Spigot too small for the solids load, feed too "
             "dense", "Open the spigot one size; dilute the feed to 25-35 % solids."],
            ["One cyclone gives no underflow", "Spigot blocked by trash, a loose liner piece",
             "Isolate the cyclone, clear the spigot, check the liners."],
            ["Pressure surges, pump noisy", "Sump level low, air in the feed", "Raise the sump level with water."],
            ["Overflow too coarse on all cyclones", "Pressure low, feed too dense, vortex finders worn",
             "Check pressure and density; measure the vortex finders."],
            ["Wide spray, thin underflow", "Spigot worn or too large", "Measure the spigot bore (section 7)."],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Changing a spigot"),
    (
        "ol",
        [
            "Close the cyclone's knife gate valve from the control room or locally, and lock the valve actuator.",
            "Let the cyclone drain through the spigot until the flow stops.",
            "Support the spigot holder, remove its two clamp bolts and lower the holder with the spigot.",
            "Press the worn spigot out of the holder and clean the seat. Fit the new spigot with a new seal ring "
            "(VME-SR-25 or VME-SR-38).",
            "Refit the holder and tighten the clamp bolts evenly to 50 Nm (HC-250) or 85 Nm (HC-380).",
            "Unlock and open the knife gate valve and check the spray shape as in section 3.",
        ],
    ),
    ("h", "7. Wear checks"),
    (
        "p",
        "Measure each spigot bore with an inside caliper once a week. Replace the spigot when its bore has worn "
        "5 mm larger than its nominal size (HC-250) or 8 mm larger (HC-380), or when it has worn oval. Replace a "
        "vortex finder when its lower rim is worn back by more than 15 mm. Replace the cone liners when the rubber "
        "is down to 4 mm at any point; the liner set of one cyclone is changed as a whole.",
    ),
    ("h", "8. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Every shift", "Look at the spray from each spigot; read the pressure and the feed density."],
            ["Weekly", "Measure the spigot bores; clear the launder trash screens."],
            ["Monthly, one cyclone in turn", "Take the cyclone off, open it and check the liners and the vortex "
             "finder."],
            ["Every 2000 h", "Knife gate valve seats and packing, to the valve maker's manual."],
            ["Yearly", "Rubber lining of the distributor spark tested by Vortana service."],
        ],
        (44, 130),
    ),
    ("h", "9. Tightening torques"),
    (
        "table",
        [
            ["Joint", "HC-250", "HC-380"],
            ["Spigot clamp bolts", "M12, 50 Nm", "M16, 85 Nm"],
            ["Cyclone section flanges (rubber-lined: never more, the liner lips squeeze out)", "M16, 110 Nm",
             "M20, 190 Nm"],
            ["Cyclone inlet flange to knife gate valve", "M16, 120 Nm", "M20, 200 Nm"],
            ["Overflow elbow", "M12, 45 Nm", "M12, 45 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "10. Spare parts"),
    (
        "table",
        [
            ["Part", "HC-250", "HC-380"],
            ["Spigot, ceramic lined (add bore in mm)", "VME-SP-25-..", "VME-SP-38-.."],
            ["Spigot seal ring", "VME-SR-25", "VME-SR-38"],
            ["Vortex finder, standard", "VME-VF-90", "VME-VF-130"],
            ["Cone liner set, one cyclone", "VME-CL-25", "VME-CL-38"],
            ["Feed chamber liner", "VME-FL-25", "VME-FL-38"],
        ],
        (80, 45, 45),
    ),
]

# ---------------------------------------------------------------- Fibrenza LD double-disc refiners
FIBRENZA = [
    ("title", "Fibrenza LD Double-Disc Refiners\nOperating and Maintenance Manual - LD-508 and LD-660"),
    (
        "p",
        "Document FBZ-OM-LD-02, Edition 3, June 2025. Fibrenza Fibre Systems Oy. The LD-508 and LD-660 are "
        "low-consistency double-disc refiners for chemical pulps: a rotor carrying refiner plates on both faces "
        "turns between two stationary plates, and the stock flows through both refining zones in parallel. The "
        "number gives the plate diameter in millimetres. Apart from the size, the motor, the bearing lubrication "
        "and the items named in this manual, the two refiners are built alike. The refiner plates are designed and "
        "supplied by the plate maker, whose data sheet gives the cutting edge length, the no-load power and the bar "
        "and groove pattern of each plate. The oil lubrication unit of the LD-660 has its own manual, FBZ-OM-LU-01, "
        "and the main motor is covered by its maker's manual.",
    ),
    (
        "warn",
        "WARNING: Never run the refiner without stock flow, and never close the plates on an empty or air-filled "
        "refiner: the plates clash and can break up. Lock out the main motor, the gap actuator and the stock valves "
        "before opening the door.",
    ),
    ("h", "1. Technical data"),
    (
        "table",
        [
            ["Parameter", "LD-508", "LD-660"],
            ["Plate diameter", "508 mm", "660 mm"],
            ["Main motor, rated values at 690 V 3~ 50 Hz", "250 kW, 253 A", "450 kW, 449 A"],
            ["Rotor speed", "1500 rpm", "1000 rpm"],
            ["Stock flow, permitted range", "40-150 m³/h", "90-300 m³/h"],
            ["Stock consistency", "3-5 %", "3-5 %"],
            ["No-load power, standard plates, water-filled", "55 kW", "95 kW"],
            ["Largest inlet pressure", "8 bar(g)", "8 bar(g)"],
            ["Bearing lubrication", "Grease, lithium complex EP2",
             "Circulating oil ISO VG 68, unit to FBZ-OM-LU-01"],
            ["Double mechanical seals, seal water per seal", "4-8 L/min", "6-10 L/min"],
            ["Refiner mass", "3.9 t", "7.6 t"],
        ],
        (76, 47, 47),
    ),
    (
        "p",
        "The no-load power is measured with new standard plates FBZ-P508-S or FBZ-P660-S, with water at 40 °C and "
        "at rated speed. Other plate patterns have other no-load powers, which the plate maker's data sheet gives.",
    ),
    ("h", "2. Safety"),
    (
        "ul",
        [
            "Start the motor only with the plates fully open (the OPEN lamp lit, gap at least 3 mm) and stock "
            "flowing through the refiner.",
            "Seal water must flow before the stock pump starts and until the refiner is drained.",
            "The door weighs 310 kg (LD-508) or 680 kg (LD-660). Swing it only on its hinge with the locking pin "
            "fitted.",
            "Stock may be up to 70 °C. Drain the housing before opening it.",
        ],
    ),
    ("h", "3. Refining settings"),
    (
        "cols",
        [
            ("h", "Net power and specific energy"),
            ("p", "The net refining power is the motor power less the no-load power. The specific refining energy in "
             "kWh/t is the net power in kW divided by the fibre flow in t/h. The fibre flow is the stock flow in "
             "m³/h times the consistency in percent, divided by 100: 120 m³/h at 4 % is 4.8 t/h."),
            ("h", "Guide values"),
            ("p", "Usual net specific energy in one pass: bleached softwood kraft 60-120 kWh/t, bleached hardwood "
             "kraft 20-60 kWh/t. Other furnishes are set by trials with the paper maker. Do not apply more than "
             "150 kWh/t in one refiner; use two refiners in series instead."),
            ("h", "Specific edge load"),
            ("p", "The specific edge load (SEL) is the net power divided by the cutting edge length of the plates "
             "and by the rotor speed, in J/m. Keep it within the plate maker's range for the pattern; as a guide "
             "1.5-3.0 J/m for softwood and 0.4-1.0 J/m for hardwood."),
            ("h", "Flow and pressure"),
            ("p", "Keep the stock flow within the range of section 1 whenever the plates are loaded: below the "
             "minimum flow the load control opens the plates (R05). Keep the outlet pressure at 2.0 bar(g) or more; "
             "a lower pressure lets air and steam form in the refining zones and the load swings."),
            ("h", "Loading"),
            ("p", "Set the power, not the gap. The load control raises the power by no more than 10 kW/s (LD-508) "
             "or 15 kW/s (LD-660). Plate contact shows as a sharp rise of the vibration reading; the control opens "
             "the plates at 7 mm/s (R07) and trips the motor at 11 mm/s."),
        ],
    ),
    ("h", "4. Alarm codes"),
    (
        "table",
        [
            ["Code", "Message", "Cause and action"],
            ["R01", "Seal water flow low", "Below 4 L/min (LD-508) or 6 L/min (LD-660) at a seal for 10 s: the "
             "refiner stops."],
            ["R02", "Bearing temperature high", "Warning at 85 °C, trip at 95 °C."],
            ["R03", "Lube oil pressure low", "LD-660 only: trip after 5 s. See FBZ-OM-LU-01."],
            ["R04", "Motor overload", "Power above 105 % of the motor rating for 30 s; the load control backs off."],
            ["R05", "Stock flow low", "Flow below the permitted range; the plates are opened."],
            ["R06", "Inlet pressure high", "Above 8 bar(g). Check the outlet valve and the pump."],
            ["R07", "Vibration high, plate contact", "Over 7 mm/s: plates opened. Over 11 mm/s: motor tripped."],
            ["R08", "Gap actuator fault", "Actuator did not move within 5 s of a command."],
            ["R09", "Plates worn", "The gap actuator has reached its wear limit position: change the plates."],
            ["R11", "Outlet pressure low", "Below 2.0 bar(g) for 30 s."],
            ["R12", "Door switch", "Door not closed and bolted."],
            ["R13", "Motor winding temperature", "From the motor protection relay; see the motor manual."],
            ["R14", "Emergency stop", "A stop button is pressed."],
        ],
        (16, 46, 112),
    ),
    ("h", "5. Faults and remedies"),
    (
        "table",
        [
            ["Symptom", "Likely cause", "Remedy"],
            ["Load swings, power hunts", "Outlet pressure too low, air in the stock, consistency swings",
             "Raise the outlet pressure; check the chest level and the consistency control."],
            ["Fibres cut short, freeness drops too fast", "SEL too high for the furnish",
             "Lower the power, or ask the plate maker for a pattern with more cutting edge."],
            ["Set power not reached with the gap at its limit", "Plates worn", "Change the plates (section 6)."],
            ["Stock in the seal water, or seal water on the floor", "Seal faces worn",
             "Call Fibrenza service; the mechanical seals are replaced only by Fibrenza service."],
            ["Knocking at the first start after a plate change", "Gap zero not set", "Set the gap zero (section 6, "
             "step 8)."],
        ],
        (50, 58, 66),
    ),
    ("h", "6. Changing the refiner plates"),
    (
        "ol",
        [
            "Open the plates fully, stop the refiner and the stock pump, close the inlet and outlet valves and drain "
            "the housing. Close the seal water once drained.",
            "Lock out the main motor, the gap actuator and the stock valves.",
            "Remove the door bolts, fit the locking pin and swing the door open on its hinge.",
            "Remove the plate bolts and lift off the stationary segments of the door, then the rotor segments, with "
            "the plate lifting tool FBZ-LT-1. An LD-660 segment weighs 22 kg.",
            "Clean the seats and grease the rotor spline with anti-seize FBZ-AS-1. Fit the new plates with new "
            "bolts: plate bolts are used once. Tighten them in the order of the plate drawing to 75 Nm (LD-508) or "
            "180 Nm (LD-660).",
            "Check the axial run-out of the rotor plates with a dial gauge: no more than 0.10 mm.",
            "Close the door and tighten the door bolts to 420 Nm.",
            "Set the gap zero: with water flowing, close the plates slowly in setting mode until the vibration "
            "just rises, store this position as zero and open the plates 2 mm.",
            "Remove the lock-outs. Run new plates in at no more than half the usual power for the first 2 hours.",
        ],
    ),
    ("h", "7. Maintenance"),
    (
        "table",
        [
            ["Interval", "Work"],
            ["Daily", "Seal water flow at each seal; bearing temperatures; vibration reading."],
            ["Every 500 h (LD-508)", "Grease each bearing with 30 g of lithium complex EP2 grease."],
            ["Every 1000 h (LD-660)", "Oil sample and filter check as in FBZ-OM-LU-01."],
            ["Every 3 months", "Check the gap actuator travel against the wear readout."],
            ["Yearly", "Coupling alignment, within 0.05 mm; mechanical seals inspected by Fibrenza service."],
        ],
        (40, 134),
    ),
    ("h", "8. Tightening torques"),
    (
        "table",
        [
            ["Joint", "LD-508", "LD-660"],
            ["Plate bolts (new bolts only)", "M12, 75 Nm", "M16, 180 Nm"],
            ["Door bolts", "M24, 420 Nm", "M24, 420 Nm"],
            ["Motor foot bolts", "M24, 640 Nm", "M30, 1250 Nm"],
            ["Seal housing", "M10, 45 Nm", "M10, 45 Nm"],
        ],
        (80, 45, 45),
    ),
    ("h", "9. Spare parts"),
    (
        "table",
        [
            ["Part", "LD-508", "LD-660"],
            ["Standard plate set, rotor and stator, both zones", "FBZ-P508-S", "FBZ-P660-S"],
            ["Plate bolt set", "FBZ-PB-12", "FBZ-PB-16"],
            ["Mechanical seal cartridge (Fibrenza service)", "FBZ-MS-508", "FBZ-MS-660"],
            ["Door gasket", "FBZ-DG-508", "FBZ-DG-660"],
            ["Oil filter element", "-", "FBZ-OF-10"],
            ["Anti-seize compound", "FBZ-AS-1", "FBZ-AS-1"],
        ],
        (80, 45, 45),
    ),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, header, blocks in [
        ("clorvane-cv-vacuum-gas-chlorinator.pdf", "Clorvane CLV-OM-CV-04 Ed 2 - CV-10 / CV-40", CLORVANE),
        ("halstrom-da-spray-tray-deaerator.pdf", "Halstrom HTP-OM-DA-03 Ed 4 - DA-40 / DA-80", HALSTROM),
        ("vortana-hc-hydrocyclone-cluster.pdf", "Vortana VME-OM-HC-06 Ed 1 - HC-250 / HC-380", VORTANA),
        ("fibrenza-ld-double-disc-refiner.pdf", "Fibrenza FBZ-OM-LD-02 Ed 3 - LD-508 / LD-660", FIBRENZA),
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
