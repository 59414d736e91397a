"""analyze_query: what kind of question this is, which equipment and codes it names, its content words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from knowledge.codes import document_codes, query_codes, strip_codes

QuestionType = Literal["fault", "procedure", "fact", "general"]

# The last line holds words that ask for a procedure ("lockout steps for the press"): the question
# type says that; as topic words they would make a quoted procedure look off-topic.
STOPWORDS = frozenset(
    """
    a about above after again all am an and any are as at be been before being below between both but by
    can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our out over own same she should so some such than that the their them then there
    these they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours pls please hey hi thanks thx u ur im ive dont cant whats
    hows wat wot ok okay need know tell get got one ones thing any much many
    showing shows says say saying telling throwing throws getting coming goes going take takes
    mean means meaning actually properly looks like
    step steps procedure
    """.split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-/]*[a-z0-9]|[a-z0-9]")
_FAULT = re.compile(
    r"\b(trip\w*|fault\w*|alarm\w*|error\w*|code|flash\w*|fail\w*|won'?t|"
    r"not (?:start|run|coming|building|holding|reaching|releasing|working)\w*|jump\w*|erratic|hunting|dragging|"
    r"stuck|noisy|nois\w+|leak\w*|hot|overheat\w*|vibrat\w*|blink\w*|showing|keeps)\b"
)
_PROCEDURE = re.compile(
    r"\b(how (?:do|to|should|can)|walk me through|steps?|procedure|replace\w*|chang\w+|swap\w*|install\w*|adjust\w*|"
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
    """A crude stem (first 5 letters, no plural s) good enough to match "tripping"/"trips", "greasing"/"grease"
    or "works"/"work"."""
    if any(ch.isdigit() for ch in word):
        return word
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word[:5]


def stems(text: str) -> set[str]:
    """Stems of the content words: what word matching between a question and a manual compares."""
    return {stem(w) for w in content_words(text)}


def word_stems(text: str) -> set[str]:
    """stems(), plus those of the parts of hyphenated words ("pre-purge" has "pre" and "purge")."""
    parts = [p for w in content_words(text) if "-" in w and not any(ch.isdigit() for ch in w) for p in w.split("-")]
    return stems(text) | {stem(p) for p in parts if p}


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
_LONG_THINGS = "cable|hose|belt|chain|shaft|pipe|wire"
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
        (
            "length",
            rf"\b(diameter|length|gap|clearance|mm|thickness|pitch|dimension|how long is the ({_LONG_THINGS}))\b",
            r"\d\s?(mm|cm|m|µm)\b",
        ),
        (
            "duration",
            r"\b(response|delay|ramp|start(ing)?|stopping|purge|hold|reaction|run) times?\b|"
            r"\b(duration|delay|timeout|valid)\b|"
            rf"\bhow long (is|are|does|do|will|can|should)\b(?! the ({_LONG_THINGS})\b)",
            r"\d\s?(ms|s|sec\w*|min\w*|h|hours?|days?|weeks?)\b|\b(end of the shift|until)\b",
        ),
        (
            "source",
            r"\bwhere (do|can|would|should) (i|we|you) (get|find|download|obtain|buy|order)\b|"
            r"\bwhere to (get|download|obtain|buy|order)\b",
            # Where to obtain something: a download, a supplier, an order code, what it ships with.
            r"\bdownload|\bwebsite|\bwww\.|https?://|\bportal\b|\b(supplied|included|shipped|delivered)\b|"
            r"\bavailable (from|on|at|as)\b|\border\w* (from|as|under)\b|\bfrom (the |your )?"
            r"(manufacturer|supplier|distributor|vendor|service|support)\b|\bpart (no|number)",
        ),
        ("temperature", r"\b(temperature|degrees)\b|°", r"°\s?[CF]\b|\d\s?°"),
        ("pressure", r"\b(pressure|bar|psi|kpa)\b", r"\d\s?(bar|mbar|psi|pa|kpa|mpa)\b"),
        ("torque", r"\btorque\b", r"n·m|\bnm\b|n m\b|lb.?ft"),
        (
            "interval",
            r"\b(how often|interval|every how)\b",
            # An interval recurs ("every 6 months", "annually", "after 2000 h"); "takes about 6 hours" is a duration.
            r"\bevery\b|\binterval|\b(daily|weekly|monthly|quarterly|annual\w*|yearly|hourly)\b|"
            r"\bper (year|month|week|day|shift)\b|"
            r"\b(after|at|each) (the first )?\d[\d,.]*\s?(h|hours?|months?|years?|km)\b",
        ),
        ("flow", r"\b(flow|m3/h|l/min|gpm)\b", r"m3/h|m³/h|m³/s|l/min|l/s|l/h|gpm"),
        ("voltage", r"\b(voltage|volts?|kv)\b", r"\d\s?(v|kv)\b"),
        # A specification or setting is a figure: "per layout drawing" or "factory set" does not give one.
        ("figure", r"\b(specification|setting|rating|nominal)\b", r"\d\s?(%|°|[a-zµΩ]{1,5}\b)"),
        (
            "part",
            r"\b(part ?(no|number|#)|p/n|order code|kit (no|number))\b",
            # A part number is a code with a digit written next to the word part, kit, order or spare.
            r"\b(part|p/n|order|kits?|spares?)\b.{0,60}?\b(?=[\w-]*\d)[a-z0-9]+(-[a-z0-9]+)+\b",
        ),
        (
            "lubricant",
            r"\b(what|which) (type of |kind of |grade of )?(oil|grease|lubricant|hydraulic fluid)\b|"
            r"\b(oil|grease|lubricant|fluid) (type|grade|specification)\b",
            r"\biso ?vg\b|\bvg ?\d|\bsae\b|\bnlgi\b|\bgrade\b|\b(poe|pao|pve|hlp?|hm|clp)\b|synthetic|mineral|"
            r"lithium|polyurea|glycol",
        ),
        ("refrigerant", r"\b(what|which) (type of |kind of )?(refrigerant|gas)\b", r"\bR-?\d{2,4}[a-z]?\b"),
        (
            "parameter",
            r"\b(which|what) parameters?\b|\bparameters? (no|number|#)\b",
            r"\bparameter\b|\b[a-z]{1,3}\d{0,2}[.\-]\d{1,3}\b",
        ),
    )
}
# Dimensions "mm" alone does not answer: a diameter question wants a piece that says diameter.
_DIMENSION = re.compile(r"\b(diameter|thickness|width|height|depth|pitch)\b")
_NUMBER = re.compile(r"(?<![\w.\-])\d+(?:[.,]\d+)?(?![\w.])")  # not the digits of "KD-400"


# A symptom report ("pressure not coming up") names a quantity without asking for its value,
# unless it says so ("at what pressure does it trip").
_SYMPTOM = re.compile(
    r"\b(not (?:start|run|coming|building|holding|reaching|releasing|working)\w*|jump\w*|erratic|hunting|dragging|"
    r"fluctuat\w*|stuck|noisy|nois\w+|leak\w*|vibrat\w*|keeps|won'?t|too (?:high|low))\b"
)
_VALUE_CUE = re.compile(
    r"\b(at what|what (is|are|should|does)|how (much|many|high|low|long|big|tight|often)|setting|set ?point|"
    r"spec\w*|rating|rated|maximum|minimum|limit|range|default|nominal|value|which)\b"
)


def asked_value_kinds(question: str) -> list[str]:
    """Kinds of value the question asks for ("torque", "interval", ...), from its wording."""
    expanded = expand(question)
    low = expanded.lower()
    if _SYMPTOM.search(low) and not _VALUE_CUE.search(low):
        return []
    kinds = [kind for kind, (asks, _) in _ASKS.items() if asks.search(expanded)]
    # "Figure" is the fallback for a setting or specification of no more particular kind.
    return [k for k in kinds if k != "figure"] or kinds


# Verbs that say what to do with a value, not what it is of ("which parameter sets...").
_GENERIC = frozenset(stem(w) for w in ("set", "sets", "setting", "value", "number", "need", "use", "read"))


def scope_to_models(piece: str, codes: set[str]) -> str:
    """A table row comparing models ("Item: Weight; SV-220: 2.4 kg; SV-440: see rating plate") without the
    cells of the models the question does not ask about, so the SV-440's missing value shows as missing."""
    cells = [cell.strip() for cell in piece.split(";")]
    labels = [document_codes(cell.split(":", 1)[0]) if ":" in cell else set() for cell in cells]
    asked = [bool(label & codes) for label in labels]
    if sum(1 for label in labels if label) < 2 or not any(asked):
        return piece
    return "; ".join(cell for cell, label, ask in zip(cells, labels, asked, strict=True) if not label or ask)


def writes_value(kinds: list[str], text: str) -> bool:
    """Does the text write a value of any of these kinds (a torque, an interval...)?"""
    return any(_ASKS[kind][1].search(text) for kind in kinds)


def value_match(question: str, evidence: str | Sequence[str], focus: set[str] | None = None) -> float:
    """1.0 when the evidence writes a value of every kind the question asks for, 0.0 when of none;
    0.5 when the question asks for no particular kind of value.

    With pieces of evidence (quoted sentences, rows) and the question's focus stems, the value must
    stand in a piece that also names something the question asks about: "which parameter sets the
    acceleration time" is not answered by a row that gives a parameter for something else.
    """
    kinds = asked_value_kinds(question)
    if not kinds:
        return 0.5
    pieces = [evidence] if isinstance(evidence, str) else list(evidence)
    codes = query_codes(question)
    pieces = [scope_to_models(piece, codes) for piece in pieces]
    expanded = expand(question)
    # What the question asks about, beyond the words that ask for a value ("ramp time", "how often").
    asked_by = {stem(w) for k in kinds for m in _ASKS[k][0].finditer(expanded) for w in content_words(m.group(0))}
    subject = (focus or set()) - asked_by - _GENERIC
    matched = 0
    for kind in kinds:
        named = _DIMENSION.findall(expanded.lower()) if kind == "length" else []
        for piece in pieces:
            if not _ASKS[kind][1].search(piece):
                continue
            if named and not any(re.search(rf"\b{d}s?\b", piece, re.I) for d in named):
                continue
            if not subject or subject & word_stems(piece):
                matched += 1
                break
    if kinds == ["figure"] and matched:
        return 0.5  # any number with a unit is a figure: finding one says little, missing one says a lot
    return matched / len(kinds)


def number_match(question: str, evidence: str) -> float:
    """Share of the standalone numbers in the question (a frame size, a rating) found in the evidence;
    0.5 when the question has none. The "450" of "kd 450" is a model the evidence names as KD-450;
    the "125" of "tc 125 bore" is a size unless the evidence names a TC-125."""
    numbers = set(_NUMBER.findall(strip_codes(question, document_codes(evidence))))
    if not numbers:
        return 0.5
    found = set(_NUMBER.findall(evidence))
    return len(numbers & found) / len(numbers)
