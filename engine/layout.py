"""Answer layout: quoted pieces grouped by the section they come from, in the manual's order.

A technician acts on the reply line by line, so quoted steps keep the manual's order and numbers,
a procedure that is not quoted whole says where the rest is ("… continues in steps 7-14
('6. Refitting', p. 5): see [2]"), and one section is one citation however many retrieved
chunks it was quoted from. The functions here are pure: the answerer reads the sections.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from engine.messages import Citation
from engine.rules import SIBLING_POINTERS
from knowledge.pieces import STEP
from knowledge.retriever import Passage
from knowledge.sections import Section, SectionKey, merge_chunks

STEP_NUMBER = re.compile(r"^\s*(\d{1,2})[.)]\s+")
LINE_COST = 6  # the " [n]" and the line break each quoted line adds to its text


@dataclass(frozen=True)
class Quote:
    """A piece the answerer chose: the passage (index into the passage list) it was read from."""

    passage: int
    text: str
    is_step: bool


@dataclass
class Layout:
    """The answer's lines, one citation per section, and what was quoted from which section (a
    follow-up such as "what does that mean" explains from the context around these)."""

    lines: list[str]
    citations: list[Citation]
    quoted: list[dict[str, object]] = field(default_factory=list)


def section_key(passage: Passage) -> SectionKey:
    return (passage.document_id, tuple(passage.heading_path))


def step_number(line: str) -> int | None:
    match = STEP_NUMBER.match(line)
    return int(match.group(1)) if match else None


def procedure_runs(section: Section) -> list[list[int]]:
    """The numbered procedures of a section, as line indices from their first step to their last.

    A run continues while each step's number is one more than the last; a note between two steps
    belongs to the run, and a step numbered otherwise (a new "1.") starts a new one.
    """
    runs: list[list[int]] = []
    current: list[int] = []
    pending: list[int] = []
    last = 0
    for i, line in enumerate(section.lines):
        n = step_number(line.text) if line.is_step else None
        if n is None:
            if current:
                pending.append(i)
            continue
        if current and n == last + 1:
            current.extend(pending)
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = [i]
        pending, last = [], n
    if current:
        runs.append(current)
    return runs


def section_from_passages(passages: Sequence[Passage]) -> Section:
    """A section as far as the retrieved chunks of it show it, for when it cannot be read whole."""
    ordered = sorted(passages, key=lambda p: p.ordinal if p.ordinal is not None else 0)
    first = ordered[0]
    return Section(first.document_id, tuple(first.heading_path), merge_chunks([(p.text, p.page) for p in ordered]))


def group_passages(passages: Sequence[Passage]) -> list[list[Passage]]:
    """Passages of the same section together, sections in the order of their best-ranked passage."""
    groups: dict[SectionKey, list[Passage]] = {}
    for p in passages:
        groups.setdefault(section_key(p), []).append(p)
    return list(groups.values())


def merged_text(passages: Sequence[Passage]) -> str:
    """The text of one section's retrieved chunks, seams' overlap dropped, in the manual's order."""
    if len(passages) == 1:
        return passages[0].text
    return "\n".join(line.text for line in section_from_passages(passages).lines)


def _line(text: str, is_step: bool, n: int) -> str:
    return f"{text} [{n}]" if is_step and step_number(text) is not None else f"- {STEP.sub('', text)} [{n}]"


def _steps(first: int, last: int) -> str:
    return f"step {first}" if first == last else f"steps {first}-{last}"


def _where(section: Section, index: int) -> str:
    page = section.lines[index].page
    return f"'{section.heading}'" + (f", p. {page}" if page else "")


def _pointers(section: Section, run: list[int], shown: set[int], n: int) -> list[tuple[int, str]]:
    """(line index, text) of a pointer for each block of the run's steps that is not shown."""
    numbered = [i for i in run if step_number(section.lines[i].text) is not None]
    shown_steps = [i for i in numbered if i in shown]
    if not shown_steps:
        return []
    out: list[tuple[int, str]] = []
    block: list[int] = []
    for i in [*numbered, -1]:
        if i != -1 and i not in shown:
            block.append(i)
            continue
        if block:
            first = step_number(section.lines[block[0]].text) or 0
            last = step_number(section.lines[block[-1]].text) or 0
            if block[0] < shown_steps[0]:
                verb = "comes" if first == last else "come"
                text = f"… {_steps(first, last)} {verb} first ({_where(section, block[0])}): see [{n}]"
            elif block[0] > shown_steps[-1]:
                text = f"… continues in {_steps(first, last)} ({_where(section, block[0])}): see [{n}]"
            else:
                text = f"… {_steps(first, last)}: see [{n}]"
            out.append((block[0], text))
            block = []
    return out


def _run_text(section: Section, run: list[int]) -> str:
    numbers = [step_number(section.lines[i].text) for i in run]
    found = [x for x in numbers if x is not None]
    return _steps(found[0], found[-1])


@dataclass
class _Group:
    key: SectionKey
    passage: Passage
    section: Section
    shown: set[int] = field(default_factory=set)
    extra: list[Quote] = field(default_factory=list)  # quotes the section read does not hold


def lay_out(
    quotes: Sequence[Quote],
    passages: Sequence[Passage],
    sections: dict[SectionKey, Section],
    *,
    whole: SectionKey | None = None,
    budget: int = 2000,
    siblings: Sequence[Section] = (),
) -> Layout:
    """Lines of quoted text, sections cited once each, in order of their best-ranked quote.

    Within a section the quotes follow the manual's order. The numbered procedure holding the
    quoted steps of section `whole` (a how-to's procedure) is quoted whole when the answer stays
    within `budget` characters, else from its first step as far as the budget allows; every step
    of a touched procedure not quoted is named with where to read it. Every quote is kept, even
    over budget: the budget only limits what is added. `siblings` are the other sections of the
    procedure's parent (its other procedures: removal, refitting); those with steps are pointed to.
    """
    groups: dict[SectionKey, _Group] = {}
    for quote in sorted(quotes, key=lambda q: q.passage):
        passage = passages[quote.passage]
        key = section_key(passage)
        group = groups.get(key)
        if group is None:
            section = sections.get(key) or section_from_passages([p for p in passages if section_key(p) == key])
            group = groups[key] = _Group(key, passage, section)
        index = next((i for i, line in enumerate(group.section.lines) if line.text == quote.text), None)
        if index is not None:
            group.shown.add(index)
        elif quote.text not in {q.text for q in group.extra}:
            group.extra.append(quote)
    used = sum(len(g.section.lines[i].text) + LINE_COST for g in groups.values() for i in g.shown)
    used += sum(len(q.text) + LINE_COST for g in groups.values() for q in g.extra)
    if whole in groups:
        group = groups[whole]
        for run in procedure_runs(group.section):
            if not group.shown & set(run):
                continue
            for i in run:
                cost = len(group.section.lines[i].text) + LINE_COST
                if i in group.shown:
                    continue
                if used + cost > budget:
                    break
                group.shown.add(i)
                used += cost
    lines: list[str] = []
    citations: list[Citation] = []
    quoted: list[dict[str, object]] = []
    for n, group in enumerate(groups.values(), start=1):
        section = group.section
        first_page = next((section.lines[i].page for i in sorted(group.shown) if section.lines[i].page), None)
        citations.append(_citation(n, group.passage, first_page))
        items: list[tuple[int, int, str]] = [
            (i, 1, _line(section.lines[i].text, section.lines[i].is_step, n)) for i in group.shown
        ]
        for run in procedure_runs(section):
            items.extend((i, 0, text) for i, text in _pointers(section, run, group.shown, n))
        lines.extend(text for _, _, text in sorted(items))
        lines.extend(_line(q.text, q.is_step, n) for q in group.extra)
        quoted.extend(
            {"document_id": group.key[0], "heading_path": list(group.key[1]), "text": t}
            for t in [section.lines[i].text for i in sorted(group.shown)] + [q.text for q in group.extra]
        )
    if whole in groups:
        lines.extend(_sibling_pointer(groups[whole], groups, siblings, citations))
    return Layout(lines, citations, quoted)


def _citation(n: int, passage: Passage, page: int | None) -> Citation:
    return Citation(n=n, source=passage.source, title=passage.title, heading=passage.heading, page=page or passage.page)


def _sibling_pointer(
    procedure: _Group, groups: dict[SectionKey, _Group], siblings: Sequence[Section], citations: list[Citation]
) -> list[str]:
    """One line naming the manual's other procedures beside the quoted one ("4. Removal", "7. Start-up"),
    nearest first, each with its own citation."""
    order = [s.key for s in siblings]
    if procedure.key not in order:
        return []
    here = order.index(procedure.key)
    candidates = [s for s in siblings if s.key not in groups and procedure_runs(s)]
    candidates.sort(key=lambda s: abs(order.index(s.key) - here))
    chosen = sorted(candidates[:SIBLING_POINTERS], key=lambda s: order.index(s.key))
    if not chosen:
        return []
    parts: list[str] = []
    for section in chosen:
        n = len(citations) + 1
        run = max(procedure_runs(section), key=len)
        page = next((line.page for line in section.lines if line.page), None)
        heading = " > ".join(section.heading_path[1:])
        passage = procedure.passage
        citations.append(Citation(n=n, source=passage.source, title=passage.title, heading=heading, page=page))
        parts.append(f"'{section.heading}' ({_run_text(section, run)}{f', p. {page}' if page else ''}) [{n}]")
    return ["Other steps in this manual: " + "; ".join(parts)]
