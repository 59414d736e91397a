"""Equipment model numbers and fault/parameter codes: found in text, normalized for exact matching.

Technicians write "kd400", "KD 400" or "KD-400"; manuals write "KD-400". Alarms are "AL-042" in a
manual and "al42" in a chat. Normalizing both sides to the same keys ("kd400", "al042", "al42")
lets full-text search and the exact-match boost treat them as one token. "P1.08" keeps its dot
(P1.08 and P10.8 are different parameters). Standard designations (IP65, DN50, PT100) look like
codes and match like them, but name no equipment: equipment_codes leaves them out.

The patterns and tables below are hand-tuned rules like those of engine/rules.py and are written the
same way (typed, a comment each); they stay here because ingest and retrieval use them and knowledge/
never imports engine/.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Final

# A code as a manual writes it: letters, an optional separator, digits (optionally a decimal part
# and a letter suffix).
_DOC_CODE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])([A-Za-z]{1,4})[-.]?(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?![\w])"
)
# Model variants written as a family code plus a size: "PV4-25", "CA37-11". The variant is its own
# piece of equipment ("pv425"), distinct from the family ("pv4") that the simple pattern finds.
_VARIANT: Final[re.Pattern[str]] = re.compile(r"(?<![\w.-])([A-Za-z]{1,4}\d{1,4})-(\d{1,4}[A-Za-z]?)(?![\w])")
# In chat, "kd 400" is common too; a space is allowed there, but not after ordinary words.
# Public: engine/conversation.py finds the codes to swap in a follow-up with the same pattern.
# A contraction's last letters are no code either ("it's 7 bar" is no "s7"; fifty-sixth session).
QUERY_CODE: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])(?<!\w['\u2018\u2019\u00b4`])([A-Za-z]{1,4})[-. ]?(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?![\w])"
)
# Words of four letters or fewer that are never a code's letters before a spaced number: prepositions, adverbs,
# quantifiers, pronouns and verbs of a technician's own reading ("the gauge says 7.7 bar", "only 31 deg", "how many
# 32a sockets", "got 0.07", "over 15 teeth"). Read as codes ("says7.7", "many32a"), they took the technician's own
# number out of what the question asks (strip_codes) and put a token no manual writes into the search. Nouns stay
# out of it ("zone 7", "pump 2" may name a thing). None of these was the letters of a model in the sample manuals when
# checked (the hundred and twelve sets' manuals, PDFs extracted; a one-off check, no test repeats it). Fifty-fifth
# session, found by a wrong draft of the hundred-and-eleventh set; tested on strings written for it in
# tests/test_knowledge_codes.py. Fifty-sixth session: the words two reviewers found missing ("last 2", "four 32a",
# "wait 5 min", "isnt 40", "saw 9 bar", "drop 2 bar"), checked the same way; "vs" stays out, as VS is a model's
# letters in many manuals ("VS-60"). A real maker may still name a model so ("plus 832"); none in the samples does.
_ORDINARY_WORDS: Final[frozenset[str]] = frozenset(
    "with from over into onto past near like thru till upon only just also even ever now then once back down away "
    "here very too much more less most many some any each both few one two ten half says said say got gets gave give "
    "took take does did done have been need want read hit hits put keep came come goes went left lost sees seen sits "
    "sat show make made used uses runs ran sets turn pull push were will may must not but yet nor your his her him "
    "they them you who what how why when last next four five six nine zero that this abt appx upto plus fell rose "
    "blew add wait held kept told isnt dont cant wont saw hold try til shes hes same avg btwn aprx apx lets drop lose "
    "rise gain ive yes yep bout".split()
)
# Ordinary words that are not a code's letters when a space follows them ("at 400", "set 2"); _ORDINARY_WORDS too.
_NOT_A_PREFIX: Final[frozenset[str]] = _ORDINARY_WORDS | frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "do",
        "for",
        "go",
        "has",
        "i",
        "if",
        "in",
        "is",
        "it",
        "me",
        "my",
        "no",
        "of",
        "on",
        "or",
        "per",
        "so",
        "than",
        "the",
        "to",
        "up",
        "us",
        "we",
        "set",
        "top",
        "max",
        "min",
        "run",
        "see",
        "use",
        "get",
        "all",
        "can",
        "was",
        "had",
        "its",
        "our",
        "off",
        "out",
        "via",
        "x",
    ]
)


# Standard designations: written like a code, but a rating, size, grade or standard that products
# of any maker share. Matched against a code as written (any case, an optional "-" or space after
# the letters; a dot or a leading zero means a parameter or fault code, as in "Pn.24" or "PN01").
# Numbers are kept to the values the standards define where that is a short list (VG grades,
# PT100/PT1000, PN classes, refrigerants), so a model that merely shares the letters still counts.
# The separator a designation may have after its letters.
_SEP: Final[str] = r"[- ]?"
# ISO viscosity grades (ISO 3448), the numbers a VG, HLP or HM oil designation may carry.
_VG_GRADES: Final[str] = r"(?:2|3|5|7|10|15|22|32|46|68|100|150|220|320|460|680|1000|1500|2200|3200)"
# Standard designations (the whole written code matches one), grouped by what they rate.
_DESIGNATION: Final[re.Pattern[str]] = re.compile(
    "|".join(
        [
            # ingress and impact protection: IP20, IP65, IP69K, IP2X, IPX4; IK08; NEMA 4X; Type 4X
            rf"ip{_SEP}(?:[0-6][0-9]k?|[0-6]x|x[0-9]k?)",
            rf"ipx{_SEP}[0-9]k?",
            rf"ik{_SEP}(?:0[0-9]|10)",
            rf"(?:nema|type){_SEP}(?:1|2|3|3r|3s|3x|4|4x|5|6|6p|12|12k|13)",
            # pipe and flange sizes and pressure classes: DN50, PN16, NPS2, SCH40
            rf"dn{_SEP}[1-9]\d{{0,3}}",
            rf"pn{_SEP}(?:2\.5|6|10|16|25|40|63|100|160|250|320|400)",
            rf"nps{_SEP}[1-9]\d?",
            rf"sch{_SEP}(?:5|10|20|30|40|60|80|100|120|140|160)s?",
            # harmonised cable types: H05VV-F, H07V-K (seventeenth session, after a review)
            r"h0[357]v\w*",
            # temperature sensors: PT100, PT1000, Ni1000, NTC10K, PTC, KTY84-130
            rf"pt{_SEP}(?:50|100|200|500|1000)",
            rf"ni{_SEP}(?:100|120|1000)",
            rf"ntc{_SEP}[1-9]\d{{0,2}}k?",
            rf"ptc{_SEP}[1-9]\d{{0,2}}k?",
            r"kty\d{2}(?:-\d{3})?",
            # lubricants: NLGI 2 greases, EP2, ISO VG46 oils (and HLP/HM/AW/HV types of a VG grade), SAE 30 / 10W
            rf"nlgi{_SEP}(?:000|00|0|1|2|3|4|5|6)",
            rf"ep{_SEP}(?:000|00|0|1|2|3)",
            rf"(?:vg|hlp|hvlp|hm|hv|aw){_SEP}{_VG_GRADES}",
            rf"sae{_SEP}(?:0|5|10|15|20|25|30|40|50|60)w?",
            # refrigerants, R-134a, R-410A, R-407C
            rf"r{_SEP}(?:22|32|290|600a|717|744|[1-5]\d{{2}}[a-c])",
            # stainless bolt grades: A2-70, A4-80
            r"a[245]-(?:50|70|80|100)",
            # electrical: utilization categories AC-3, DC-13; supplies DC24V, AC230V; measurement
            # categories CAT III; cable categories Cat5e, Cat6a; AWG sizes; serial links RS-485
            rf"(?:ac|dc){_SEP}(?:1|2|3|4|5a|5b|6a|6b|7a|7b|12|13|14|15|20|21|22|23)",
            rf"(?:ac|dc){_SEP}[1-9]\d{{0,3}}v",
            rf"cat{_SEP}(?:[1-8][ae]?)",
            rf"awg{_SEP}[1-9]\d?",
            rf"(?:rs|eia){_SEP}(?:232|422|423|485)",
            # efficiency and safety ratings: IE3, EFF1, SIL2, hazardous-area Div 2, Zone 1, ATEX II 2G
            rf"ie{_SEP}[1-5]",
            rf"eff{_SEP}[1-3]",
            rf"sil{_SEP}[1-4]",
            rf"div{_SEP}[12]",
            rf"zone{_SEP}(?:0|1|2|20|21|22)",
            rf"ii{_SEP}[1-3][gd]",
            # standards written without a space: IEC60204, EN60204, ISO4406, DIN912, UL508A, NFPA70E
            rf"iec{_SEP}[1-9]\d{{3,4}}",
            rf"(?:en|iso|din|bs){_SEP}[1-9]\d{{2,4}}",
            rf"ul{_SEP}[1-9]\d{{1,3}}[a-z]?",
            rf"nfpa{_SEP}[1-9]\d{{1,2}}[a-z]?",
            rf"(?:ieee|api|astm|ansi|asme|csa){_SEP}[1-9]\d{{1,4}}[a-z]?",
        ]
    ),
    re.IGNORECASE,
)


def _keys(letters: str, number: str) -> set[str]:
    letters = letters.lower()
    number = number.lower()
    keys = {letters + number}
    stripped = number.lstrip("0")
    if stripped and stripped[0].isdigit() and stripped != number:
        keys.add(letters + stripped)  # "AL-042" also matches "al42"
    return keys


def document_codes(text: str) -> set[str]:
    """Normalized codes written in a manual (no space between prefix and number)."""
    out: set[str] = set()
    for m in _DOC_CODE.finditer(text):
        out |= _keys(m.group(1), m.group(2))
    out |= {f"{m.group(1)}{m.group(2)}".lower() for m in _VARIANT.finditer(text)}
    return out


# Words that say a one-letter code ("E06", "F6", "A9") is what a display or a controller shows: a
# technician reporting it, or asking what a parameter or menu item is ("what does P6 do"), not a
# unit or a size. Without them "E4" or "m3" is too ambiguous to claim the knowledge base lacks it.
_SHOWN: Final[re.Pattern[str]] = re.compile(
    r"\b(codes?|fault\w*|alarm\w*|errors?|err|warning|showing|shows|show|display\w*|flash\w*|blink\w*|"
    r"throw\w*|keypad|screen|hmi|readout|came up|pops? up|popped up|lit|tripped on|trips on|mean|means|"
    r"param(?:eter)?s?|menu|what (?:does|do) (?!(?:it|you|we|they|i|this|that|these|those)\b)\w{2,5} do)\b",
    re.IGNORECASE,
)
# Right after a number a one-letter code is a unit or a size ("20 m3/h", "4 x M8"), never a fault. A
# code's own digits are no number: in "ad75 H03" the H03 follows the AD75, not a quantity.
_AFTER_NUMBER: Final[re.Pattern[str]] = re.compile(r"((?<![A-Za-z\d])\d+(?:[.,]\d+)?|\bx)\s*$", re.IGNORECASE)
# Right before a one-letter code, a machine reporting it: "tripped F15", "stopped on W11", "threw a09",
# "dash says E5", "some come up e13", a controller named by its own code ("nc-3 says n19", "cx2 says a29";
# twenty-second session: two letters at least, not a page's, a table's, a drawing's or a standard's number,
# "p12 says", "dwg-447 says m12"). Only right before:
# "tripping" elsewhere in the question says nothing about an "m8" bolt it also names; "tripping the C16
# breaker" names the breaker, and what a manual, a drawing or a nameplate "says" is data ("manual says M10
# anchors"), not a display's report.
_REPORTED_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:trip\w*(?:\s+(?:on|with))?|threw|stop\w*\s+(?:on|with)|"
    r"(?:display|dash|screen|hmi|panel|controller|keypad|plc|"
    r"(?!(?:dwg|drg|doc|fig|rev|iso|din|en|pg|sec|tab|tbl|sop|wi|ch|item|step|spec|page)-?\d)"
    r"[a-z]{2,4}-?\d{1,3}[a-z]?)\s+(?:just\s+)?(?:says|said)|"
    r"comes? up|coming up)"
    r"\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# Right after a one-letter code of three or more digits, the machine it is on: "e108 on the die caster", "h214
# on our blister line". Not the letters of a size or a grade that run to three digits: a bolt or thread (M100),
# a breaker (B/C/D125), a sanding grit (P120), a steel grade (S355), a refrigerant without its suffix (R404).
_ON_A_MACHINE: Final[re.Pattern[str]] = re.compile(r"\s+on\s+(?:the|our|my|this|that|both|an?)\b", re.IGNORECASE)
# How many digits make a one-letter code too long for most sizes (_ON_A_MACHINE).
_LONG_CODE_DIGITS: Final[int] = 3
# The letters of sizes and grades that reach three digits (_ON_A_MACHINE): never read as a reported code so.
_SIZE_LETTERS: Final[frozenset[str]] = frozenset("bcdmprs")
# A number written with a leading zero ("E06", "a09", "F0017") is a code's: a unit or a size is not
# written so, but for the actuator flanges of ISO 5211 ("F07 flange", "F05/F07": _ZERO_LED_SIZE).
_ZERO_LED: Final[re.Pattern[str]] = re.compile(r"0\d")
# What follows a flange size (or a slash between two), written with a leading zero as a fault code is.
_ZERO_LED_SIZE: Final[re.Pattern[str]] = re.compile(r"\s*(?:/|flanges?\b|mount\w*|pattern)", re.IGNORECASE)


# A square or cubic unit as a technician types it ("m3", "mm2"): after a number or beside a "/" a unit,
# never a code.
_UNIT_POWER_CODE: Final[re.Pattern[str]] = re.compile(r"(?:mm|cm|m)[23]", re.IGNORECASE)


def _one_letter_shown(text: str, m: re.Match[str], shown: bool) -> bool:
    """A one-letter code without a separator ("E6") counts when the question reports what is shown,
    when a machine's report of it comes right before it ("tripped F15"), when three or more digits of
    it stand on a machine ("e108 on the caster"), or when its number has a leading zero ("E06")."""
    before = text[: m.start()]
    if text[m.end() : m.end() + 1] == "/" or _AFTER_NUMBER.search(before):
        return False
    if shown or _REPORTED_BEFORE.search(before) is not None:
        return True
    if (
        len(m.group(2)) >= _LONG_CODE_DIGITS
        and m.group(1).lower() not in _SIZE_LETTERS
        and _ON_A_MACHINE.match(text, m.end())
    ):
        return True
    sized = _ZERO_LED_SIZE.match(text, m.end()) is not None or text[m.start() - 1 : m.start()] == "/"
    return _ZERO_LED.match(m.group(2)) is not None and not sized


def _a_unit(text: str, m: re.Match[str]) -> bool:
    """Is the code a square or cubic unit ("500 cm2", "4 mm2", "m3/h"): after a number or beside a "/"?"""
    return _UNIT_POWER_CODE.fullmatch(m.group(0)) is not None and (
        _AFTER_NUMBER.search(text[: m.start()]) is not None
        or "/" in text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]
    )


def _written(text: str) -> list[tuple[str, set[str]]]:
    """Codes written out in full, each as (the text as written, its normalized keys)."""
    shown = _SHOWN.search(text) is not None
    codes = [
        (m.group(0), _with_singular(m.group(0), _keys(m.group(1), m.group(2))))
        for m in _DOC_CODE.finditer(text)
        if (len(m.group(1)) >= 2 or m.group(0)[1] in "-." or _one_letter_shown(text, m, shown)) and not _a_unit(text, m)
    ]
    return codes + [(m.group(0), {f"{m.group(1)}{m.group(2)}".lower()}) for m in _VARIANT.finditer(text)]


def written_codes(text: str) -> list[set[str]]:
    """Codes a technician wrote out in full ("RT-20", "vx400", "OC4", "C-09"), one key set per code.

    Only codes with at least two letters, or one letter and a separator ("C-09"), and no space inside
    count: "m3/h", "cat 2" or "says 400" are too ambiguous to claim that the knowledge base lacks a
    piece of equipment. A one-letter code ("E06") counts when the question reports it as shown
    ("showing E06", "F6 on the keypad", "alarm A9"). Standard designations (IP65, DN50) are included: the evidence
    writing them still says something about whether it answers (see equipment_codes).
    """
    return [keys for _, keys in _written(text)]


# Chemical formulas a technician writes for a substance ("cu/cuso4", "co2 level"), with the names a manual may write
# instead: a knowledge base that writes "copper/copper sulphate" mentions CuSO4 (KnowledgeBase.unknown_codes). One
# that writes neither knows nothing of it, and a question about it still names something no document mentions.
# Thirty-third session; tested in tests/test_knowledge_retrieval.py.
CHEMICAL_NAMES: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "co2": ("carbon dioxide",),
        "so2": ("sulphur dioxide", "sulfur dioxide"),
        "no2": ("nitrogen dioxide",),
        "nh3": ("ammonia",),
        "sf6": ("sulphur hexafluoride", "sulfur hexafluoride"),
        "ch4": ("methane",),
        "cuso4": ("copper sulphate", "copper sulfate"),
        "caco3": ("calcium carbonate", "limestone"),
        "cacl2": ("calcium chloride",),
        "mgso4": ("magnesium sulphate", "magnesium sulfate"),
        "feso4": ("iron sulphate", "iron sulfate", "ferrous sulphate", "ferrous sulfate"),
        "sio2": ("silica", "silicon dioxide"),
        "tio2": ("titanium dioxide",),
        "fecl3": ("ferric chloride", "iron chloride"),
    }
)


def is_designation(code: str) -> bool:
    """Is this code, as written, a standard designation (IP65, DN50, PT100, VG46, SIL2) rather than equipment?"""
    return _DESIGNATION.fullmatch(code) is not None


def equipment_codes(text: str) -> list[set[str]]:
    """The written codes that name a piece of equipment or a fault: model numbers, alarms, parameters.

    A standard designation is a property any manufacturer's product may have, so a knowledge base
    that never writes "IP65" has not thereby missed a machine: "is the IP65 version ok outdoors"
    must not escalate as unknown equipment. Designations stay codes for retrieval and confidence.
    """
    return [keys for written, keys in _written(text) if not is_designation(written)]


# A code key as its letters, two or more, and its number ("pe100": "pe", "100"; "ksl240": "ksl", "240"): the spaced
# spelling of a code (knowledge.base) and a model's family (spaced_model_codes). Public: knowledge.base reads it.
CODE_PARTS: Final[re.Pattern[str]] = re.compile(r"([a-z]{2,4})(\d[\d.]*[a-z]?)")


def spaced_model_codes(text: str, models: Iterable[str]) -> list[set[str]]:
    """Codes the question writes with a space ("quoting a ksl 400") whose letters are those of a model the
    passages' manuals cover ("KSL-240 / KSL-320") while its number is none of theirs: a sibling model the
    technician names. equipment_codes leaves every spaced code out, since one may be ordinary words ("cat 2",
    "says 400"); a model family's letters make it a model's name. Whether any manual writes it is then the
    knowledge base's to say (KnowledgeBase.unknown_codes: glued, or spaced in the full text). Forty-fifth session,
    from the seventieth set; tested on strings written for it in tests/test_knowledge_codes.py."""
    covered = {key for model in models for key in document_codes(model)}
    families = {m.group(1) for key in covered if (m := CODE_PARTS.fullmatch(key))}
    out = []
    for start, end, keys in query_code_spans(text):
        written = text[start:end]
        if " " not in written or keys & covered or is_designation(written.replace(" ", "")):
            continue
        if any((m := CODE_PARTS.fullmatch(key)) and m.group(1) in families for key in keys):
            out.append(keys)
    return out


def _with_singular(written: str, keys: set[str]) -> set[str]:
    """A technician writes several machines of one model with a lower-case "s" glued to its number ("the
    hb120s", "both xr40s"): the model without it is one of its keys, so a knowledge base holding the HB-120
    knows it. A capital S ("HB-120S") is left as written: that is how makers name a variant."""
    if not (len(written) > 2 and written.endswith("s") and written[-2].isdigit()):
        return keys
    return keys | {key[:-1] for key in keys if key.endswith("s")}


def query_code_spans(text: str) -> list[tuple[int, int, set[str]]]:
    """Where the codes of a technician's question stand, with their normalized keys."""
    out: list[tuple[int, int, set[str]]] = []
    for m in QUERY_CODE.finditer(text):
        letters = m.group(1)
        spaced = m.group(0)[len(letters)] == " " if len(m.group(0)) > len(letters) else False
        if spaced and letters.lower() in _NOT_A_PREFIX:
            continue
        if len(letters) == 1 and not spaced and letters.lower() in {"a", "i"}:
            continue
        if _a_unit(text, m):
            continue  # "1000 m3/h", "4 mm2", "flow in m3/h", "kg/m3": a unit, not a code
        out.append((m.start(), m.end(), _with_singular(m.group(0), _keys(letters, m.group(2)))))
    # A variant ("nd5-0110") is one code: its family's span grows over the size and keeps both keys,
    # the family's to find the series manual and the variant's to find its own row.
    for m in _VARIANT.finditer(text):
        variant = f"{m.group(1)}{m.group(2)}".lower()
        family = next((i for i, (start, _, _) in enumerate(out) if start == m.start()), None)
        if family is None:
            out.append((m.start(), m.end(), {variant}))
        else:
            out[family] = (m.start(), m.end(), out[family][2] | {variant})
    return sorted(out, key=lambda span: span[0])


def specific_codes(text: str) -> set[str]:
    """The question's codes, each as specifically as written: "nd5-0110" asks about the variant's own
    row ("nd50110"), not every model of its "nd5" family. A plural ("the hb120s") asks about the model
    itself as well as the S variant it may name."""
    out: set[str] = set()
    for _, _, keys in query_code_spans(text):
        out |= {k for k in keys if not any(other not in (k, f"{k}s") and other.startswith(k) for other in keys)}
    return out


def query_codes(text: str) -> set[str]:
    """Normalized codes in a technician's question, tolerating "kd 400" style spacing."""
    return {key for _, _, keys in query_code_spans(text) for key in keys}


def strip_codes(text: str, codes: set[str] | None = None) -> str:
    """The question without its codes (or only without those among `codes`): what is left says what it asks."""
    for start, end, keys in reversed(query_code_spans(text)):
        if codes is None or keys & codes:
            text = text[:start] + " " + text[end:]
    return text


# A number glued to its unit in a question ("80m", "4mm2", "2.5m3/h", "24v"): the manual writes them
# apart ("50 m of 4 mm²"), which the full-text parser reads as the number and the unit; glued, the
# parser keeps one token ("4mm2") that no manual writes. Added 2026-12-01 (fifteenth session).
_GLUED_UNIT: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)(mm2|mm|cm|m3|m2|m|kw|kva|hp|vdc|vac|v|kv|amps?|a|hz|mbar|bar|psi|k?pa|kg|g|"
    r"ml|l|rpm|nm|kn|n|secs?|s|mins?|hrs?|h|ppm|°c|c)(?=/|\b)",
    re.IGNORECASE,
)
# A square or cubic unit a technician types with a plain digit ("4 mm2", "m3/h"): most manuals write
# "mm²", "m³/h", which the parser reads as "mm", "m" and "/h", some "m3/h" as typed, so both forms are
# searched. Only after a number or before "/", so an M3 screw or a part "MM2" stays a code.
_UNIT_POWER: Final[re.Pattern[str]] = re.compile(
    r"(?:(?<=\d)|(?<=\d )|(?<![\w.])(?=\w+/))(mm|cm|m)([23])(/[a-z]+)?(?=/|\b)", re.IGNORECASE
)
# Words after which a number glued to one letter is a code, not a quantity: "fault 4a", "step 3s", "rev 2c".
_CODE_WORD_BEFORE: Final[re.Pattern[str]] = re.compile(
    r"\b(?:code|fault|error|err|alarm|alm|rev|revision|version|ver|firmware|fw|step|param\w*|menu|no|nr|#)\s*$",
    re.IGNORECASE,
)
# The superscript a manual writes for a typed power.
_SUPERSCRIPT: Final[dict[str, str]] = {"2": "²", "3": "³"}


def normalize_units(text: str) -> str:
    """A question's numbers and units written as manuals write them, for the full-text parser.

    "80m extension lead 4mm2" -> "80 m extension lead 4 mm² mm2", "2.5 m3/h" -> "2.5 m³/h m3/h". A code
    stays whole ("cpu 1214c", "err 2s", "rev 2a board"), and so does a number after a word that makes it
    one ("fault 4a", "step 3s").
    """
    codes = [(start, end) for start, end, _ in query_code_spans(text)]

    def split(m: re.Match[str]) -> str:
        if any(start < m.start(2) < end for start, end in codes):
            return m.group(0)  # the letters are the code's own ("cpu 1214c"), not a unit after it
        if len(m.group(2)) == 1 and _CODE_WORD_BEFORE.search(text[: m.start()]):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}"

    text = _GLUED_UNIT.sub(split, text)
    return _UNIT_POWER.sub(lambda m: f"{m.group(1)}{_SUPERSCRIPT[m.group(2)]}{m.group(3) or ''} {m.group(0)}", text)


def normalize_query_text(text: str) -> str:
    """Rewrite codes in a question to their joined form so the full-text parser keeps them whole, its
    units as manuals write them first (normalize_units)."""

    def join(m: re.Match[str]) -> str:
        letters = m.group(1)
        sep = m.group(0)[len(letters)] if len(m.group(0)) > len(letters) else ""
        if sep == " " and letters.lower() in _NOT_A_PREFIX:
            return m.group(0)
        return f"{letters}{m.group(2)}".lower() + f" {m.group(0)}"

    return QUERY_CODE.sub(join, normalize_units(text))


# How far from a reported code its listed neighbours may be for the table to have skipped it: "M06" where the
# table lists M05 and M07 (or M04 and M08), not "E40" in a table of E01-E12 and E90.
_GAP_REACH: Final[int] = 3
# A code as prefix letters and a number ("m06", "a107"): what a fault table numbers its rows by; with a
# sub-code's point or letter ("F12.1", "E12a"), which lists its code too.
_NUMBERED: Final[re.Pattern[str]] = re.compile(r"([a-z]{1,3})(\d{1,4})(?:\.\d{1,3}|[a-z])?")
# A run of codes a table writes as one row ("E04-E06", "E04 to E06", "A1...A4"): every code between is listed.
_CODE_RUN: Final[re.Pattern[str]] = re.compile(
    r"(?<![\w.])([A-Za-z]{1,3})-?(\d{1,4})\s*(?:-|–|—|to|\.\.\.|…)\s*(?:\1-?)?(\d{1,4})(?![\w])", re.IGNORECASE
)
# A one-letter code that sizes a fastener ("the m8 screws", "M10 anchors"): no fault, whatever the question reports.
_FASTENER_AFTER: Final[re.Pattern[str]] = re.compile(
    r"\s*(?:x\s*\d+\s*)?(?:screws?|bolts?|nuts?|anchors?|threads?|studs?|washers?|set ?screws?|cap ?screws?)\b",
    re.IGNORECASE,
)


def skipped_codes(question: str, texts: Iterable[str], models: Iterable[str] = ()) -> list[str]:
    """The codes a question reports as shown (a fault, an alarm: _SHOWN or a report right before it) that the
    texts (the passages found, with their headings) skip: none writes it, nor a run or sub-code holding it,
    but they write its neighbours on both sides, of its letters and within _GAP_REACH ("M05" and "M07" for
    "gcp2 fault m06"). A fault table with a gap where the code would stand says the manual has no such
    code, however well the rest of the table matches; a code beyond the table's last row, a table not
    found, a code of three or more letters, a model of the letters of `models` ("the bx2" beside BX-1 and
    BX-3: unknown_codes' and the search's to judge) or a fastener's size ("m8 screws") says nothing."""
    shown = _SHOWN.search(question) is not None
    # The letters of the models the passages' manuals cover: "bx2" beside them is a model, not a fault.
    families = {m.group(1).lower() for model in models if (m := _DOC_CODE.match(model))}
    asked = [
        (m.group(1).lower(), m.group(2))
        for m in QUERY_CODE.finditer(question)
        if len(m.group(1)) <= 2
        and m.group(2).isdigit()
        and " " not in m.group(0)
        and (shown or _REPORTED_BEFORE.search(question[: m.start()]))
        and not _FASTENER_AFTER.match(question, m.end())
        and m.group(1).lower() not in families
    ]
    if not asked:
        return []  # most questions: the passages' codes are not read at all
    written: set[str] = set()
    listed: dict[str, set[int]] = {}
    for text in texts:
        for code in document_codes(text):
            written.add(code)
            if m := _NUMBERED.fullmatch(code):  # "F12.1" lists F12 too
                written |= _keys(m.group(1), m.group(2))
                listed.setdefault(m.group(1), set()).add(int(m.group(2)))
        for run in _CODE_RUN.finditer(text):
            low, high = int(run.group(2)), int(run.group(3))
            if low < high <= low + 50:
                written |= {f"{run.group(1).lower()}{n}" for n in range(low, high + 1)}
    out = []
    for letters, digits in asked:
        number, numbers = int(digits), listed.get(letters, set())
        if _keys(letters, digits) & written:
            continue
        if any(number - _GAP_REACH <= n < number for n in numbers) and any(
            number < n <= number + _GAP_REACH for n in numbers
        ):
            out.append(f"{letters}{digits}".upper())
    return out
