"""analyze_query helpers: question type, shorthand, the kind of value asked for, the question's numbers."""

from __future__ import annotations

import pytest

from engine.analysis import analyze_query, asked_value_kinds, content_words, expand, number_match, value_match


@pytest.mark.parametrize(
    ("question", "qtype"),
    [
        ("kd400 tripping OC2 on decel", "fault"),
        ("how do i regrease a bm7 motor", "procedure"),
        ("coupling bolt torque hx30", "fact"),
    ],
)
def test_question_types(question: str, qtype: str) -> None:
    assert analyze_query(question).qtype == qtype


def test_shorthand_is_spelled_out_before_matching() -> None:
    assert expand("max temp on decel") == "maximum temperature on deceleration"
    assert "maximum" in content_words("max qty?")


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("how many kg does the motor weigh", ["mass"]),
        ("what temp does the ptc trip at", ["temperature"]),
        ("coupling bolt torque", ["torque"]),
        ("how often grease the bearings", ["interval"]),
        ("what does OC2 mean", []),
    ],
)
def test_the_kind_of_value_a_question_asks_for(question: str, kinds: list[str]) -> None:
    assert asked_value_kinds(question) == kinds


def test_value_match_needs_a_value_of_the_asked_kind() -> None:
    assert value_match("coupling bolt torque", "Tighten to 45 N·m crosswise") == 1.0
    assert value_match("coupling bolt torque", "Tighten the bolts crosswise") == 0.0
    assert value_match("filter final pressure drop", "Change at final pressure drop: 250 Pa") == 1.0
    assert value_match("what does OC2 mean", "Overcurrent") == 0.5


def test_number_match_ignores_the_digits_of_model_numbers() -> None:
    assert number_match("grease interval bm7 frame 355 motor", "Frame 160: 4000 h") == 0.0
    assert number_match("grease interval bm7 frame 160 motor", "Frame 160: 4000 h") == 1.0
    assert number_match("kd-400 OC2 on decel", "anything") == 0.5
