"""What the retrieved manuals say they do not cover.

A manual often names the equipment it leaves to other documents ("The HU-25 and HU-70 are described
in separate data sheets", "Aeralift VP battery-powered vacuum plate lifters have their own
manuals"). A question about that equipment matches the manual's words well (the maker, the kind of
machine, the part) and the manual's neighbouring values read as an answer, which is how a wrong
answer looks right. The manual itself says it is not the source, so the question goes to a person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from engine.analysis import stems
from engine.rules import SCOPE_GENERIC, SCOPE_SEE, SCOPE_SUBJECT_WORDS, SCOPE_VERB, SCOPE_WORDS, SCOPED_OUT
from knowledge.codes import document_codes, equipment_codes, strip_codes

_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_CONJUNCTION = re.compile(r"^(?:and|or|but|while) ", re.IGNORECASE)
# The items of a list the manual does not cover.
_LIST_SEPARATOR = re.compile(r",|\bor\b|\band\b")
# A verb phrase before the equipment a relative clause leaves out ("must go in the CO-1200-S version,
# which has its own manual").
_LEAD = re.compile(
    r"^(?:must|should|can|may|will|is|are) (?:\w+ ){0,2}?(?:in|into|to|on|with|for) (?:the |an? )?", re.I
)
# A relative pronoun ending a statement's subject: the subject is the noun phrase before it, after the
# clause's last verb or preposition.
_RELATIVE = re.compile(r",?\s*\b(?:which|that)$", re.IGNORECASE)
_NOUN_LEAD = re.compile(
    r"\b(?:with|for|of|in|on|to|from|by|as|supplies|supplied|uses|used|has|have|is|are|fitted|available)\b",
    re.IGNORECASE,
)
_GENERIC_STEMS = stems(" ".join(SCOPE_GENERIC))


@dataclass(frozen=True)
class Manual:
    """A retrieved manual: its file, title and models, and the text of its chunks that may say what
    it does not cover (KnowledgeBase.texts_matching)."""

    source: str
    title: str
    models: tuple[str, ...]
    texts: tuple[str, ...]


@dataclass(frozen=True)
class ScopedOut:
    """Equipment a manual says it does not cover, as the manual names it, and that manual."""

    what: str
    source: str


def statements(text: str) -> list[str]:
    """The equipment each not-covered statement of the text names: the subject before its verb ("The
    HU-25 and HU-70"), the object of "does not cover ...", or the model "see the ... documentation" names;
    a clause at a time ("Values apply to the two models named; other CX frame sizes have their own
    manuals" names "other CX frame sizes")."""
    out: list[str] = []
    for sentence in _SENTENCE_END.split(" ".join(text.split())):
        for clause in sentence.split(";"):
            start = 0  # "The TW-60 is described in a separate data sheet, and drum washers have their own manual"
            for match in SCOPED_OUT.finditer(clause):
                if match.group().lower().endswith("does not cover"):
                    # "This manual does not cover installation, commissioning or the electrical connection"
                    subjects = _LIST_SEPARATOR.split(clause[match.end() :])
                else:
                    head = clause[start : match.start()]
                    verbs = list(SCOPE_VERB.finditer(head))
                    subject = (head[: verbs[-1].start()] if verbs else head).rstrip(" ,")
                    # "... supplies the TW-20H with a steel pump, which is described in its own
                    # instructions": the relative pronoun stands for the noun just before it (the pump).
                    if _RELATIVE.search(subject):
                        subject = _NOUN_LEAD.split(_RELATIVE.sub("", subject))[-1]
                    # "Parts wet with solvent ..., must go in the CO-1200-S version": the version.
                    subjects = [_LEAD.sub("", subject.split(",")[-1].strip())]
                start = match.end()
                out.extend(_subjects(subjects))
            # Sent to another document by name: "see the Stitchmor SK-30 documentation", not "see the
            # screen replacement instructions in section 7" (this manual's own).
            seen = (match.group("what") for match in SCOPE_SEE.finditer(clause))
            out.extend(subject for subject in _subjects(seen) if document_codes(subject))
    return out


def _subjects(subjects: Iterable[str]) -> list[str]:
    """The statement's subjects that can name equipment: no leading conjunction, not a run-on sentence."""
    cleaned = (_CONJUNCTION.sub("", subject.strip(" .,:")) for subject in subjects)
    return [subject for subject in cleaned if subject and len(subject.split()) <= SCOPE_SUBJECT_WORDS]


def scoped_out(question: str, manuals: Sequence[Manual]) -> ScopedOut | None:
    """The equipment the question asks about, when a retrieved manual says it does not cover it.

    Named by a code ("hu-70") that a statement names and no retrieved manual has as its model or in
    its title; or, when the question names none of their models, by at least SCOPE_WORDS words of a
    statement's subject that no retrieved manual's title or models hold ("aeralift vp plate lifter").
    Every retrieved manual counts as covering what its title and models name, so a knowledge base
    that holds the other equipment's own manual answers from it.
    """
    covered_text = " ".join(f"{m.title} {' '.join(m.models)}" for m in manuals)
    covered_codes = document_codes(covered_text)
    covered_words = stems(covered_text) | _GENERIC_STEMS
    named = equipment_codes(question)
    codes = [keys for keys in named if not keys & covered_codes]
    names_a_model = len(codes) < len(named)
    asked = stems(strip_codes(question)) - covered_words
    for manual in manuals:
        for text in manual.texts:
            for subject in statements(text):
                if any(keys & document_codes(subject) for keys in codes):
                    return ScopedOut(subject, manual.source)
                if not names_a_model and len(asked & (stems(subject) - covered_words)) >= SCOPE_WORDS:
                    return ScopedOut(subject, manual.source)
    return None
