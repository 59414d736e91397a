"""A value asked beyond the condition the manual says it holds for, in a size, a mass, a volume or a share.

"Whats the max speed on the rpf18 with 850ml cans" where the manual writes "The maximum speeds hold for 330 ml cans" or
"Parameter: Maximum output, 73 mm cans up to 425 mL; RPF-18: 270 cans/min": the manual gives the value under another
condition than the one asked, and whether it still holds is a person's call (the condition rule,
confidence.stated_for_another_condition). analysis.other_condition reads the conditions written in temperatures,
pressures, speeds, currents and viscosities; this module reads those in the units of rules.HELD_UNITS, which a
question also uses for what it asks about ("500 kg bags" may be the load asked), so it reads only conditions the
manual says its values hold for (rules.HELD_FOR, HELD_ROW), of the same thing as the question's number.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from engine.analysis import (
    _DIMENSION_WORDS,
    _GENERIC,
    _UNIT_STEMS,
    _is_reading,
    _joined_thousands,
    _number,
    stems,
    strip_codes,
)
from engine.rules import (
    HELD_AFTER,
    HELD_BESIDE_WORDS,
    HELD_CHECK,
    HELD_DENIED,
    HELD_EXCEPT,
    HELD_FOR,
    HELD_LIST_BEFORE,
    HELD_LOWER_BEFORE,
    HELD_NUMBER,
    HELD_RANGE_BEFORE,
    HELD_ROW,
    HELD_ROW_CONDITION,
    HELD_UNITS,
    HELD_UPPER_BEFORE,
    HELD_VALUE_ASKED,
    QUANTITY_CHECK,
    STOPWORDS,
)
from knowledge.codes import document_codes


@dataclass(frozen=True)
class Stated:
    """A number with its unit as a text writes it, and what it covers, in its measure's base unit (rules.HELD_UNITS):
    one value or a list of them ("330, 440 and 500 ml"), a range ("2-6 kg") or one side of a bound ("up to 425 ml")."""

    measure: str  # what the unit measures: "length", "volume", "mass", "share", "area mass"
    values: tuple[float, ...]  # the values written: a list's items, a range's ends, a bound
    low: float  # what it covers, from
    high: float  # to
    start: int  # where it starts in the text: its number, or the range, list or bound it ends
    end: int  # where its unit ends

    @property
    def exact(self) -> bool:
        """One value or a list of them, no range or bound: "330 ml cans"."""
        return self.low == -math.inf and self.high == math.inf

    def holds(self, value: float) -> bool:
        if self.exact:
            return any(math.isclose(value, written, rel_tol=1e-6) for written in self.values)
        return self.low * (1 - 1e-9) <= value <= self.high * (1 + 1e-9)


def beyond_held(question: str, evidence: str) -> bool:
    """Does the question give a size, mass, volume or share ("with 850ml cans", "500 kg bags", "trays only about 80
    percent full") of a thing the evidence says its values hold for only at other numbers ("hold for 330 ml cans",
    "trays that are at least 95 % full")? A condition is of the question's number when the words right after both
    name the same thing ("500 kg bags" and "1000 kg bags"), or, when either names none, when the few words either
    side share one and name no other dimension ("pieces up to 500 mm long" for "1000mm long pieces", not "belts up to
    800 mm wide" for "1000 mm long crates"). The asked number is covered when such a condition holds it, or when the
    evidence writes it as a value anywhere ("500 ml cans: 1600 cans/min"; a machine's range, "fill volume 140-990 ml",
    says what it can take, not what the values hold for). Not for a reading ("chunks are about 12mm") nor a check
    of the technician's own number ("can we feed it", "is that over the max load"): a limit answers those."""
    low = question.lower()
    if QUANTITY_CHECK.search(low) or (HELD_CHECK.search(low) and not HELD_VALUE_ASKED.search(low)):
        return False
    if HELD_NUMBER.search(_normal(question)) is None:
        return False  # no size, mass, volume or share given: the evidence's codes (about 0.3 ms) need not be read
    asked_text = _normal(strip_codes(question, document_codes(evidence)))
    asked = [site for site in _number_sites(asked_text) if not _is_reading(asked_text, site.start)]
    if not asked:
        return False
    text = _normal(evidence)
    held = [(site, _beside(part, site)) for part in _held_conditions(text) for site in _number_sites(part)]
    if not held:
        return False
    written = [site for site in _number_sites(text) if site.exact]
    for site in asked:
        value, beside = site.values[-1], _beside(asked_text, site)
        if any(w.measure == site.measure and w.holds(value) for w in written):
            continue  # the manual writes the asked number itself
        mine = [h for h, of in held if h.measure == site.measure and _same_thing(beside, of)]
        if mine and not any(h.holds(value) for h in mine):
            return True
    return False


def _normal(text: str) -> str:
    """Lower-cased, the Greek mu as the micro sign ("μm" is "µm"), thousands grouped by a space joined ("1 000 kg")."""
    return _joined_thousands(text.lower().replace("μ", "µ"))


def _number_sites(text: str) -> list[Stated]:
    """Each number with a unit of rules.HELD_UNITS the lower-cased text writes, with what it covers: a range or a list
    it ends (rules.HELD_RANGE_BEFORE, HELD_LIST_BEFORE), a bound before or after it (HELD_UPPER_BEFORE,
    HELD_LOWER_BEFORE, HELD_AFTER), else itself. Not a number glued to letters by a hyphen: "TL-500L" is a model."""
    sites: list[Stated] = []
    for match in HELD_NUMBER.finditer(text):
        start = match.start()
        if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
            continue
        measure, size = HELD_UNITS[match.group("unit")]
        value = _number(match.group("number")) * size
        before = _CLAUSE_OPEN.split(text[max(0, start - _LOOK_BACK) : start])[-1]
        opened = start - len(before)  # where `before` starts in the text
        after = HELD_AFTER.match(text, match.end())
        ranged = HELD_RANGE_BEFORE.search(before)
        listed = HELD_LIST_BEFORE.search(before)
        upper, lower = HELD_UPPER_BEFORE.search(before), HELD_LOWER_BEFORE.search(before)
        if ranged is not None and (ranged.group("sep") != "and" or ranged.group("between")):
            ends = sorted((_number(ranged.group("other")) * size, value))
            sites.append(Stated(measure, tuple(ends), ends[0], ends[1], opened + ranged.start(), match.end()))
        elif listed is not None:
            items = (*(_number(item) * size for item in _ITEM.findall(listed.group("items"))), value)
            sites.append(Stated(measure, items, -math.inf, math.inf, opened + listed.start(), match.end()))
        elif upper is not None or (after is not None and after.group("under")):
            begins = opened + upper.start() if upper is not None else start
            sites.append(Stated(measure, (value,), -math.inf, value, begins, match.end()))
        elif lower is not None or (after is not None and after.group("over")):
            begins = opened + lower.start() if lower is not None else start
            sites.append(Stated(measure, (value,), value, math.inf, begins, match.end()))
        else:
            sites.append(Stated(measure, (value,), -math.inf, math.inf, start, match.end()))
    return sites


def _held_conditions(text: str) -> Iterator[str]:
    """The conditions the lower-cased evidence says its values hold for: what follows each rules.HELD_FOR verb to its
    sentence's end, unless the verb's own clause says none are given ("no figures are given for pieces over 500 mm":
    left_out's to read) or the condition names what they are not for ("except 750 ml"), and the condition part of each
    row's first cell (rules.HELD_ROW, from its first comma, "on", "for" or "with")."""
    for line in text.splitlines():
        sentences: list[int] | None = None
        for match in HELD_FOR.finditer(line):
            if sentences is None:
                sentences = [0, *(end.end() for end in _SENTENCE_END.finditer(line))]
            opened = max(start for start in sentences if start <= match.start())
            clause = _CLAUSE_OPEN.split(line[opened : match.start()])[-1]
            if HELD_DENIED.search(clause) is None and HELD_EXCEPT.search(match.group("held")) is None:
                yield match.group("held")
        row = HELD_ROW.match(line)
        if row is not None and (opens := HELD_ROW_CONDITION.search(row.group("name"))) is not None:
            yield row.group("name")[opens.end() :]


@dataclass(frozen=True)
class _Beside:
    """What the words around a number say it is of: the few either side, the ones right after it that name the thing
    it sizes ("bags" of "500 kg bags"), and the dimension it measures ("long", "wide", "thick")."""

    words: frozenset[str]
    thing: frozenset[str]
    dimensions: frozenset[str]


def _beside(text: str, site: Stated) -> _Beside:
    """The words of its own clause around a number (rules.HELD_BESIDE_WORDS either side), besides units, numbers and
    words any question uses; a bound or list before it is read past ("pieces up to 500 mm long")."""
    before = _CLAUSE_OPEN.split(text[max(0, site.start - _LOOK_BACK) : site.start])[-1].split()
    after = _CLAUSE_OPEN.split(text[site.end : site.end + _LOOK_BACK], maxsplit=1)[0].split()[:HELD_BESIDE_WORDS]
    thing: list[str] = []
    for word in after:
        word = word.strip(".,!?\"'")
        if word in _DIMENSION_WORDS:
            continue
        if word in STOPWORDS or not word.isalpha():
            break
        thing.append(word)
    near = [word.strip(".,!?\"'") for word in (*before[-HELD_BESIDE_WORDS:], *after)]
    return _Beside(_content(" ".join(near)), _content(" ".join(thing)), frozenset(near) & _DIMENSION_WORDS)


def _content(words: str) -> frozenset[str]:
    """Stems of the words, besides units, numbers and words any question uses."""
    return frozenset(word for word in stems(words) - _UNIT_STEMS - _GENERIC if not any(c.isdigit() for c in word))


def _same_thing(asked: _Beside, stated: _Beside) -> bool:
    """Is a stated condition's number of the thing the question's number is of (beyond_held)?"""
    if asked.dimensions and stated.dimensions and not asked.dimensions & stated.dimensions:
        return False  # "up to 800 mm wide" is no length
    if asked.thing and stated.thing:
        return bool(asked.thing & stated.thing)
    return bool(asked.words & stated.words)


# How far before a number its bound, range or list and its clause's words are read, in characters.
_LOOK_BACK = 60
# Where a clause opens: what is before it is another statement's ("max load 4 kg; bags up to 500 kg"); a comma before a
# number goes on with a list ("330, 440 and 500 ml").
_CLAUSE_OPEN = re.compile(r"[;:(\n]|,\s(?!\d)")
# A sentence's end in lower-cased text: a full stop that is no decimal point nor the point of "max.", "min." or
# "approx.", then a space.
_SENTENCE_END = re.compile(r"(?<!\bmax)(?<!\bmin)(?<!\bapprox)\.(?!\d)\s")
# One item of a list before a number ("330" of "330, 440 and 500 ml").
_ITEM = re.compile(r"\d+(?:[.,]\d+)?")
