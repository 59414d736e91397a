"""engine/spelling.py: a misspelt word of the manual found is put right; words and codes are left alone."""

from __future__ import annotations

from engine.spelling import corrected, known_words

MANUAL = [
    "Setting the blade height: loosen the clamp, check the pressure and the controller display. "
    "The homogenizer and the analyser are cleaned weekly; a qualified contractor inspects the casting.",
    "Procedure 4: dosing three pumps. Marking the finger guard. Collect the parts; insert the key.",
]


def test_a_slip_of_the_fingers_is_put_right_to_the_manuals_word() -> None:
    assert corrected("how do i set the blade hieght", MANUAL) == "how do i set the blade height"  # swapped
    assert corrected("presure too low on the controler", MANUAL) == "pressure too low on the controller"  # double
    assert corrected("homogeniser and analyzer cleaning", MANUAL) == "homogenizer and analyser cleaning"  # s for z
    assert corrected("proceedure 4", MANUAL) == "procedure 4"  # a letter typed twice
    assert corrected("Hieght of the blade", MANUAL) == "Height of the blade"  # the capital stays


def test_words_codes_and_endings_are_left_alone() -> None:
    assert known_words(), "the packaged model's vocabulary is installed with the project"
    # Real words one slip from a manual's word are no misspellings ("there"/"three", "doing"/"dosing").
    assert corrected("is there a guard, what are we doing wrong", MANUAL) == "is there a guard, what are we doing wrong"
    # A letter left out that doubles nothing makes another word too often: a contactor is no contractor.
    for question in ("which contactor trips", "crack in the casing", "collet slips", "inert gas purge"):
        assert corrected(question, MANUAL) == question
    # A plural or a tense is no slip ("coater" is no "coated"); the first letter is never changed.
    assert corrected("coater racks", MANUAL) == "coater racks"
    assert corrected("cresure", MANUAL) == "cresure"
    # Codes and short words stay as written ("ht-69" is no height, "prs" no pressure).
    assert corrected("hieght of the ht-69 at prs", MANUAL) == "height of the ht-69 at prs"
    # No manual text, or a word two texts fit equally: unchanged.
    assert corrected("blade hieght", []) == "blade hieght"
    assert corrected("the fliter", ["filter and flitre"]) == "the fliter"
    assert corrected("the fliter", ["filter"]) == "the filter"


def test_a_word_asking_for_steps_is_put_right_without_the_manual() -> None:
    # Strings written for the rule (rules.ASKING_WORDS): the kind of answer asked does not hang on the passages.
    assert corrected("proceedure for fitting a new belt", []) == "procedure for fitting a new belt"
    assert corrected("belt repalcement steps", ["Fitting the belt"]) == "belt replacement steps"
    # "instalation" lacks one of a double letter (a slip); "instrucions" lacks another letter (none).
    assert corrected("instalation instrucions", []) == "installation instrucions"
    # The passages' own words are still the only others put right.
    assert corrected("blade hieght procedure", []) == "blade hieght procedure"


def test_a_slip_is_put_right_to_another_form_of_the_manuals_word() -> None:
    texts = ["Parameter: Calibration weight; PW-8: 2000 g", "5. Checking and calibrating the scale"]
    assert corrected("what weight to callibrate the pw8 with", texts) == "what weight to calibrate the pw8 with"
    # Only its last letters may differ: a slip sharing a word's first letters alone is another word.
    stretch = ["Set the pressure to 2 bar."]
    assert corrected("prestretch roller", stretch) == "prestretch roller"
    assert corrected("theres a gap", ["Check all three gaps."]) == "theres a gap"


def test_one_vowel_of_a_long_words_ending_is_put_right() -> None:
    # Strings written for rules.VOWEL_SLIP_LETTERS and VOWEL_SLIP_ENDING: a vowel typed for another near the end of a
    # word of eight letters or more.
    texts = ["Check the condenser every 500 h; the service interval and the clearance are on the plate."]
    assert corrected("condensor dirty", texts) == "condenser dirty"
    assert corrected("service intervel and clearence", texts) == "service interval and clearance"
    # Not earlier in the word, nor in a shorter word: a vowel there makes another word too often.
    assert corrected("palletiser jammed", ["Clean the pelletiser die."]) == "palletiser jammed"
    assert corrected("pellets jam", ["Stack the pallets."]) == "pellets jam"


def test_a_vowel_left_out_of_a_long_word_is_put_back() -> None:
    # Strings written for the vowel-drop slip (fortieth session): a word of seven letters or more.
    texts = ["Drain the hydraulic reservoir, then refit the accumulator and its secondary valve."]
    assert corrected("hydrulic resrvoir leaking", texts) == "hydraulic reservoir leaking"
    assert corrected("secondry valve on the accumlator", texts) == "secondary valve on the accumulator"
    # Not in a shorter word, and only to a word the passages write.
    assert corrected("sensr dead", ["The sensor and the senser."]) == "sensr dead"
    assert corrected("hydrulic hose", ["Check the hose."]) == "hydrulic hose"
    # After the other slips: "setings" is "settings" (a letter of a double), not "seatings". Not in an ending's form
    # of a known word: "plating" is no "pleating".
    assert corrected("setings on the valve", ["The settings and the seatings."]) == "settings on the valve"
    assert corrected("plating thickness", ["Pleating of the filter."]) == "plating thickness"


def test_an_ending_written_as_it_sounds_is_put_right() -> None:
    # Strings written for the "-tion" / "-sion" slip (thirty-ninth session).
    texts = ["Setting the belt tension: read the gauge at the extension arm."]
    assert corrected("belt tention on the extention arm", texts) == "belt tension on the extension arm"
    assert corrected("belt tention", ["Check the belt."]) == "belt tention"  # only to a word the passages write
