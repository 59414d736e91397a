"""A technician's misspelling of a word the manuals found write ("hieght", "presure", "controler",
"homogeniser" for "homogenizer"), put right before the answer is drafted and its evidence weighed.

Word matching (coverage, the asked object, the asked work) compares the question's words with the
manual's, and a misspelt word matches nothing: an answerable question then looks unanswerable, and
full-text search misses the word too. A word is corrected only when it is no word at all (not in
the packaged MiniLM's vocabulary: "there" is no misspelling of "three", nor "doing" of "dosing"),
only to a word the passages found write (their text and headings, not a title's maker names) or to a
word that says what kind of answer is asked (rules.ASKING_WORDS: "proceedure"), or to another form of
a word they write, by its stem ("callibrate" where they write "calibration"), and
only by one slip of the fingers: two neighbouring letters swapped ("hieght"), one of a double letter
left out ("presure", "runing", "controler") or typed twice ("proceedure"), s for z ("analyzer",
"homogeniser"), an ending written as it sounds ("tention" for "tension"), or, in the ending of a word of
at least rules.VOWEL_SLIP_LETTERS letters, one vowel for another ("intervel", "condensor"; not
"palletiser" for "pelletiser"). Any other letter left out
makes another word too often ("contactor" is no "contractor", "casing" no "casting", "collet" no
"collect", "inert" no "insert"), and a changed ending is a plural or a tense ("coater" is no
"coated"). Never the first letter. The word keeps its capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from engine.rules import (
    ASKING_WORDS,
    FORM_ENDING,
    FORM_PREFIX,
    SPELLING_MIN_LETTERS,
    VOWEL_DROP_LETTERS,
    VOWEL_SLIP_ENDING,
    VOWEL_SLIP_LETTERS,
)

# A word of letters only, not part of a code ("vh" of "vh-69", "hma" of "hma50", "uv" of "IGV-UV3").
LETTER_WORD = re.compile(r"(?<![\w-])[A-Za-z]+(?![\w-])")


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """The whole words of the packaged embedding model's vocabulary (about 22,500 English words); empty
    when the package is missing, and then only the kind of slip and the manual's words decide."""
    try:
        from knowledge.embedder import packaged_model_path

        vocab = Path(packaged_model_path()) / "vocab.txt"
        lines = vocab.read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(word for word in lines if word.isalpha())


def corrected(question: str, texts: Iterable[str]) -> str:
    """The question with each misspelt word replaced by the word of the texts it is a slip of (the module
    docstring says which slips); unchanged when none is, or when more than one word of the texts fits."""
    known = known_words()
    unknown = {w.lower() for w in LETTER_WORD.findall(question) if len(w) >= SPELLING_MIN_LETTERS} - known
    if not unknown:
        return question  # every word is a word: the passages need not be read
    written = {w.lower() for text in texts for w in LETTER_WORD.findall(text) if len(w) >= SPELLING_MIN_LETTERS}
    written |= ASKING_WORDS

    @lru_cache(maxsize=1)
    def written_stems() -> frozenset[str]:
        return frozenset(_stem(w) for w in written)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        low = word.lower()
        if len(low) < SPELLING_MIN_LETTERS or low in written or low in known:
            return word
        fits = {w for w in _slips(low) if w in written}
        if not fits:  # a vowel left out only when no other slip fits: "setings" is "settings", not "seatings"
            fits = {w for w in _vowel_drops(low, known) if w in written}
        if not fits and _stem(low) not in written_stems():
            # Another form of a word the texts write, the same but for its last letters: "callibrate" where the
            # manual writes "calibration" and "calibrating".
            fits = {w for w in _slips(low) if _form_of_written(w, written, written_stems())}
        if len(fits) != 1:
            return word
        fit = fits.pop()
        return fit.capitalize() if word[0].isupper() else fit

    return LETTER_WORD.sub(fix, question)


def _stem(word: str) -> str:
    """The stem words are matched by (engine.analysis.stem, imported when first needed: analysis imports this
    module)."""
    from engine.analysis import stem

    return stem(word)


def _form_of_written(word: str, written: AbstractSet[str], written_stems: AbstractSet[str]) -> bool:
    """Is the word another form of a word written, the same up to its last FORM_ENDING letters and for at least
    FORM_PREFIX ("calibrate", "calibration")? A shorter or more different word is another word too often
    ("presstretch" is no "pressure", "threes" no "three")."""
    keep = max(FORM_PREFIX, len(word) - FORM_ENDING)
    if _stem(word) not in written_stems:
        return False
    return any(len(w) >= keep and w[:keep] == word[:keep] for w in written)


def _slips(word: str) -> set[str]:
    """The words `word` is one slip away from: swapped neighbours, one of a double letter left out or typed
    twice, s for z, "-tion" for "-sion" or back, one vowel for another in a long word's ending (a vowel left
    out is _vowel_drops, tried after these)."""
    out: set[str] = set()
    for i in range(1, len(word) - 1):
        out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # "hieght" -> "height"
    for i in range(1, len(word)):  # "presure" -> "pressure": a letter of the word doubled
        out.add(word[: i + 1] + word[i] + word[i + 1 :])
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            out.add(word[:i] + word[i + 1 :])  # "proceedure" -> "procedure"
    for i in range(1, len(word)):
        if word[i] in "sz":
            out.add(word[:i] + ("z" if word[i] == "s" else "s") + word[i + 1 :])  # "analyzer" -> "analyser"
    for ending, sound in (("tion", "sion"), ("sion", "tion")):  # "tention" -> "tension": the ending as it sounds
        if word.endswith(ending):
            out.add(word[: -len(ending)] + sound)
    if len(word) >= VOWEL_SLIP_LETTERS:
        for i in range(len(word) - VOWEL_SLIP_ENDING, len(word)):
            if word[i] in "aeiou":  # "intervel" -> "interval", "condensor" -> "condenser", "clearence"
                out.update(word[:i] + vowel + word[i + 1 :] for vowel in "aeiou")
    out.discard(word)
    return out


def _vowel_drops(word: str, known: AbstractSet[str]) -> set[str]:
    """The words `word` is a long word of with one vowel left out ("hydrulic" -> "hydraulic"); none when it is an
    ending's form of a known word ("plating" of "plate", "forging" of "forge"), which a vowel makes another word
    of ("pleating", "foraging")."""
    if len(word) < VOWEL_DROP_LETTERS or any(base in known for base in _bases(word)):
        return set()
    return {word[:i] + vowel + word[i:] for i in range(1, len(word)) for vowel in "aeiou"}


def _bases(word: str) -> list[str]:
    """The words `word` may be an "-ing", "-ed" or "-s" form of ("plating": "plat", "plate")."""
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending):
            base = word[: -len(ending)]
            return [base, base + "e"]
    return []
