"""Extractive answerer helpers: splitting passages into quotable pieces, following a row's references."""

from __future__ import annotations

from engine.extractive import referenced_rows, split_units

ALARMS = """Code: Er.310; Name: Following error exceeded; Cause: Position error above Pn.24; Action: See section 4
Code: Er.320; Name: Overspeed; Cause: Speed above Pn.30; Action: Check Pn.30"""
PARAMETERS = """Parameter: Pn.12; Name: Position loop gain; Default: 30 /s
Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 3.0 rev
Parameter: Pn.30; Name: Maximum speed; Default: 3000 rpm"""


def test_a_quoted_row_brings_the_row_of_the_parameter_it_refers_to() -> None:
    units = split_units(0, ALARMS) + split_units(1, PARAMETERS)
    chosen = [units[0]]  # the Er.310 row
    extra = referenced_rows(chosen, units, known={"er310", "osd8"})
    assert [u.text for u in extra] == [
        "Parameter: Pn.24; Name: Following error limit; Range: 0.1-100 rev; Default: 3.0 rev"
    ]
    assert extra[0].passage == 1


def test_no_row_is_added_twice_or_beyond_the_limit() -> None:
    units = split_units(0, ALARMS) + split_units(1, PARAMETERS)
    chosen = [units[0], units[1]]  # refer to Pn.24 and Pn.30
    extra = referenced_rows(chosen, units, known=set(), limit=1)
    assert len(extra) == 1
    # Codes the question already names need no row of their own; a chosen row is never repeated.
    assert referenced_rows([units[3]], units, known=set()) == []
    assert referenced_rows(chosen, units, known={"pn24", "pn30"}) == []


def test_steps_and_long_lines_are_split_into_pieces() -> None:
    text = "1. Lock out the drive.\n2. Wait 5 minutes.\n" + "A long sentence about the drive. " * 8
    units = split_units(0, text)
    assert [u.is_step for u in units[:2]] == [True, True]
    assert len(units) > 3
