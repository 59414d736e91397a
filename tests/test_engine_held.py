"""held.beyond_held, on strings written for it (invented makers and equipment; no evaluation question)."""

from __future__ import annotations

from engine.held import beyond_held

JAR_ROW = (
    "2. Technical data\nParameter: Maximum output, round jars up to 500 mL; KX-20: 90 jars/min; KX-30: 120 jars/min"
)


def test_a_number_outside_the_condition_the_values_hold_for_asks_another_condition() -> None:
    # A row naming its condition after a comma, read in the unit the question writes.
    assert beyond_held("whats the max output of the kx20 with 750ml jars", JAR_ROW)
    assert not beyond_held("whats the max output of the kx20 with 350ml jars", JAR_ROW)
    # A sentence saying what the values hold for: a range, a bound before, a bound after.
    blanks = "The cycle time of 40 s holds for steel blanks of 2-6 kg on the standard die."
    assert beyond_held("cycle time for 9 kg blanks", blanks)
    assert not beyond_held("cycle time for 4 kg blanks", blanks)
    boards = "Drying rates apply to boards at least 30 mm thick, stacked on 25 mm stickers."
    assert beyond_held("what drying rate for 20mm thick boards", boards)
    assert not beyond_held("what drying rate for 45mm thick boards", boards)
    fills = "Parameter: Fill accuracy, fills of 25 g and more; TF-2: ±1 %"
    assert beyond_held("fill accuracy on 10 g fills", fills)
    assert not beyond_held("fill accuracy on 200g fills", fills)
    # Shares, a row's condition after "on", and units of one measure compared across sizes.
    trays = "The rated capacity holds only for trays that are at least 90 percent full."
    assert beyond_held("whats the capacity when trays are 70 % full", trays)
    magnet = "Parameter: Holding force of one pad on 30 mm mild steel plate; MP-4: 12 kN"
    assert beyond_held("holding force of an mp4 pad on 8mm plate", magnet)
    assert not beyond_held("holding force of an mp4 pad on 3 cm plate", magnet)
    assert beyond_held("output with 1.5 litre jars", JAR_ROW)
    assert not beyond_held("output with 0.4 l jars", JAR_ROW)


def test_bounds_lists_and_ranges_are_read_as_written() -> None:
    asked = "max speed with 330 ml tins"
    for covering in (
        "Speeds hold for tins ≤ 425 ml.",
        "Speeds hold for tins < 425 ml.",
        "Speeds hold for tins not over 500 ml.",
        "Speeds hold for tins not exceeding 500 ml.",
        "Speeds hold for tins smaller than 500 ml.",
        "Speeds hold for tins of max. 425 ml.",
        "Speeds hold for 250, 330 and 500 ml tins.",
        "Speeds hold for 330/500 ml tins.",
        "Speeds hold for 250 or 330 ml tins.",
        "Speeds hold for tins between 250 and 500 ml.",
        "Speeds hold for tins of 250 ml to 500 ml.",
        "Speeds hold for tins of 300 ml or more.",
        "Speeds hold for tins of 300 ml+.",
    ):
        assert not beyond_held(asked, covering), covering
    for beside in (
        "Speeds hold for tins ≥ 425 ml.",
        "Speeds hold for tins over 425 ml.",
        "Speeds hold for 250, 440 and 500 ml tins.",
        "Speeds hold for tins between 400 and 500 ml.",
        "Speeds hold for tins of 250 ml or less.",
    ):
        assert beyond_held(asked, beside), beside
    # Thousands, grouped by a comma or a space, and decimals with a comma.
    bags = "Filling times hold for bags of 500 to 1,200 kg."
    assert not beyond_held("filling time with 1 000 kg bags", bags)
    assert beyond_held("filling time with 1 500 kg bags", bags)
    assert beyond_held("filling time with 2,5 t bags", bags)
    # A bound with an estimate's word, in a holds-for sentence of many clauses; a code's digits are no range's end.
    pucks = (
        "The cycle times hold for pucks taken from presses that have run no more than 30 shifts since their last "
        "clean-out, with flash up to about 3 mm thick."
    )
    assert beyond_held("cycle time for pucks with about 5 mm of flash on them", pucks)
    assert not beyond_held("cycle time for pucks with about 2 mm of flash on them", pucks)
    grit = "The duty point holds for grit of d90 up to 0.5 mm at a slurry density of 1.2 t/m3."
    assert not beyond_held("duty point for fine grit d90 about 0.4 mm", grit)
    assert beyond_held("duty point for coarse grit d90 about 0.8 mm", grit)
    rods = "The feed rates hold for rods of ø6-12 mm!"
    assert not beyond_held("feed rate for 8 mm rods", rods)
    assert beyond_held("feed rate for 16 mm rods", rods)
    # The next sentence is another statement, whatever ends the one before.
    assert beyond_held("feed rate for 20 mm rods", rods + " Rods of 16-25 mm are cut on the saw first.")


def test_a_condition_of_something_else_or_written_for_the_asked_number_is_no_other_condition() -> None:
    # The asked number written itself, in a row of its own, answers it.
    assert not beyond_held(
        "whats the max output of the kx20 with 750ml jars",
        f"{JAR_ROW}\nParameter: Maximum output, 750 ml jars; KX-20: 60 jars/min",
    )
    # A machine's range says what it can take, not what a value holds for: it covers nothing.
    assert beyond_held("max output with 750ml jars", f"{JAR_ROW}\nFill volume range: 100-1000 ml")
    # A condition of another thing in the same unit, in a row or a sentence.
    crane = "Parameter: Lifting capacity, with 2 m outrigger spread; LC-8: 8 t"
    assert not beyond_held("lifting capacity for a 6 m hook height", crane)
    assert beyond_held("lifting capacity with a 4 m outrigger spread", crane)
    assert not beyond_held(
        "lifting capacity at a 6 m hook height", "Lifting capacities apply with 2 m outrigger spread."
    )
    assert not beyond_held("capacity at 80 % humidity", "The capacity holds for 90 % full trays.")
    assert not beyond_held("belt speed with 1000 mm long crates", "Belt speeds hold for belts up to 800 mm wide.")
    assert not beyond_held("max output with 66 mm bottles", "Outputs apply to bottles with 28 mm caps.")
    # A statement that no values are given leaves the condition out (left_out reads it); one "not" in another clause
    # does not.
    assert not beyond_held("max output with 750ml jars", "No outputs are given for jars over 500 mL.")
    assert not beyond_held("max speed with 750ml tins", "Speeds hold for all tins except 750 ml.")
    assert beyond_held("max speed with 750ml tins", "If not stated otherwise, speeds hold for 330 ml tins.")
    # A model's code is no quantity, in the question or the manual.
    assert not beyond_held(
        "max drum fill rate on the tl-500l drum filler", "Drum fill rates hold for drums up to 220 l."
    )
    assert not beyond_held("fill speed with 2 l bottles", "Fill speeds hold for the TL-500L bottle filler.")


def test_the_technicians_own_number_checked_or_read_is_answered_by_a_limit() -> None:
    assert not beyond_held("can we run 750ml jars on the kx20", JAR_ROW)
    assert not beyond_held("750ml jars on the kx20 is that ok", JAR_ROW)
    assert not beyond_held("jar output 750 ml, is that over the max", JAR_ROW)
    # "Can it" in a question asking a value, or a polite "can you", still asks the value.
    assert beyond_held("what output can it do with 750ml jars", JAR_ROW)
    assert beyond_held("can you tell me the max output with 750ml jars", JAR_ROW)


def test_odd_spellings_and_long_lines_read_without_a_crash() -> None:
    # The Greek mu and the micro sign are one letter; a capital mu lower-cases to it.
    assert beyond_held("filter rating for 40 μm mesh", "Flow rates hold for mesh of 100 µm.")
    assert not beyond_held("what torque for the 12 mm bolts", "FILTER ELEMENT 10 ΜM.\nTorque for 12 mm bolts: 80 N·m")
    # Long runs of spaces, digits and held statements (timed apart from the tests: see the README's benchmarks).
    assert not beyond_held("max output with 750ml jars", " " * 20_000 + "9" * 5_000)
    assert not beyond_held("max output with 750ml jars", "values apply to 3 kg parts " * 1_000)
