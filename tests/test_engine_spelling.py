"""engine/spelling.py: a misspelt word of the manual found is put right; words and codes are left alone."""

from __future__ import annotations

from engine.spelling import corrected, known_words

MANUAL = [
    "Setting the blade height: loosen the clamp, check the pressure and the controller display. "
    "The homogenizer and the analyser are cleaned weekly; moulds and coated parts dry on the rack.",
    "Procedure 4: dosing three pumps. Marking the finger guard.",
]


def test_a_slip_of_the_fingers_is_put_right_to_the_manuals_word() -> None:
    assert corrected("how do i set the blade hieght", MANUAL) == "how do i set the blade height"  # swapped
    assert corrected("presure too low on the controler", MANUAL) == "pressure too low on the controller"  # left out
    assert corrected("homogeniser and analyzer cleaning", MANUAL) == "homogenizer and analyser cleaning"  # s for z
    assert corrected("molds sticking", MANUAL) == "moulds sticking"


def test_words_codes_and_endings_are_left_alone() -> None:
    assert known_words(), "the packaged model's vocabulary is installed with the project"
    # Real words one slip from a manual's word are no misspellings ("there"/"three", "doing"/"dosing").
    assert corrected("is there a guard, what are we doing wrong", MANUAL) == "is there a guard, what are we doing wrong"
    # A plural or a tense is no slip ("coater" is no "coated"); the first letter is never changed.
    assert corrected("coater racks", MANUAL) == "coater racks"
    assert corrected("cresure", MANUAL) == "cresure"
    # Codes and short words stay as written ("ht-69" is no height, "prs" no pressure).
    assert corrected("hieght of the ht-69 at prs", MANUAL) == "height of the ht-69 at prs"
    # No manual text, or a word two texts fit equally: unchanged.
    assert corrected("blade hieght", []) == "blade hieght"
    assert corrected("the fiter", ["filter and fitter"]) == "the fiter"
    assert corrected("the fiter", ["filter"]) == "the filter"
    assert corrected("cluth slipping", ["clutch"]) == "clutch slipping"  # the letter before the last
    assert corrected("pump valve", ["pumps valves"]) == "pump valve"  # a plural is no slip
