"""Extractive answerer: the default when no LLM is configured.

It quotes the most relevant sentences, steps or table rows of the best passages (not whole chunks),
so numbers and codes stay exactly as the manual prints them, and labels the answer as quoted.
"""

from __future__ import annotations

import re
from collections import Counter, OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np
from loguru import logger

from engine.analysis import (
    QueryAnalysis,
    action_match,
    answers_check,
    asked_value_kinds,
    asked_words,
    asks_how_to,
    base,
    checked_kinds,
    content_words,
    heading_share,
    number_match,
    stems,
    value_match,
    writes_value,
)
from engine.answer_types import Draft
from engine.layout import Layout, Quote, lay_out, section_key, step_number
from engine.rules import PIECE_SCORE, QUANTITY_CHECK, QUOTING, SECTION_REFERENCE
from engine.scope import Manual, naming_words
from knowledge.codes import document_codes, query_code_spans, strip_codes
from knowledge.embedder import Embedder
from knowledge.pieces import PieceStore, is_row, piece_digest, split_pieces
from knowledge.retriever import Passage
from knowledge.sections import Section, SectionKey, SectionStore
from rivet.settings import SPECS, SettingSpec, SettingsService, register

LABEL = "From the manuals (quoted, no AI summary):"
BUDGET_KEY = "answer.max_chars"

register(
    # Read per question (ExtractiveAnswerer._budget) for the tenant asking.
    SettingSpec(
        BUDGET_KEY,
        "int",
        2000,
        "Characters a quoted answer grows to: a how-to's procedure is quoted whole within it, else its first "
        "steps and where the rest is (Telegram splits replies above 4096; a phone screen shows about 1000).",
        "engine",
    ),
)


@dataclass
class Unit:
    """A quotable piece of a passage: a sentence, a numbered step or a table row."""

    passage: int  # index into the passage list
    position: int
    text: str
    is_step: bool
    score: float = 0.0


# A table's header line as the loaders write it ("Particle size | ECS-1000 | ECS-1500"): cells joined by " | ",
# the labels of the row after it ("Particle size: 5-20 mm; ECS-1000: 2800-3200 rpm"). It names the columns and
# answers nothing, so it is never quoted on its own (twenty-seventh session); a headerless table's rows are joined
# so too ("E2 | Overtemperature | Let it cool") and are quoted as any row.
_CELL_SEPARATOR = " | "


def is_header_line(text: str, after: str | None) -> bool:
    """Is the piece a table's header line: its cells the labels, in order, of the row after it?"""
    cells = text.split(_CELL_SEPARATOR)
    if len(cells) < 2 or after is None:
        return False
    labels = [cell.partition(":")[0].strip() for cell in after.split(";")]
    return labels == [cell.strip() for cell in cells]


def split_units(passage_index: int, text: str) -> list[Unit]:
    """The passage's pieces (knowledge.pieces.split_pieces, the split whose vectors ingest stored)."""
    return [Unit(passage_index, i, p.text, p.is_step) for i, p in enumerate(split_pieces(text))]


def step_labels(units: list[Unit]) -> dict[tuple[int, int], Unit]:
    """Each step's label: the piece ending in a colon before its run of steps in its passage
    ("Cleaning the drop former:" over "1. Stop the feed ..."), which names its procedure as a section
    heading would, notes between the steps included, until the next label or a run that starts again
    at 1; a step under none, and a bullet ("- Reduce the carrier frequency"), has no entry."""
    labels: dict[tuple[int, int], Unit] = {}
    label: Unit | None = None
    started = False  # whether the label has steps yet
    for unit in sorted(units, key=lambda u: (u.passage, u.position)):
        if label is not None and label.passage != unit.passage:
            label = None
        if unit.is_step:
            number = step_number(unit.text)
            if number == 1 and started:
                label = None  # a new procedure that starts at 1 under no label of its own
            if label is not None and number is not None:  # a bullet is no step of a procedure
                labels[(unit.passage, unit.position)] = label
                started = True
        elif unit.text.rstrip().endswith(":"):
            label, started = unit, False
        # A note between two steps ("Note: the cover is hot.") leaves the steps under their label.
    return labels


def _defines(unit: Unit) -> set[str]:
    """Codes a row is about: those in its first cell ("Parameter: Pn.24; Name: ..." defines Pn.24)."""
    return document_codes(unit.text.split(";", 1)[0]) if ";" in unit.text else set()


def following(chosen: list[Unit], units: list[Unit], limit: int = QUOTING.follow) -> list[Unit]:
    """The pieces right after each chosen one in its passage, up to `limit`, not already chosen: the
    remedy after a cause ("-> velocity fuse has locked." then "Press RAISE for 3 seconds"), the limit
    after a method. A table row is another item (the next fault's row), so a run stops before one, unless
    the chosen piece introduces the table ("Rotor speed by particle size:"): then its rows are what it
    says. A table's header line names columns only (is_header_line) and is passed over, not quoted."""
    at = {(u.passage, u.position): u for u in units}
    taken = {(u.passage, u.position) for u in chosen}
    extra: list[Unit] = []
    for unit in chosen:
        introduces = unit.text.rstrip().endswith(":")
        position, added, rows = unit.position, 0, 0
        while added < limit or (introduces and rows and rows < QUOTING.table_rows):
            position += 1
            nxt = at.get((unit.passage, position))
            row = nxt is not None and is_row(nxt.text)
            # A row ends the run, unless the piece introduces the table; its rows then run to the table's end.
            if nxt is None or (row and not introduces) or (rows and not row):
                break
            below = at.get((unit.passage, position + 1))
            if is_header_line(nxt.text, below.text if below else None):
                continue
            added, rows = added + 1, rows + row
            if (unit.passage, position) not in taken:
                taken.add((unit.passage, position))
                extra.append(nxt)
    return extra


def referenced_rows(
    chosen: list[Unit], units: list[Unit], known: set[str], limit: int = QUOTING.referenced_rows
) -> list[Unit]:
    """Rows defining the codes a quoted piece refers to: "position error above Pn.24" brings the Pn.24
    row with its default, which is the number the technician needs next."""
    referenced: list[str] = []
    for unit in chosen:
        for code in sorted(document_codes(unit.text) - _defines(unit) - known):
            if code not in referenced:
                referenced.append(code)
    extra: list[Unit] = []
    for code in referenced:
        row = next((u for u in units if u not in chosen and u not in extra and code in _defines(u)), None)
        if row is not None and len(extra) < limit:
            extra.append(row)
    return extra


def referenced_steps(
    chosen: list[Unit],
    units: list[Unit],
    passages: list[Passage],
    limit: int = QUOTING.referenced_sections,
    *,
    own_limits_only: bool = False,
) -> list[Unit]:
    """The steps of the sections chosen pieces send the reader to ("Hard item jammed; see 7.2" brings
    "7.2 Clearing a jammed ram"; a row's "Change the fines filter bag" brings "8. Changing the fines
    filter bag", named_procedures), when a retrieved passage is that section: a fault row says what is
    wrong, the procedure it points to says what to do. A section without steps gives its limits instead:
    "Measure the tensioner spring length; re-tension (section 7)" brings section 7's "re-tension the
    rope when the spring is ... above 150 mm", the sentences or rows that write a number and a word of
    the piece that refers to them (QUOTING.referenced_limits); for a how-to (`own_limits_only`), only from the
    section its chosen pieces come from ("Set the overdrive (section 4)" beside section 4's steps brings "must be
    set between 5 and 8 %"), since the answer's length is for its procedure."""
    references: list[tuple[str, int, frozenset[str]]] = []  # a section number, its document, the referring words
    for unit in chosen:
        for number in section_references(unit.text):
            document = passages[unit.passage].document_id
            if all((number, document) != (n, d) for n, d, _ in references):
                references.append((number, document, stems(unit.text)))
    taken = {(u.passage, u.position) for u in chosen}
    sections: list[tuple[list[int], frozenset[str]]] = []
    for number, document, words in references:
        # A manual's "see 6.3" is its own section 6.3, not another manual's.
        sections.append(([i for i, p in enumerate(passages) if is_section(p, document, number)], words))
    sections += [(found, frozenset()) for found in named_procedures(chosen, passages)]
    extra: list[Unit] = []
    done: list[list[int]] = []
    for found, words in sections:
        if len(done) >= limit:
            break
        if not found or found in done:
            continue
        fresh = [u for u in units if u.passage in found and (u.passage, u.position) not in taken]
        steps = [u for u in fresh if u.is_step]
        # A value with its unit, not a figure's, table's or section's number; the most words shared first.
        limits = sorted(
            (
                u
                for u in fresh
                if not u.is_step
                and _VALUE_WITH_UNIT.search(u.text)
                and not SECTION_REFERENCE.search(u.text)
                and not _CAPTION.match(u.text)
                and words & stems(u.text)
            ),
            key=lambda u: -len(words & stems(u.text)),
        )
        if steps:
            extra += steps[: QUOTING.steps]
        elif limits and (not own_limits_only or any(u.passage in found for u in chosen)):
            extra += sorted(limits[: QUOTING.referenced_limits], key=lambda u: (u.passage, u.position))
        else:
            continue
        done.append(found)
    return extra


# A value a referenced section's piece writes with its unit (a limit, a setting), and a caption ("Figure 3 shows
# ..."), which is no value: referenced_steps.
_VALUE_WITH_UNIT = re.compile(
    r"\d(?:[.,]\d+)?\s?(?:mm²?|cm|m|km|kg|g|t|n|kn|n\s?m|nm|bar|mbar|k?pa|mpa|psi|°\s?[cf]?|k|v|kv|a|ma|kw|w|kva|hz|"
    r"rpm|s|min|h|%|l|ml|µm|um|m/s|m/min|l/min|m³/h|m3/h|mm/s|db)(?![\w/])",
    re.IGNORECASE,
)
_CAPTION = re.compile(r"\s*(?:fig(?:ure)?|table|diagram|drawing|photo)\.?\s*\d", re.IGNORECASE)


def is_section(passage: Passage, document: int, number: str) -> bool:
    """Is the passage of the numbered section of that document: its own heading opens with the number ("7." for
    "7", not "7.2" nor "17")?"""
    return (
        passage.document_id == document
        and bool(passage.heading_path)
        and re.match(rf"{re.escape(number)}(?![.\d]*\d)", passage.heading_path[-1].strip()) is not None
    )


def section_references(text: str) -> list[str]:
    """The numbers of this manual's sections a piece sends the reader to (rules.SECTION_REFERENCE), not those of
    another document it names before the number ("see the Velmor motor manual, section 4")."""
    numbers: list[str] = []
    for match in SECTION_REFERENCE.finditer(text):
        before = text[max(0, match.start() - _DOCUMENT_REACH) : match.start()]
        document = _OTHER_DOCUMENT.search(before)
        if document is not None and not document.group("this"):
            continue
        number = str(match.group(1) or match.group(2))
        if number not in numbers:
            numbers.append(number)
    return numbers


# A document named just before a section number: another's ("the motor manual, section 4") unless this one's.
_DOCUMENT_REACH = 60
_OTHER_DOCUMENT = re.compile(
    r"(?P<this>\bthis )?(?:[\w-]+['’]s )?(?:manual|instructions|documentation|data ?sheet|supplement|handbook|"
    r"guide|standard)\b[^.;]*$",
    re.IGNORECASE,
)


def kinds_left_out(chosen: list[Unit], units: list[Unit], kinds: list[str]) -> list[Unit]:
    """For each kind of value the question asks that no chosen piece writes, the best-scored piece of a
    quoted passage that writes it, if it scores at least QUOTING.kind_ratio of the best: "boil-out, what
    strength and temp" quotes the step heating to 85-90 °C and also the one mixing the 2 % solution. For
    the reader, not evidence (as `following`): a kind missing from the chosen pieces stays missing to
    the value rule. A piece shown only because it follows a chosen one may write the kind of something
    else (the acid rinse's 0.5 % after the heating step), so it does not stand in for the asked value."""
    if not chosen or len(kinds) < 2:
        return []
    best = max(u.score for u in chosen)
    passages = {u.passage for u in chosen}
    extra: list[Unit] = []
    for kind in kinds:
        if writes_value([kind], " ".join(u.text for u in chosen + extra)):
            continue
        candidates = [
            u
            for u in units
            if u.passage in passages
            and u not in chosen
            and u.score >= best * QUOTING.kind_ratio
            and writes_value([kind], u.text)
        ]
        if candidates:
            extra.append(max(candidates, key=lambda u: u.score))
    return extra


def named_procedures(chosen: list[Unit], passages: list[Passage]) -> list[list[int]]:
    """Retrieved passages of a quoted row's manual whose own heading its cell names as the work to do
    ("Action: Change the fines filter bag" names "8. Changing the fines filter bag"), each section's
    passages together (a procedure may span chunks): a fault row says what to do in a word, the
    procedure of that name says how. The heading must name at least QUOTING.named_heading_words words,
    every one of them in the same cell: "Belt" is no procedure a row's "check the belt" names, "Belt
    tension" is one "check the belt tension" does."""
    found: list[list[int]] = []
    for unit in chosen:
        if not is_row(unit.text):
            continue
        document = passages[unit.passage].document_id
        cells = [stems(cell.partition(":")[2] or cell) for cell in unit.text.split(";")]
        for i, p in enumerate(passages):
            if p.document_id != document or i == unit.passage or not p.heading_path or any(i in f for f in found):
                continue
            # The heading's words, not its section number ("8.2").
            named = frozenset(w for w in stems(p.heading_path[-1]) if not any(ch.isdigit() for ch in w))
            if len(named) >= QUOTING.named_heading_words and any(named <= cell for cell in cells):
                found.append(
                    [
                        k
                        for k, q in enumerate(passages)
                        if q.document_id == document and q.heading_path and q.heading_path[-1] == p.heading_path[-1]
                    ]
                )
    return found


def asked_manuals(
    question: str, passages: list[Passage], units: list[Unit], *, named: Mapping[int, frozenset[str]] | None = None
) -> list[Unit]:
    """The units of the manuals the question names (`named`, manual_names by default), or all of them when it
    names none: another machine's procedure is no answer for the one asked about, however well its heading names
    the asked work."""
    named = manual_names(question, passages) if named is None else named
    return [u for u in units if passages[u.passage].document_id in named] or units


def manual_names(question: str, passages: list[Passage]) -> dict[int, frozenset[str]]:
    """The documents of these passages that the question names by a word only their title, file name or models
    write (engine/scope.py named_manuals: "the cushion inflation unit" beside an aeration system's manual), each
    with its naming words; none when it names none of them or all.

    scope.named_manuals reads only the passages' text, so a word the other manuals write elsewhere could name
    one by chance ("the low air whistle" on a test bench's manual named a breathing-air compressor's by "air"):
    ExtractiveAnswerer._asked_units looks the words up in the whole of the other manuals."""
    texts: dict[int, list[str]] = {}
    for p in passages:
        texts.setdefault(p.document_id, []).append(p.text)
    manuals = {p.document_id: Manual(p.source, p.title, tuple(p.models), tuple(texts[p.document_id])) for p in passages}
    # By document, not file name: two documents may share one.
    named = {
        document: words
        for document, words in zip(manuals, naming_words(question, list(manuals.values())), strict=True)
        if words
    }
    return named if len(named) < len(manuals) else {}


class ExtractiveAnswerer:
    """Sentence/step/row selection by meaning (embeddings), shared words and exact codes."""

    name = "extractive"

    def __init__(
        self,
        embedder: Embedder,
        *,
        max_passages: int = QUOTING.passages,
        max_units: int = QUOTING.pieces,
        max_steps: int = QUOTING.steps,
        piece_cache: int = 20_000,
        pieces: PieceStore | None = None,
        sections: SectionStore | None = None,
        settings: SettingsService | None = None,
    ) -> None:
        """sections None: a procedure is laid out from the retrieved chunks of it only; settings None:
        the declared answer.max_chars."""
        self._embedder = embedder
        self._store = pieces
        self._sections = sections
        self._settings = settings
        self._warned: set[str] = set()
        self._max_passages = max_passages
        self._max_units = max_units
        self._max_steps = max_steps
        # Ingest stores every piece's vector; this cache holds only those embedded here, for chunks
        # stored without them (before the pieces table, or no store given). 20k vectors: about 30 MB.
        self._pieces: OrderedDict[str, np.ndarray] = OrderedDict()
        self._piece_cache = piece_cache
        self.pieces_embedded = 0  # piece texts embedded at question time (benchmarks report it)

    def forget_pieces(self) -> None:
        """Empty the piece-vector cache (benchmarks measure cold answers too)."""
        self._pieces.clear()

    async def _unit_vectors(self, units: list[Unit], passages: list[Passage], tenant: str) -> np.ndarray:
        """Stored vectors of the units (one indexed query); the few without one are embedded here."""
        stored = await self._store.vectors(tenant, [p.chunk_id for p in passages]) if self._store else {}
        found = [stored.get(piece_digest(u.text)) for u in units]
        missing = [u.text for u, v in zip(units, found, strict=True) if v is None]
        if not missing:
            return np.stack([v for v in found if v is not None])
        if self._store is not None and tenant not in self._warned:
            self._warned.add(tenant)
            logger.warning(
                "tenant {}: {} of {} pieces quoted have no stored vector (stored before piece vectors were); "
                "embedding them at question time until `rivet kb reembed --tenant {}` stores them",
                tenant,
                len(missing),
                len(units),
                tenant,
            )
        embedded = iter(await self._piece_vectors(missing))
        return np.stack([v if v is not None else next(embedded) for v in found])

    async def _piece_vectors(self, texts: list[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if t not in self._pieces))
        if missing:
            self.pieces_embedded += len(missing)
            for text, vector in zip(missing, await self._embedder.embed_documents(missing), strict=True):
                self._pieces[text] = vector
        for text in texts:
            self._pieces.move_to_end(text)
        vectors = np.stack([self._pieces[t] for t in texts])
        while len(self._pieces) > self._piece_cache:
            self._pieces.popitem(last=False)
        return vectors

    async def answer(self, analysis: QueryAnalysis, passages: list[Passage], *, tenant_id: str, domain: str) -> Draft:
        top = passages[: self._max_passages]
        units = [u for i, p in enumerate(top) for u in split_units(i, p.text)]
        if not units:
            return Draft("", [], grounding=0.0, coverage=0.0, not_in_sources=True, answerer=self.name)
        q_stems = stems(analysis.question)
        # Model numbers locate the manual; fault and parameter codes locate the answering row.
        model_codes = document_codes(" ".join(m for p in top for m in p.models))
        wanted_codes = set(analysis.codes) - model_codes
        # Words that only name the equipment (its model number, or words in every unit of its manual by
        # way of the title) say nothing about which sentence answers; the rest is the question's focus.
        # A how-to's object named in the title stays asked: "change the belt" on a belt oil skimmer.
        asked_about = asked_words(analysis, model_codes, top[0].title)
        focus = asked_about or q_stems
        kinds = asked_value_kinds(analysis.question)
        # A check of the technician's own quantity ("reading 7c, is that a problem") is answered by a piece
        # writing a value of its kind, a limit or a range, as a piece of an asked kind answers.
        preferred = [*kinds, *(k for k in checked_kinds(analysis.question) if k not in kinds)]
        # So is one by a piece that answers its number ("afterburner only at 600, can i charge" by "the
        # afterburner must reach at least 650 °C"), whatever its unit.
        checks = QUANTITY_CHECK.search(analysis.question.lower()) is not None
        vectors = await self._unit_vectors(units, top, tenant_id)
        query = await self._embedder.embed_query(analysis.question)
        sims = vectors @ np.asarray(query)
        lexicals: list[float] = []
        after = {(u.passage, u.position): u.text for u in units}
        for unit, sim in zip(units, sims, strict=True):
            lexical = len(focus & stems(unit.text)) / len(focus)
            lexicals.append(lexical)
            codes = len(wanted_codes & document_codes(unit.text)) / len(wanted_codes) if wanted_codes else 0.0
            w = PIECE_SCORE
            prior = 1.0 - w.passage_step * unit.passage
            has_value = w.has_number if any(ch.isdigit() for ch in unit.text) else 0.0
            # "At what temperature" is answered by a piece that writes a temperature.
            of_kind = w.of_kind if preferred and writes_value(preferred, unit.text) else 0.0
            if checks and not of_kind and answers_check(analysis.question, unit.text):
                of_kind = w.of_kind
            unit.score = (
                w.meaning * float(sim) + w.focus * lexical + w.codes * codes + w.rank * prior + has_value + of_kind
            )
            if is_header_line(unit.text, after.get((unit.passage, unit.position + 1))):
                unit.score = 0.0  # names columns, answers nothing
        headed = [heading_share(focus, analysis.question, p.heading) for p in top]
        # A step's label names its procedure as a heading does: its share counts where it is the larger.
        labels = step_labels(units)
        labelled = {key: heading_share(focus, analysis.question, label.text) for key, label in labels.items()}
        asked = await self._asked_units(analysis.question, top, units, tenant_id)
        chosen = self._select(analysis, asked, headed, labelled, labels)
        # Passages beyond those quoted from (when engine.passages reads more than Quoting.passages) are
        # searched too, for the rows quoted pieces refer to.
        below = [u for i, p in enumerate(passages[len(top) :], start=len(top)) for u in split_units(i, p.text)]
        chosen += referenced_rows(chosen, units + below, set(analysis.codes) | model_codes)
        # A section a chosen piece sends the reader to ("re-tension (section 7)") that the search did not find is
        # read from its manual, for referenced_steps below: for the reader, as the rest of what is shown.
        # For a how-to asked in so many words (analysis.asks_how_to), only a section about what it asks ("change an
        # expired bath first (section 7)" for "procedure to change the sc1 bath"): another procedure's steps would
        # crowd the asked one out of the answer.
        about = stems(strip_codes(analysis.question, set(analysis.codes))) if asks_how_to(analysis.question) else None
        fetched = await self._referenced_passages(chosen, passages, tenant_id, about=about)
        read = [*passages, *fetched]
        fetched_units = [u for i, p in enumerate(fetched, start=len(passages)) for u in split_units(i, p.text)]
        # What follows a quoted piece, and the steps of a section it refers to, are quoted too, for the
        # reader; the evidence below is measured on the chosen pieces alone (rules.Quoting.follow says
        # why), but for the numbers rule, which reads every piece shown.
        also: list[Unit] = []
        for shown_too in (
            following(chosen, units),
            kinds_left_out(chosen, units, kinds),
            referenced_steps(
                chosen, units + below + fetched_units, read, own_limits_only=analysis.qtype == "procedure"
            ),
        ):
            taken = {(u.passage, u.position) for u in chosen + also}
            also += [u for u in shown_too if (u.passage, u.position) not in taken]
        shown = sorted(chosen + also, key=lambda u: (u.passage, u.position))
        chosen.sort(key=lambda u: (u.passage, u.position))
        layout = await self._lay_out(analysis, shown, read, tenant_id, answering=chosen)
        cited = sorted({u.passage for u in chosen})
        quoted = " ".join(u.text for u in chosen)
        # Each piece with its section heading on a line of its own (analysis.scope_to_models reads the row).
        pieces = [f"{passages[u.passage].heading}\n{u.text}" for u in chosen]
        coverage = len(focus & stems(quoted)) / len(focus)
        context = " ".join(f"{passages[i].title} {passages[i].heading}" for i in cited)
        # A code the cited passages carry ("vt600" for a manual that writes VT-600) is covered.
        cited_codes = {c for i in cited for c in passages[i].codes} | document_codes(context)
        found = sum(1 for _, _, keys in query_code_spans(analysis.question) if keys & cited_codes)
        rest = stems(strip_codes(analysis.question, cited_codes))
        topic_coverage = (len(rest & stems(f"{quoted} {context}")) + found) / max(1, len(rest) + found)
        top_unit = max(range(len(units)), key=lambda i: units[i].score)
        # The section a piece is quoted from, or its procedure's label, named by the question's words: "how do i
        # change the blade" quoted from "Changing the blade", whose steps say "park", "lift" and "fit". A row
        # referred to from a passage beyond those quoted from has no heading share here.
        heading_focus = max(
            (
                max(headed[u.passage] if u.passage < len(top) else 0.0, labelled.get((u.passage, u.position), 0.0))
                for u in chosen
            ),
            default=0.0,
        )
        return Draft(
            text="\n".join([LABEL, *layout.lines]),
            citations=layout.citations,
            grounding=1.0,  # every line is a verbatim quote of a cited passage
            coverage=coverage,
            answerer=self.name,
            topic_coverage=topic_coverage,
            value_match=value_match(analysis.question, pieces, asked_about),
            # The question's numbers are looked for where the rule was tuned to look (the first passages)
            # and in every piece the answer shows, so the rule never calls a number the answer shows missing.
            number_match=number_match(
                analysis.question,
                # One line each, a passage's title too: a table row run into the next loses its label.
                "\n".join(
                    [*(p.title + "\n" + p.text for p in top[: QUOTING.number_passages]), *(u.text for u in shown)]
                ),
                [m for p in top[: QUOTING.number_passages] for m in p.models],
            ),
            action_match=action_match(analysis, pieces),
            quoted_steps=sum(1 for u in shown if u.is_step),
            heading_focus=heading_focus,
            best_sim=float(sims[top_unit]),
            best_focus=lexicals[top_unit],
            quoted=pieces,
            meta={"quoted": layout.quoted},
        )

    async def _lay_out(
        self, analysis: QueryAnalysis, shown: list[Unit], passages: list[Passage], tenant: str, *, answering: list[Unit]
    ) -> Layout:
        """The shown pieces laid out by section (engine/layout.py). The evidence above is measured on
        the chosen pieces alone: what the layout adds (the rest of a procedure) was not chosen for
        answering the question, so it must not raise the confidence."""
        quotes = [Quote(u.passage, u.text, u.is_step) for u in shown]
        stepped = [section_key(passages[u.passage]) for u in shown if u.is_step and step_number(u.text) is not None]
        # A how-to's procedure is the section most of its chosen steps come from (the best ranked on a tie),
        # not of those shown: the steps after a best-scored step of another manual's procedure, shown for the
        # reader, must not outnumber the two steps of the asked procedure that one chunk holds and make that
        # other procedure the one quoted whole. With no step chosen, the steps shown after a chosen sentence
        # ("Relubricate with the motor running where it is safe.", then "1. Clean the nipple.") are the procedure.
        picked = [section_key(passages[u.passage]) for u in answering if u.is_step and step_number(u.text) is not None]
        procedure = picked or stepped
        whole = Counter(procedure).most_common(1)[0][0] if procedure and analysis.qtype == "procedure" else None
        near = {section_key(p): p.ordinal for p in reversed(passages)}
        sections, siblings = await self._read_sections(tenant, set(stepped), whole, near)
        # The manual's other procedures are pointed to when they are about what was asked ("seal" in the
        # removal and refitting sections of a seal replacement), not every procedure beside it.
        asked = stems(strip_codes(analysis.question, set(analysis.codes)))
        siblings = [s for s in siblings if s.key == whole or asked & stems(" ".join(line.text for line in s.lines))]
        return lay_out(quotes, passages, sections, whole=whole, budget=await self._budget(tenant), siblings=siblings)

    async def _asked_units(self, question: str, top: list[Passage], units: list[Unit], tenant: str) -> list[Unit]:
        """asked_manuals, its naming words checked against the whole of the other manuals (SectionStore.writing,
        one indexed query) when the question names some of them; as read from the passages alone when no section
        store is wired."""
        named = manual_names(question, top)
        if named and self._sections is not None:
            # The question's own spelling of each naming word, for the full-text search (its stemmer, not ours). A
            # model code ("hb-12", "hb12") is not looked for and always names: a sister model's manual writing
            # "unlike the HB-12" does not make the code name both.
            spelt = {base(word): word for word in content_words(question) if not any(ch.isdigit() for ch in word)}
            words = sorted({spelt[word] for names in named.values() for word in names if word in spelt})
            found = await self._sections.writing(tenant, sorted({p.document_id for p in top}), words)
            written = {base(word): documents for word, documents in found.items()}
            # A manual stays named by a word no other of them writes anywhere.
            named = {
                document: names
                for document, names in named.items()
                if any(not (written.get(word, set()) - {document}) for word in names)
            }
        return asked_manuals(question, top, units, named=named)

    async def _referenced_passages(
        self, chosen: list[Unit], passages: list[Passage], tenant: str, *, about: frozenset[str] | None = None
    ) -> list[Passage]:
        """The first section a chosen piece refers to by number (section_references) that the search did not find,
        read from the referring piece's manual (one indexed query) as passages of it, so that its steps or its
        limits can be quoted (referenced_steps); with `about` (a how-to's stems), only one whose heading shares
        QUOTING.referenced_heading_words of them. None when no section store is wired."""
        if self._sections is None:
            return []
        for unit in chosen:
            referring = passages[unit.passage]
            for number in section_references(unit.text):
                if any(is_section(p, referring.document_id, number) for p in passages):
                    continue  # found by the search: referenced_steps reads it there
                sections = await self._sections.numbered(tenant, referring.document_id, number)
                if about is not None:
                    sections = [
                        section
                        for section in sections
                        if len(stems(section.heading) & about) >= QUOTING.referenced_heading_words
                    ]
                if sections:
                    return [
                        replace(
                            referring,
                            chunk_id=-1,
                            heading_path=list(section.heading_path),
                            page=section.lines[0].page if section.lines else referring.page,
                            text="\n".join(line.text for line in section.lines),
                            ordinal=section.first_ordinal,
                        )
                        for section in sections[: QUOTING.referenced_sections]
                    ]
        return []

    async def _read_sections(
        self, tenant: str, keys: set[SectionKey], whole: SectionKey | None, near: dict[SectionKey, int | None]
    ) -> tuple[dict[SectionKey, Section], list[Section]]:
        """The sections quoted steps come from, read whole, and the procedure's sibling sections."""
        if self._sections is None:
            return {}, []
        found: dict[SectionKey, Section] = {}
        siblings: list[Section] = []
        for document_id, path in sorted(keys):
            parent = path[:-1] if (document_id, path) == whole and len(path) > 1 else path
            read = await self._sections.under(
                tenant, document_id, parent, depth=len(path), near=near.get((document_id, path))
            )
            found.update((s.key, s) for s in read if s.key == (document_id, path))
            if parent != path:
                siblings = read
        return found, siblings

    async def _budget(self, tenant: str) -> int:
        if self._settings is None:
            return int(SPECS[BUDGET_KEY].default)
        return await self._settings.get_int(BUDGET_KEY, tenant)

    def _select(
        self,
        analysis: QueryAnalysis,
        units: list[Unit],
        headed: list[float],
        labelled: dict[tuple[int, int], float],
        labels: dict[tuple[int, int], Unit],
    ) -> list[Unit]:
        """headed: per passage, the share of the question's focus words its section heading has;
        labelled: per step under a label (step_labels), the share its label has."""
        ranked = sorted(units, key=lambda u: u.score, reverse=True)
        best = ranked[0]
        if analysis.qtype == "procedure":
            # A how-to wants the steps: those of the passage whose best step, with its heading or label,
            # scores highest; under a label, that label's steps only.
            steps_by = [
                (u.score + PIECE_SCORE.heading * max(headed[u.passage], labelled.get((u.passage, u.position), 0.0)), u)
                for u in units
                if u.is_step
            ]
            step_score, best_step = max(steps_by, key=lambda su: su[0], default=(0.0, None))
            if best_step is not None and step_score >= best.score * QUOTING.step_ratio:
                label = labels.get((best_step.passage, best_step.position))
                steps = [
                    u
                    for u in units
                    if u.passage == best_step.passage and u.is_step and labels.get((u.passage, u.position)) is label
                ]
                if len(steps) >= 2:
                    lead = [best] if best.passage != best_step.passage or not best.is_step else []
                    return lead + steps[: self._max_steps]
        chosen = [best]
        for unit in ranked[1:]:
            if len(chosen) >= self._max_units or unit.score < best.score * QUOTING.keep_ratio:
                break
            chosen.append(unit)
        return chosen
