"""Follow-ups that ask what the last answer meant ("what does that mean", "explain", "huh?").

Searching such a follow-up finds the passages the last answer came from and quotes them again,
word for word. Instead, the reply says what the manuals write around the last answer: where a
code it quoted is defined, and the sentences of the quoted sections it left out (a section's
introduction, a note between steps). With nothing new to say, it says so briefly and offers a
person (/expert) rather than repeating itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from engine.layout import step_number
from engine.messages import Citation
from engine.rules import (
    CLARIFY_CODES,
    CLARIFY_CONTEXT,
    CLARIFY_DEFINITIONS,
    CLARIFY_SECTIONS,
    DEFINITION_CUES,
    DEFINITION_LEAD_CHARS,
    SHORT_BULLET_CHARS,
)
from knowledge.codes import document_codes
from knowledge.pieces import STEP
from knowledge.sections import Section, SectionKey, SectionStore

LABEL = "From the manuals (quoted, no AI summary), around my last answer:"
NOTHING_NEW = (
    "My last answer quoted what the manuals say about this; I have nothing to add from them. "
    "Type /expert to ask a person."
)
_CITE = re.compile(r"\s*\[\d+\]")


def normalized(line: str) -> str:
    """A quoted line as text to compare: no citation marks, list markers, case or spacing."""
    return " ".join(STEP.sub("", _CITE.sub("", line)).lower().split())


@dataclass
class Clarification:
    """The reply to "what does that mean": its lines, their citations and what they quoted."""

    text: str
    citations: list[Citation] = field(default_factory=list)
    quoted: list[dict[str, Any]] = field(default_factory=list)

    @property
    def says_something_new(self) -> bool:
        return bool(self.citations)


@dataclass
class _Found:
    section: Section
    text: str
    rank: float


_CELL = re.compile(r"^[^:;]{1,40}: \S")


def _is_row(text: str) -> bool:
    """A table row as the loaders write it: "Column: value; Column: value"."""
    cells = text.split("; ")
    return len(cells) >= 2 and all(_CELL.match(c) for c in cells)


def defining(text: str, keys: set[str]) -> bool:
    """Does this piece define one of the codes (the code leads a table row, or a sentence says what it means)?"""
    if _is_row(text):
        return bool(document_codes(text.split(";", 1)[0]) & keys)
    lead = re.split(r"[:=–-]\s", text, maxsplit=1)
    if len(lead) == 2 and len(lead[0]) <= DEFINITION_LEAD_CHARS and document_codes(lead[0]) & keys:
        return True  # "SC-7: service counter cleared"
    return bool(document_codes(text) & keys) and DEFINITION_CUES.search(text) is not None


def context_lines(section: Section, known: set[str]) -> list[tuple[int, str]]:
    """(distance, text) of the section's sentences the last answer left out, nearest to what it
    quoted first: an introduction or a note says what the quoted steps or values are for. Steps
    and table rows are left out: they are more of the same, not an explanation of it."""
    quoted = [i for i, line in enumerate(section.lines) if normalized(line.text) in known]
    if not quoted:
        return []
    out: list[tuple[int, str]] = []
    for i, line in enumerate(section.lines):
        if normalized(line.text) in known or _is_row(line.text):
            continue
        if line.is_step and (step_number(line.text) is not None or len(line.text) < SHORT_BULLET_CHARS):
            continue
        out.append((min(abs(i - q) for q in quoted), line.text))
    return sorted(out)


class Clarifier:
    """Answers "what does that mean" from around the previous answer's quotes."""

    def __init__(self, sections: SectionStore) -> None:
        self._sections = sections

    async def clarify(self, tenant: str, previous_text: str, quoted: Sequence[dict[str, Any]]) -> Clarification:
        """previous_text is the last answer as sent; quoted its pieces with their sections
        ({"document_id", "heading_path", "text"}, as engine/layout.py records them)."""
        known = {normalized(line) for line in previous_text.splitlines()}
        known |= {normalized(str(q.get("text", ""))) for q in quoted}
        keys: list[SectionKey] = []
        for q in quoted:
            key = (int(q["document_id"]), tuple(q["heading_path"]))
            if key not in keys:
                keys.append(key)
        definitions = await self._definitions(tenant, previous_text, quoted, keys, known)
        known |= {normalized(f.text) for f in definitions}  # a definition in a quoted section is not context too
        return self._compose(definitions + await self._context(tenant, keys[:CLARIFY_SECTIONS], known))

    async def _definitions(
        self,
        tenant: str,
        previous_text: str,
        quoted: Sequence[dict[str, Any]],
        keys: list[SectionKey],
        known: set[str],
    ) -> list[_Found]:
        """Where the codes the last answer quoted are defined (another section, another manual)."""
        text = " ".join(str(q.get("text", "")) for q in quoted) or previous_text
        codes = sorted(document_codes(text))
        if not codes:
            return []
        documents = {k[0] for k in keys}
        chunks = await self._sections.mentioning(tenant, set(codes), first=documents)
        # Model numbers name the equipment the manual is about; "what does that mean" is not about them.
        models = {c for s in chunks for c in document_codes(" ".join(s.models))}
        wanted = [c for c in codes if c not in models][:CLARIFY_CODES]
        out: list[_Found] = []
        seen: set[str] = set()
        for section in chunks:
            for line in section.lines:
                norm = normalized(line.text)
                if norm in known or norm in seen or not defining(line.text, set(wanted)):
                    continue
                seen.add(norm)
                same = 0.0 if section.document_id in documents else 0.5
                out.append(_Found(section, line.text, same))
        return sorted(out, key=lambda f: f.rank)[:CLARIFY_DEFINITIONS]

    async def _context(self, tenant: str, keys: list[SectionKey], known: set[str]) -> list[_Found]:
        out: list[_Found] = []
        for document_id, path in keys:
            read = await self._sections.under(tenant, document_id, path, depth=len(path))
            for section in (s for s in read if s.key == (document_id, path)):
                out.extend(_Found(section, text, 1.0 + distance) for distance, text in context_lines(section, known))
        return sorted(out, key=lambda f: f.rank)[:CLARIFY_CONTEXT]

    @staticmethod
    def _compose(found: list[_Found]) -> Clarification:
        if not found:
            return Clarification(NOTHING_NEW)
        numbers: dict[SectionKey, int] = {}
        citations: list[Citation] = []
        lines = [LABEL]
        quoted: list[dict[str, Any]] = []
        for f in found:
            key = f.section.key
            if key not in numbers:
                numbers[key] = len(numbers) + 1
                page = next((line.page for line in f.section.lines if line.text == f.text and line.page), None)
                heading = " > ".join(f.section.heading_path[1:])
                citations.append(Citation(numbers[key], f.section.source, f.section.title, heading, page))
            lines.append(f"- {STEP.sub('', f.text)} [{numbers[key]}]")
            quoted.append({"document_id": key[0], "heading_path": list(key[1]), "text": f.text})
        return Clarification("\n".join(lines), citations, quoted)
