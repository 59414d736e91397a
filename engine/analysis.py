"""analyze_query: what kind of question this is, which equipment and codes it names, its content words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from knowledge.codes import query_codes

QuestionType = Literal["fault", "procedure", "fact", "general"]

STOPWORDS = frozenset(
    """
    a about above after again all am an and any are as at be been before being below between both but by
    can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours pls please hey hi thanks thx u ur im ive dont cant whats
    hows wat wot ok okay need know tell get got one ones thing any
    """.split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-/]*[a-z0-9]|[a-z0-9]")
_FAULT = re.compile(
    r"\b(trip\w*|fault\w*|alarm\w*|error\w*|code|flash\w*|fail\w*|won'?t|not (?:start|run)\w*|"
    r"stuck|noisy|nois\w+|leak\w*|hot|overheat\w*|vibrat\w*|blink\w*|showing|keeps)\b"
)
_PROCEDURE = re.compile(
    r"\b(how (?:do|to|should|can)|steps?|procedure|replace\w*|chang\w+|install\w*|adjust\w*|"
    r"check(?:ing)? the|test(?:ing)? for|calibrat\w*|reset\w*|set ?up|mount\w*|remov\w+)\b"
)


@dataclass(frozen=True)
class QueryAnalysis:
    question: str
    qtype: QuestionType
    codes: frozenset[str]
    keywords: tuple[str, ...] = field(default_factory=tuple)


# Technicians' shorthand, expanded before words are matched against manual text.
ABBREVIATIONS = {
    "max": "maximum",
    "min": "minimum",
    "temp": "temperature",
    "temps": "temperature",
    "qty": "quantity",
    "decel": "deceleration",
    "accel": "acceleration",
    "mech": "mechanical",
    "freq": "frequency",
    "param": "parameter",
    "params": "parameter",
    "spec": "specification",
    "specs": "specification",
    "config": "configuration",
    "comms": "communication",
    "comm": "communication",
    "pos": "position",
    "psi": "pressure",
    "amps": "current",
    "amp": "current",
    "rpm": "speed",
    "hrs": "hours",
    "hr": "hour",
    "mins": "minutes",
    "secs": "seconds",
    "sec": "seconds",
    "caps": "capacitors",
    "cap": "capacitor",
    "ppe": "ppe",
    "loto": "lockout",
    "vfd": "drive",
    "inverter": "drive",
    "io": "i/o",
    "gb": "gearbox",
    "oz": "ounce",
    "lube": "lubricant",
    "lubed": "lubricated",
    "repl": "replace",
    "chg": "change",
}


def expand(text: str) -> str:
    """Spell out common shorthand ("max temp" -> "maximum temperature") for word matching."""
    return re.sub(r"[A-Za-z]+", lambda m: ABBREVIATIONS.get(m.group(0).lower(), m.group(0)), text)


def stem(word: str) -> str:
    """A crude stem (first 5 letters) good enough to match "tripping"/"trips" or "greasing"/"grease"."""
    return word if any(ch.isdigit() for ch in word) else word[:5]


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(expand(text).lower()) if w not in STOPWORDS and len(w) > 1]


def analyze_query(question: str) -> QueryAnalysis:
    low = question.lower()
    if _PROCEDURE.search(low):
        qtype: QuestionType = "procedure"
    elif _FAULT.search(low):
        qtype = "fault"
    elif content_words(low):
        qtype = "fact"
    else:
        qtype = "general"
    return QueryAnalysis(question, qtype, frozenset(query_codes(question)), tuple(content_words(question)))


# What kind of value a question asks for, and how that value is written in a manual. A question
# asking "how many kg" answered by a passage with no mass in it is a sign the manual lacks it.
_ASKS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    kind: (re.compile(asks, re.I), re.compile(written, re.I))
    for kind, asks, written in (
        ("mass", r"\b(kg|kilos?|weigh\w*|mass)\b", r"\d\s?(kg|g|t)\b"),
        (
            "volume",
            r"\b(litres?|liters?|capacity|volume|how much (oil|grease|fluid|refrigerant))\b",
            r"\d\s?(l|litres?|liters?|ml|kg|g)\b",
        ),
        ("resistance", r"\b(ohms?|resistance)\b|Ω", r"\d\s?(k|m)?(Ω|ohms?)"),
        ("length", r"\b(diameter|length|how long is|gap|clearance|mm|thickness)\b", r"\d\s?(mm|cm|m|µm)\b"),
        ("temperature", r"\b(temperature|degrees)\b|°", r"°\s?[CF]\b|\d\s?°"),
        ("pressure", r"\b(pressure|bar|psi|kpa)\b", r"\d\s?(bar|mbar|psi|pa|kpa|mpa)\b"),
        ("torque", r"\btorque\b", r"n·m|\bnm\b|n m\b|lb.?ft"),
        (
            "interval",
            r"\b(how often|interval|every how)\b",
            r"\d\s?(h|hours?|months?|years?|weeks?|days?)\b|\b(daily|weekly|monthly|annual\w*|yearly)\b",
        ),
        ("flow", r"\b(flow|m3/h|l/min|gpm)\b", r"m3/h|m³/h|m³/s|l/min|l/s|l/h|gpm"),
        ("voltage", r"\b(voltage|volts?|kv)\b", r"\d\s?(v|kv)\b"),
        ("part", r"\b(part ?(no|number|#)|p/n|order code|kit (no|number))\b", r"\b[a-z]{1,5}-?\d{1,5}"),
    )
}
_NUMBER = re.compile(r"(?<![\w.\-])\d+(?:[.,]\d+)?(?![\w.])")  # not the digits of "KD-400"


def asked_value_kinds(question: str) -> list[str]:
    """Kinds of value the question asks for ("torque", "interval", ...), from its wording."""
    expanded = expand(question)
    return [kind for kind, (asks, _) in _ASKS.items() if asks.search(expanded)]


def value_match(question: str, evidence: str) -> float:
    """1.0 when the evidence writes a value of every kind the question asks for, 0.0 when of none;
    0.5 when the question asks for no particular kind of value."""
    kinds = asked_value_kinds(question)
    if not kinds:
        return 0.5
    return sum(1 for k in kinds if _ASKS[k][1].search(evidence)) / len(kinds)


def number_match(question: str, evidence: str) -> float:
    """Share of the standalone numbers in the question (a frame size, a rating) found in the evidence;
    0.5 when the question has none."""
    numbers = set(_NUMBER.findall(question))
    if not numbers:
        return 0.5
    found = set(_NUMBER.findall(evidence))
    return len(numbers & found) / len(numbers)
