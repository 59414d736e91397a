"""Equipment model numbers and fault/parameter codes: found in text, normalized for exact matching.

Technicians write "kd400", "KD 400" or "KD-400"; manuals write "KD-400". Alarms are "AL-042" in a
manual and "al42" in a chat. Normalizing both sides to the same keys ("kd400", "al042", "al42")
lets full-text search and the exact-match boost treat them as one token. "P1.08" keeps its dot
(P1.08 and P10.8 are different parameters).
"""

from __future__ import annotations

import re

# letters, an optional separator, digits (optionally a decimal part and a letter suffix).
_DOC_CODE = re.compile(r"(?<![\w.])([A-Za-z]{1,4})[-.]?(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?![\w])")
# Model variants written as a family code plus a size: "PV4-25", "CA37-11". The variant is its own
# piece of equipment ("pv425"), distinct from the family ("pv4") that the simple pattern finds.
_VARIANT = re.compile(r"(?<![\w.-])([A-Za-z]{1,4}\d{1,4})-(\d{1,4}[A-Za-z]?)(?![\w])")
# In chat, "kd 400" is common too; a space is allowed there, but not after ordinary words.
_QUERY_CODE = re.compile(r"(?<![\w.])([A-Za-z]{1,4})[-. ]?(\d{1,5}(?:\.\d{1,3})?[A-Za-z]?)(?![\w])")
_NOT_A_PREFIX = frozenset(
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


def written_codes(text: str) -> list[set[str]]:
    """Codes a technician wrote out in full ("RT-20", "vx400", "OC4", "C-09"), one key set per code.

    Only codes with at least two letters, or one letter and a separator ("C-09", not "E4"), and no
    space inside count: "m3/h", "cat 2" or "says 400" are too ambiguous to claim that the knowledge
    base lacks a piece of equipment.
    """
    codes = [
        _keys(m.group(1), m.group(2)) for m in _DOC_CODE.finditer(text) if len(m.group(1)) >= 2 or m.group(0)[1] in "-."
    ]
    return codes + [{f"{m.group(1)}{m.group(2)}".lower()} for m in _VARIANT.finditer(text)]


def query_code_spans(text: str) -> list[tuple[int, int, set[str]]]:
    """Where the codes of a technician's question stand, with their normalized keys."""
    out: list[tuple[int, int, set[str]]] = []
    for m in _QUERY_CODE.finditer(text):
        letters = m.group(1)
        spaced = m.group(0)[len(letters)] == " " if len(m.group(0)) > len(letters) else False
        if spaced and letters.lower() in _NOT_A_PREFIX:
            continue
        if len(letters) == 1 and not spaced and letters.lower() in {"a", "i"}:
            continue
        out.append((m.start(), m.end(), _keys(letters, m.group(2))))
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


def normalize_query_text(text: str) -> str:
    """Rewrite codes in a question to their joined form so the full-text parser keeps them whole."""

    def join(m: re.Match[str]) -> str:
        letters = m.group(1)
        sep = m.group(0)[len(letters)] if len(m.group(0)) > len(letters) else ""
        if sep == " " and letters.lower() in _NOT_A_PREFIX:
            return m.group(0)
        return f"{letters}{m.group(2)}".lower() + f" {m.group(0)}"

    return _QUERY_CODE.sub(join, text)
