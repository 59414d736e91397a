"""analyze_query: what kind of question this is, which equipment and codes it names, its content words."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from engine.rules import (
    ABBREVIATIONS,
    ACTIONS,
    AGENT_NOUN,
    ALARM_BEFORE,
    ALL_MODELS,
    AMPERES_AFTER_A,
    APPROXIMATE,
    ARTICLE_AFTER_NUMBER,
    ASKS_LOWER_BOUND,
    ASKS_SOMETHING,
    ASKS_UPPER_BOUND,
    BARE_CHECK_UNITS,
    BOUND_BEFORE_WORK,
    CALIBRATION_ASKED,
    CALIBRATION_WRITTEN,
    CAPABILITY_ASK,
    CAPABILITY_GENERIC,
    CAPACITY_LABEL,
    CHECK_WORDS,
    CHECKED_KIND_CUES,
    CHECKED_UNIT_KINDS,
    CODE_NOUN,
    CONDITION_BEFORE,
    CONDITION_LABEL,
    CONDITION_LENGTH_UNITS,
    CONDITION_UNITS,
    CONVERTED_TO,
    COUNT_RATE,
    COUNT_WORDS,
    CURRENT_NAMED,
    DEVIATION,
    DIMENSION_NAMED,
    DIMENSION_WORDS,
    DOCUMENT_CELL,
    DONE_BY_OTHERS,
    DUE_CHECK,
    EXISTENCE_ASKED,
    EXPECTED_READING,
    FALLBACK_KIND,
    FALLS_SHORT,
    FAULT_CUES,
    FEATURE_ASK,
    FEATURE_GENERIC,
    FIGURE_FOUND,
    FOR_STANDARD_PART,
    FRACTION_SIZE,
    FREE_TEXT_BOUND,
    FREE_TEXT_LABEL,
    FREQUENCY_ASKED,
    FUELS,
    GENERIC_VALUE_WORDS,
    GIVEN_QUANTITY,
    GLUED_UNITS,
    HEADING_GENERIC,
    HOLDS_UP_TO,
    HOW_ASKED,
    HOW_TO,
    IMPLIED_SUBJECTS,
    ING_NOUNS,
    IRREGULAR_PLURALS,
    LABEL_FILLER,
    LIMIT_COMPARISONS,
    LIMIT_CUES,
    LIMIT_LABEL_END,
    LIMIT_TRIGGER,
    LOWER_BOUND_AFTER,
    LOWER_BOUND_BEFORE,
    MISSING_CELL,
    MODE_NAMED,
    MODE_STATED,
    MODEL_CHOICE,
    MODEL_LABEL,
    NAMEPLATE,
    NOT_A_VARIANT,
    NOT_STATE_ING,
    NOT_VARIANT_KEY_LABELS,
    NUMBERED_MEMBERS,
    OBJECT_BOUNDARY,
    OBJECT_KEY,
    OFFERS_OTHERS,
    OPERATING_MODES,
    OPPOSED_STATES,
    OPPOSED_VARIANTS,
    OTHER_CURRENT,
    OVER_BOUND,
    PART_GENERIC,
    PART_OF,
    PART_SIZE_ASKED,
    PART_SIZE_STATED,
    PART_VAGUE_WORDS,
    PER_SIZE,
    PHRASAL_PARTICLES,
    PLACES,
    PROCEDURE_CUES,
    PRONOUN_OBJECT,
    PURPOSE,
    QUANTITY_CHECK,
    QUANTITY_FOR_WORK,
    RATE_ASKED,
    RATE_LABEL_VALUE,
    RATE_TIMES,
    REACTS_AFTER,
    READING_CUES,
    REASON,
    REFERENT_WORDS,
    REFERS_BACK,
    REPORTED_AFTER,
    REPORTED_BEFORE,
    REQUIREMENT,
    RESTATED_LIMIT,
    ROW_ITEM_LABEL,
    ROW_PART_GENERIC,
    SCHEDULE,
    SCHEDULED_WORK,
    SETTABLE_KINDS,
    SETTING_LABEL,
    SHARED_CELL,
    SIBLING_CUES,
    SIZE_FROM,
    SIZE_SEPARATOR,
    SIZE_UNITS,
    SIZE_UP_TO,
    SIZED_PART,
    SPEED,
    STANDARD_WORDS,
    STATE_AT,
    STATE_VERB,
    STEM_LENGTH,
    STEPS_ASKED,
    STOPWORDS,
    SYMPTOM_CUES,
    SYMPTOM_DENIED,
    SYMPTOM_REPORT,
    TARGET_UP_TO,
    TASK_ASKED,
    THING_BEYOND,
    THING_LOWER_BOUND,
    THING_UPPER_BOUND,
    TREND_AFTER,
    UNDER_BOUND,
    UNIT_KINDS,
    UNITS,
    UNNAMED_GENERIC,
    UNNAMED_PROCESS,
    UNNAMED_PRONOUN,
    UPPER_BOUND_AFTER,
    UPPER_BOUND_BEFORE,
    VALUE_ASKED_TOO,
    VALUE_CUES,
    VALUE_KINDS,
    VALUE_OF_WORK,
    VALUE_QUALIFIERS,
    VARIANT_KEY_LABELS,
    VARIANT_NOT_PART,
    VULGAR_FRACTIONS,
    WORD_ENDINGS,
    WORK_AROUND_ASKED,
    WORK_AROUND_END,
    WORK_DELEGATED,
    WORK_DONE_BEFORE,
    WORK_DUE,
    WORK_DUE_AT,
    WORK_NOUN,
    WORK_REFERRED,
    WORK_VALUED,
    speed_unit,
)
from engine.spelling import LETTER_WORD
from knowledge.codes import (
    document_codes,
    normalize_units,
    query_code_spans,
    query_codes,
    specific_codes,
    strip_codes,
)

QuestionType = Literal["fault", "procedure", "fact", "general"]

# The rules (word lists, cue patterns, the value-kind table) are in engine/rules.py.
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-/]*[a-z0-9]|[a-z0-9]")

# The word-matching functions below are pure and called again and again on the same text within a
# message (the question, a manual's title, the quoted pieces) and across messages (the same passages):
# their results are cached, bounded so a long-running bot's memory stays flat, and immutable (str,
# tuple, frozenset) so no caller can change what the next one gets.
_TEXT_CACHE = 4096
# stem() runs on each word of each text not seen yet; a manual's vocabulary is a few thousand short words.
_WORD_CACHE = 16384


@dataclass(frozen=True)
class QueryAnalysis:
    question: str
    qtype: QuestionType
    codes: frozenset[str]
    keywords: tuple[str, ...] = field(default_factory=tuple)


# Runs of letters, captured so re.split keeps them at the odd places: a look-up each, not a callback each.
_LETTERS = re.compile(r"([A-Za-z]+)")

# A vowel ("y" counts: "dry"/"drying"): what is left of a word without its ending must keep one.
_VOWEL = re.compile(r"[aeiouy]")
# A stem of three letters, consonant, vowel, consonant, that lost a silent e with its ending ("cur" of "cured").
_SHORT_STEM = re.compile(r"[^aeiouy][aeiouy][^aeiouwxy]")


@lru_cache(maxsize=_TEXT_CACHE)
def expand(text: str) -> str:
    """Spell out common shorthand ("max temp" -> "maximum temperature") for word matching (cached: see
    _TEXT_CACHE)."""
    parts = _LETTERS.split(text)
    parts[1::2] = [ABBREVIATIONS.get(run.lower(), run) for run in parts[1::2]]
    return "".join(parts)


@lru_cache(maxsize=_WORD_CACHE)
def stem(word: str) -> str:
    """A crude stem (the first STEM_LENGTH letters, no plural s) good enough to match "tripping"/"trips",
    "greasing"/"grease" or "works"/"work". A hyphen inside a word without digits is spelling, not
    meaning ("E-stop"/"estop", "set-point"/"setpoint"), so it is dropped; codes keep theirs."""
    if any(ch.isdigit() for ch in word):
        return word
    return base(word)[:STEM_LENGTH]


def base(word: str) -> str:
    """A word before its stem is cut to STEM_LENGTH letters: no hyphen, plural s or verb ending
    ("replacing", "replaced" and "replace" are "replac"), so whole words can be compared by it."""
    word = IRREGULAR_PLURALS.get(word, word).replace("-", "")
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _without_ending(word)


def _without_ending(word: str) -> str:
    """The word without its -ing or -ed, or a silent -e, so "cure"/"curing"/"cured", "trip"/"tripping",
    "stop"/"stopped" and "heat"/"heating" meet (they did not when only the first letters counted). What
    is left must keep three letters and a vowel ("spring", "shed", "used" stay whole); "-eed" is no
    ending ("speed", "bleed"); a doubled last letter is undone unless it is f, l, s or z ("filled"); a
    short stem of consonant, vowel, consonant gets its silent e back ("cur" of "curing" is "cure"); a -e
    goes only when four letters stay ("grease"/"greas", not "came"/"cam"); and a part named in -ing
    (rules.ING_NOUNS: "bearing", "lining") is no verb."""
    if word in ING_NOUNS:
        return word
    for ending in WORD_ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= 3 and _VOWEL.search(rest) and not rest.endswith("e"):
            if len(rest) > 3 and rest[-1] == rest[-2] and rest[-1] not in "flsz":
                return rest[:-1]
            return f"{rest}e" if _SHORT_STEM.fullmatch(rest) else rest
    if len(word) > 4 and word.endswith("e") and not word.endswith("ee"):
        return word[:-1]
    return word


@lru_cache(maxsize=_TEXT_CACHE)
def stems(text: str) -> frozenset[str]:
    """Stems of the content words: what word matching between a question and a manual compares.
    Cached (see _TEXT_CACHE), hence a frozenset."""
    return frozenset(stem(w) for w in _content_words(text))


@lru_cache(maxsize=_TEXT_CACHE)
def word_stems(text: str) -> frozenset[str]:
    """stems(), plus those of the parts of hyphenated words ("pre-purge" has "pre" and "purge").
    Cached (see _TEXT_CACHE), hence a frozenset."""
    parts = [p for w in _content_words(text) if "-" in w and not any(ch.isdigit() for ch in w) for p in w.split("-")]
    return stems(text) | {stem(p) for p in parts if p}


@lru_cache(maxsize=_TEXT_CACHE)
def phrasal_compounds(text: str) -> tuple[tuple[str, str], ...]:
    """(verb stem, stem of the verb and its particle as one word) of each phrasal verb in the text: "lock out"
    and "locking out" give ("lock", "locko"), which a heading's "Lockout" has (rules.PHRASAL_PARTICLES). Words
    joined by a slash are read apart ("lock out/tag out"). Cached (see _TEXT_CACHE), hence a tuple."""
    words = [part for word in _WORD.findall(expand(text).lower()) for part in word.split("/") if part]
    return tuple(
        (stem(verb), stem(base(verb) + particle))
        for verb, particle in itertools.pairwise(words)
        if particle in PHRASAL_PARTICLES and verb not in STOPWORDS and verb.isalpha()
    )


def heading_share(focus: frozenset[str], question: str, heading: str) -> float:
    """The share of the focus stems a heading (or a step label) names, a phrasal verb written as one word
    counting either way: "how do i lock out the press" under "Lockout steps", "how do i lockout the press"
    under "Lock out the press"."""
    if not focus:
        return 0.0
    written = stems(heading)
    named = (
        (focus & written)
        | {verb for verb, compound in phrasal_compounds(question) if compound in written}
        | {compound for verb, compound in phrasal_compounds(heading) if verb in written}
    )
    return len(focus & named) / len(focus)


def checks_own_quantity(low: str) -> bool:
    """Does the lower-cased question check a quantity of its own ("brushes down to 10mm, do they need
    changing") without asking how to do anything? Then it wants a yes or no against a limit (a fact),
    though it names work: "changing" there is the answer's consequence, not steps asked for."""
    return DUE_CHECK.search(low) is not None and _ASKED_NUMBER.search(low) is not None and HOW_ASKED.search(low) is None


def _work_valued(low: str) -> bool:
    """Does the lower-cased question ask a value of the work it names, with no "how do i" or "steps" asking how
    the work is done: every word of work a noun after what it is done to, naming a quantity ("oil change qty
    and grade", rules.WORK_NOUN and WORK_VALUED, or asking a value elsewhere, rules.VALUE_OF_WORK: "oil change on
    the kx4, how much per box"), or a bound or quantity asked for the work ("minimum height before replacing",
    rules.BOUND_BEFORE_WORK; "how much oil for an oil change", rules.QUANTITY_FOR_WORK; "at what dp do i change
    the filter", rules.WORK_DUE_AT; "how often do the gearmotors need an oil change", "when do the rollers need
    changing", rules.FREQUENCY_ASKED)?"""
    if HOW_ASKED.search(low):
        return False
    if (
        BOUND_BEFORE_WORK.search(low)
        or QUANTITY_FOR_WORK.search(low)
        or WORK_DUE_AT.search(low)
        or FREQUENCY_ASKED.search(low)
    ):
        return True
    value_asked = VALUE_OF_WORK.search(low) is not None
    return all(
        WORK_NOUN.fullmatch(m.group())
        and (before := _content_words(low[: m.start()]))
        and low[: m.start()].rstrip().endswith(before[-1])
        and (value_asked or WORK_VALUED.match(low, m.end()))
        for m in PROCEDURE_CUES.finditer(low)
    )


def content_words(text: str) -> list[str]:
    """The words of the text that matching compares, shorthand spelled out, lower-cased, in order.
    A fresh list of the cached tuple, so the caller may change it."""
    return list(_content_words(text))


@lru_cache(maxsize=_TEXT_CACHE)
def _content_words(text: str) -> tuple[str, ...]:
    """content_words(), cached (see _TEXT_CACHE), hence a tuple."""
    return tuple(w for w in _WORD.findall(expand(text).lower()) if w not in STOPWORDS and len(w) > 1)


def reports_fault(low: str) -> bool:
    """Does the (lower-cased) question report a fault: a fault's own words (FAULT_CUES), or a symptom told in the
    technician's words (SYMPTOM_REPORT), not denied just before (SYMPTOM_DENIED), in a question that asks no value?"""
    if FAULT_CUES.search(low) is not None:
        return True
    if VALUE_CUES.search(low) is not None:
        return False
    return tells_symptom(low)


def tells_symptom(low: str) -> bool:
    """Does the (lower-cased) question tell a symptom in the technician's words (SYMPTOM_REPORT) that no negation
    just before denies (SYMPTOM_DENIED)? Each match has its own window: "no squealing any more but it knocks at
    start up" tells one."""
    return any(not SYMPTOM_DENIED.search(low, 0, m.start()) for m in SYMPTOM_REPORT.finditer(low))


@lru_cache(maxsize=_TEXT_CACHE)
def analyze_query(question: str) -> QueryAnalysis:
    """The question's type, codes and content words. Cached (see _TEXT_CACHE): the retrieval, the answerer and
    the checks each ask for the same question's analysis, and a QueryAnalysis is frozen."""
    low = question.lower()
    fault = reports_fault(low)
    task = TASK_ASKED.search(low) is not None and not fault
    if (task or (PROCEDURE_CUES.search(low) and not _work_valued(low))) and not checks_own_quantity(low):
        qtype: QuestionType = "procedure"
    elif fault:
        qtype = "fault"
    elif content_words(low):
        qtype = "fact"
    else:
        qtype = "general"
    return QueryAnalysis(question, qtype, frozenset(query_codes(question)), tuple(content_words(question)))


# A question's number standing alone or glued to its unit (a frame size, a rating: "frame 250",
# "550mm boxes", "hot room around 35c"), not the digits of "KD-400".
_ASKED_NUMBER = re.compile(rf"(?<![\w.\-])(\d+(?:[.,]\d+)?)(?:{GLUED_UNITS})?(?!\w|\.\d)", re.IGNORECASE)
_ANY_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
# A number standing alone in the evidence, as group 1 (what a checked count is compared with).
_ANY_NUMBER_AT = re.compile(r"(?<![\w.,-])(\d+(?:[.,]\d+)?)(?![\w.,]\d)")
# A whole number written with a leading zero ("0402", "0603" chip sizes, "007"): a designation, no quantity,
# looked for only when the evidence writes it ("Nozzle 020: 3 bar"; analysis.number_match). Thirty-eighth session.
_DESIGNATION = re.compile(r"0\d{2,}")
# Stems of the unit words ("deg", "bar", "amps"): a unit shared by a question and a clause says nothing
# of what either is about.
_UNIT_STEMS = stems(" ".join(UNITS))
# A unit word after a number ("15 m", "5-40 °C", "45 N·m", "45 N m", a flow "4 m3 an hour"), lower-cased;
# _unit_name says which.
_UNIT_WORD = re.compile(
    rf"\s?({SPEED.pattern}|(?:m[3³]|l|litres?|liters?|ltrs?) (?:per|an?) (?:min(?:ute)?|h(?:ou)?r)\b|%|"
    r"°\s?[cf]\b|[°º]\s?c\b|°|℃|mpa(?:[·.]| )s\b|[µμu]s/cm\b|[km]?[ωΩ]|(?:m[3³]|l)\s?/\s?(?:min|hr?)\b|"
    rf"mg\s?/\s?l\b|g\s?/\s?mol\b|{COUNT_RATE.pattern}|[a-z]+(?:[·.]m\b| m\b)?²?)(?!\d)"
)
# A flow written in words ("m3 an hour", "litres per minute"): the unit rules.UNITS writes with a slash.
_FLOW_IN_WORDS = re.compile(r"(m[3³]|l)(?:itres?|iters?|trs?)?(?:per|an?)(min|h)(?:ute|our|r)?")


def _unit_name(word: str) -> str | None:
    """The unit (rules.UNITS) a unit word names, its spaces dropped ("n m", "m3 an hour"); a count over a
    time (rules.COUNT_RATE) is one of its own, "eggs/hr" and "eggs per hour" both "egg/h"; so is a speed
    (rules.SPEED), "m/min" and "metres per minute" both "m/min"."""
    speed = speed_unit(word)
    if speed is not None:
        return speed
    rate = COUNT_RATE.fullmatch(word)
    if rate is not None:
        what = rate.group("what")
        if what in UNITS:
            return UNITS[what]  # "0.5 bar/min", "litres/min": the unit before the slash, as before
        return f"{stem(what)}/{_PER[rate.group('per')[:2]]}"
    plain = word.replace(" ", "")
    flow = _FLOW_IN_WORDS.fullmatch(plain)
    return UNITS.get(f"{flow.group(1)}/{flow.group(2)}" if flow else plain)


# The time a count is over (rules.COUNT_RATE), by its first two letters: "hr", "hours" are "h".
_PER = {"h": "h", "hr": "h", "ho": "h", "mi": "min", "s": "s", "se": "s", "d": "d", "da": "d", "sh": "shift"}


# Words a unit may stand after its number ("every 500 operating hours"); a number ends the search.
_UNIT_REACH = 3
# A number, or a range or list of numbers, whose unit is written after it: each number of "5-40 °C",
# "50/60 Hz" or "380 to 480 V" is written with that unit. Atomic groups: a long list ("0,1,2,...,29")
# is read once, not split every possible way.
_NUMBER_RUN = re.compile(r"(?<![\w.])(?>\d+(?:[.,]\d+)?)(?:\s?(?:-|–|to|/|or|and|,)\s?(?>\d+(?:[.,]\d+)?))*+")
# A unit given once for a table row or a label ("Supply voltage (V): 400", "Interval [h]"): the row's
# numbers are written with it.
_LABEL_UNIT = re.compile(r"[(\[]\s*([^\s)\]]{1,5})\s*[)\]]")
# How far before a number a limit's words stand ("Maximum permissible load: 50 kg"): in words, and in
# characters read to find them.
_LIMIT_REACH_WORDS = 4
_LIMIT_REACH_CHARS = 60
# How far before a number a share of a rating it restates is read (rules.RESTATED_LIMIT), in characters.
_RESTATED_REACH_CHARS = 120
# Where a sentence, cell or line ends; "max." abbreviates ("Max. load"), it ends nothing, nor does "ca." ("ca.
# 60 °C", seventieth session). A "min." may
# be minutes ending a sentence: _limit_before refuses a cue with a number after it.
_CLAUSE_END = re.compile(r"[;\n]|(?<!max)(?<!min)(?<!approx)(?<!\bca)\.\s")
# A comparison right before the number ("below 340 V", "longer than 1.2 m"): rules.LIMIT_COMPARISONS. Or with a
# word of estimate between ("not faster than about 80 m/min", "below approx. 60 °C", "below ca. 60 °C") or the
# number's sign ("below -10 °C"): seventieth session, when a speed's limit in m/min was read as one (it had been a
# length's), widened after a review.
_COMPARED = re.compile(
    rf"(?:{LIMIT_COMPARISONS.pattern})(?:\s+(?:about|around|roughly|approx(?:imately|\.)?|circa|ca\.)|\s*~)?"
    r"(?:\s*[+\-−])?\s*$"
)
# A number (and its unit) right before a cue: the cue is that number's ("6 bar max.", "2850 min-1").
_AFTER_A_NUMBER = re.compile(r"\d[\d.,]*\s?[a-z°%/²³µ]{0,6}\s+$")
# How far back from a number its row's label is looked for (characters).
_ROW_REACH = 400
# A noun after a number and its unit that makes it the machine's size ("the 60kw set", "a 45 kg model").
_MACHINE_AFTER = re.compile(
    r"\s*(?:sets?|models?|units?|versions?|variants?|machines?|sizes?|types?|ones?|gensets?|generators?|frames?)\b",
    re.IGNORECASE,
)
# The nouns of _MACHINE_AFTER that name the machine itself ("the 60kw set"), not a part ("10mm ones"): a
# machine the evidence does not write makes the rest of the question's numbers moot.
_MACHINE_NAMED = re.compile(r"\s*(?:sets?|models?|machines?|gensets?|generators?|versions?|variants?)\b", re.IGNORECASE)


# "What" and the next one or two words, where a quantity asked without a verb sits ("belt squealing what tension",
# "keeps tripping, what torque on the terminals"): VALUE_CUES wants a verb after it ("what tension is it").
_WHAT_NEXT = re.compile(r"\bwhat(?:'?s)?(?: (?:the|a|an|our))?((?: [\w-]+){1,2})", re.IGNORECASE)


def _asks_what_quantity(text: str) -> bool:
    """Does a "what" ask a quantity by name ("what tension", "whats the torque"), not "whats going on"?"""
    return any(
        value.asks.search(m.group(1))
        for m in _WHAT_NEXT.finditer(text)
        for kind, value in VALUE_KINDS.items()
        if kind != FALLBACK_KIND
    )


def asked_value_kinds(question: str) -> list[str]:
    """Kinds of value the question asks for ("torque", "interval", ...), from its wording. A fresh list of
    _value_kinds' cached tuple: several checks ask it of the same question (about seven calls a question), and a
    caller may change its list."""
    return list(_value_kinds(question))


@lru_cache(maxsize=_TEXT_CACHE)
def _value_kinds(question: str) -> tuple[str, ...]:
    expanded = REASON.sub(" ", PURPOSE.sub(" ", GIVEN_QUANTITY.sub(" ", expand(question))))
    low = expanded.lower()
    # The value cue first: a question it settles never has the symptom patterns or the "what" windows searched.
    if (
        not VALUE_CUES.search(low)
        and (SYMPTOM_CUES.search(low) or tells_symptom(low))
        and not _asks_what_quantity(expanded)
    ):
        # A symptom names a quantity without asking its value ("pressure creeping up", "bag weights all over the
        # place"); a part number asked beside it is still asked ("part no for the guide roller, ours is squealing").
        return ("part",) if VALUE_KINDS["part"].asks.search(expanded) else ()
    kinds = [kind for kind, value in VALUE_KINDS.items() if value.asks.search(expanded)]
    if "count" in kinds and _counts_another_kind(expanded, kinds):
        kinds.remove("count")  # "how many cans an hour": a throughput; "how many runs ... good for": a life
    if "mass" in kinds and "throughput" in kinds and _inside(expanded, "mass", "throughput", " of "):
        kinds.remove("mass")  # "how many kg ds per hr": the mass is the throughput's, no weight of its own
    if "tolerance" in kinds:
        return ("tolerance",)  # "the crown is 0.35 mm, whats the tolerance": of a length, not the length
    # "Figure" is the fallback for a setting or specification of no more particular kind.
    return tuple(k for k in kinds if k != FALLBACK_KIND) or tuple(kinds)


# What "how many" counts: the words after it up to a verb, a preposition, a participle or the end, of which the
# last names it ("how many | packing lanes | are there", "how many | io modules | max on one adapter", "how many |
# people | allowed on the gangway": thirty-ninth session).
_COUNTED = re.compile(
    r"\bhow many ((?:[a-z][\w-]* ){0,3}?[a-z][\w-]*?)(?= (?:are|is|do|does|did|on|in|of|for|per|will|would|can|could|"
    r"should|go|goes|to|and|or|max\w*|min\w*|total|in total|fitted|there|has|have|had|need|needs|hold|holds|take|"
    r"takes|fit|fits|come|comes|run|runs|sit|sits|carry|carries|support|supports|drive|drives|make|makes|get|gets|"
    r"got|were|was|be|the|a|an|our|my|its|their|this|that|these|those|with|at|from|per|each|i|we|you|it|they|"
    r"allowed|permitted|required|needed|used|installed|supplied|included)\b|"
    r"\s*[,?.!]|\s*$)"
)
# A rating a count of parts is written times ("14 x 150 kW" burners, "6 x 3.5 kW" heaters), not a length ("2 x 25 mm"
# is a size, "4 x 40" too) nor a supply ("3 x 400 V" is its phases). Twenty-seventh session.
_TIMES_RATING = r"x\s?\d+(?:[.,]\d+)?\s?(?:kw|kva|mw|w|hp|kg|t)\b"
# A bare count ("8", "3 (A1, A2, FAULT)", "4 x CA-8040", "14, flat-jet", "14 off", "24 per chain", "14 x 150 kW"): a
# whole number with no unit after it ("x" and a name counts the named, "x" and a rating the rated).
_BARE_COUNT = re.compile(
    rf"(?<![\w.,-])(?:\d+|{COUNT_WORDS})(?![.,]?\d)"
    rf"(?!\s?(?:(?!x\s+[a-z]|{_TIMES_RATING}|off\b|pcs\b|pieces\b|per\b|each\b)[a-z°%µΩ/\"]|"
    rf"(?!{_TIMES_RATING})x\s?\d+(?:[.,]\d+)?\s?[a-z]))",
    re.IGNORECASE,
)

# Contacts counted by their kind: one digit each ("1 N/O", "2 C/O") or added up ("12 NO + 12 NC"); "13 NO, 21 NC"
# are terminal numbers. Fortieth session, narrowed after a review.
_CONTACT_COUNT = re.compile(
    r"(?:[1-9]\s?(?:no|nc|n/o|n/c|c/o|co)\b(?![.,]?\d)|\d{1,2}\s?(?:no|n/o)\s?\+\s?\d{1,2}\s?(?:nc|n/c)\b)",
    re.IGNORECASE,
)


# The model a count is for, in brackets ("(BM-600)"): a code, not a unit ("5 (mm) between rollers").
_MODEL_BRACKET = r"(?:\([^()\d]{0,12}\d[^()]{0,17}\)\s+)"
# A count right before what it counts, three words at most between ("6 burners", "four gas burners", "8 M10 bolts",
# "8 upper clamp ring bolts", "2 x hydraulic cylinders"), the first no unit, none a comparison or preposition ("20
# °C hotter than zone 1"); each model's count may follow it, in brackets ("six (BM-600) or eight (BM-800) M6 knife
# clamp screws", twenty-seventh session).
_COUNT_BEFORE = re.compile(
    rf"(?:^|[\s(])(?:\d+|{COUNT_WORDS})\s+{_MODEL_BRACKET}?"
    rf"(?:(?:or|and)\s+(?:\d+|{COUNT_WORDS})\s+{_MODEL_BRACKET}?)*(?:x\s+)?(?P<next>[\w-]*)\s*"
    r"(?:(?!(?:than|of|at|per|from|to|and|or|in|on)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Where the label naming what is counted ends: its colon, after a bracket at most ("Nozzles (total): 14").
_COUNT_LABEL_END = re.compile(r"(?:\s*\([^()]{0,30}\))?\s*[:=]\s*")


def _counted(expanded: str) -> str | None:
    """What "how many" counts, its last word without its plural ("rakes": "rake"); None when it names none."""
    match = _COUNTED.search(expanded.lower())
    return base(match.group(1).split()[-1]) if match else None


def _count_bounded(counted: str, piece: str) -> bool:
    """Does the piece set a limit on a number of what is counted, the limit's cue right before the number and the
    counted word right after it ("no more than 6 persons", "max. 4 people")? Compared by stem."""
    return any(
        stem(base(m.group(2).lower())) == stem(counted) and LIMIT_CUES.search(piece[max(0, m.start() - 20) : m.start()])
        for m in _NUMBER_AND_WORD.finditer(piece)
    )


# A number and the word right after it ("6 persons", "6 (six) persons" is not read).
_NUMBER_AND_WORD = re.compile(r"(?<![\w.])(\d+)\s+([A-Za-z][\w-]*)")


# The shortest head noun that counts a compound ("weight" of "counterweight"): shorter ones ("pin", "bolt") end too
# many other words ("spin", "thunderbolt").
_HEAD_NOUN_LETTERS = 5


def count_written(counted: str, piece: str, *, by_head: bool = False) -> bool:
    """Does the piece write a number of what is counted (a word without its plural, _counted): before its word
    ("6 burners", "four gas burners", "2 x hydraulic cylinders"), or bare after it as its label's value ("Packing
    lanes: 8"), or, in a table row whose first cell names it, as another cell's bare value ("Parameter: Packing
    lanes; EG-30: 8; EG-45: 12")? "Rake tine set, 15 mm bars" counts no rakes (15 is in mm), "Zone 3" numbers a
    zone, and a label with a unit ("Nozzle bore (mm)") gives no count. With by_head (the evidence names the compound
    elsewhere: "Counterweights, 10 kg each"), a compound is counted by its head noun too ("3 weights per arm")."""
    cells = piece.split(";")
    for index, cell in enumerate(cells):
        label = re.split(r"\d", cell if index == 0 else cell.partition(":")[0], maxsplit=1)[0]
        if any(UNITS.get(unit.group(1).lower()) for unit in _LABEL_UNIT.finditer(label)):
            continue
        for word in re.finditer(r"[A-Za-z][\w-]*", cell):
            # A compound is counted by its head too: "3 weights per arm" counts the counterweights.
            written = base(word.group().lower())
            if stem(written) != stem(counted) and not (
                by_head and len(written) >= _HEAD_NOUN_LETTERS and counted.endswith(written)
            ):
                continue
            before = _COUNT_BEFORE.search(cell[: word.start()])
            # "six M6 knife clamp screws" counts screws: a word that goes on to another noun is no count's.
            if (
                before
                and UNITS.get(before.group("next").lower()) is None
                and not (_singular(word.group()) and _goes_on(cell, word.end()))
            ):
                return True
            after = _COUNT_LABEL_END.match(cell, word.end())
            if after and _bare_count(cell, after.end()):
                return True
            if index == 0 and _cells(piece) and any(_bare_count(o.partition(":")[2].strip()) for o in cells[1:]):
                return True
    return False


def _bare_count(text: str, at: int = 0) -> bool:
    """Does the text write a bare count at `at` ("8", "14 off"), or contacts by their kind ("2 NO + 2 NC")?"""
    return _BARE_COUNT.match(text, at) is not None or _CONTACT_COUNT.match(text, at) is not None


def _singular(word: str) -> bool:
    """Is the word written in the singular, as a noun that modifies the next one is ("knife | clamp screws"),
    where a counted plural ends its phrase ("8 bolts | secure the guard")?"""
    low = word.lower()
    return not (low.endswith("s") and not low.endswith("ss")) and low not in IRREGULAR_PLURALS


def _goes_on(cell: str, end: int) -> bool:
    """Does a noun phrase go on after the word ending at `end` ("knife | clamp screws"): a lower-case word
    follows it, no stopword nor a verb's participle ("14 nozzles fitted", "8 bolts on the cover")?"""
    after = _NEXT_WORD.match(cell, end)
    if after is None:
        return False
    word = after.group(1)
    return (
        word not in STOPWORDS
        and word not in _COUNT_GOES_ON_NOT
        and not word.endswith(("ed", "ing", "en"))
        and UNITS.get(word) is None
    )


# Words after a counted noun that end its phrase, though no stopword ("2 shims per shoe", "4 rollers max", "6
# blades total", "8 bolts x M10").
_COUNT_GOES_ON_NOT = frozenset({"per", "max", "min", "total", "x", "off", "pcs", "only", "minimum", "maximum"})


# The lower-case word right after another, a space between.
_NEXT_WORD = re.compile(r" ([a-z][a-z-]*)\b")


def _counts_another_kind(expanded: str, kinds: Sequence[str]) -> bool:
    """Is what "how many" counts asked as another kind, a match of which covers "how many" or the word after
    it ("how many cans an hour": throughput; "how many runs is it good for": life)?"""
    counted = VALUE_KINDS["count"].asks.search(expanded)
    if counted is None:
        return False
    word = re.match(r"[\w-]+", expanded[counted.end() :])
    end = counted.end() + (word.end() if word else 0)
    return any(
        match.start() < end and match.end() > counted.start()
        for kind in kinds
        if kind != "count"
        for match in VALUE_KINDS[kind].asks.finditer(expanded)
    )


def _inside(expanded: str, kind: str, other: str, unless: str = "") -> bool:
    """Is every place the question asks for `kind` inside a place it asks for `other` (one not writing `unless`:
    "kg of polymer per hour" is a consumption, whose mass counts)?"""
    spans = [m.span() for m in VALUE_KINDS[other].asks.finditer(expanded) if not unless or unless not in m.group()]
    return all(
        any(start <= m.start() and m.end() <= end for start, end in spans)
        for m in VALUE_KINDS[kind].asks.finditer(expanded)
    )


_GENERIC = frozenset(stem(w) for w in GENERIC_VALUE_WORDS)
_QUALIFIERS = frozenset(stem(w) for w in VALUE_QUALIFIERS)
_HEADING_GENERIC = frozenset(stem(w) for w in HEADING_GENERIC)


def scope_to_models(piece: str, codes: set[str]) -> str:
    """A table row comparing models ("Item: Weight; SV-220: 2.4 kg; SV-440: see rating plate") without the
    cells of the models the question does not ask about, so the SV-440's missing value shows as missing.
    A quoted piece carries its section heading on a line of its own ("ND5 Series Drive > Ratings"): the
    heading names no column, so only the row after it is scoped."""
    heading, newline, row = piece.rpartition("\n")
    cells = [cell.strip() for cell in row.split(";")]
    labels = [document_codes(cell.split(":", 1)[0]) if ":" in cell else set() for cell in cells]
    asked = [bool(label & codes) for label in labels]
    if sum(1 for label in labels if label) < 2 or not any(asked):
        return piece
    kept = "; ".join(cell for cell, label, ask in zip(cells, labels, asked, strict=True) if not label or ask)
    return heading + newline + kept


# A model code's family and number ("lx" and "40" of "lx40"): models of one family share the letters
# and the count of digits, so "p12" (a parameter) is no sibling of the "p200" pump.
_FAMILY = re.compile(r"([a-z]+)(\d+)$")


def for_another_model(piece: str, codes: AbstractSet[str], models: AbstractSet[str] | None = None) -> bool:
    """Is this piece written for a sibling of the model the question names, not for it? "Heating time
    on the LX-25 is about 25 minutes" does not give the LX-40's, though one manual covers both. A piece
    that names the asked model, writes its number after a sibling's code ("HU-35/50", "PG-200 and
    -250"), names a range of siblings around it ("KR-30 to KR-60" for the KR-45; a table's columns are
    no range), or says it holds for more than the one named ("from the HD-32 upward", rules.ALL_MODELS)
    is for it too. models: the codes of the manuals' own models; when given, only those are siblings,
    not a kit of the same letters."""
    asked = {(m.group(1), m.group(2)) for code in codes if (m := _FAMILY.match(code))}
    if not asked or ALL_MODELS.search(piece):
        return False
    written = document_codes(piece) if models is None else document_codes(piece) & (set(models) | set(codes))
    if written & {family + number for family, number in asked}:
        return False
    for family, number in asked:
        siblings = [
            int(m.group(2))
            for code in written
            if (m := _FAMILY.match(code)) and m.group(1) == family and len(m.group(2)) == len(number)
        ]
        if not siblings:
            continue
        if _in_model_range(piece, family, int(number)):
            return False
        after_sibling = (
            rf"\b{family}[\s-]?\d+(?:\s*[/,]\s*-?\d+)*\s*(?:/|,|\bor\b|\band\b)\s*(?:{family})?[\s-]?{number}\b"
        )
        if not re.search(after_sibling, piece, re.IGNORECASE):
            return True
    return False


def _in_model_range(piece: str, family: str, number: int) -> bool:
    """Does the piece write a range of the family's models around the number ("KR-30 to KR-60", "KR-30 up to 60",
    "KR-30 - KR-60", "between the KR-30 and the KR-60" for the KR-45)? Not a dash without the family's letters
    after it ("KR-30 - 40 min" gives a time), nor the columns of a table ("KR-30: 40 min; KR-60: 70 min")."""
    ranges = (
        rf"\b{family}[\s-]?(\d+)\s*"
        rf"(?:(?:to|through|thru|until|up to)\s*(?:{family})?[\s-]?|[-–]\s*{family}[\s-]?)(\d+)\b",
        rf"\bbetween (?:the )?{family}[\s-]?(\d+) and (?:the )?(?:{family})?[\s-]?(\d+)\b",
    )
    return any(
        int(m.group(1)) < number < int(m.group(2))
        for pattern in ranges
        for m in re.finditer(pattern, piece, re.IGNORECASE)
    )


# Where prose parts into clauses: a semicolon, a line, a sentence's end before a capital (not "approx. 6",
# "Part no. BW-K40", "see Fig. 3").
_CLAUSES = re.compile(r"[;\n]|(?<=[.!?])(?<!\b[Nn]o\.)(?<!\b[Nn]r\.)(?<!\b[Rr]ef\.)(?<!\b[Ff]ig\.)\s+(?=[A-Z])")
# A label ends within this many words before its colon ("Idler roller: ...").
_LABEL_WORDS = 4
# Before the part a question asks the number of: "for the", "of a".
_PART_LEAD = re.compile(r"^[.:#]?\s*(?:for|of)\s+(?:the|a|an|our|my|this|that)?\s*")


@lru_cache(maxsize=_TEXT_CACHE)
def asked_part(question: str) -> frozenset[str] | None:
    """Keys of the part a question asks the number of: its last word (the head noun: "gasket" of
    "container gasket"), with the parts of a hyphenated one ("o-ring": "orin", "ring"), from the words
    right before the asking words ("carbon brush pn"), or else after them ("part no for the container
    gasket"), up to OBJECT_BOUNDARY; None when it names none. Words that say it is a part ("spare",
    "replacement") or ask for it ("give me", "send") are left out, as are codes."""
    phrases = _part_phrases(question)
    if phrases is None:
        return None
    before, after = phrases
    return _head_keys(before, _PART_KEYS) or _head_keys(after, _PART_KEYS)


def _part_phrases(question: str) -> tuple[str, str] | None:
    """The words right before a part number's asking words and those after them, each up to OBJECT_BOUNDARY
    ("carbon brush | pn", "part no for the | container gasket"); None when the question asks no part number."""
    low = expand(question).lower()
    match = VALUE_KINDS["part"].asks.search(low)
    if match is None:
        return None
    before = OBJECT_BOUNDARY.split(low[: match.start()])[-1]
    after = OBJECT_BOUNDARY.split(_PART_LEAD.sub("", low[match.end() :], count=1), maxsplit=1)[0]
    return before, after


def _head_keys(phrase: str, generic: AbstractSet[str]) -> frozenset[str] | None:
    """Keys (_object_words) of a phrase's head noun, its last word that is neither a code nor only one
    of the generic keys ("spare", "mode"); None when it has none. A hyphenated word keeps its parts."""
    keys = [_object_words(word) for word in content_words(phrase) if not any(ch.isdigit() for ch in word)]
    named = [k for k in keys if k and not k <= generic]
    return named[-1] - generic if named else None


@lru_cache(maxsize=_TEXT_CACHE)
def asked_part_words(question: str) -> frozenset[str]:
    """Keys of the words the question writes before the head noun of the part it asks the number of ("vacuum",
    "shaft" of "vacuum pump shaft seal"), without generic, vague and machine words (rules.PART_VAGUE_WORDS).
    Cached: value_match asks it of every piece."""
    phrases = _part_phrases(question)
    for phrase in phrases or ():
        words = [w for w in content_words(phrase) if not any(ch.isdigit() for ch in w)]
        keys = [_object_words(w) for w in words]
        named = [i for i, k in enumerate(keys) if k and not k <= _PART_KEYS]
        if named:
            lead = words[: named[-1]]
            return frozenset().union(*(_object_words(w) for w in lead if w not in PART_VAGUE_WORDS)) - _PART_KEYS
    return frozenset()


def names_another_part(question: str, piece: str) -> bool:
    """Does a spares row name another part of the asked kind: the question names its part with words before the
    head ("vacuum pump shaft seal"), the row's part cell names its own ("Inspection hatch seal"), and the row
    writes none of the question's? A row that writes one ("Seal, vacuum pump") or names its part by the head
    alone ("Seal; VF-8: ...") may be it. The words are compared as written: a synonym or an abbreviation ("DE
    bearing" for "drive end bearing") is another word."""
    asked = asked_part_words(question)
    if not asked:
        return False
    text = piece.rpartition("\n")[2]
    if not _cells(text):
        return False
    words = [w for w in content_words(_row_part_name(text)) if not any(ch.isdigit() for ch in w)]
    own = frozenset().union(*(_object_words(w) for w in words[:-1])) - _PART_KEYS - _ROW_PART_KEYS
    return bool(own) and not asked & _object_words(text)


def names_part(part: AbstractSet[str], piece: str) -> bool:
    """Does the piece name the asked part ("gasket" in "Lid gasket, silicone"; "O ring" for an o-ring)
    where it gives a part number? "Container liner bags" names no container gasket; "Fan kits" names the
    cooling fan. A table row names it in any cell ("Part: Oil filter; KGS-60: KP-OF-4410"); prose names it
    in its heading or in the clause that writes the number: in "build-up behind the stripper plate; seals
    damaged (kit DM-SK150)" the kit is the seals', not the stripper plate's."""
    heading, _, text = piece.rpartition("\n")
    if _cells(text):
        # A row names its part in its part cell, else its first cell ("Spare part: Tray divider set"): a
        # tray divider set is no tray, though the row writes "tray". The head noun counts, before a comma,
        # a number or a preposition ("Gasket, lid", "Blades for the notcher"); a set or a kit of it is
        # still it ("Fan kit"), and so is its working piece ("Heater element" for the heater or the element).
        head = _row_part(text, _PART_KEYS | _ROW_PART_KEYS)
        if head is not None and not head & part and not (_row_part(text, _PART_KEYS) or frozenset()) & part:
            return False
        return names_feature(part, (piece,))
    # A clause that refers back ("Replace it with kit IR-K40") joins the one before it; a label before
    # the text's first colon ("Idler roller: ... order spare kit IR-K40") names what all of it is about.
    clauses: list[str] = []
    for clause in _CLAUSES.split(text):
        clauses.append(f"{clauses[-1]} {clause}" if clauses and REFERS_BACK.search(clause) else clause)
    numbered = [c for c in clauses if VALUE_KINDS["part"].written.search(c)]
    if not numbered:
        return names_feature(part, (piece,))
    label = text.split(":", 1)[0] if ":" in text else ""
    return names_feature(part, (heading, label if len(label.split()) <= _LABEL_WORDS else "", *numbered))


def names_nothing(question: str) -> bool:
    """Does the question name what it asks about only by a pronoun ("whats the max temp for it", "how often
    do they need replacing")? It writes a pronoun (rules.UNNAMED_PRONOUN) and no code, and each of its
    other words asks for a value or work (the asking words of a VALUE_KINDS match, the words an ACTIONS
    class asks by, or the process a duration is asked of, rules.UNNAMED_PROCESS) or is generic
    (rules.UNNAMED_GENERIC). A follow-up in a conversation was completed with
    its topic before it got here (engine/conversation.py); one that was not says nothing a manual can be
    searched for."""
    low = question.lower()
    if not UNNAMED_PRONOUN.search(low) or analyze_query(question).codes:
        return False
    expanded = expand(low)
    # The words that ask, not what a kind's match says the value is of ("conveyor" of "max conveyor speed",
    # _asking_words), nor a manual's way of writing the work ("mount" of "mounts").
    asking: set[str] = set()
    for kind in VALUE_KINDS.values():
        for match in kind.asks.finditer(expanded):
            asking.update(_asking_words(match))
    for action in ACTIONS.values():
        for match in action.asks.finditer(expanded):
            # A part named for the work is no asking word ("washers", "tensioner").
            asking.update(w for w in content_words(match.group(0)) if not AGENT_NOUN.search(w))
    for match in UNNAMED_PROCESS.finditer(expanded):
        asking.update(content_words(match.group(0)))
    return all(word in asking or word in UNNAMED_GENERIC for word in content_words(expanded))


def names_other_variant(question: str, piece: str) -> bool:
    """Does the piece name only the other variant of a part the question names one of ("UV flame scanner"
    for "part no for the ir flame scanner", rules.OPPOSED_VARIANTS)? The manual names the IR scanner in its
    text and lists the UV one's number: that number answers nothing about the IR one."""
    asked = set(LETTER_WORD.findall(question.lower()))
    written = set(LETTER_WORD.findall(piece.lower()))
    for pair in (*OPPOSED_VARIANTS, *OPPOSED_STATES):
        mine = pair & asked
        if len(mine) == 1 and not mine & written and pair - mine <= written:
            return True
    return False


def _row_part(row: str, generic: AbstractSet[str]) -> frozenset[str] | None:
    """Keys of the head noun of the part a row is about: its cell labelled as a part ("Group: Hydraulics;
    Part: Return filter"), else its first cell ("Spare part: Tray divider set": "divi"), up to a comma, a
    bracket, a number or a preposition ("Drive belt 1200 mm", "Blades for the notcher"); None when that
    names no word (a code, a size, a count). `generic`: the keys of words that are no head ("kit"; with
    ROW_PART_GENERIC's also "set", "element": "Heater element" is then about the heater, as asked for
    "heater" or "element")."""
    return _head_keys(OBJECT_BOUNDARY.split(_row_part_name(row), maxsplit=1)[0], generic)


def _row_part_name(row: str) -> str:
    """The part a row names, lower-cased: its cell labelled as a part, else its first cell, up to a comma, a
    bracket or a number ("Part: Drive belt 1200 mm": "drive belt")."""
    cells = [cell.split(":", 1) for cell in row.split(";")]
    labelled = [c[1] for c in cells if len(c) == 2 and _PART_LABEL.search(c[0])]
    return re.split(r"[,(]|\s\d", labelled[0] if labelled else cells[0][-1], maxsplit=1)[0].lower()


# A row's cell label that says the cell names the part ("Part", "Spare part", "Item", "Description").
_PART_LABEL = re.compile(r"\b(?:part|item|description|component|consumable|name)\b", re.IGNORECASE)


def writes_value(kinds: list[str], text: str) -> bool:
    """Does the text write a value of any of these kinds (a torque, an interval...)?"""
    return any(VALUE_KINDS[kind].written.search(text) for kind in kinds)


def _asking_words(match: re.Match[str]) -> list[str]:
    """The words of a value kind's match that ask for the value: "max" and "flow" of "max cooling water
    flow", not "cooling water", which is what the flow is of (the pattern's groups named "about...")."""
    text = match.group(0)
    # Each group named "about..." is what the value is of ("what current does the motor draw": "motor").
    for name in sorted((n for n in match.re.groupindex if n.startswith("about") and match.group(n)), reverse=True):
        start, end = match.span(name)
        text = text[: start - match.start()] + " " * (end - start) + text[end - match.start() :]
    return content_words(text)


def _model_sizes(question: str, models: Iterable[str]) -> set[str]:
    """The numbers of the models the evidence covers ("450" of the KD-450) that the question does not
    write as part of a code of its own: a bare "450" then names that model, not a size."""
    named = {n for start, end, _ in query_code_spans(question) for n in _ANY_NUMBER.findall(question[start:end])}
    return {n for model in models for n in _ANY_NUMBER.findall(model)} - named


def variant_missing(question: str, pieces: Sequence[str], evidence: str, models: Iterable[str] = ()) -> bool:
    """Does the question ask a value for a variant its number names ("part no for the 32mm collet",
    "chuck for 401 cans") that the quoted pieces give only for its siblings ("Collet, 20 mm; Part
    number: TX-C20", "Collet, 25 mm; ...", "Collet, 40 mm; ...")? Of the quoted pieces that write the
    asked kind of value, those naming the asked object best (two at least, equally well) write other
    numbers in the number's unit, and none holding the number (or a range of its unit around it) names
    the object as well ("Spanner, 32 mm" holds 32 but is no collet). The manual lists the variants
    beside it, not it: number_match finds the 32 somewhere and says nothing. Digits of a code ("TX-SK4",
    "Z220") are no number. Not for a check (its number is the technician's, rules.QUANTITY_CHECK), a
    reading, a code in `evidence`, a number naming a model the passages cover ("the 450" for the
    KD-450), nor one without a unit that counts or dates ("the 2 gearboxes", "our 2019 machine"), nor a state
    told with its trend ("lube return temp at 63 and climbing": the technician's machine as it is) or, in a message
    that asks nothing, falling short ("wash water only 4.5 bar at the spray bars") or told in a clause of its own
    before a state ("filter dp at 1.3 bar and its still running", _told_as_state, rules.STATE_VERB; a terse "spray
    rate at 4 bar, fp20 nozzles" asks); "blade is only 4 mm, what gap" and "motor at 7.5 kw, what overload setting"
    name a variant all the same."""
    kinds = asked_value_kinds(question)
    if not kinds or QUANTITY_CHECK.search(question.lower()):
        return False
    valued = [piece for piece in pieces if any(VALUE_KINDS[kind].written.search(piece) for kind in kinds)]
    if len(valued) < 2:
        return False
    asked = strip_codes(question, document_codes(evidence))
    sizes = _model_sizes(question, models)
    report = ASKS_SOMETHING.search(asked.lower()) is None  # a shortfall told in a report is a reading
    given = [
        (m.group(1), unit, _WORD_BEFORE.search(asked, 0, m.start()))
        for m in _ASKED_NUMBER.finditer(asked)
        if not _is_reading(asked, m.start())
        and not _trend_told(asked, m)
        and not (report and FALLS_SHORT.search(asked, 0, m.start()))
        and not (report and _told_as_state(asked, m.start()) and STATE_VERB.search(asked, m.end()))
        and m.group(1) not in sizes
        and ((unit := _unit_of(asked, m)[0]) is not None or not _COUNT_OR_YEAR.fullmatch(m.group(1)))
    ]
    about = stems(_ANY_NUMBER.sub(" ", asked)) - _UNIT_STEMS - _GENERIC
    written = [(len(about & stems(piece)), _CODE_TOKEN.sub(" ", piece)) for piece in valued]
    for number, unit, before in given:
        holding, siblings = [], []
        noun = stem(before.group(1).lower()) if before else ""
        for share, piece in written:
            numbers = _piece_numbers(piece)
            if _holds(piece, numbers, number, unit, noun):
                holding.append(share)
            elif any(
                not _same_number(n, number) and (unit in units if unit else not units) for n, units in numbers.items()
            ):
                siblings.append(share)
        best = max(siblings, default=0)
        if best > max(holding, default=0) and siblings.count(best) >= 2:
            return True
    return False


def named_variant_missing(question: str, pieces: Sequence[str], context: str = "") -> bool:
    """Does the question name a variant of a thing by a word before its noun ("clip pressure for collagen
    casings") that the quoted table keyed by that thing's variants does not list ("Casing type: Fibrous
    casing; KD-80: 5.0-5.5 bar", "Casing type: Polyamide casing; ...")? The table gives the value for the
    variants it lists; the neighbours are no answer for another. A key column lists variants when its
    label says so (rules.VARIANT_KEY_LABELS: "Casing type", "Tray material"; the thing is the label's
    other words) or its keys share a word (the thing: "Potatoes, new crop", "Potatoes, stored"), and its
    label names no column of quantities, faults or parts (rules.NOT_VARIANT_KEY_LABELS: "Parameter"), or it is
    one word over keys of a word or two ("Chocolate: Milk", "Chocolate: White": the thing is the label). The
    variant word is the question's word right before the thing's noun, unless it names no variant
    (rules.NOT_A_VARIANT, STOPWORDS, a code or number) or the quoted pieces or `context` (the passages'
    titles and headings) write it ("gearbox oil" under the heading "Gearbox oil"); it is listed when a key
    or the label holds it (or a word sharing its first five letters: "polyamid"); and the question naming
    any listed key elsewhere ("shielded motor cable" against "Cable type: Shielded") asks for a listed one. The
    numbered variants are variant_missing's."""
    keys: dict[str, set[str]] = {}
    for line in (ln for piece in pieces for ln in piece.split("\n")):
        cells = _cells(line)
        if cells:
            label, _, key = cells[0].partition(":")
            keys.setdefault(label.strip().lower(), set()).add(key.strip().lower())
    tokens = _VARIANT_TOKEN.findall(expand(question).lower())
    asked = {stem(t) for t in tokens if LETTER_WORD.fullmatch(t) and t not in STOPWORDS}
    # Words the quoted pieces, their headings or the passages' titles write: where the thing sits or what it is on
    # ("gearbox oil" under "Gearbox oil", "conveyor belt" in a conveyor's manual), no kind the table leaves out.
    around = stems("\n".join([context, *pieces]))
    for label, listed in keys.items():
        if len(listed) < 2 or sum(bool(_NUMBER_KEY.match(k)) for k in listed) * 2 > len(listed):
            continue
        label_words = set(LETTER_WORD.findall(label))
        if label_words & NOT_VARIANT_KEY_LABELS:
            continue
        shared = frozenset.intersection(*(stems(k) for k in listed))
        things = {w for w in shared if not any(ch.isdigit() for ch in w)} - _GENERIC
        if label_words & VARIANT_KEY_LABELS:
            things |= stems(" ".join(label_words - VARIANT_KEY_LABELS))
        elif len(label.split()) == 1 and all(len(k.split()) <= _KEY_WORDS and _LETTER_KEY.fullmatch(k) for k in listed):
            # A one-word label over short keys is the thing they are kinds of ("Chocolate: Milk", "Chocolate: White").
            things |= stems(label)
        written = " ".join([label, *listed])
        listed_words = set(LETTER_WORD.findall(written))
        if not things or (asked - things) & stems(" ".join(listed)):
            continue
        for before, word in itertools.pairwise(tokens):
            if stem(word) not in things or not _names_variant(before, things) or stem(before) in around:
                continue
            if not any(w.startswith(before[:5]) or before.startswith(w[:5]) for w in listed_words if len(w) >= 3):
                return True
    return False


def sibling_variant_quoted(question: str, pieces: Sequence[str]) -> bool:
    """Does the question ask a value for "X thing" ("air pressure for rinsing with ionised air") that the
    quoted pieces write only for "Y thing" ("Rinse water pressure: 2-3 bar"), where a quoted piece names X
    beside Y ("The rinse medium is water as standard; rinsing with ionised air is not covered")? The
    manual knows X as a sibling of Y, so Y's value is no answer for X. X and Y are words that can name a
    variant (_names_variant); Y is not a row's label ("Parameter: Roller runout") nor a word of the question
    ("side tension cloth" asks the cloth's tension), and not written next to X in the piece naming both
    ("hydraulic oil" names a kind of oil, not its sibling), and the piece naming both says one is left out or
    an alternative (rules.SIBLING_CUES: "as standard", "not covered", "instead of"), not only that one is the
    other ("The coolant is water with 30 % glycol"). A piece writing the asked kind of value beside X may answer
    for it. The table form is named_variant_missing's."""
    kinds = asked_value_kinds(question)
    if not kinds:
        return False
    valued = [piece.lower() for piece in pieces if writes_value(kinds, piece)]
    if not valued:
        return False
    pieces_words = [(set(LETTER_WORD.findall(low)), low) for low in (piece.lower() for piece in pieces)]
    valued_words = set().union(*(LETTER_WORD.findall(piece) for piece in valued))
    tokens = _VARIANT_TOKEN.findall(expand(question).lower())
    for variant, thing in itertools.pairwise(tokens):
        things = frozenset({stem(thing)})
        if variant in valued_words or not LETTER_WORD.fullmatch(thing) or thing in STOPWORDS:
            continue
        if not _names_variant(variant, things):
            continue
        others = {
            m.group(1)
            for piece in valued
            for m in _WORD_PAIR.finditer(piece)
            if stem(m.group(2)) in things and _names_variant(m.group(1), things) and m.group(1) not in tokens
        }
        if any(
            variant in written
            and others & written
            and not _compound(variant, others, piece)
            and SIBLING_CUES.search(piece)
            for written, piece in pieces_words
        ):
            return True
    return False


def _compound(word: str, others: AbstractSet[str], piece: str) -> bool:
    """Does the lower-cased piece write the word next to one of the others ("hydraulic oil")? One names a kind
    of the other then, not a sibling."""
    return any(re.search(rf"\b(?:{word} {other}|{other} {word})\b", piece) for other in others)


# A word and the next ("water pressure"), not a label and its value ("parameter: roller"): sibling_variant_quoted.
_WORD_PAIR = re.compile(r"(?<![\w-])([a-z]+) (?=([a-z]+)(?![\w-]))")


def _names_variant(word: str, things: AbstractSet[str]) -> bool:
    """Can the word before a thing's noun name a variant of it: a word of three letters or more, not a code,
    a unit ("1.5 litre pet") or the thing itself, nor one that names none (rules.NOT_A_VARIANT, STOPWORDS,
    VALUE_QUALIFIERS)?"""
    return (
        LETTER_WORD.fullmatch(word) is not None
        and len(word) >= 3
        and word not in NOT_A_VARIANT
        and word not in STOPWORDS
        and stem(word) not in _QUALIFIERS
        and stem(word) not in _UNIT_STEMS
        and stem(word) not in things
    )


# The most words of a key read as a kind of its one-word label ("Chocolate: Milk", not a sentence).
_KEY_WORDS = 2
_LETTER_KEY = re.compile(r"[^\W\d]+(?:[\s-][^\W\d]+)*")
# The question's words and codes in order ("kd80", "5.5", "pet-lined", not a full stop after a word nor a "/"
# between two); a key opening with a number ("21-32 mm").
_VARIANT_TOKEN = re.compile(r"[a-z0-9](?:[\w\-.]*\w)?")
_NUMBER_KEY = re.compile(r"[\d<>≤≥.]")


def _trend_told(asked: str, number: re.Match[str]) -> bool:
    """Is the number told with its trend ("temp at 63 and climbing", rules.TREND_AFTER)?"""
    return TREND_AFTER.match(asked, number.end()) is not None


# A number without a unit that counts ("the 2 gearboxes", "need 4") or dates ("our 2019 machine"): no variant.
_COUNT_OR_YEAR = re.compile(r"\d|(?:19|20)\d\d")


# A code's token (a letter first, a digit in it: "TX-SK4", "KD-315-220", "Z220", "M10"): its digits are no
# number of the piece. "45A" and "20mm" open with their number and stay.
_CODE_TOKEN = re.compile(r"\b[A-Za-z][\w-]*\d[\w-]*")


def _same_number(a: str, b: str) -> bool:
    """Are two numbers as written the same value ("1.4" and "1.40"; "1,5" and "1.5")? Thirty-ninth session."""
    if a == b:
        return True
    try:
        return _number(a) == _number(b)
    except ValueError:
        return False


def _piece_numbers(piece: str) -> dict[str, set[str]]:
    """The numbers a piece writes, each with the units written after it (none for a bare number)."""
    numbers: dict[str, set[str]] = {n: set() for n in _ANY_NUMBER.findall(piece)}
    for number, unit in _numbers_with_units(piece):
        numbers.setdefault(number, set()).add(unit)
    return numbers


# The word right before a number ("day" of "day 14"), what a bare number is the number of.
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s*$", re.IGNORECASE)
# A cell's bare range, ended by its cell, with the word right before it ("Incubation day: 13-15;", "Yarn count: Ne
# 30-40;"): that word and the range.
_BARE_RANGE = re.compile(r"(?:^|;)[^;]*?\b([A-Za-z]+):?\s+(\d+) ?[-–] ?(\d+)\s*(?=;|$)", re.MULTILINE)
# A number from which a piece holds on, after the word it is the number of ("From day 10 measure the eggshell
# temperature" holds day 15); not one that opens a range ("from week 9 up to week 10", "from day 3 to 5").
_FROM_ON = re.compile(
    r"\bfrom\s+([a-z]+)\s+(\d+)\b(?![.,]\d)(?!\s*(?:[-–]|(?:[a-z]+\s+)?(?:to|until|up to|through)\b))",
    re.IGNORECASE,
)


def _holds(piece: str, numbers: dict[str, set[str]], number: str, unit: str | None, noun: str = "") -> bool:
    """Does a piece write the number, in its unit when it has one (or bare), or a range of it around it, in
    a size's unit for a bare number ("the toggle for 160 css" in "750 mm toggle for CSS 135-200 mm")? A bare
    number of a noun ("day 14") is held by a label cell's range of it ("Incubation day: 13-15") or by a piece
    that holds from a number of it on ("From day 10 ...")."""
    # The number as its value ("1.40" holds "1.4"): a decimal's trailing zeros are how a manual writes it.
    written = [units for n, units in numbers.items() if _same_number(n, number)]
    if any(unit is None or unit in units or not units for units in written):
        return True
    if unit is None:
        # A size's range ("CSS 135-200 mm"), as a bare number in a check is read (BARE_CHECK_UNITS); not any
        # range the piece writes ("200-600 rpm" beside the chuck for 401 cans). Twenty-seventh session: or a range
        # or a start of the number's own noun ("day 14" in "Incubation day: 13-15", "day 15" after "From day 10").
        value = _number(number)
        return (
            any(low <= value <= high for low, high, written in _ranges(piece) if written in BARE_CHECK_UNITS)
            or any(
                stem(label.lower()) == noun and _number(low) <= value <= _number(high)
                for label, low, high in _BARE_RANGE.findall(piece)
            )
            or any(stem(word.lower()) == noun and value >= _number(low) for word, low in _FROM_ON.findall(piece))
        )
    return _in_range(number, unit, _ranges(piece))


def value_match(question: str, evidence: str | Sequence[str], focus: AbstractSet[str] | None = None) -> float:
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
    codes = specific_codes(question)
    pieces = [scope_to_models(piece, codes) for piece in pieces if not for_another_model(piece, codes)]
    expanded = expand(question)
    # What the question asks about, beyond the words that ask for a value ("ramp time", "how often").
    asked_by = {stem(w) for k in kinds for m in VALUE_KINDS[k].asks.finditer(expanded) for w in _asking_words(m)}
    subject = (focus or set()) - asked_by - _GENERIC - _reason_words(expanded)
    # A qualifier ("rated", "max") may locate the piece, but need not: "Capacity at the fill point" answers
    # "rated capacity".
    core = subject - _QUALIFIERS
    # What a value of the asked kind is of unless said otherwise ("motor" of a rated current): a piece naming the
    # value itself ("Rated current; JF-1120: 55 A") gives it, not one naming another thing ("Heater: 6.1 A").
    implied = {stem(w) for kind in kinds for w in IMPLIED_SUBJECTS.get(kind, ())}
    # A label may name the asked value by any word of the question, the equipment's own included
    # ("Heat-up time" for a heat shrink tunnel's heat-up), though those words locate no piece.
    named_in_question = subject | asked_by | ({stem(w) for w in content_words(expanded)} - _GENERIC)
    part = asked_part(question) if "part" in kinds else None
    counted = _counted(expanded) if "count" in kinds else None
    # A compound the evidence names ("Counterweights, 10 kg each") may be counted by its head noun in another piece
    # ("Start with 3 weights per arm"); one it never names is not ("4 wheels" are no flywheels).
    compound_named = counted is not None and any(re.search(rf"\b{re.escape(counted)}", p, re.I) for p in pieces)
    rate = asked_rate(expanded) if "throughput" in kinds else None
    matched = 0
    for kind in kinds:
        named = DIMENSION_WORDS.findall(expanded.lower()) if kind == "length" else []
        for piece in pieces:
            if not VALUE_KINDS[kind].written.search(piece) and not (
                kind == "throughput" and rate is not None and writes_rate(rate, piece)
            ):
                continue
            if kind == "count" and counted is not None and not count_written(counted, piece, by_head=compound_named):
                continue
            # A piece naming no dimension or other measure may still give the asked one of a thing it names by two
            # words ("Brake band lining, new / replace at; AW-34: 20 mm / 6 mm" for the lining's thickness).
            if (
                named
                and not any(re.search(rf"\b{d}s?\b", piece, re.I) for d in named)
                and (_MEASURE_WORDS.search(piece) or len(core & word_stems(piece)) < 2)
            ):
                continue
            # A limit on a count written with its word ("Live load; SG-24: no more than 6 persons") is that count's
            # limit whatever the row's item names; a bare count ("Erection crew; GW-3: 3 persons") is the item's.
            # Thirty-ninth session.
            bounded_count = kind == "count" and counted is not None and _count_bounded(counted, piece)
            if not bounded_count and not _labelled(piece, kind, named_in_question, asked_by, codes):
                continue
            if kind == "part" and part is not None and not names_part(part, piece):
                continue
            if kind == "part" and part is not None and names_another_part(question, piece):
                continue
            if kind == "part" and names_other_variant(question, piece):
                continue
            words = word_stems(piece)
            if not core or subject & words or (core <= implied and _names_only_the_value(piece, asked_by)):
                matched += 1
                break
    if kinds == [FALLBACK_KIND] and matched:
        return FIGURE_FOUND  # any number with a unit is a figure: finding one says little, missing one says a lot
    return matched / len(kinds)


def asked_rate(expanded: str) -> re.Pattern[str] | None:
    """How a piece writes the count over a time the question asks for (rules.RATE_ASKED: "how many formers an
    hour"): the counted word by its stem, then a slash, "per", "a" or "each" and the time ("formers per hour",
    "Formers/h", "balls an hour"); None when it asks none, or counts a unit ("how many litres an hour")."""
    match = RATE_ASKED.search(expanded.lower())
    if match is None or match.group("what") in UNITS or base(match.group("what")) in UNITS:
        return None
    what = re.escape(stem(match.group("what")))
    times = RATE_TIMES[match.group("per")[0]]
    return re.compile(rf"\b{what}\w*\s?(?:/\s?|\s+per\s+|\s+an?\s+|\s+each\s+)(?:{times})\b", re.IGNORECASE)


# A number right before what it counts ("4000 formers per hour", "about 43 balls an hour"), thousands grouped or not.
_COUNT_BEFORE_RATE = re.compile(r"(?<![\w.-])\d+(?:[ ,]\d{3})*(?:[.,]\d+)?\s+$")


def writes_rate(rate: re.Pattern[str], piece: str) -> bool:
    """Does the piece's own line (not its heading) write the asked count over a time (asked_rate) with its number:
    right before it ("LD-20: 4000 formers per hour"), or as the value of a label naming it (rules.RATE_LABEL_VALUE:
    "Crates/h at full speed: 520"), or in a later cell of a row whose first cell names it ("Parameter: Anodes per
    hour; ACW-24: up to 180")? Not a number elsewhere on the line ("Washer: crates per hour see table 4", "the RX-4
    washes more crates per hour")."""
    line = piece.rpartition("\n")[2]
    for match in rate.finditer(line):
        if _COUNT_BEFORE_RATE.search(line, 0, match.start()):
            return True
        # The rate's cell: its label's colon after it, no colon before it ("Crates/h at full speed: 520").
        cell_start = line.rfind(";", 0, match.start()) + 1
        cell_end = line.find(";", match.start())
        cell_end = len(line) if cell_end < 0 else cell_end
        colon = line.find(":", match.start(), cell_end)
        if ":" not in line[cell_start : match.start()] and colon >= 0 and RATE_LABEL_VALUE.match(line, colon, cell_end):
            return True
        # The row's first cell naming it, a later cell holding the value ("Parameter: Anodes per hour; ACW-24: 180").
        later = line[cell_end + 1 :].split(";") if cell_start == 0 and cell_end < len(line) else []
        if any(RATE_LABEL_VALUE.match(cell, cell.find(":")) for cell in later if ":" in cell):
            return True
    return False


def _reason_words(expanded: str) -> frozenset[str]:
    """Stems only the question's trailing reason (rules.REASON: "need it for the panel build") writes."""
    reason = REASON.search(expanded)
    if reason is None:
        return frozenset()
    return stems(reason.group()) - stems(expanded[: reason.start()])


def _names_only_the_value(piece: str, asked_by: AbstractSet[str]) -> bool:
    """Does the piece's label name the asked value and nothing else but its qualifiers, a condition's number
    and unit ("Rated current at 400 V; JF-1120: 55 A"), not another thing's ("Heater rated current: 6.1 A")?"""
    *headings, line = piece.split("\n")
    # A heading naming another thing ("Heating element") says whose value the row is.
    if any(stems(heading) - _UNIT_STEMS - _GENERIC - _HEADING_GENERIC - set(asked_by) for heading in headings):
        return False
    cells = _cells(line)
    label = (
        cells[0].partition(":")[2] if cells and _PARAMETER_LABEL.match(cells[0]) else line.partition(":")[0]
    ).lower()
    words = stems(label)
    named = {w for w in words - _UNIT_STEMS - _QUALIFIERS - _GENERIC if not any(ch.isdigit() for ch in w)}
    return bool(asked_by & words) and named <= set(asked_by)


# A row's first cell that names what the row gives ("Parameter: Rated current"), and the measures a length may be
# of besides a part's size (value_match: "Knife guard: 3 mm gap", "runout max. 0.1 mm").
_PARAMETER_LABEL = re.compile(r"\s*(?:parameter|item|property|quantity|value)\s*:", re.IGNORECASE)
_MEASURE_WORDS = re.compile(
    rf"{DIMENSION_WORDS.pattern}|\b(?:gap|runout|clearance|stroke|travel|play|long|length|wide|high|deep|thick)\b",
    re.IGNORECASE,
)


def _labelled(
    piece: str, kind: str, asked: AbstractSet[str], asking: AbstractSet[str], codes: AbstractSet[str]
) -> bool:
    """In a table row, does a cell writing a value of this kind say it is the asked value?

    "Frame: 250; Grease per bearing: 35 g" names the frame a weight question asks about, but its
    grams are grease: the cell holding the value ("Grease per bearing: 35 g") must ask for the kind
    in its words, not its unit ("Weight"), or name a word of the question (asked), or hold a word
    the question asks for the value with (asking: "temp" in "Overtemperature"). The column of a
    model the question names ("SP12 (standard): 12 kN") is judged by the row's item ("Item: Drawbar
    clamping force"); a label that says nothing ("Value", "Min", "A1", a model not asked about), or
    the asked model's own label opening the row, by the rest of the row and its heading. A piece
    that is not a row of labelled cells (a sentence), or whose value is in no one cell, passes: its
    words are judged as a whole.
    """
    heading, _, row = piece.rpartition("\n")
    cells = _cells(row)
    if not cells:
        return True
    value_kind = VALUE_KINDS[kind]
    keys = {w[:OBJECT_KEY] for w in asked}
    inner = {w[:OBJECT_KEY] for w in asking if len(w) >= OBJECT_KEY}
    written = [index for index, cell in enumerate(cells) if value_kind.written.search(cell)]
    for index in written:
        label = cells[index].partition(":")[0]
        label_codes = document_codes(label)
        if index and label_codes & codes:
            context = [cells[0]]
        elif (
            label_codes
            or _model_column(label, cells)
            or not any(
                len(w) > 2 and not any(ch.isdigit() for ch in w) for w in set(content_words(label)) - LABEL_FILLER
            )
        ):
            context = [heading, *cells[:index], *cells[index + 1 :]]
        elif FREE_TEXT_LABEL.fullmatch(label.strip()) and FREE_TEXT_BOUND.match(cells[index].partition(":")[2]):
            # What the other cells write, not their labels: "Alarm" labels every row of an alarm table.
            others = (cell.partition(":")[2] or cell for cell in cells if cell != cells[index])
            context = [heading, cells[index], *others]
        elif kind in SETTABLE_KINDS and SETTING_LABEL.search(label):
            # "Oven set: 230 °C" is the oven's setting of what the row is for: its label and the rest of the row.
            context = [heading, *cells[:index], label, *cells[index + 1 :]]
        else:
            context = [cells[index]]
        # The words, not the values: "150 kg" in "Max. load on flange: 150 kg" asks for no mass. A cell
        # without a label (the heading) is all label.
        named = [cell.partition(":") for cell in context]
        words = " ".join(f"{name} {value_kind.written.sub(' ', value)}" for name, _, value in named)
        if (
            value_kind.asks.search(expand(words))
            or (value_kind.labels is not None and value_kind.labels.search(words))
            or keys & _object_words(words)
            or any(key in words.lower() for key in inner)
        ):
            return True
    return not written


def _model_column(label: str, cells: Sequence[str]) -> bool:
    """Is the label a model whose variant is a letter ("FG-S"), beside a column of another model of its range
    ("FG-W", or "AR-34" beside "AR-YF")? Alone, "NO-LOAD: 4 A" or "ON-OFF: 24 V" names what its value is."""
    label = label.strip()
    if not MODEL_LABEL.fullmatch(label):
        return False
    prefix = label.split("-", 1)[0]
    return any(
        other != label and other.startswith(f"{prefix}-") for other in (c.partition(":")[0].strip() for c in cells)
    )


def _cells(row: str) -> list[str]:
    """The labelled cells of a table row as chunks write one ("Frame: 250; Weight: 410 kg"), or none."""
    cells = [cell.strip() for cell in row.split(";")]
    return cells if len(cells) > 1 and all(":" in cell for cell in cells) else []


def cell_missing(question: str, rows: Sequence[str]) -> bool:
    """Does the model row that best names what the question asks give the asked model's cell as no
    value (rules.MISSING_CELL: "RV-63: 60 Hz motor on request", "CE-12: —")? Of the rows with a cell for a
    model the question names (or one for every model: "All models: 70 dB(A)", rules.SHARED_CELL), those
    whose label shares the most words with the question, a word that is no number or unit among them
    (its numbers and units as manuals write them: "60hz" is "60 Hz"), are the asked one; every such
    cell must be empty. A table without model columns gives the asked kind's column instead ("Torque:
    anchor supplier's instructions" for "torque for the anchor bolts"). Not for a question whether
    something exists or can be had (rules.EXISTENCE_ASKED): "none" or "not available" answers it. A row
    per line (a passage's text, or a quoted piece under its heading)."""
    codes = specific_codes(question)
    kinds = asked_value_kinds(question)
    if (not codes and not kinds) or EXISTENCE_ASKED.search(question) or asked_feature(question) is not None:
        return False
    asked = stems(normalize_units(strip_codes(question, codes)))
    best = 0
    cells: list[tuple[str, str]] = []  # (the asked model's cell, its row's label)
    for line in (ln for row in rows for ln in row.split("\n")):
        parts = _cells(line)
        if not parts:
            continue
        label = parts[0].partition(":")[2]
        keyed = [p.partition(":") for p in parts[1:]]
        mine = [value for key, _, value in keyed if document_codes(key) & codes or SHARED_CELL.search(key)]
        if not mine and not any(document_codes(key) for key, _, _ in keyed):
            # A table by what is asked, not by model ("Joint: Column base anchors; Thread: -; Torque: anchor
            # supplier's instructions"): the cell of the asked kind's column, missing only when it names another's
            # document (rules.DOCUMENT_CELL), not a dash a remark may explain ("Interval: -; Remark: sealed").
            mine = [
                value
                for key, _, value in keyed
                if any(VALUE_KINDS[kind].asks.search(key) for kind in kinds) and DOCUMENT_CELL.search(value)
            ]
            if not mine:
                continue
        shared = asked & word_stems(label)
        named = {w for w in shared - _UNIT_STEMS if not any(ch.isdigit() for ch in w)}
        if not mine or not named or len(shared) < best:
            continue
        if len(shared) > best:
            best, cells = len(shared), []
        cells += [(value, label) for value in mine]
    return bool(cells) and all(_empty_cell(value, label) for value, label in cells)


def _empty_cell(value: str, label: str) -> bool:
    """A cell that gives no value: a dash, "n/a", "none", or "on request" beside no number but the
    label's own ("60 Hz motor on request" under "Pumping speed, 60 Hz"); a remark in brackets is none."""
    value = re.sub(r"\([^)]*\)", " ", value)
    if not MISSING_CELL.search(value):
        return False
    return set(_ANY_NUMBER.findall(value)) <= set(_ANY_NUMBER.findall(label))


def checked_kinds(question: str) -> list[str]:
    """The kinds of value (rules.CHECKED_UNIT_KINDS) of the numbers a question checks against the
    machine, by their units: "hams reading 7c, is that a problem" checks a temperature. Empty when the
    question checks nothing (rules.QUANTITY_CHECK)."""
    if QUANTITY_CHECK.search(question.lower()) is None:
        return []
    units = (_unit_of(question, m)[0] for m in _ASKED_NUMBER.finditer(question))
    return list(dict.fromkeys(CHECKED_UNIT_KINDS[u] for u in units if u is not None and u in CHECKED_UNIT_KINDS))


def number_match(question: str, evidence: str, models: Iterable[str] = ()) -> float:
    """Share of the question's numbers standing alone or glued to a unit (a frame size, a rating:
    "frame 250", "550mm") found in the evidence; 0.5 when the question has none. A number without a
    unit counts anywhere, inside a range or a code too ("380-480 V", "KGS-60"). One the question gives
    with a unit ("15 m horizontal", "on 60 hz") counts only written with that unit (rules.UNITS): right
    after it or a few words on ("every 500 operating hours"), a range's or a list's ends too ("5-40 °C",
    "50/60 Hz"), or in a row labelled with it ("Supply voltage (V): 400"); or, for a unit that sizes a
    machine (rules.SIZE_UNITS), as the size of a model the evidence covers ("the 60kw set" for a
    KGS-60) when the question names no model of that number. The "450" of "kd 450" is a model the
    evidence names as KD-450; the "125" of "tc 125 bore" is a size unless the evidence names a TC-125;
    a reading or a proposed setting ("gauge reads 3 bar") is not looked for, nor an estimate ("lost about
    3cm", rules.APPROXIMATE) unless the question checks that quantity, nor a sibling model's cell of a
    model row (scope_to_models). A question checking its
    own quantity against the machine ("40kg sacks ok?", rules.QUANTITY_CHECK) is answered by a limit
    the evidence sets in that unit ("max. 50 kg"), whatever its number, or by a range in it that holds
    the number ("5-25 °C" for "its 10 deg"; one that does not may be another quantity's, "speed
    reference 0-50 Hz", unless its clause names what is checked: "a good cartridge reads 115-135 ohm" says
    no to 90 ohm), unless the number names the machine ("is the 60kw set ok"). A need given with a bound
    asked or a choice between models ("heaviest tool it will take? got a 7.5kg shell mill", "sp 500 or sp
    700 for 45 kg totes", rules.MODEL_CHOICE) is answered by a limit in its unit whose clause names what
    the question does (or, for a choice, its models) and no other dimension, not after "at", and not in a
    condition's unit unless that is the asked kind. In a check a reading
    is looked for too (it is what is checked), and a number without its unit is answered by a limit of
    about its size ("measures 298, still usable" by "below 295 mm") or a limit or range of about its size
    whose clause names what is checked ("1.6 wire ok?" by "wire diameter 0.8-1.2 mm"). Outside a check,
    a range's inside is not written: "flow with 35c water" is not answered by an ambient range of
    5-40 °C; unless the number is a length inside a range in a row cell whose label names what it is the
    size of, which makes it the row the number picks ("pipe id is 95mm, which blocks" by "Block set: B;
    Pipe ID range: 68-105 mm"). A size written as a fraction ("3/0", "1 1/2") is one number, found whole
    or inside a range of inch sizes (rules.FRACTION_SIZE)."""
    # A sibling's cell of a model row is not the asked model's: "can the ws10 do 10mm2 cable" is not
    # answered by the WS-20's "0.5-16 mm²" beside the WS-10's "0.05-6 mm²".
    codes = specific_codes(question)
    evidence = "\n".join(scope_to_models(line, codes) for line in evidence.split("\n"))
    # "30 000 eggs/h" is one number, as "28000" asks it; a question may group its thousands so too.
    evidence = _joined_thousands(evidence)
    asked = _joined_thousands(strip_codes(question, document_codes(evidence)))
    low_question = question.lower()
    checked = QUANTITY_CHECK.search(low_question) is not None
    # A bound asked ("whats the heaviest tool it will take? got a 7.5kg shell mill") or a choice between models
    # ("sp 500 or sp 700 for 45 kg totes") for a need the question gives in a unit is answered by a limit the
    # evidence sets in that unit, as a check is; its other numbers are looked for as before.
    choice = not checked and MODEL_CHOICE.search(low_question) is not None
    bounded = choice or (
        not checked
        and (ASKS_UPPER_BOUND.search(low_question) is not None or ASKS_LOWER_BOUND.search(low_question) is not None)
    )
    # The need must be of the kind asked, when one is ("on 60 hz mains what max pressure": 60 Hz is a condition),
    # else of no condition's unit (rules.CONDITION_UNITS: "max lift height on a 60 hz supply").
    bound_kinds = set(asked_value_kinds(question)) if bounded else set()
    # A size written as a fraction ("pn for 3/0 travellers") is one number, found only whole (rules.FRACTION_SIZE).
    # Not in a check: "is 1/2 inch pipe big enough" is answered by a limit ("at least 3/4 inch").
    fractions = [] if checked else [m for m in _fraction_sizes(asked) if not _is_reading(asked, m.start())]
    parts = [(m.start(), m.end()) for m in fractions]
    # In a check the reading is what is checked ("oil is hitting 65 deg, is that ok"): looked for too.
    matches = [
        m
        for m in _ASKED_NUMBER.finditer(asked)
        if (checked or not _is_reading(asked, m.start()))
        and not any(a <= m.start() < b for a, b in parts)
        and not (_DESIGNATION.fullmatch(m.group(1)) and re.search(rf"(?<!\d){m.group(1)}(?!\d)", evidence) is None)
    ]
    as_written = [(m.group(1), *_unit_of(asked, m)) for m in matches]
    # A share counts with its unit only in a check ("chain stretched 2.4%, do i need to replace it"
    # against "replaced when elongated by 2 % or more"); elsewhere it is a setting or a recipe's ("50%
    # hydration"), looked for as a number alone.
    given = [(number, None if unit == "%" and not checked else unit, end) for number, unit, end in as_written]
    # An estimate counts when written (the manual's "12 °C" for "about 12 deg"), and is no gap when not; so
    # does a state told in a clause of its own ("glue pot at 175 deg, unfilled glue": _told_as_state).
    # So does a reading a message that asks nothing reports ("cooling water is 28 deg", "stopped with a 58 kg
    # bag", "inlet is 33": reports_state, _reported).
    report = not checked and reports_state(question)
    estimates = {
        (number, unit)
        for m, (number, unit, _), (_, written_unit, unit_end) in zip(matches, given, as_written, strict=True)
        if not checked
        and (
            (APPROXIMATE.search(asked[: m.start()]) and not REQUIREMENT.search(asked[: m.start()]))
            or _told_as_state(asked, m.start())
            or (report and _reported(asked, m.start(), written_unit is not None, unit_end if written_unit else m.end()))
        )
    }
    # "stops at tower 4": which tower, looked for only where the evidence numbers its towers (_member_label).
    estimates |= {
        (number, unit)
        for m, (number, unit, _) in zip(matches, given, strict=True)
        if unit is None and _member_label(asked, m.start(), evidence)
    }
    numbers = {(number, unit) for number, unit, _ in given}
    if not numbers and not fractions:
        return 0.5
    found = set(_ANY_NUMBER.findall(evidence))
    # A formula whose variable the evidence says is what the number is said of ("H (m) = 1.14 x d + 2.5, where d is
    # the draught at the stern" for "draught above shaft centre is 9 m") takes any number of it (_formula_inputs).
    inputs = _formula_inputs(evidence)
    formula_found = {m.group(1) for m in matches if inputs and _subject_before(asked, m.start()) & inputs}
    with_unit = _numbers_with_units(evidence)
    low_evidence = evidence.lower()
    # One pass over the evidence's limits: their values and units, and (below) the clause of each.
    limit_sites = _limit_sites(low_evidence) if checked or bounded else []
    limits = {(value, unit) for value, unit, _, _ in limit_sites}
    limited = {UNIT_KINDS.get(unit, unit) for _, unit in limits}
    # For a bound or a choice, only a limit whose clause names what the question does (a model it chooses between,
    # for a choice) and no other dimension: "heaviest tool" for "heaviest tool ... got a 7.5kg shell mill", not
    # "Rated capacity" for "max lift height with a 2000 kg load", nor "carton length" for "300 mm wide carton".
    need_words = stems(asked) - _CHECK_STEMS - _QUALIFIERS
    asked_dimensions = _dimensions(low_question)
    needed = {
        UNIT_KINDS.get(unit, unit)
        for _, unit, text, start in (limit_sites if bounded else [])
        if not _written_at(text, start)  # "stroke rate 60 /min at 1 mm": a condition, not a limit of the need
        and (need_words & stems(clause := _clause_at(text, start)) or (choice and document_codes(clause) & codes))
        and (not asked_dimensions or not (dims := _dimensions(clause)) or dims & asked_dimensions)
    }
    sites = list(_range_sites(low_evidence)) if checked else []
    # Outside a check a range is read only where it picks a row for a size given in a unit of length
    # ("pipe id is 95mm, which blocks" by "Block set: B; Pipe ID range: 68-105 mm"; _ROW_PICKING_UNITS).
    row_sites = (
        [site for site in _range_sites(low_evidence) if site[2] in _ROW_PICKING_UNITS]
        if not checked and any(unit in _ROW_PICKING_UNITS for _, unit, _ in given)
        else []
    )
    ranges = {(low, high, unit) for low, high, unit, _ in sites}
    # A range whose clause names what the question checks is that quantity's: outside it is the manual's "no".
    about = stems(asked) - _CHECK_STEMS
    # So is a range in amperes whose clause names a current ("pulling 130 amps, ok?" against "the main motor
    # should draw 108-122 A"): rules.CURRENT_NAMED.
    named_sites = [
        (low, high, unit)
        for low, high, unit, start in sites
        if about & stems(clause := _clause_at(low_evidence, start))
        or (unit == "a" and _current_named(clause, low, high, [_number(n) for n, u, _ in given if u == "a"]))
    ]
    ranged = {unit for _, _, unit in named_sites}
    # A limit whose clause names all the number's own clause does answers it without its unit, in any
    # unit unless the check names its kind: "afterburner only at 600, can i charge" is answered by "the
    # afterburner must reach at least 650 °C"; "bearing pressure at 85, ok?" is not, by "bearings must not
    # exceed 90 °C", nor "hydraulic temp ok but fault 12 came up" by "max. oil temperature 20 °C", nor
    # "spindle bearing at 62" by "spindle speed: max. 60 rpm".
    named_limits = (
        [
            (value, UNIT_KINDS.get(unit, unit), stems(_clause_at(text, start)))
            for value, unit, text, start in limit_sites
            # An interval is no limit of a reading ("change the oil every 100 h or more often").
            if UNIT_KINDS.get(unit) != "time"
        ]
        if any(unit is None or unit == "%" for _, unit, _ in given)
        else []
    )
    subjects = {m.group(1): _subject_before(asked, m.start()) for m in matches}
    # A share names what it is of after it too ("1.1% copper", "9 percent slope"), in a check.
    shares = {number: _said_after(asked, end) for number, unit, end in given if unit == "%"} if checked else {}
    # What a size outside a check is the size of: the noun right after its unit ("a 42mm shaft"), else its
    # clause before it ("pipe id is 95mm, which blocks").
    selects = (
        {
            number: _said_after(asked, end) or subjects[number]
            for (number, unit, end) in given
            if unit in _ROW_PICKING_UNITS and number in subjects
        }
        if not checked
        else {}
    )
    # "the 60kw set": a size naming the machine is never checked against a limit; the machine must be it.
    sized = {(number, unit) for number, unit, end in given if _MACHINE_AFTER.match(asked, end)}
    machines = {(number, unit) for number, unit, end in given if _MACHINE_NAMED.match(asked, end)}
    sizes = _model_sizes(question, models)
    # A kind the check names right before a bare number ("discharge temp sitting at 138, is that ok") is the
    # number's: a limit of that kind near it answers, as a size's does ("below 295 mm"); "fault 12 came up,
    # ok?" names none, nor does "hydraulic temp ok but fault 12 came up" for the 12.
    named_kinds = {m.group(1): _kinds_named_before(asked, m.start()) for m in matches} if checked else {}
    # What a bare checked number counts, by the word after it ("at 430 cures, can i keep curing"): a limit the
    # evidence writes of that count answers it ("Change a bladder after 400 cures at the latest").
    counts = (
        {
            m.group(1): _said_after(asked, m.end(1))
            for m, (_, unit, _) in zip(matches, given, strict=True)
            if unit is None
        }
        if checked
        else {}
    )
    counted_limits = (
        [
            (_number(m.group(1)), _said_after(low_evidence, m.end(1)))
            for m in _ANY_NUMBER_AT.finditer(low_evidence)
            if _is_limit(low_evidence, m.start(1), m.group(1))
        ]
        if any(counts.values())
        else []
    )

    # A reading checked against a reference ("weighed 480 kg bale, the scale reads 495": two numbers of about one
    # size) is checked by their difference, which a tolerance in % answers ("a difference of more than 2 %").
    values = [(number, unit, _number(number)) for number, unit, _ in given] if checked else []
    compared = {
        a
        for a, ua, va in values
        for b, ub, vb in values
        if a != b and (ua == ub or ua is None or ub is None) and 0 < abs(va - vb) <= _REFERENCE_SPREAD * va
    }
    # Of what is checked: the tolerance's line names a word of the question ("Check the weighing with a known load
    # ... A difference of more than 2 %" for "weighed 480 kg bale"), not any deviation ("Voltage deviation max. 10 %").
    tolerance = bool(compared) and any(
        unit == "%" and DEVIATION.search(_clause_at(text, start)) and about & stems(_clause_and_before(text, start))
        for _, unit, text, start in limit_sites
    )

    def written(number: str, unit: str | None) -> bool:
        if (number in compared and tolerance) or number in formula_found:
            return True
        if unit is None:
            # A check without its unit ("blade measures 298, still usable?") is answered by a limit of
            # about its size ("below 295 mm"), or by a limit or range of about its size whose clause names
            # what is checked ("1.6 wire ok?" by "Solid wire diameter: 0.8-1.2 mm"): the technician left out
            # the unit the manual writes.
            value = _number(number)
            kinds = named_kinds.get(number, set())
            near = [
                limit
                for limit, written_unit in limits
                if written_unit in BARE_CHECK_UNITS or UNIT_KINDS.get(written_unit, written_unit) in kinds
            ]
            near += [
                limit
                for limit, kind, words in named_limits
                if (not kinds or kind in kinds) and subjects.get(number) and subjects[number] <= words
            ]
            spans = [(low, high) for low, high, unit in named_sites if unit in BARE_CHECK_UNITS]
            # A range in any unit whose clause names all the number is said of ("inlet air creeping up to
            # 215" against "Inlet air temperature: 160-210 °C"), of the kind the check names if it names one,
            # holding the number or just short of it: a unit left out may be any, so only a number that
            # reads as that range's (not "190" against "Supply air flow: 150-250 m3/h" and half or twice it).
            subject = subjects.get(number)
            named = [
                (low, high)
                for low, high, unit, start in sites
                if subject
                and (not kinds or UNIT_KINDS.get(unit, unit) in kinds)
                and subject <= stems(_clause_at(low_evidence, start))
            ]
            return (
                number in found
                or any(_near(value, limit) for limit in near)
                or any(low / 2 <= value <= high * 2 for low, high in spans)
                or any(low <= value <= high * _NAMED_RANGE_REACH for low, high in named)
                or any(_near(value, limit) and counts.get(number) == of for limit, of in counted_limits if of)
            )
        if (number, unit) in with_unit or (unit in SIZE_UNITS and number in sizes):
            return True
        if (
            bounded
            and unit != "%"
            and (CHECKED_UNIT_KINDS.get(unit, unit) in bound_kinds or (not bound_kinds and unit not in CONDITION_UNITS))
            and UNIT_KINDS.get(unit, unit) in needed
            and (number, unit) not in sized
        ):
            return True  # "heaviest tool it will take? got a 7.5kg ..." against "heaviest tool: 8 kg"
        if not checked:
            # A row's cell whose label names what the number is said of picks the row that answers ("which
            # blocks for pipe id 95mm": "Block set: B; Pipe ID range: 68-105 mm; Part number: BV-MB"); a
            # range elsewhere is an allowed condition, not the value asked under it ("flow with 35c water"
            # against "Ambient: 5-40 °C", "coolant at 12 deg" against "Coolant inlet 8-30 °C").
            said_of = selects.get(number, frozenset())
            return bool(said_of) and _in_range(number, unit, {
                (low, high, u) for low, high, u, start in row_sites if said_of & _cell_label(low_evidence, start)
            })  # fmt: skip
        kind = UNIT_KINDS.get(unit, unit)
        if unit == "%":
            # A share is of many quantities (humidity, load, stretch): only a limit or range whose clause
            # names what is checked ("chain") answers it, not any "max. 85 %".
            said_of = subjects.get(number, frozenset()) | shares.get(number, frozenset())
            return unit in ranged or any(
                written_kind == "%" and said_of & words for _, written_kind, words in named_limits
            )
        answered = kind in limited or unit in ranged or _in_range(number, unit, ranges)
        return answered and (number, unit) not in sized

    if any(not written(n, unit) for n, unit in machines):
        return 0.0  # "is the 60kw set ok at 40 m": no such machine in the evidence, whatever else it writes
    counted = [written(n, unit) for n, unit in numbers if (n, unit) not in estimates or written(n, unit)]
    if fractions:
        spelled = _spelled_fractions(evidence)
        sizes_written = _fractions_written(spelled)
        spans_written = _inch_ranges(spelled)
        # An estimate ("about 1/3 full") counts only when written, as a number does; an inch size inside a
        # range of inch sizes the evidence writes ("1/4" to 2"" holds 1 1/2) is written.
        counted += [
            _fraction(m) in sizes_written or any(low <= _inches(m) <= high for low, high in spans_written)
            for m in fractions
            if _fraction(m) in sizes_written or not APPROXIMATE.search(asked[: m.start()])
        ]
    return sum(counted) / len(counted) if counted else 0.5


def _formula_inputs(evidence: str) -> frozenset[str]:
    """Stems of what the variables of a formula the evidence writes stand for: the words after "where d is (the)" up
    to the clause's end ("where d is the draught at the stern above the shaft centreline": draught, stern, shaft,
    centreline), when a line of the evidence is a formula ("H (m) = 1.14 x d + 2.5"). Thirty-ninth session."""
    if not _FORMULA_LINE.search(evidence):
        return frozenset()
    return frozenset(
        word for m in _FORMULA_WHERE.finditer(evidence) for word in stems(m.group(1)) - _GENERIC - _UNIT_STEMS
    )


# A formula: a letter or a word, "=", then numbers and letters joined by x, *, /, + or - ("H (m) = 1.14 x d + 2.5").
_FORMULA_LINE = re.compile(r"\b[A-Za-z][\w ()]{0,30}=\s*[\d.]+\s*[x×*/+-]\s*[A-Za-z(]|=\s*[A-Za-z]\s*[x×*/]\s*[\d.]")
# What a formula's variable stands for: "where d is the draught at the stern ..." (_formula_inputs).
_FORMULA_WHERE = re.compile(r"\bwhere\s+[A-Za-z]{1,3}\s+(?:is|=)\s+(?:the\s+)?([^.;,]{3,80})", re.IGNORECASE)


# A member's label: a whole number of one or two digits ("tower 4", "station 12"); "nozzle 1.5" or "fan 630" is a size.
_MEMBER_NUMBER = re.compile(r"\d{1,2}(?![\d.,])")
# How far apart (a share of the first) two numbers of a check may be to read as a reading and its reference.
_REFERENCE_SPREAD = 0.2


def _member_label(question: str, start: int, evidence: str) -> bool:
    """Is the bare number at `start` the label of one of several alike members ("stops at tower 4", "roll on
    station 7", rules.NUMBERED_MEMBERS) in evidence that numbers none of them? A manual that writes "Station 1"
    to "Station 6" answers which stations there are; one that speaks of "the stuck tower" cannot be asked
    about the fourth."""
    before = _WORD_BEFORE.search(question, 0, start)
    if before is None or not _MEMBER_NUMBER.match(question, start):
        return False
    noun = before.group(1).lower()
    if noun not in NUMBERED_MEMBERS:
        return False
    return re.search(rf"\b{noun}s?\s*(?:no\.?\s*)?\d", evidence, re.IGNORECASE) is None


@lru_cache(maxsize=_TEXT_CACHE)
def reports_state(question: str) -> bool:
    """Does the message only report a state (rules.STATE_VERB: "cooling water into the transformers is 28
    deg", "conveyor stopped with a 58 kg bag on it"), asking nothing (rules.ASKS_SOMETHING), no value (a terse
    "torque for m8 bolts" asks one) and no steps ("knife change on the dc1600")? A part named in -ing
    ("coupling for motor at 7.5 kw", rules.NOT_STATE_ING) is no verb. Cached: number_match asks it per call."""
    low = question.lower()
    verbs = [m.group() for m in STATE_VERB.finditer(low)]
    return (
        ASKS_SOMETHING.search(low) is None
        and any(verb not in NOT_STATE_ING for verb in verbs)
        and not asked_value_kinds(question)
        and analyze_query(question).qtype != "procedure"
    )


# A short word after a number that may be a unit no table knows ("uS", "meg"): matches empty too.
_SHORT_UNIT = re.compile(r"(?:\s?[a-zµ/]{1,4}(?=\s))?")


def _reported(asked: str, start: int, with_unit: bool, end: int) -> bool:
    """In a report (the question without its codes, `asked`), is the number at `start` (to `end`) a reading
    by the word before it (rules.REPORTED_BEFORE: "is 28 deg", "at 21 deg", "with a 58 kg bag", "inlet is
    33", "went from 0.6 bar") or when it was read, after it (rules.REPORTED_AFTER: "17.4 meg now"), not the
    machine's size ("on the 7.5kw drive")? Without its unit, not a code's number ("alarm on the kx4 is 205",
    rules.CODE_NOUN)."""
    before = " ".join(asked[max(0, start - 30) : start].lower().split()) + " "
    low = asked.lower()
    if not with_unit:  # a unit no table knows may stand between ("0.3 uS now")
        end += len(_SHORT_UNIT.match(low, end).group())  # type: ignore[union-attr]
    if REPORTED_BEFORE.search(before) is None and REPORTED_AFTER.match(low, end) is None:
        return False
    return with_unit or CODE_NOUN.search(before) is None


def _fraction_sizes(text: str) -> list[re.Match[str]]:
    """Sizes written as fractions (rules.FRACTION_SIZE): an inch size in halves to 64ths ("5/16") or a
    gauge ("3/0"); not "50/60", "24/7" or "1/3 full"."""
    out = []
    for m in FRACTION_SIZE.finditer(text):
        top, bottom = int(m.group(2)), int(m.group(3))
        if (bottom == 0 and 0 < top < 10) or (bottom in _INCH_PARTS and top < bottom and top % 2 == 1):
            out.append(m)
    return out


_INCH_PARTS = frozenset({2, 4, 8, 16, 32, 64})


def _fraction(m: re.Match[str]) -> str:
    """A size as one token: "3/0", "1 1/2" ("1-1/2" too)."""
    whole = f"{int(m.group('whole'))} " if m.group("whole") else ""
    return f"{whole}{int(m.group(2))}/{int(m.group(3))}"


# A fraction anywhere in the evidence, a thread's too ("G1/2"), a whole number before it ("1 1/2"): digits
# on neither side.
_WRITTEN_FRACTION = re.compile(r"(?<![\d./])(?:(?P<whole>\d{1,2})[- ](?=\d{1,2}/))?(\d{1,2})/(\d{1,2})(?![\d/])")


def _inches(m: re.Match[str]) -> float:
    """An inch size's value ("1 1/2": 1.5); a gauge ("3/0") is none: -1."""
    top, bottom = int(m.group(2)), int(m.group(3))
    if bottom == 0:
        return -1.0
    return (int(m.group("whole")) if m.group("whole") else 0) + top / bottom


# A range of inch sizes, its high end marked as inches: "1/4" to 1 1/4"", "3/8-1 in".
_INCH_SIZE = r"(?:\d{1,2}[- ])?\d{1,2}/\d{1,2}|\d{1,2}(?:\.\d+)?"
_INCH_MARK = r"(?:\"|''|″|\s?in(?:ch(?:es)?)?\b)"
_INCH_RANGE = re.compile(rf"(?<![\d./])({_INCH_SIZE}){_INCH_MARK}?\s*(?:to|-|–)\s*({_INCH_SIZE}){_INCH_MARK}")


def _inch_size(text: str) -> float:
    """The value of an inch size as a range writes it: "2", "3/8", "1 1/4", "1-1/4"."""
    whole, _, fraction = text.replace("-", " ").rpartition(" ") if "/" in text else ("", "", text)
    if "/" not in fraction:
        return float(fraction)
    top, bottom = fraction.split("/")
    return (float(whole) if whole else 0.0) + int(top) / max(int(bottom), 1)


def _spelled_fractions(evidence: str) -> str:
    """The evidence with its vulgar fractions written out ("G½" as "G 1/2"; rules.VULGAR_FRACTIONS)."""
    for sign, written in VULGAR_FRACTIONS.items():
        evidence = evidence.replace(sign, f" {written}")
    return evidence


def _inch_ranges(evidence: str) -> list[tuple[float, float]]:
    """The ranges of inch sizes the evidence (fractions spelled out) writes ("Hose range 1/4" to 2""), as
    values."""
    return [(_inch_size(m.group(1)), _inch_size(m.group(2))) for m in _INCH_RANGE.finditer(evidence)]


def _fractions_written(evidence: str) -> set[str]:
    """The fractions the evidence (fractions spelled out) writes."""
    return {_fraction(m) for m in _WRITTEN_FRACTION.finditer(evidence)}


# Words before a bare number in a check that may name its kind ("discharge temp on rc6 sitting at 138"),
# in its own clause: "hydraulic temp ok but fault 12 came up" names no kind for the 12.
_KIND_WORDS = 8
_CLAUSE_START = re.compile(r"[,;]|\b(?:but|and|or|so|while|because)\b")


# Where what follows a checked number stops speaking of it: a clause's end or the next number after its own
# (not a full stop: "reading 97. too hot?" asks of the 97).
_AFTER_CLAUSE_END = re.compile(r"[,;?!]|(?<=\D)\d")


# How far after a number the word it is said of is looked for (characters): a word, not the rest of a manual.
_SAID_AFTER_CHARS = 40


def _said_after(text: str, end: int) -> frozenset[str]:
    """The stem of the word right after a number and its unit when it is a noun the size is of ("shaft" of
    "a 42mm shaft"); empty when a word of no content follows ("95mm which blocks")."""
    words = text[end : end + _SAID_AFTER_CHARS].lower().split(maxsplit=1)
    if not words:
        return frozenset()
    first = _content_words(words[0].strip(",.;:?!"))
    return frozenset({stem(first[0])}) - _CHECK_STEMS if first else frozenset()


# Units of a size that picks a table row by its range ("Pipe ID range: 68-105 mm"): lengths. Not a condition
# (a temperature, a pressure): "cycle time with coolant at 12 deg" is not answered by "Coolant inlet: 8-30 °C".
_ROW_PICKING_UNITS = frozenset({"mm", "cm", "m"})


def _current_named(clause: str, low: float, high: float, currents: Sequence[float]) -> bool:
    """Is a range in amperes the current a check gives ("pulling 130 amps" against "should draw 108-122 A")?
    Its clause names a current drawn (rules.CURRENT_NAMED), not a starting current, a fuse or a coil
    (rules.OTHER_CURRENT), and the checked current is of its size (half its low end to twice its high)."""
    return (
        CURRENT_NAMED.search(clause) is not None
        and OTHER_CURRENT.search(clause) is None
        and any(low / 2 <= current <= high * 2 for current in currents)
    )


def _cell_label(text: str, position: int) -> frozenset[str]:
    """Stems of the label of the row cell a value at `position` stands in ("pipe id range" of "Block set: B;
    Pipe ID range: 68-105 mm; ..."); empty outside a row of labelled cells."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if ";" not in line:
        return frozenset()
    cell = line[: position - line_start].rsplit(";", 1)[-1]
    label, colon, _ = cell.partition(":")
    return stems(label) if colon else frozenset()


def _kinds_named_before(text: str, start: int) -> set[str]:
    """The value kinds the words before `start`, in its own clause, name ("temp" in "discharge temp on
    rc6 sitting at 138"), with those the instrument or the check names (rules.CHECKED_KIND_CUES: "pyro
    shows 118"; "reading 735, is that too hot", after the number)."""
    words = expand(" ".join(_CLAUSE_START.split(text[:start])[-1].split()[-_KIND_WORDS:]))
    kinds = {kind for kind, value in VALUE_KINDS.items() if value.asks.search(words)}
    # After the number, up to its clause's end or the next number: "fault 12 came up, motor running too
    # hot" says nothing of the 12.
    after = _AFTER_CLAUSE_END.split(text[start:].lower(), maxsplit=1)[0]
    return kinds | {kind for cue, kind in CHECKED_KIND_CUES if cue.search(words.lower()) or cue.search(after)}


def answers_check(question: str, piece: str) -> bool:
    """Does the piece answer the number a check gives (rules.QUANTITY_CHECK) by a limit or a range:
    "the afterburner must reach at least 650 °C" for "afterburner only at 600, can i charge"? Only a
    piece that writes a limit or range is read (number_match costs about a millisecond a piece), and a
    step's own number ("3. Remove the guard") is no value."""
    if _CHECK_ANSWER_HINT.search(piece) is None:
        return False
    return number_match(question, _STEP_NUMBER.sub("", piece)) == 1.0


# Words or signs of a limit or a range in a piece (answers_check reads no other), and a step's number.
_CHECK_ANSWER_HINT = re.compile(
    r"\b(?:max|min|not|no (?:more|less)|at (?:least|most)|up to|above|below|over|under|than|limit|"
    r"permissible|allowed|reach|or (?:more|less))|[±≤≥]|\d\s?(?:-|–|to)\s?\d",
    re.IGNORECASE,
)
_STEP_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+")


# What a bare number in a check is said of, opened by "with" ("running sheets with the chests at 185").
_WITH = re.compile(r"\bwith\b")


def _subject_before(text: str, start: int) -> frozenset[str]:
    """Stems of what the number at `start` is said of, in its own clause, without the words of a reading
    or a check ("afterburner" in "afterburner only at 600, can i charge"). A "with" before it opens what it is
    said of: "chests" of "running polycotton sheets with the chests at 185", not the sheets."""
    clause = _CLAUSE_START.split(text[:start])[-1]
    opened = _WITH.split(clause)[-1]
    clause = " ".join((opened if content_words(opened) else clause).split()) + " "
    cue = READING_CUES.search(clause)
    return frozenset(stems(clause[: cue.start()] if cue else clause) - _CHECK_STEMS)


# How far above a named range a bare checked number still reads as that range's value (215 for "160-210 °C").
_NAMED_RANGE_REACH = 1.25


def _near(value: float, limit: float) -> bool:
    """Within a factor of two: the same quantity, read in the same unit, as far as a check can tell."""
    return limit / 2 <= value <= limit * 2 if limit > 0 else value == limit


def other_condition(question: str, evidence: str) -> bool:
    """Does the question give a condition ("at 20 deg", "when the shop is only 20 deg") that the evidence
    states its values under with other numbers only ("duty cycle 60 % at 40 °C"; "at 20-60 °C" covers 40)?
    Then the manual gives the value for another condition, not the asked one. The condition's clause
    must name something the question asks about ("fill" in "at 3 bar the fill takes 90 s"): "rated
    speed 1450 rpm at 50 Hz" is no condition of an oil change interval. Not when the evidence
    states the value beyond a bound on the asked side ("above 40 °C derate 1 % per K" for 45 °C, not for
    20 °C), nor, for a question checking its quantity ("is 45 deg ok"), when it sets a limit in that
    unit: whether the quantity is within is then written. A supply range ("1-6 bar") says the condition
    is allowed, not what the value is under it. "These figures hold for ... up to 5 mPa·s"
    (rules.HOLDS_UP_TO) states the values from nothing up to its end, which is no limit a check is
    answered by. Readings are not conditions ("gauge reads 3 bar"); units are rules.CONDITION_UNITS. A number
    without its unit ("if the plates only get to -35") takes the unit of a condition stated of all the words it
    is said of ("plates at -40 C")."""
    asked = strip_codes(question, document_codes(evidence))
    low_asked = asked.lower()
    # A length only outside a check (its "at 1.2 m" is the technician's state) and not a rate's ("m/min").
    lengths_asked = QUANTITY_CHECK.search(low_asked) is None
    given = {
        (m.group(1), unit)
        for m in _SIGNED_ASKED.finditer(asked)
        if not _is_reading(asked, m.start())
        and (
            (unit := (found := _unit_of(asked, m))[0]) in CONDITION_UNITS
            or (
                lengths_asked
                and unit in CONDITION_LENGTH_UNITS
                and not asked.startswith("/", found[1])
                and _written_at(low_asked, m.start())
            )
        )
    }
    # A number written without its unit ("if the plates only get to -35") is a condition in the unit of one the
    # evidence states of all it is said of ("plates at -40 C"): the technician left out the unit the manual writes.
    # It names no thing after it ("75 blocks" is a size), follows a condition's cue, and what it is said of is in the
    # few words before it.
    bare = [
        (m.group(1), subject)
        for m in _SIGNED_ASKED.finditer(asked)
        if _unit_of(asked, m)[0] is None
        and not _is_reading(asked, m.start())
        and not _NAMES_AFTER.match(asked, m.end())
        and _CONDITION_CUE.search(asked, max(0, m.start() - _LIMIT_REACH_CHARS), m.start())
        and (subject := _said_of(asked[: m.start()]) - _GENERIC - _CHECK_STEMS)
    ]
    if not given and not bare:
        return False
    lengths = {unit for _, unit in given if unit in CONDITION_LENGTH_UNITS}
    # A row's item name states its values' conditions, but a message that only reports a state asks for none:
    # its numbers are readings ("supply air at 26, chilled water coming in at 21").
    itemised = not reports_state(question)
    # What the question asks about, besides its units: the stated condition must be of that value.
    about = stems(asked) - _UNIT_STEMS
    # Its words alone: a list of values by condition is of the value it names, not of the number asked ("Speed: 50 Hz:
    # 1450 rpm; 60 Hz: 1750 rpm" is no flow's at 60 Hz).
    about_words = {word for word in about if not any(ch.isdigit() for ch in word)}
    stated: dict[str, set[float]] = {}
    spans: set[tuple[float, float, str]] = set()
    bounds: list[tuple[str, float, bool]] = []  # (unit, bound, True when the value is stated over it)
    held: set[tuple[float, str]] = set()  # the end of a condition the values hold within: no limit of the machine
    for text, start, unit, numbers in _unit_sites(evidence.lower()):
        if unit not in CONDITION_UNITS and unit not in lengths:
            continue
        before = _CLAUSE_END.split(text[max(0, start - _LIMIT_REACH_CHARS) : start])[-1]
        if unit in lengths and not _written_at(before, len(before)):
            continue  # a length is a condition only after "at" (rules.CONDITION_LENGTH_UNITS)
        over, under = OVER_BOUND.search(before), UNDER_BOUND.search(before)
        if over or under:
            bounds += [(unit, _number(n), over is not None) for n in _ANY_NUMBER.findall(numbers)]
        elif (held_for := HOLDS_UP_TO.search(before)) and about & (
            stems(_clause_and_before(text, start)) - stems(held_for.group("held_for"))
        ):
            # "These figures hold for ... up to 5 mPa·s": stated from nothing up to it, of values the question
            # asks about besides what they hold for ("oils" in "valid for oils up to 100 cSt").
            ends = [_number(n) for n in _ANY_NUMBER.findall(numbers)]
            stated.setdefault(unit, set()).update(ends)
            spans |= {(-math.inf, max(ends), unit)} if ends else set()
            held |= {(end, unit) for end in ends}
        elif (
            (
                written := unit in lengths
                or CONDITION_BEFORE.search(before.rstrip(_SIGNS))
                or (itemised and _in_item_name(text, start))
            )
            or _labels_value(text, start, numbers)
        ) and (about if written else about_words) & stems(_clause_at(text, start)):
            stated.setdefault(unit, set()).update(_stated_numbers(before, numbers))
            said_of = _said_of(before)
            given |= {(number, unit) for number, subject in bare if unit in CONDITION_UNITS and subject & said_of}
            # From just before the numbers: "between 60 and 80 °C" is a range with its "between".
            spans |= _ranges(text[max(0, start - len("between ")) : start + len(numbers) + 8])
    if not stated or not given:
        return False
    # A limit answers a check, but the end of what the values hold for is none ("hold ... up to 6 bar" beside "Max.
    # inlet pressure 8 bar": the 8 bar answers "is 7 bar ok", the 6 bar would not).
    limits = _limits(evidence) - held if QUANTITY_CHECK.search(question.lower()) else set()
    limited = {unit for _, unit in limits}

    # A number without its unit is the stated condition's only when of its order ("proofer at 2" is a dial's
    # setting beside "proofer at 30 °C"), and is covered wherever the evidence writes it in that unit (a target:
    # "heat-up time (bath at 20 °C to 60 °C)" for "how long for the bath to reach 60").
    written_units = _numbers_with_units(evidence) if bare else set()
    unitless = {number for number, _ in bare}

    def covered(number: str, unit: str) -> bool:
        value = _number(number)
        # A question writing no sign may mean the stated one ("plates at 40 degrees" on a freezer at -40 C).
        if value > 0 and number[0].isdigit() and -value in stated.get(unit, ()):
            return True
        if number in unitless:
            sizes = [abs(v) for v in stated.get(unit, ())]
            if (number, unit) in written_units or not any(
                size / _ORDER <= abs(value) <= size * _ORDER for size in sizes
            ):
                return True
        # The bound itself is the manual's own number ("ISO VG 68 where the ambient stays above 35 °C" for "site is
        # always above 35 degrees"): the condition asked is the one written.
        beyond = any(u == unit and (value >= b if over else value <= b) for u, b, over in bounds)
        return value in stated[unit] or _in_range(number, unit, spans) or beyond or unit in limited

    return any(unit in stated and not covered(n, unit) for n, unit in given)


def _labels_value(text: str, start: int, numbers: str) -> bool:
    """Is the number with its unit here the label of a value in a list of values by condition (rules.CONDITION_LABEL:
    "Minimum back pressure: 120 °C: 2.5 bar(g); 130 °C: 3.2 bar(g)")? It opens a list's item: after a colon, a
    semicolon or a line's start, not inside a name ("Electrical data 60 Hz: 460 V", "trip class 10A: 2-10 s")."""
    before = start
    while before and text[before - 1] in " \t":
        before -= 1
    return (not before or text[before - 1] in ":;\n") and CONDITION_LABEL.match(text, start + len(numbers)) is not None


def _in_item_name(text: str, start: int) -> bool:
    """Is this place of the text inside the name of a table row's item, after a comma ("parameter: recovery rate,
    oil at 20 °c; ax-4: 5 l/min"), the first of two or more cells, labelled by rules.ROW_ITEM_LABEL? A number there
    with its unit is a condition of the row's values (other_condition); one before any comma is the item's own."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    first, _, rest = line.partition(";")
    label, colon, name = first.partition(":")
    offset = start - line_start - len(label) - len(colon)
    if not (rest and colon and ROW_ITEM_LABEL.fullmatch(label.strip())) or not 0 <= offset <= len(name):
        return False
    return "," in name[:offset]


# A number as the question gives it, with its sign ("plates only get to -35"): other_condition.
_SIGNED_ASKED = re.compile(rf"(?<![\w.\-−–])([-−–]?\d+(?:[.,]\d+)?)(?:{GLUED_UNITS})?(?!\w|\.\d)", re.IGNORECASE)
# A word after a number: it counts or sizes that thing ("75 blocks"), no condition without its unit.
_NAMES_AFTER = re.compile(rf"\s*(?!(?:{'|'.join(sorted(STOPWORDS))})\b)[a-z]", re.IGNORECASE)
# A condition's cue right before a number without its unit ("plates only get to -35", "goes in at 12"), not a noun
# it numbers ("zone 3"), the value itself ("density 968 at 15c") nor a target ("to get to 4").
_CONDITION_CUE = re.compile(
    r"(?:\bat|@|\bis|\bare|\bwas|\bwere|\bonly|\bjust|\babout|\baround|"
    # "only get to -35" is what it stays at; "for the kettle to get to 4" is a target, no condition.
    r"\b(?:only|just|barely)(?:\s+[\w-]+){0,2}?\s+(?:to|reach\w*))\s*$"
)
# How far a number without its unit may be from a stated condition's and still be read in its unit (a factor).
_ORDER = 3
# How many words before a number without its unit (and before a stated condition's) say what it is of.
_SAID_OF_WORDS = 4
# A sign before a stated condition's number ("plates at -40 C"): the "at" is before it.
_SIGNS = "+-−–"


def _stated_numbers(before: str, numbers: str) -> list[float]:
    """The numbers of a stated condition, the first with the sign written before it ("plates at -40 C"), not a
    range's dash ("10-")."""
    values = [_number(n) for n in _ANY_NUMBER.findall(numbers)]
    if values and _SIGN_BEFORE.search(before):
        values[0] = -values[0]
    return values


# A minus sign right before a number, after a space or a bracket, not a range's dash after a digit.
_SIGN_BEFORE = re.compile(r"(?:^|[\s(])[-−–]$")


def asks_how_to(question: str) -> bool:
    """Does the question ask how to do work in so many words (rules.STEPS_ASKED: "how do i do a weigh test",
    "steps to vent one bank"), not how often, nor what a setting should be while doing it?"""
    return STEPS_ASKED.search(question.lower()) is not None


def asks_for_steps(question: str) -> bool:
    """Does the question ask how to do work in so many words (asks_how_to) and no value besides
    (rules.VALUE_ASKED_TOO: "how do i set the overload, what amps", "steps to top up, how many litres")?"""
    return asks_how_to(question) and VALUE_ASKED_TOO.search(question.lower()) is None


def _said_of(before: str) -> frozenset[str]:
    """Stems of the few words of its own clause before a number: what a condition is stated of ("plates at")."""
    return stems(" ".join(_CLAUSE_BREAK.split(before)[-1].split()[-_SAID_OF_WORDS:]))


_CLAUSE_BREAK = re.compile(r"[,;:(\n]")


def nonstandard_part(question: str, evidence: str) -> bool:
    """Does the evidence state its values for the standard part ("The flows are for cyclones with the standard
    vortex finder", rules.FOR_STANDARD_PART) and the question name that part with a size or a word of another
    kind before it ("flow per cyclone with the 150mm vortex finder fitted")? The values are for another
    condition then. A part the question names plainly, or as the standard one, is the standard one."""
    low = evidence.lower()
    tokens = _VARIANT_TOKEN.findall(strip_codes(question, document_codes(evidence)).lower())
    written = {stem(w) for w in LETTER_WORD.findall(low)}
    token_stems = [stem(t) for t in tokens]
    for match in FOR_STANDARD_PART.finditer(low):
        part = [stem(word) for word in match.group("part").split()]
        own_sizes = _sizes_of_the_part(low, part[-1])
        for i, token_stem in enumerate(token_stems):
            # The part named whole ("vortex finder") or by its head noun ("a ceramic finder").
            if token_stems[i : i + len(part)] != part and token_stem != part[-1]:
                continue
            # The word right before it, after a determiner or preposition ("with the 150mm vortex finder"), not a
            # value word ("max spray rate nozzle"), the standard one ("the fitted nozzle"), nor one the evidence
            # writes (its size of the standard part, or the machine: "the loader bucket").
            kind_at = i - 1
            if kind_at >= 1 and tokens[kind_at] in _SIZE_UNITS and _SIZE_TOKEN.fullmatch(tokens[kind_at - 1]):
                kind_at -= 1  # a size with its unit apart ("with the 2.5 mm nozzle")
            # The article or preposition before it, past a word naming the standard one ("the new 2.5mm nozzle").
            article = kind_at - 2 if kind_at >= 2 and tokens[kind_at - 1] in STANDARD_WORDS else kind_at - 1
            if kind_at < 1 or tokens[article] not in _BEFORE_A_KIND:
                continue
            kind = tokens[kind_at]
            size = _SIZE_TOKEN.fullmatch(kind)
            if kind in STANDARD_WORDS or (size and size.group(1) in own_sizes):
                continue
            if size or (_names_variant(kind, frozenset(part)) and stem(kind) not in written):
                return True
    return False


def _sizes_of_the_part(low: str, head: str) -> set[str]:
    """The sizes the lower-cased evidence gives the part itself (its head noun's stem): the numbers of a line
    or sentence naming it, outside brackets ("Vortex finder, standard (options): 130 mm (115, 150)"). A
    statement offering others (rules.OFFERS_OTHERS: "280 mm impeller available as an option") gives only
    what it writes before the offer, and only as the standard one ("standard 130 mm, alternatives 115 and
    150 mm"). A size the evidence offers as another option is another kind of the part: nonstandard_part."""
    sizes: set[str] = set()
    for piece in _STATEMENT_END.split(low):
        if head not in {stem(w) for w in LETTER_WORD.findall(piece)}:
            continue
        own, *offer = OFFERS_OTHERS.split(_BRACKETED.sub(" ", piece), maxsplit=1)
        if offer and not STANDARD_WORDS & set(LETTER_WORD.findall(own)):
            continue
        sizes.update(_ANY_NUMBER.findall(own))
    return sizes


def other_size(question: str, evidence: str) -> bool:
    """Does the question size a part as the condition of the value it asks ("coverage area with the 6.1 m
    feed", "heat loss with only 50mm insulation", rules.PART_SIZE_ASKED) that the evidence writes only
    with other sizes, in a sentence or row naming what the question asks about besides the part ("Coverage
    area, one boom, with the 5.2 m feed", "15 ms (up to 900 mm height)", rules.PART_SIZE_STATED)? The
    manual then gives the value for another part. A size the evidence writes of that part anywhere, before
    the part or after it ("boom 2.5 m", rules.SIZED_PART), in a list, inside a range, on the covered side of
    a bound ("up to 900 mm" for 600 mm, rules.SIZE_UP_TO and SIZE_FROM) or as a length a value is per ("30 W
    per 1 m pipe", rules.PER_SIZE) covers the asked one. Not for a check ("can it take 250mm bags",
    rules.QUANTITY_CHECK): a limit or range answers it; nor for a reading ("gap is 6 mm")."""
    asked = _joined_thousands(strip_codes(question, document_codes(evidence)).lower())
    if QUANTITY_CHECK.search(asked):
        return False
    low = _joined_thousands(evidence.lower())
    for match in PART_SIZE_ASKED.finditer(asked):
        part = _size_part(match.group("part"))
        if not part or _is_reading(asked, match.start("size")):
            continue
        size = _number(match.group("size")) * _MM[match.group("unit")]
        # What the question asks about besides the part and its size: a stated size's clause must name some of it.
        about = stems(asked) - part - _UNIT_STEMS - _GENERIC - stems(match.group("size"))
        other = False
        for stated in PART_SIZE_STATED.finditer(low):
            if not part & _size_part(stated.group("part")):
                continue
            before = low[max(0, stated.start() - _LIMIT_REACH_CHARS) : stated.start()]
            if _covers(stated, before, size):
                return False
            other = other or bool(about & stems(_clause_at(low, stated.start())))
        if other and not any(
            part & _size_part(" ".join(reversed(sized.group("part").split()))) and _covers(sized, "", size)
            for sized in SIZED_PART.finditer(low)
        ):
            return True
    return False


def _covers(stated: re.Match[str], before: str, size: float) -> bool:
    """Do the sizes a manual writes of a part (rules.PART_SIZE_STATED, SIZED_PART: one, a list or a range, each
    perhaps in its own unit) hold the asked size (in mm): one of them, the range's inside, a bound's covered side
    ("up to 900 mm"), or any size when the value is per length ("per 1 m")?"""
    unit = _MM[stated.group("unit")]
    parts = SIZE_SEPARATOR.split(stated.group("sizes"))
    values = [
        _number(m.group(1)) * _MM.get(m.group(2) or "", unit) for m in map(_SIZE_WITH_UNIT.match, parts[::2]) if m
    ]
    ranged = stated.group("between") is not None or any(sep.strip() in ("-", "–", "to") for sep in parts[1::2])
    if PER_SIZE.search(before) or any(math.isclose(size, value) for value in values):
        return True
    if ranged and len(values) == 2 and min(values) <= size <= max(values):
        return True
    end = values[-1] if values else math.nan
    return (SIZE_UP_TO.search(before) is not None and size <= end) or (
        SIZE_FROM.search(before) is not None and size >= end
    )


def _size_part(words: str) -> frozenset[str]:
    """Stems of the words a size is of ("feed", "protective height"), up to the first stop word, past a word of
    its dimension ("50 mm thick insulation" is of insulation): "sheets for" is of sheets, "for sheets" of nothing
    (a size of another thing: "±1.0 mm for sheets up to 6 m")."""
    part: set[str] = set()
    for word in words.split():
        if word in _DIMENSION_WORDS:
            continue
        if word in STOPWORDS or word in _NOT_A_PART:
            break
        part.add(stem(word))
    return frozenset(part)


# Millimetres in a length unit: sizes compared across units ("1.2 m" and "1200 mm").
_MM = {"mm": 1.0, "cm": 10.0, "m": 1000.0}
# Words after a length that name no part: the question's own ("whats", "each") or another measure's ("per", "x").
_NOT_A_PART = frozenset("what whats each per x".split())
# Words of the dimension a length measures, between it and its part ("50 mm thick insulation", "60 cm dia poker").
_DIMENSION_WORDS = frozenset("wide long deep high thick dia diameter".split())
# One size of such a list, perhaps with its own unit ("1.2 m" of "1.2 m to 900 mm").
_SIZE_WITH_UNIT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s?(mm|cm|m)?\s*$")


# Where a statement ends: a line, or a full stop or semicolon that is no decimal point ("2.5 mm").
_STATEMENT_END = re.compile(r"\n|;|\.(?!\d)")
_BRACKETED = re.compile(r"\([^)]*\)")


# A size's unit written apart from its number ("the 2.5 mm nozzle"): nonstandard_part.
_SIZE_UNITS = frozenset("mm cm m in inch".split())
# Words before a part's kind: "with the 150mm vortex finder", "fitted with a ceramic finder" (nonstandard_part).
_BEFORE_A_KIND = frozenset("the a an with using fitted our my this that".split())


# A size before a part ("150mm", "150", "1.5in"), not a model's code ("hc380").
_SIZE_TOKEN = re.compile(rf"(\d+(?:[.,]\d+)?)(?:{'|'.join(sorted(_SIZE_UNITS, key=len, reverse=True))})?")


def _written_at(low: str, start: int) -> bool:
    """Is the number at `start` of the lower-cased text written right after "at" or "@" ("at 5mm pitch",
    "at 1 mm stroke and 25 mm pitch": a list of conditions after one "at")?"""
    before = low[max(0, start - _LIMIT_REACH_CHARS) : start]
    return _AT_LENGTH.search(before) is not None


# "at" or "@" before a length, other conditions of the same list between ("at 1 mm stroke and | 25 mm").
_AT_LENGTH = re.compile(r"(?:\bat|@)\s*(?:an?\s+)?(?:[\d.,]+\s?[a-z]{1,3}\s+[a-z]+(?:\s+and|\s*,)\s+)?$")


def other_mode(question: str, evidence: str) -> bool:
    """Does the question ask for a value in an operating mode ("what should the back pressure be during
    cip") that the evidence states only for another mode ("Skim milk back pressure in separation: 3.5-4.5
    bar")? Only a sentence sharing two words with the question besides its modes (one, for a question of
    one) speaks of the asked value. One of them must state a value (a number) in another mode
    (rules.MODE_STATED); none may name the asked mode anywhere ("CIP flow: at least the separation flow"
    may be its value) or give a value without a mode ("Max line speed: 120 m/min" holds in every mode),
    unless that value is only a limit ("back pressure above 6 bar" in a fault table) and the question asks
    for no limit. Modes are rules.OPERATING_MODES."""
    low = _MODE_APART.sub(r"\1-\2", question.lower())
    asked = {OPERATING_MODES[m.group(1)] for m in MODE_STATED.finditer(low)}
    if not asked:
        return False
    about = stems(_ANY_NUMBER.sub(" ", MODE_NAMED.sub(" ", strip_codes(low, document_codes(evidence))))) - _UNIT_STEMS
    shared = min(2, len(about))
    limit_asked = bool(LIMIT_CUES.search(low) or ASKS_LOWER_BOUND.search(low) or ASKS_UPPER_BOUND.search(low))
    other = False
    for sentence in _SENTENCE_OR_LINE.split(_MODE_APART.sub(r"\1-\2", evidence.lower())):
        if not about or len(about & word_stems(sentence)) < shared:
            continue
        if any(OPERATING_MODES[m.group(1)] in asked for m in MODE_NAMED.finditer(sentence)):
            return False
        if not _BOUND_NUMBER.search(sentence):
            continue
        if MODE_STATED.search(sentence):
            other = True
        elif limit_asked or not _only_limits(sentence):
            return False
    return other


def _only_limits(sentence: str) -> bool:
    """Is every number of the lower-cased sentence a limit ("above 6 bar", "must never exceed 6 bar")?"""
    return all(
        LIMIT_CUES.search(before := sentence[max(0, m.start() - 30) : m.start()]) or LIMIT_COMPARISONS.search(before)
        for m in _BOUND_NUMBER.finditer(sentence)
    )


def other_bound(question: str, pieces: Sequence[str]) -> bool:
    """Does the question ask for one bound of a value ("whats the lowest cream temp we can churn at") that
    the quoted pieces give only the other of ("must not be warmer than 14 °C", "14 °C or below")? Each
    value of the asked kind is an upper bound, a lower bound, a range's end, an alarm's or trip's value
    (no bound), or a plain value (a setting): the other bound alone answers nothing, anything else may.
    Not for a check ("is 20c the lowest it can go", rules.QUANTITY_CHECK). Words are rules.ASKS_LOWER_BOUND
    and the rest."""
    low = question.lower()
    lower, upper = ASKS_LOWER_BOUND.search(low), ASKS_UPPER_BOUND.search(low)
    if bool(lower) == bool(upper) or QUANTITY_CHECK.search(low):
        return False
    kinds = [kind for kind in asked_value_kinds(question) if kind not in (FALLBACK_KIND, "part")]
    if kinds:
        seen = {bound for piece in pieces for kind in kinds for bound in _bounds(piece, kind)}
    else:
        # No kind of value asked ("smallest module the gh250 can cut"): the bounds the pieces set on the
        # thing asked about, named right after the bound word.
        after = lower.end() if lower else upper.end() if upper else len(low)
        thing = _object_words(OBJECT_BOUNDARY.split(strip_codes(low[after:]), maxsplit=1)[0])
        seen = {bound for piece in pieces for bound in _thing_bounds(piece, thing)} if thing else set()
    other, asked = ("upper", "lower") if lower else ("lower", "upper")
    return other in seen and not seen & {asked, "range", "plain"}


def other_variant(question: str, pieces: Sequence[str]) -> bool:
    """Does the question ask a value of one of two twin parts ("the upper electrodes", rules.OPPOSED_VARIANTS)
    that the quoted pieces naming the part give only for the other ("Replace a lower electrode when it has
    worn to 36 mm")? The part is the word after the variant's; a piece naming both, or neither variant, may
    hold for the asked one; unless a part number is asked, only pieces writing a number count ("The upper
    electrodes are grooved" gives no value for them), or one giving it the other's ("the same limit
    applies"). The caller leaves how-tos out (confidence.stated_for_another_condition): steps may do the
    work on both."""
    low = question.lower()
    for pair in (*OPPOSED_VARIANTS, *OPPOSED_STATES):
        asked = [m for word in pair if (m := re.search(rf"\b{word}\s+([a-z][\w-]*)", low))]
        if len(asked) != 1 or asked[0].group(1) in VARIANT_NOT_PART:
            continue
        mine = asked[0].group(0).split()[0]
        part = stem(asked[0].group(1))
        other = next(iter(pair - {mine}))
        naming = [piece.lower() for piece in pieces if part in stems(piece)]
        # A value asked is answered by a piece that writes a number for the part, not one that only describes
        # it ("The upper electrodes are grooved" beside "Replace a lower electrode when worn to 36 mm"); a part
        # number by its row, whose only number may be its code's.
        if "part" not in asked_value_kinds(question):
            naming = [p for p in naming if _ANY_NUMBER.search(strip_codes(p)) or _REFERS_TO_OTHER.search(p)]
        # The variant's word goes with the part: right before it, one word between at most ("lower carbon
        # electrode"), not anywhere in the piece ("Fit the rear guard" says nothing of the roller).
        if any(_variant_of(other, part, p) for p in naming) and not any(_variant_of(mine, part, p) for p in naming):
            return True
    return False


def other_fuel(question: str, pieces: Sequence[str]) -> bool:
    """Does the question name one fuel (rules.FUELS: "if we run the lh500 on propane") that the quoted pieces writing
    a number never name, while one of them names another ("Fuel gas use at full fire, natural gas ...: 50 Sm3/h")?
    The value is stated for that fuel; whether it holds for the asked one is the maker's to say. A question naming
    two fuels ("propane instead of natural gas") asks something else."""
    asked = [fuel for fuel in _FUEL_NAMES if fuel.search(question)]
    if len(asked) != 1:
        return False
    valued = [piece for piece in pieces if _ANY_NUMBER.search(strip_codes(piece))]
    if any(asked[0].search(piece) for piece in valued):
        return False
    return any(fuel.search(piece) for fuel in _FUEL_NAMES if fuel is not asked[0] for piece in valued)


# Each fuel of rules.FUELS by any of its names, as whole words (other_fuel).
_FUEL_NAMES = tuple(
    re.compile(rf"\b(?:{'|'.join(re.escape(name) for name in sorted(group))})\b", re.IGNORECASE) for group in FUELS
)


# A piece giving the asked twin the other's value ("The same limit applies to the front pads", "as for the rear").
_REFERS_TO_OTHER = re.compile(r"\b(?:same|as for|likewise|as with|both|either)\b")


def _variant_of(variant: str, part: str, piece: str) -> bool:
    """Does the lower-cased piece write the variant's word before the part (its stem), one word between at most?"""
    return any(
        stem(m.group(1)) == part or stem(m.group(2) or "") == part
        # "front and rear pads": both go with the pads.
        for m in re.finditer(rf"\b{variant}\s+(?:(?:and|or|&)\s+[a-z]+\s+)?([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", piece)
    )


def _thing_bounds(piece: str, thing: frozenset[str]) -> Iterator[str]:
    """How each clause of the piece that names the thing bounds it: "upper" ("modules up to 4 mm", "the
    largest width"), "lower" ("at least 3 strips"), "range" (both), "plain" (a number and no bound word:
    "Bore: 20-60 mm"); a clause with neither says nothing of its size. Words are rules.THING_UPPER_BOUND
    and THING_LOWER_BOUND."""
    for clause in _THING_CLAUSES.split(piece):
        if not thing & _object_words(clause):
            continue
        low = clause.lower()
        upper, lower = THING_UPPER_BOUND.search(low), THING_LOWER_BOUND.search(low)
        if upper and lower:
            yield "range"
        elif upper or lower:
            yield "upper" if upper else "lower"
        elif THING_BEYOND.search(low):
            continue  # what to do beyond a bound ("for larger modules reduce the speed"): neither
        elif _ANY_NUMBER.search(strip_codes(clause)):
            yield "plain"  # a number of its own, not a model's digits ("the MR-310 rips strips")


# Where the clauses of a quoted piece part, for the bounds each sets on what it names: a heading's line, a
# sentence, a labelled row's cell ("; "). Not a comma: "Tube OD: max. 60 mm, min. 12 mm" is one clause.
_THING_CLAUSES = re.compile(r"\n|;\s|(?<!max)(?<!min)(?<!approx)\.\s", re.IGNORECASE)


def _bounds(piece: str, kind: str) -> Iterator[str]:
    """What each value of the kind in the piece is: "upper", "lower", "range", "alarm" or "plain"."""
    written = VALUE_KINDS[kind].written
    for m in _BOUND_NUMBER.finditer(piece):
        if not written.search(piece[max(0, m.start() - 40) : m.end() + 12]):
            continue
        before, after = piece[max(0, m.start() - 40) : m.start()].lower(), piece[m.end() : m.end() + 25].lower()
        if _RANGE_NEXT.match(after) or _RANGE_BEFORE.search(before):
            yield "range"
        elif (UPPER_BOUND_BEFORE.search(before) and not TARGET_UP_TO.search(before)) or UPPER_BOUND_AFTER.match(after):
            yield "upper"
        elif LOWER_BOUND_BEFORE.search(before) or LOWER_BOUND_AFTER.match(after):
            yield "lower"
        else:
            yield "alarm" if ALARM_BEFORE.search(before) else "plain"


# A value's number, not a code's digits ("D04"); a range's ends around it.
_BOUND_NUMBER = re.compile(r"(?<![A-Za-z\d.])[-−+]?\d[\d.,]*")
_RANGE_NEXT = re.compile(r"\s?(?:-|–|to|and)\s?[-−]?\d")
_RANGE_BEFORE = re.compile(r"\d\s?(?:-|–|to)\s?$")


# A mode written as two words ("start up", "shut down"): the same as hyphenated.
_MODE_APART = re.compile(r"\b(start|shut|warm|run|cool|heat) (up|down)\b")


def _clause_at(text: str, position: int) -> str:
    """The sentence or line around a position, a row's cells together: what a condition written there
    is the condition of ("At 3 bar the fill ... takes about 90 seconds", "Air consumption 0.90 m3/min at
    4 bar; 1.25 m3/min at 6 bar", "Item: Make-up consumption; Value: 3 mL/h at 20 °C")."""
    before = _SENTENCE_OR_LINE.split(text[max(0, position - _CONDITION_REACH) : position])[-1]
    after = _SENTENCE_OR_LINE.split(text[position : position + _CONDITION_REACH], maxsplit=1)[0]
    return before + after


def _clause_and_before(text: str, position: int) -> str:
    """The clause around a position and the sentence before it: "These figures hold for ... up to 5 mPa·s"
    speaks of the values the sentence before gives."""
    start = max(0, position - _CONDITION_REACH)
    before = _SENTENCE_OR_LINE.split(text[start:position])[-2:]
    return " ".join(before) + _clause_at(text, position)


# Words of a check that say nothing of what is checked (the units too): a range's clause must share
# another ("cartridge", "coolant").
_CHECK_STEMS = _UNIT_STEMS | stems(" ".join(CHECK_WORDS))

# How far around a condition its clause is read (characters each way), and where it ends.
_CONDITION_REACH = 160
_SENTENCE_OR_LINE = re.compile(r"\n|(?<!max)(?<!min)(?<!approx)\.\s")


def _number(text: str) -> float:
    """A number as written: a decimal point or comma ("1.5", "1,5"), a sign ("-10", "+5"), thousands
    grouped by commas or spaces ("1,000", "3 000")."""
    plain = text.replace("−", "-").replace("–", "-").replace(" ", "")
    if _THOUSANDS.fullmatch(plain):
        plain = plain.replace(",", "")
    return float(plain.replace(",", "."))


# Digits grouped in thousands by single spaces ("30 000", "1 200 mm"), not a code's digits ("OX-60 130 A").
_SPACED_THOUSANDS = re.compile(r"(?<![\w.,\-])\d{1,3}(?: \d{3})+(?![\d.,])")


def _joined_thousands(text: str) -> str:
    """The text with thousands grouped by a space written as one number ("30 000" -> "30000")."""
    return _SPACED_THOUSANDS.sub(lambda m: m.group().replace(" ", ""), text)


# Digits grouped in thousands by commas: "1,000" is a thousand, "1,5" one and a half.
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+")


def _in_range(number: str, unit: str, ranges: AbstractSet[tuple[float, float, str]]) -> bool:
    """Is the number, in this unit, within one of the ranges the evidence writes (_ranges)?"""
    value = _number(number)
    return any(low <= value <= high for low, high, written_unit in ranges if written_unit == unit)


def _unit_of(question: str, number: re.Match[str]) -> tuple[str | None, int]:
    """The unit a question writes its number with, glued ("35c") or after a space ("15 m"), and where
    the number and its unit end ("60kw| set"); a lone "A" after a space is amperes ("showing 0.08 A"),
    unless the word after it makes it an article ("3 a day", "-45 a few hours": rules.ARTICLE_AFTER_NUMBER);
    written small, only where a current reads on ("4 fans at 1.7 a each", "1250 a on the lv side":
    rules.AMPERES_AFTER_A), not "is 85 a safe temp"."""
    glued = question[number.end(1) : number.end()].lower()
    if glued:
        return UNITS.get(glued), number.end()  # every glued speed (rules.GLUED_UNITS) is in UNITS as written
    low = question.lower()
    word = _UNIT_WORD.match(low, number.end())
    if word is None:
        return None, number.end()
    if word.group(1) == "a" and (
        ARTICLE_AFTER_NUMBER.match(low, word.end())
        or (question[word.end() - 1] == "a" and not AMPERES_AFTER_A.match(low, word.end()))
    ):
        return None, word.end()
    return _unit_name(word.group(1)), word.end()


def _unit_after(text: str, position: int) -> str | None:
    """The unit written after a number, within _UNIT_REACH words; None at another number or none."""
    for _ in range(_UNIT_REACH):
        word = _UNIT_WORD.match(text, position)
        if word is None:
            return None
        unit = _unit_name(word.group(1))
        if unit is not None:
            return unit
        position = word.end()
    return None


def _unit_sites(low: str) -> Iterator[tuple[str, int, str, str]]:
    """Where the lower-cased evidence writes numbers with a unit: (the text, where the numbers start,
    the unit, the text holding them), for a number or a range or list followed by its unit ("5-40 °C")
    and for a line whose label gives the unit ("supply voltage (v): 400")."""
    for run in _NUMBER_RUN.finditer(low):
        unit = _unit_after(low, run.end())
        if unit is not None:
            yield low, run.start(), unit, run.group()
    for line in low.splitlines():
        for label in _LABEL_UNIT.finditer(line):
            unit = UNITS.get(label.group(1))
            if unit is not None:
                yield line, label.start(), unit, line


# A range of two numbers, its unit after the second (_ranges): "301-750 V", "301 V - 750 V", "+5 to +40
# °C", "between 10 and 30 bar", "1,000-3,000 rpm". Each end may carry a sign and group its thousands.
_SIGNED = r"[+\-−]?(?:\d{1,3}(?:[ ,]\d{3})+(?![\d.,])|\d+(?:[.,]\d+)?)"
_RANGE = re.compile(
    rf"(?<![\w.])(?P<between>between\s+)?(?P<low>{_SIGNED})\s?(?P<unit>°\s?c|[a-z°º℃]{{1,4}})?\s?"
    rf"(?P<to>-|–|to|and)\s?(?P<high>{_SIGNED})"
)


def _ranges(evidence: str) -> set[tuple[float, float, str]]:
    """(low end, high end, unit) of each range the evidence writes with its unit after it: "5-40 °C",
    "301 V - 750 V" (the unit at both ends), "+5 to +40 °C", "-10 to 40 °C", "between 5 and 40 °C",
    "1,000-3,000 rpm"."""
    return {(low, high, unit) for low, high, unit, _ in _range_sites(evidence.lower())}


# A value with its tolerance, the unit after both, the tolerance's only or the value's only: "1040 mm ±3 mm",
# "50 +/- 2 mm", "1040 mm ±3". A tolerance in another unit ("24 V ±10 %") is no range of the value's.
_TOLERANCE = re.compile(
    rf"(?<![\w.])(?P<value>{_SIGNED})\s?(?P<unit>°\s?c|[a-z°º℃]{{1,4}})?\s?(?:±|\+/-|\+-)\s?(?P<tol>\d+(?:[.,]\d+)?)"
)
# Digits a range's ends keep: "0.05 ±0.02" ends at 0.03, not 0.030000000000000002.
_RANGE_DIGITS = 9


def _range_sites(text: str) -> Iterator[tuple[float, float, str, int]]:
    """_ranges' ranges in the lower-cased text, each with where it starts (its clause: _clause_at); a
    value with its tolerance is the range it allows ("1040 mm ±3 mm": 1037-1043 mm)."""
    for match in _TOLERANCE.finditer(text):
        first = match.group("unit")
        unit = _unit_after(text, match.end())
        # "1040 mm ±3": the tolerance in the value's unit; "24 V ±10 %" is none of it.
        own = _unit_name(first) if first is not None else None
        if unit is None and not text[match.end() :].lstrip().startswith("%"):
            unit = own
        if unit is None or (first is not None and own != unit):
            continue
        value, tolerance = _number(match.group("value")), _number(match.group("tol"))
        if tolerance > 0:
            low, high = round(value - tolerance, _RANGE_DIGITS), round(value + tolerance, _RANGE_DIGITS)
            yield low, high, unit, match.start()
    for match in _RANGE.finditer(text):
        if match.group("to") == "and" and not match.group("between"):
            continue
        unit = _unit_after(text, match.end())
        first = match.group("unit")
        if unit is None or (first is not None and _unit_name(first) != unit):
            continue
        low, high = _number(match.group("low")), _number(match.group("high"))
        if low < high:
            yield low, high, unit, match.start()


def _numbers_with_units(evidence: str) -> set[tuple[str, str]]:
    """(number, unit) for each number the evidence writes with a unit, a range's and a list's too."""
    return {(n, unit) for _, _, unit, numbers in _unit_sites(evidence.lower()) for n in _ANY_NUMBER.findall(numbers)}


def _limited_units(evidence: str) -> set[str]:
    """The units the evidence sets a limit in: "max. 50 kg", "the maximum load is 30 kg", "up to 250 °C",
    "below 340 V", "Max. load (kg): 50", "Item: Max. thickness; SK-9: 8 mm"."""
    return {unit for _, unit in _limits(evidence)}


def _limits(evidence: str) -> set[tuple[float, str]]:
    """The limits the evidence sets, (value, unit): see _limited_units."""
    return {(value, unit) for value, unit, _, _ in _limit_sites(evidence.lower())}


def _dimensions(text: str) -> set[str]:
    """The dimensions the lower-cased text names, by noun or adjective (rules.DIMENSION_NAMED)."""
    return {DIMENSION_NAMED[word] for word in _WORD.findall(text) if word in DIMENSION_NAMED}


def _limit_sites(low: str) -> list[tuple[float, str, str, int]]:
    """Each limit the lower-cased evidence sets: (value, unit, the text it stands in, where its numbers
    start), so a caller may read its clause (_clause_at)."""
    return [
        (_number(n), unit, text, start)
        for text, start, unit, numbers in _unit_sites(low)
        if _is_limit(text, start, numbers)
        for n in _ANY_NUMBER.findall(numbers)
    ]


def _is_limit(text: str, start: int, numbers: str) -> bool:
    """Is the number (or range) at `start` a limit: by the words before it, its row's label, the words
    after its unit ("elongated by 2 % or more", "3 mm or less"), or a reaction after "at" it ("at 35 °C
    the infeed stops")?"""
    end = start + len(numbers)
    return (
        _limit_before(text, start)
        or _limit_label(text, start)
        or _LIMIT_AFTER.match(text, end, end + _LIMIT_REACH_CHARS) is not None
        or (_AT_BEFORE.search(text, max(0, start - 4), start) is not None and REACTS_AFTER.match(text, end) is not None)
    )


# "At" right before a number: "at 35 °C the infeed stops" (rules.REACTS_AFTER).
_AT_BEFORE = re.compile(r"\bat\s?$")


# Words after a number's unit that make it a limit ("2 % or more", "3 mm or less", "80 °C and above").
_LIMIT_AFTER = re.compile(
    r"\s?[^\s\d]{1,8}\s+(?:or (?:more|above|higher|greater|over|longer|less|below|lower|fewer)|"
    # A life's end ("change a bladder after 400 cures at the latest"; thirty-eighth session).
    r"and (?:above|over|more|higher)|at the (?:latest|most))\b(?! often)"
    # "12 km/h at most" (seventy-first session, narrowed after a review): right after its unit, no stop between ("2.2
    # bar; at most 2.5 bar" is no limit of 2.2 bar), and no frequency after it ("4 l, at most once a week").
    r"|\s?[^\s\d,;:]{1,8}\s+at most\b(?!\s+(?:once|twice|every|each|per|an?|\d|often)\b)"
)


# A number and its unit off another value ("within 5 °C of the set point", "within 2 mm either side"), not a time
# "of switch-off".
_OFF_A_VALUE = re.compile(
    r"[\d.,]+\s?[^\s\d]{0,6}\s+(?:(?:of|from)\s+(?:the\s+|its\s+)?(?:set[\s-]?point|set value|nominal|target|"
    r"rated|mean|average|reference)|either side|each side)\b",
    re.IGNORECASE,
)


def _limit_before(text: str, start: int) -> bool:
    """Do the last few words before `start`, in its sentence, cell or line, say it is a limit? Not when
    another number stands between, or the cue follows a number of its own: in "6 bar max. Supply 400 V"
    or "2850 min-1, 400 V" the "max" and "min" belong to the number before. A comparison ("below",
    "longer than") counts only right before the number."""
    before = _CLAUSE_END.split(text[max(0, start - _LIMIT_REACH_CHARS) : start])[-1]
    words = " ".join(before.split()[-_LIMIT_REACH_WORDS:])
    if _COMPARED.search(words) or LIMIT_TRIGGER.search(before):
        return True
    # The next of a list of one limit per model ("at least 100 bar (HB-120) or 128 bar (HB-200)"): the first's cue.
    previous = _PER_MODEL_NEXT.search(text, max(0, start - _LIMIT_REACH_CHARS), start)
    if previous is not None and _limit_before(text, previous.start(1)):
        return True
    # A share of a rating restated in its unit ("at or below 40 % of the rated current, 364 A").
    if RESTATED_LIMIT.search(_CLAUSE_END.split(text[max(0, start - _RESTATED_REACH_CHARS) : start])[-1]):
        return True
    cues = list(LIMIT_CUES.finditer(words))
    if not cues:
        return False
    cue = cues[-1]
    if cue.group().lower() == "within" and _OFF_A_VALUE.match(text, start):
        return False  # "within 5 °C of the set point": a tolerance, no limit of the value
    return not any(ch.isdigit() for ch in words[cue.end() :]) and not _AFTER_A_NUMBER.search(words[: cue.start()])


# A value with its model in brackets, then "or", "and" or a comma: the next value is that list's (_limit_before).
_PER_MODEL_NEXT = re.compile(
    r"(\d+(?:[.,]\d+)?)\s?[^\s\d;(]{0,8}\s*\((?!(?:fig|item|see|section|table|page|step|no)\b)"
    r"[a-z]{1,5}-?\d+[a-z]{0,3}\)\s*(?:,\s*(?:or|and)?|or|and)\s*$",
    re.IGNORECASE,
)


def _limit_label(text: str, start: int) -> bool:
    """Is `start` in a value cell of a labelled row whose label opens with a limit ("item: max. thickness
    of bag top; sk-9: 8 mm", "smallest usable diameter; pg-250: 190 mm")? The label names what every
    value of its row is; "height above floor" is no limit. The row is read back from the number through
    its labelled cells, at most _ROW_REACH characters, so a long line costs no more than a short one."""
    window = text[max(0, start - _ROW_REACH) : start]
    cells = window[window.rfind("\n") + 1 :].split(";")
    if len(cells) < 2 or ":" not in cells[-1]:
        return False
    first = len(cells) - 1
    while first > 0 and ":" in cells[first - 1]:
        first -= 1
    labels = [cells[first].partition(":")[2].lstrip()] if first < len(cells) - 1 else []
    if first == 1 and (window.rfind("\n") >= 0 or start <= _ROW_REACH):
        # A whole first cell without a colon is the row's label too, for every value cell after it
        # ("Roll diameter, change at; RH-250: 200 mm; RH-380: 200 mm").
        labels.append(cells[0].strip())
    return any(
        LIMIT_CUES.match(label)
        or LIMIT_COMPARISONS.match(label)
        or CAPACITY_LABEL.match(label)
        or LIMIT_LABEL_END.search(label)
        for label in labels
    )


def _is_reading(question: str, start: int) -> bool:
    """Whether the number starting at `start` is reported as a reading or proposed as a setting
    (rules.READING_CUES), and not read off a nameplate (rules.NAMEPLATE) nor the condition of an
    expected reading ("what should it read at 20 deg", rules.EXPECTED_READING): judged on the few words
    before it, lower-cased, runs of spaces (a stripped code) as one."""
    before = " ".join(question[max(0, start - 50) : start].lower().split()) + " "
    if EXPECTED_READING.search(before) is not None:
        return False
    return READING_CUES.search(before) is not None and NAMEPLATE.search(before) is None


# Another clause after a number's own: a comma, a semicolon, "and" or "but", then a word (not "7,5" nor "and 80").
_CLAUSE_FOLLOWS = re.compile(r"[^,;?]*?(?:[,;]| and | but ) *[a-z]", re.IGNORECASE)


def _told_as_state(question: str, start: int) -> bool:
    """Is the number at `start` a state told in a clause of its own ("glue pot at 175 deg", rules.STATE_AT):
    the technician's machine as it is, whose number a manual need not write (but may: then it counts)?"""
    state = STATE_AT.search(" ".join(question[:start].lower().split()) + " ")
    if state is None:
        return False
    # The opening clause is a state only when another follows it ("testing at 7 bar, what supply air"):
    # alone it asks ("flow at 120 c"); so does a last clause that ends the question with a question mark
    # ("quick one, flow at 60 hz on the vx2?").
    follows = _CLAUSE_FOLLOWS.match(question, start) is not None
    return follows or (state.start() > 0 and not question.rstrip().endswith("?"))


def asked_actions(question: str) -> list[str]:
    """The kinds of work a how-to asks for ("replace", "adjust", ...), from its wording: after its own
    "how do I" when work is asked there ("still out after cleaning the taper, how do i swap the spindle
    bearings" asks for no cleaning), there outside a time clause after it (rules.WORK_AROUND_ASKED, up to its "and",
    "then" or stop: "how do i rephase the shafts after swapping a drive motor" asks for no replacing, "how do i start
    it after a power cut and reset the drive" asks for a reset); else anywhere in it."""
    low = expand(question).lower()
    start = _asked_work_start(low)
    spans = [(start, len(low))]
    around = WORK_AROUND_ASKED.search(low, start) if start else None
    if around is not None:
        end = WORK_AROUND_END.search(low, around.end())
        spans = [(start, around.start()), *([(end.end(), len(low))] if end is not None else [])]
    return [name for name, action in ACTIONS.items() if any(action.asks.search(low, a, b) for a, b in spans)]


def _asked_work_start(low: str) -> int:
    """Where the work a how-to asks for is read from (asked_actions): after its own "how do i" when work is
    asked there, or when a time clause before it names work done before or first ("after we rebuild the pump,
    how do i bleed it" asks for no rebuilding; rules.WORK_DONE_BEFORE); else from its start."""
    lead = _own_lead(low)
    if lead is None:
        return 0
    if _work_asked(low, lead.end()):
        return lead.end()
    if WORK_REFERRED.match(low, lead.end()):
        return 0
    return lead.end() if WORK_DONE_BEFORE.search(low, 0, lead.start()) else 0


def _own_lead(low: str) -> re.Match[str] | None:
    """Where a how-to's own question starts: its first "how do I" (or "way to"), even after another
    lead ("need to get under it, how do i ..."), else its first lead ("steps to"); None without one."""
    leads = list(HOW_TO.finditer(low))
    own = [m for m in leads if m.group().startswith(("how", "way"))]
    return (own or leads)[0] if leads else None


@lru_cache(maxsize=_TEXT_CACHE)
def worked_on(question: str) -> frozenset[str] | None:
    """Stems of what a how-to asks to work on, or None when it cannot tell.

    After a "how do I" the asked work is the first after it ("reads below zero, how to fix": none), and
    its object the words after it up to a preposition, verb or stop ("how do i replace the O-bands on the
    rollers": "oband"). Without one, the work opens the question or a clause ("changing encoder batt on
    the osd8") and is followed by its object, or is a noun followed by its end ("seal replacement
    procedure": "seal"); elsewhere it is a word of a report ("reset button does nothing"), not the ask.
    Cached (see _TEXT_CACHE): the answerer, the confidence and the action check each ask it.
    """
    low = expand(question).lower()
    lead = _own_lead(low)
    matches = _work_asked(low, lead.end() if lead else 0)
    if not matches and lead is not None and not lead.group().startswith(("how", "way")):
        # "Seal replacement procedure for the gp25": a procedure named before its lead, not after it.
        lead = None
        matches = _work_asked(low, 0)
    if not matches:
        return None
    match = min(matches, key=lambda m: m.start())
    after = OBJECT_BOUNDARY.split(low[match.end() :], maxsplit=1)[0]
    opens = not low[: match.start()].strip() or low[: match.start()].rstrip()[-1] in ",.;:?!"
    if lead is not None or opens:
        if PRONOUN_OBJECT.match(low, match.end()):
            return _referent(low[: match.start()])
        phrase = after
        over = CONVERTED_TO.match(low, match.end() + len(after))
        if phrase.strip() and not _object_words(phrase) and over is not None:
            # "swap the ps-25 over to the 700mm arms": the machine is named, the arms are worked on;
            # "change the kx-40 to 60 hz" names a setting, not a part.
            target = _object_words(OBJECT_BOUNDARY.split(low[over.end() :], maxsplit=1)[0]) - _UNIT_STEMS
            return target or None
    elif not _object_words(after):
        phrase = OBJECT_BOUNDARY.split(low[: match.start()])[-1]
    else:
        return None
    return _object_words(phrase) or None


def _referent(before: str) -> frozenset[str] | None:
    """Keys of the part a how-to's "it" stands for: the part the nearest clause before it opens with,
    named before what it is part of ("hanger bush on the sc250 is worn, how do i change it": "hang",
    "bush"), or None when no clause names one (rules.PART_OF): "it" may then be the whole machine, as
    it is when the preposition says where the machine stands ("mixer in bay 4", rules.PLACES)."""
    for clause in reversed(re.split(r"[,.;:?!]", before)):
        boundary = OBJECT_BOUNDARY.search(clause)
        if boundary is None or boundary.group() not in PART_OF:
            continue
        after = clause[boundary.end() :].split()
        place = next((w for w in after if w not in {"the", "a", "an", "our", "my", "this", "that"}), "")
        if place in PLACES:
            continue
        words = clause[: boundary.start()].split()
        if 0 < len(words) <= REFERENT_WORDS and (keys := _object_words(" ".join(words))):
            return keys
    return None


@lru_cache(maxsize=_TEXT_CACHE)
def asked_feature(question: str) -> frozenset[str] | None:
    """Keys of the feature a yes/no question asks the equipment has: its head noun ("does the welder
    have a spot welding timer": "time"; "a delta t mode": "delt"), with the parts of a hyphenated one;
    the verb of one asked by the doing ("can the ws-20 twist the strands": "twis"); or None when it asks
    no such thing. Words that only say it is a feature ("mode", "option") are
    not its head; codes and numbers neither. Cached (see _TEXT_CACHE)."""
    low = expand(question).lower()
    match = FEATURE_ASK.search(low)
    if match is None:
        able = CAPABILITY_ASK.search(low)
        if able is None or able.group("verb") in CAPABILITY_GENERIC:
            return None
        return _object_words(able.group("verb")) or None
    return _head_keys(OBJECT_BOUNDARY.split(low[match.end() :], maxsplit=1)[0], _FEATURE_KEYS)


def names_feature(feature: AbstractSet[str], texts: Iterable[str]) -> bool:
    """Does any of the texts name the asked feature's (or part's) head noun: any of its keys?"""
    return any(feature & _object_words(text) for text in texts)


def asked_words(analysis: QueryAnalysis, models: AbstractSet[str], title: str) -> frozenset[str]:
    """Stems of what the question asks about: its words without the models it names (they locate the
    manual) and the manual's title words (title_words)."""
    return stems(strip_codes(analysis.question, set(models))) - title_words(analysis, title)


def title_words(analysis: QueryAnalysis, title: str) -> frozenset[str]:
    """Stems of a manual's title that say nothing about which of its pieces answers: its words are in
    every piece by way of the title. A how-to's object is the exception: "change the belt" on a "Belt
    Oil Skimmer" asks about the belt, which only the belt-change steps name."""
    words = stems(title)
    if analysis.qtype != "procedure":
        return words
    objects = worked_on(analysis.question) or frozenset()
    return frozenset(w for w in words if w[:OBJECT_KEY] not in objects)


def _work_asked(low: str, start: int) -> list[re.Match[str]]:
    """Where the question asks for any kind of work (rules.ACTIONS), from `start` on."""
    return [m for action in ACTIONS.values() for m in action.asks.finditer(low, start)]


def _object_words(phrase: str) -> frozenset[str]:
    """Keys of the words naming an object: no codes or numbers; the parts of hyphenated words ("v-belts":
    "belt"); the first OBJECT_KEY letters of each stem, so "bushes" meets "bush" and "o-rings" "O rings"."""
    return frozenset(w[:OBJECT_KEY] for w in word_stems(phrase) if len(w) > 1 and not any(ch.isdigit() for ch in w))


# The keys of the words rules.py lists as saying a part or a feature is one, not which.
_PART_KEYS = _object_words(" ".join(PART_GENERIC))
_ROW_PART_KEYS = _object_words(" ".join(ROW_PART_GENERIC))
_FEATURE_KEYS = _object_words(" ".join(FEATURE_GENERIC))


def action_match(analysis: QueryAnalysis, pieces: Sequence[str]) -> float:
    """1.0 when the quoted pieces (each with its heading) write doing every kind of work the how-to
    asks for to what it asks to work on, 0.0 when they write none of it; 0.5 for a question that is
    no how-to or names no work.

    A manual that has a procedure about the asked object but not the asked action (tensioning for a
    replacement) is the trap value_match cannot see: no value is asked for. The work must be written
    in an instruction that names its object (worked_on, _instructions): a sentence or step, not a
    table row, so "check the O-bands" and "remove the product" do not make an O-band replacement, nor
    does a maintenance table's "Task: Replace O-bands". A how-to that asks for a value of the work
    ("how often", "what setting length") is judged on whole pieces, rows included.
    """
    if analysis.qtype != "procedure":
        return 0.5
    actions = asked_actions(analysis.question)
    if not actions:
        return 0.5
    objects = worked_on(analysis.question)
    # The instructions that name what the work is done to (all of them when the question names nothing).
    # A value asked of the work ("how often is the filter changed", "what setting length for the seal
    # head") is the answer, written in a row or beside other work: each piece is judged whole.
    valued = bool(asked_value_kinds(analysis.question))
    parts = list(pieces) if valued else [part for piece in pieces for part in _instructions(piece)]
    about = [part for part in parts if objects is None or objects & _object_words(part)]
    # "Replace them after 20 000 h" says when a part is renewed, not how: no replacement procedure.
    unscheduled = [part for part in about if not SCHEDULE.search(part.rpartition("\n")[2])]
    # Adjusting asked as a calibration is done by calibrating (a span, a gain, range ends, a value set against a
    # reference), not by zeroing after a part change (rules.CALIBRATION_WRITTEN): when the adjusting the question asks
    # for, after its own "how do i", is a calibration ("how do i tension the chain on the calibrated feeder" asks for
    # tensioning).
    calibration = _asks_calibration(analysis.question)
    found = 0
    for name in actions:
        written = CALIBRATION_WRITTEN if name == "adjust" and calibration else ACTIONS[name].written
        if valued:
            found += any(written.search(part) for part in about)
            continue
        doing = unscheduled if name in SCHEDULED_WORK else about
        found += any(_does_work(written, part, objects, name) for part in doing)
    return found / len(actions)


def _asks_calibration(question: str) -> bool:
    """Is the first adjusting the question asks for, after its own "how do i" where work is asked there, a
    calibration ("how do i recalibrate the scale", not "how do i align the photo eye, the calibration is fine")?
    Read as asked_actions reads the work."""
    asked = _adjusting_asked(question)
    return bool(asked) and CALIBRATION_ASKED.fullmatch(asked[0]) is not None


def _adjusting_asked(question: str) -> list[str]:
    """The words of each adjusting the question asks for, in order, read as asked_actions reads the work (after its
    own "how do i" where work is asked there): _asks_calibration, _asks_other_adjusting."""
    low = expand(question).lower()
    return [m.group() for m in ACTIONS["adjust"].asks.finditer(low, _asked_work_start(low))]


# Where a rules.DONE_BY_OTHERS statement's verbs end and its party begins ("is calibrated only | at Provamatt"), and
# the verbs that name no work of their own ("is done only by"): work_left_to_others.
_PARTY_AFTER = re.compile(r"\s(?:at|by)\s", re.IGNORECASE)
_GENERAL_WORK = re.compile(r"\b(?:done|carried out|performed)\b", re.IGNORECASE)


def work_left_to_others(analysis: QueryAnalysis, lines: Sequence[str]) -> bool:
    """A how-to asked in so many words ("how do i", "steps to") asks for work that a line of the answer says only
    another party does (rules.DONE_BY_OTHERS: "the laser height sensor is calibrated only at Provamatt"), on what
    it asks to work on: the manual gives the reader no procedure for it, whatever steps are quoted beside it.

    `lines`: the answer's lines, each read alone (what the reader is shown, the pieces shown after the chosen ones
    too). The work (ACTIONS) is read in the statement and its own clause ("after replacement, the load cell is
    calibrated only by the maker's service" leaves the calibration to others, not the replacement); what it is done
    to in the whole sentence ("if a detector fails, it is calibrated ..."), at least half the words the question
    names it by. A value asked of the work ("the calibration interval") asks no how-to. A calibration left to others
    leaves the reader the other adjusting: a zeroing, tensioning or alignment asked stays theirs (_left_work)."""
    if not asks_how_to(analysis.question):
        return False
    actions = asked_actions(analysis.question)
    if not actions:
        return False
    objects = worked_on(analysis.question)
    other_adjusting = _asks_other_adjusting(analysis.question)
    for line in lines:
        for match in DONE_BY_OTHERS.finditer(line):
            # The sentence, and the statement's own clause, before it ("6. If a detector fails, it is ...").
            sentence = max(line.rfind(". ", 0, match.start()), line.rfind("; ", 0, match.start())) + 1
            clause = _clause_start(line, match.start())
            if objects is not None and 2 * len(objects & _object_words(line[sentence : match.end()])) < len(objects):
                continue
            # The statement's own verbs say the work, not its subject's words ("the new sensor is calibrated only at
            # ..." leaves the calibration to others, not a replacement) nor its party's ("by Kestrel service"); a
            # general verb ("is done only by ...") or none ("Head overhaul: by the maker only") leaves it to its clause
            # ("Adjusting the calibration is done ...") or label.
            verbs = _PARTY_AFTER.split(match.group(), maxsplit=1)[0]
            general = _GENERAL_WORK.search(verbs) or not re.search(r"\w", verbs)
            said = line[clause : match.start()] + verbs if general else verbs
            if any(_left_work(name, said, other_adjusting) for name in actions):
                return True
    return False


def _left_work(name: str, said: str, other_adjusting: bool) -> bool:
    """Does a statement's work (`said`) name the asked kind of work? Adjusting asked that is plainly no calibration
    (_asks_other_adjusting) is not named by calibrating: "the scale is calibrated only by the maker's service" leaves
    the reader to zero or align it, as action_match reads a calibration's steps apart from a zeroing."""
    if name == "adjust" and other_adjusting:
        said = CALIBRATION_ASKED.sub(" ", said)
    return ACTIONS[name].written.search(said) is not None


def _asks_other_adjusting(question: str) -> bool:
    """Is every adjusting the question asks for (after its own "how do i", as asked_actions reads it) a zeroing,
    an alignment, a tensioning or a tuning, with no test weight or reference named ("how do i zero the check
    weigher")? Adjusting, a span or a calibration asked (weighing manuals write a calibration as "Adjustment"), or
    a zeroing beside one ("zero and recalibrate"), may be the calibration another party does."""
    asked = _adjusting_asked(question)
    return (
        bool(asked)
        and all(_OTHER_ADJUSTING.fullmatch(word) for word in asked)
        and not _CALIBRATION_MEANS.search(expand(question).lower())
    )


# The adjusting that is no calibration (_asks_other_adjusting), and what a calibration is done with.
_OTHER_ADJUSTING = re.compile(r"zero(ing)?|tension\w*|align\w*|tun(e|ing)", re.IGNORECASE)
_CALIBRATION_MEANS = re.compile(r"\b(?:test|check|known) weights?\b|\breference\b|\bstandard\b", re.IGNORECASE)


def _without_work_of_others(sentence: str) -> str:
    """The sentence with each statement that only another party does some work blanked, from its clause's start
    (after a stop, semicolon, comma or colon) to its party (rules.DONE_BY_OTHERS: "worn rollers are exchanged;
    reconditioning of rollers is done by the maker's service only"): it says who does the work, not how. The
    sentence's other clauses stay ("fit the new impeller ..., as impellers may only be balanced by the pump
    maker's service" still fits an impeller)."""
    text = sentence
    for match in DONE_BY_OTHERS.finditer(sentence):
        start = _clause_start(sentence, match.start())
        text = text[:start] + " " * (match.end() - start) + text[match.end() :]
    return text


def _clause_start(text: str, end: int) -> int:
    """Where the clause holding `end` starts: after the last stop, semicolon, comma or colon before it."""
    return max(text.rfind(mark, 0, end) for mark in (". ", "; ", ", ", ": ")) + 1


def _does_work(written: re.Pattern[str], part: str, objects: frozenset[str] | None, name: str) -> bool:
    """Does this instruction (its section heading, a newline, its sentence) do the work to the object?

    The sentence may do the work to what its heading names, all of it ("Guide pads" / "Replace them when
    worn to 1 mm: ..."), but a heading's work is done to the heading's own object: under "Changing the blade",
    "lift the blade out of the guide pads" changes no guide pad. A sentence that only says the work is
    due ("a frosted glass must itself be replaced") says that, not how (rules.WORK_DUE); one that leaves
    the asked work to someone else ("have the seals replaced by Testberg service") says who
    (rules.WORK_DELEGATED). A heading that names only its work ("5. CLEANING") is about the manual's
    own equipment, which the sentence under it names.
    """
    heading, _, sentence = part.rpartition("\n")
    if any(written.fullmatch(m.group("work")) for m in WORK_DELEGATED.finditer(sentence)):
        return False
    sentence = _without_work_of_others(sentence)
    if name in SCHEDULED_WORK:
        sentence = WORK_DUE.sub(" ", sentence)
    works = list(written.finditer(sentence))
    if works and (objects is None or any(_works_on(sentence, m, objects) for m in works)):
        return True
    if objects is None:
        return written.search(heading) is not None
    named = _object_words(written.sub(" ", heading))
    if works and objects <= named:
        # Under "Guide roller", "Remove the four bolts and lift out the roller" works on it; under "Spindle
        # warm-up", "remove the tool holder" is no work on the spindle bearings.
        return True
    if written.search(heading) is None:
        return False
    # A heading that names only its work ("5. CLEANING") does it to the manual's own equipment, which the
    # sentence under it names.
    return bool(objects & named) or not named


def _works_on(sentence: str, work: re.Match[str], objects: frozenset[str]) -> bool:
    """Is the work written at `work` done to the asked object? A verb's object is the phrase after it, a
    list included ("Fit the new belt | with the arrow ... at the contact wheel": the belt; "Remove the
    guard and the guide roller": both); a passive verb's is its subject ("The guide roller is removed");
    a noun of work has its object before it as well ("after each belt change": the belt; "Fit the
    replacement roller": the roller). A work word with no object of its own ("Replace them.", "fit a new
    one") is done to what the sentence names."""
    low = sentence.lower()
    before = low[: work.start()]
    # One sentence: a full stop in it is an abbreviation's or a decimal's ("fit the new approx. 40 mm seal").
    rest = low[work.end() :].replace(".", " ")
    passive = _PASSIVE.search(before)
    if passive is not None:
        # The subject opens its clause, before what it is on or in: "the high-limit thermostat (STB) on
        # the heater housing must be reset".
        clause = _SUBJECT_CLAUSES.split(before[: passive.start()])[-1]
        # A subject whose first word is also a boundary ("The in-feed roller", "the on/off switch") is
        # read whole.
        named = _object_words(OBJECT_BOUNDARY.split(clause, maxsplit=1)[0]) or _object_words(clause)
    elif work.group().lower().endswith(("change", "changes", "ment", "ments", "al")) and not _DETERMINED.match(rest):
        # A noun of work names its object before it ("belt change") or after it ("replacement roller").
        named = _object_words(OBJECT_BOUNDARY.split(before)[-1]) | _object_words(
            OBJECT_BOUNDARY.split(rest, maxsplit=1)[0]
        )
    else:
        named = _object_words(OBJECT_BOUNDARY.split(_LISTED.sub(" ", rest), maxsplit=1)[0])
    return not named or bool(objects & named)


# What opens a verb's object: "change | the belt", "replace | both rollers".
_DETERMINED = re.compile(r"\s+(?:the|a|an|all|both|each|its|their|any|every|new|old|worn)\b")
# A passive verb of work: "the roller is | removed", "seals must be | renewed".
_PASSIVE = re.compile(r"\b(?:is|are|be|been|being)\s+$")
# Where a clause of a sentence starts: after a comma, a semicolon, a colon or "and". (Not _CLAUSES, which
# parts prose into its sentences.)
_SUBJECT_CLAUSES = re.compile(r"[,;:]|\band\b")
# What joins the objects of one verb: "remove the guard and the roller", "the impeller, the seal".
_LISTED = re.compile(r"\s*(?:,|\band\b)\s*")


# Where a quoted text's sentences part ("... hardened. Replace when torn."; not "approx. 6 screws").
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _instructions(piece: str) -> list[str]:
    """The sentences of a quoted piece that may say how work is done, each with its section heading.

    A sentence must name what it works on itself, refer back to it ("Remove the filter element. Wash
    it in warm water.": the sentence before joins it), or stand under a heading that names it:
    "Curtains: glass fibre, TC-CU-45. Replace when torn." replaces no curtain, and a numbered section
    ("6. Maintenance Change the filter weekly. The bearings are sealed for life.") changes no bearing
    because it names them beside other work. A table row ("Task: Replace side drive belts;
    Interval: ...") says that the work is done, not how.
    """
    heading, _, text = piece.rpartition("\n")
    if _cells(text):
        return []
    sentences = _SENTENCES.split(text)
    return [
        f"{heading}\n{sentences[i - 1]} {sentence}" if i and REFERS_BACK.search(sentence) else f"{heading}\n{sentence}"
        for i, sentence in enumerate(sentences)
    ]
