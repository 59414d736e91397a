"""Standard designations (IP65, DN50, PT100, VG46, SIL2) are not equipment; model numbers and fault codes are.

The strings here are written for the rule: each designation is something a technician may name in a
question about any maker's product, and each equipment code is a made-up model or alarm.
"""

from __future__ import annotations

import pytest

from knowledge.codes import (
    equipment_codes,
    is_designation,
    query_code_spans,
    query_codes,
    skipped_codes,
    spaced_model_codes,
    specific_codes,
    strip_codes,
    written_codes,
)

DESIGNATIONS = [
    # ingress and impact ratings
    "IP20",
    "IP54",
    "IP65",
    "IP66",
    "IP67",
    "IP68",
    "IP69K",
    "ip2x",
    "IPX4",
    "IK08",
    "NEMA4X",
    "nema-12",
    "Type4X",
    # pipe sizes and pressure classes
    "DN25",
    "DN50",
    "dn-100",
    "PN16",
    "PN-40",
    "SCH40",
    # temperature sensors
    "PT100",
    "Pt-100",
    "PT1000",
    "Ni1000",
    "NTC10K",
    "ntc10k",
    "KTY84-130",
    # greases and oils
    "NLGI2",
    "NLGI-00",
    "EP2",
    "VG46",
    "vg68",
    "HLP46",
    "AW32",
    "SAE30",
    "SAE10W",
    # refrigerants and bolt grades
    "R-410A",
    "R-134a",
    "R-22",
    "A2-70",
    "A4-80",
    # electrical ratings, categories and links
    "AC-3",
    "DC-13",
    "DC24V",
    "AC230V",
    "CAT3",
    "Cat6a",
    "AWG14",
    "RS-485",
    "RS232",
    # efficiency, functional safety, hazardous areas
    "IE3",
    "IE4",
    "SIL2",
    "SIL-3",
    "Div2",
    "Zone1",
    # standards written without a space
    "IEC60204",
    "EN60204",
    "ISO4406",
    "DIN912",
    "UL508A",
    "NFPA70E",
]

EQUIPMENT = [
    "KD-400",
    "kd400",
    "RT-20",
    "AL-042",
    "OC2",
    "C-09",
    "E-04",
    "err5",
    "PV4-25",
    "CA37",
    "HX30",
    "VX300",
    "SB-24",
    # same letters as a designation, but not a value any standard defines
    "IP-9000",
    "DN-0042",
    "PN01",
    "PT-42",
    "SIL7",
    "IE9",
    "VG47",
    "R-999",
    "NTC-0",
    "AC-99",
    "EN12",
]


@pytest.mark.parametrize("code", DESIGNATIONS)
def test_a_standard_designation_is_not_equipment(code: str) -> None:
    assert is_designation(code)
    question = f"is the {code} version ok outdoors"
    assert written_codes(question), "still a code for retrieval and confidence"
    assert equipment_codes(question) == []


@pytest.mark.parametrize("code", EQUIPMENT)
def test_a_model_number_or_fault_code_is_equipment(code: str) -> None:
    assert not is_designation(code)
    assert equipment_codes(f"{code} tripping on accel, what do i check") != []


def test_designations_written_with_a_space_or_unit_first_are_no_codes_at_all() -> None:
    for text in ("NEMA 4X", "CAT III", "400V", "24VDC", "3AC", "PLd", "Class 1 Div 2", "SAE 10W-40", "grade 8.8"):
        assert written_codes(f"is {text} enough here") == [], text


def test_a_parameter_with_a_dot_keeps_counting_even_when_its_letters_match_a_designation() -> None:
    assert not is_designation("Pn.24")
    assert equipment_codes("servo Pn.24 position error limit") == [{"pn24"}]


def test_equipment_codes_keep_the_equipment_of_a_mixed_question() -> None:
    question = "kd-900 with the IP65 housing and a PT100 on DN50 pipe shows AL-042"
    assert equipment_codes(question) == [{"kd900"}, {"al042", "al42"}]
    assert {"ip65", "pt100", "dn50", "kd900"} <= query_codes(question), "retrieval still matches them"


# Strings written for the one-letter rule: a code reported as shown counts, a unit or a size never does.
SHOWN = [
    ("standby set showing E06 on the panel", {"e06", "e6"}),
    ("wrapper throwing L12", {"l12"}),
    ("F6 on the keypad, what now", {"f6"}),
    ("what does A9 mean on the filter unit", {"a9"}),
    ("controller display flashing H3 after power cut", {"h3"}),
    ("alarm U07 came up overnight", {"u07", "u7"}),
    ("what does P6 do on the feeder controller", {"p6"}),  # asked as a parameter or menu item
    ("parameter d12 default on the hoist", {"d12"}),
    ("which menu is H4 in", {"h4"}),
    # a machine's report of it right before it
    ("kiln fan tripped K14 twice tonight", {"k14"}),
    ("sorter stopped on J22 halfway through the run", {"j22"}),
    ("the older hoist threw b31 after the brake swap", {"b31"}),
    ("dash says L7 and the brushes wont lift", {"l7"}),
    # three or more digits on a machine: no bolt, breaker or fuse is sized so
    ("e108 on the die caster", {"e108"}),
    ("getting h214 on our blister line again", {"h214"}),
    # a number with a leading zero is written so only by a code
    ("g07 again on the bagger, what do i check", {"g07", "g7"}),
]
# A code's own digits are not a quantity: the one-letter code after it is still a code.
AFTER_A_MODEL = [
    ("rx40 H05 alarm wont reset", [{"rx40"}, {"h05", "h5"}]),
    ("tn9 Y06 after the door closes", [{"tn9"}, {"y06", "y6"}]),
    # A controller named by its code reports the code it "says" (twenty-second session).
    ("the wrapper's bx-4 says k9 after a jam", [{"bx4"}, {"k9"}]),
]
NOT_SHOWN = [
    "flow alarm at 20 m3/h",
    "fault with the 4 x M8 bolts",
    "error reading 12 m3 on the totalizer",
    "E4 wiring to terminal 3",  # no report of a display: too ambiguous to call a missing fault
    "what size is the m10 bolt",
    "what does the m8 bolt torque to",  # "what does ... do" asks about a code only right after "does"
    "what do you do if the m12 anchor bolts keep coming loose",  # a pronoun is no code
    "paramedic kit by the e4 exit",
    "breaker keeps tripping, is an m8 lug big enough",  # the report is not right before the size
    "stopped the line to fit the m6 screws",  # "the m6": what was stopped for, not what stopped it
    "how much air at 6 bar, comp only does 2.5 m3/min",
    # A breaker tripped, what a manual or a plate says, a flange or a cable type: no report of a fault.
    "heater keeps tripping the C16 breaker on start",
    "manual says M10 anchors but we only have M12",
    "nameplate says S1, can it run continuous",
    "drawing 12 says m8 for the guard bolts",  # a drawing's number is no controller's code
    "manual p12 says m10 anchors but we only have m12",  # nor a page's, a table's or a work instruction's
    "table t4 says m10 bolts",
    "will the new actuator bolt onto an F07 flange",
    "valve top is F05/F07 which bracket",
    "is h07v-k ok for the motor",
    "M12 on the flange, what torque",  # one or two digits on a machine: a size
    "C16 on the panel keeps tripping",
    "fit the e108 cable gland",  # three digits, on no machine
    "using p120 on the belt sander",  # a grit, a steel grade, a breaker, a refrigerant: sizes and grades
    "s355 on the frame, can i weld a bracket",
    "C125 on the main panel keeps tripping",
    "r404 on the chiller",
    "die area is about 500 cm2 at 800 bar",  # a square unit after its number
    "cable of 16 mm2 for the feed",
]


@pytest.mark.parametrize(("question", "codes"), AFTER_A_MODEL)
def test_a_one_letter_code_after_a_model_is_a_code(question: str, codes: list[set[str]]) -> None:
    assert equipment_codes(question) == codes


@pytest.mark.parametrize(("question", "keys"), SHOWN)
def test_a_one_letter_code_reported_as_shown_is_a_code(question: str, keys: set[str]) -> None:
    assert equipment_codes(question) == [keys]
    assert written_codes(question) == [keys]


@pytest.mark.parametrize("question", NOT_SHOWN)
def test_a_one_letter_unit_or_size_is_not_a_code(question: str) -> None:
    assert equipment_codes(question) == []


def test_a_variant_is_one_code_with_its_family_and_its_own_key() -> None:
    # "family-size" as a technician types it: one span, so stripping codes leaves no stray "0110".
    assert query_code_spans("rated amps qm7-0110 please") == [(11, 19, {"qm7", "qm70110"})]
    assert strip_codes("rated amps qm7-0110 please").split() == ["rated", "amps", "please"]
    assert query_codes("qm7-0110 vs qm7-0075") == {"qm7", "qm70110", "qm70075"}
    # The most specific key of each code: the variant, not its family; other codes are untouched.
    assert specific_codes("qm7-0110 throws AL-042") == {"qm70110", "al042", "al42"}
    assert specific_codes("kd-450 OC2") == {"kd450", "oc2"}


def test_what_a_drawing_says_is_no_reported_code() -> None:
    # A drawing's number before "says" is no controller's (twenty-second session): its m12 is a size.
    assert written_codes("dwg-447 says m12 for the guard bolts") == [{"dwg447"}]
    assert {"m8"} not in written_codes("the wi-04 says m8 screws for the guard")


def test_a_code_the_table_skips_between_its_neighbours_is_skipped() -> None:
    table = "H01: Heater fault. H02: Door open. H04: Fan stalled. H05: Low water. H09: Service due."
    assert skipped_codes("oven hx2 showing h03", [table]) == ["H03"]
    assert skipped_codes("dryer fault h3 came up", [table]) == ["H3"]
    # A code the table writes, one past its end or far from any neighbour, and the machine's own model are not.
    assert skipped_codes("oven showing h04", [table]) == []
    assert skipped_codes("oven showing h12", [table]) == []
    assert skipped_codes("oven showing h12", ["H09: Service due. H20: Steam valve."]) == []  # no near neighbour
    # A model beside the passages' models, a fastener's size, a code a run or a sub-code holds are listed.
    assert skipped_codes("fault on the hx2", [table], ["HX-1", "HX-3"]) == []
    assert skipped_codes("what torque for the m8 screws on the display arm", ["M6 10 Nm, M10 49 Nm"]) == []
    assert skipped_codes("display showing h03", ["H01: x. H02-H04: Door open. H05: y."]) == []
    assert skipped_codes("f12 on the display what does it mean", ["F11: x. F12.1: y. F12.2: z. F13: w."]) == []
    # A code the question does not report as shown is no fault.
    assert skipped_codes("the h03 bracket on the oven", [table]) == []


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        ("brake pads on both the kx220s worn down", {"kx220", "kx220s"}),
        ("our two mv-45s keep tripping", {"mv45", "mv45s"}),
    ],
)
def test_a_model_written_as_a_plural_is_also_the_model_itself(question: str, keys: set[str]) -> None:
    """Several machines of one model, "the kx220s": a knowledge base holding the KX-220 knows them."""
    assert equipment_codes(question) == [keys]
    assert written_codes(question) == [keys]
    assert keys <= specific_codes(question)


def test_a_capital_s_is_a_variant_not_a_plural() -> None:
    """Makers name variants with a capital letter: "KX-220S" is only itself."""
    assert equipment_codes("seal kit for the KX-220S") == [{"kx220s"}]
    assert specific_codes("seal kit for the KX-220S") == {"kx220s"}


def test_a_spaced_code_of_a_covered_model_family_is_a_sibling_model() -> None:
    # Strings written for the rule (knowledge.codes.spaced_model_codes), not taken from an evaluation set.
    covered = ["HL-240", "HL-320"]
    assert spaced_model_codes("quoting an hl 400 whats its rated load", covered) == [{"hl400"}]
    assert spaced_model_codes("hl 240 rated load", covered) == []  # a covered model
    assert spaced_model_codes("hl400 rated load", covered) == []  # glued: equipment_codes names it already
    assert spaced_model_codes("is 400 kg ok on the hl 320", covered) == []  # a number after a stopword
    assert spaced_model_codes("cat 2 cable for the hl 240", covered) == []  # other letters: ordinary words
    assert spaced_model_codes("the ip 65 box on the hl 240", ["IP-20", "HL-240"]) == []  # a designation
    assert spaced_model_codes("the hl 400", ["H-240"]) == []  # one letter is no family
    assert spaced_model_codes("the hl 400", []) == []  # no manual found: no family to belong to


@pytest.mark.parametrize(
    ("question", "codes", "asks"),
    [
        # Strings written for the rule (knowledge.codes._ORDINARY_WORDS), not taken from an evaluation set: a
        # technician's own reading or a count after an ordinary word is no code, and stays in what is asked.
        ("the gauge says 7.7 bar on the kd 400", {"kd400"}, "7.7"),
        ("only 31 deg at the outlet of the rx 20", {"rx20"}, "31"),
        ("how many 32a sockets on the ab 63", {"ab63"}, "32a"),
        ("got 0.07 mm runout on the spindle", set(), "0.07"),
        ("chain measures 412 mm over 15 teeth", set(), "15"),
        # Fifty-sixth session: more ordinary words, and a contraction's last letters ("it's 7" is no "s7").
        ("last 2 shifts the ab 63 tripped twice", {"ab63"}, "2"),
        ("wait 3 min then restart the kd 400", {"kd400"}, "3"),
        ("it's 9 bar at the outlet of the rx 20", {"rx20"}, "9"),
        ("it\u2019s 9 bar at the outlet", set(), "9"),
        ("it\u00b4s 9 bar at the outlet", set(), "9"),
        ("saw 9 bar on the gauge of the kd 400", {"kd400"}, "9"),
    ],
)
def test_an_ordinary_word_before_a_number_is_no_code(question: str, codes: set[str], asks: str) -> None:
    assert query_codes(question) == codes
    assert asks in strip_codes(question)


def test_a_spaced_code_after_a_noun_or_code_letters_stays_a_code() -> None:
    # Strings written for the rule: code letters and nouns that may name a thing keep their spaced number.
    assert query_codes("max speed of the sp 12") == {"sp12"}
    assert query_codes("zone 7 runs hot") == {"zone7"}
    assert query_codes("vs 60 max speed") == {"vs60"}  # "vs" is a model's letters, not taken as "versus"
