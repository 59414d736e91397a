"""Extractive answerer: the default when no LLM is configured.

It quotes the most relevant sentences, steps or table rows of the best passages (not whole chunks),
so numbers and codes stay exactly as the manual prints them, and labels the answer as quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from engine.analysis import QueryAnalysis, content_words, stem
from engine.answer_types import Draft, citation_for
from knowledge.codes import document_codes
from knowledge.embedder import Embedder
from knowledge.retriever import Passage

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'])")
_STEP = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•])\s+")
LABEL = "From the manuals (quoted, no AI summary):"


@dataclass
class Unit:
    """A quotable piece of a passage: a sentence, a numbered step or a table row."""

    passage: int  # index into the passage list
    position: int
    text: str
    is_step: bool
    score: float = 0.0


def split_units(passage_index: int, text: str) -> list[Unit]:
    units: list[Unit] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if _STEP.match(line) or line.count(";") >= 2 or len(line) < 200:
            units.append(Unit(passage_index, len(units), line, bool(_STEP.match(line))))
            continue
        for sentence in _SENTENCE.split(line):
            if sentence.strip():
                units.append(Unit(passage_index, len(units), sentence.strip(), False))
    return units


def _stems(text: str) -> set[str]:
    return {stem(w) for w in content_words(text)}


class ExtractiveAnswerer:
    """Sentence/step/row selection by meaning (embeddings), shared words and exact codes."""

    name = "extractive"

    def __init__(self, embedder: Embedder, *, max_passages: int = 3, max_units: int = 3, max_steps: int = 10) -> None:
        self._embedder = embedder
        self._max_passages = max_passages
        self._max_units = max_units
        self._max_steps = max_steps

    async def answer(self, analysis: QueryAnalysis, passages: list[Passage], *, tenant_id: str, domain: str) -> Draft:
        top = passages[: self._max_passages]
        if not top:
            return Draft("", [], grounding=0.0, coverage=0.0, not_in_sources=True, answerer=self.name)
        units = [u for i, p in enumerate(top) for u in split_units(i, p.text)]
        q_stems = _stems(analysis.question)
        vectors = await self._embedder.embed_documents([u.text for u in units])
        query = await self._embedder.embed_query(analysis.question)
        sims = vectors @ np.asarray(query)
        for unit, sim in zip(units, sims, strict=True):
            lexical = len(q_stems & _stems(unit.text)) / max(1, len(q_stems))
            codes = len(analysis.codes & document_codes(unit.text)) / max(1, len(analysis.codes))
            prior = 1.0 - 0.2 * unit.passage
            unit.score = 0.5 * float(sim) + 0.35 * lexical + 0.4 * codes + 0.15 * prior
        chosen = self._select(analysis, units)
        chosen.sort(key=lambda u: (u.passage, u.position))
        numbers: dict[int, int] = {}
        lines = [LABEL]
        for unit in chosen:
            n = numbers.setdefault(unit.passage, len(numbers) + 1)
            lines.append(f"- {_STEP.sub('', unit.text)} [{n}]" if not unit.is_step else f"{unit.text} [{n}]")
        citations = [citation_for(n, top[i]) for i, n in sorted(numbers.items(), key=lambda kv: kv[1])]
        evidence = " ".join([u.text for u in chosen] + [top[i].title + " " + top[i].heading for i in numbers])
        coverage = len(q_stems & _stems(evidence)) / max(1, len(q_stems))
        best = max((u.score for u in units), default=0.0)
        return Draft(
            text="\n".join(lines),
            citations=citations,
            grounding=1.0,  # every line is a verbatim quote of a cited passage
            coverage=coverage,
            answerer=self.name,
            meta={"best_unit_score": round(best, 4), "best_unit_sim": round(float(max(sims, default=0.0)), 4)},
        )

    def _select(self, analysis: QueryAnalysis, units: list[Unit]) -> list[Unit]:
        ranked = sorted(units, key=lambda u: u.score, reverse=True)
        best = ranked[0]
        if analysis.qtype == "procedure" and best.is_step:
            steps = [u for u in units if u.passage == best.passage and u.is_step]
            return steps[: self._max_steps]
        chosen = [best]
        for unit in ranked[1:]:
            if len(chosen) >= self._max_units or unit.score < best.score * 0.75:
                break
            chosen.append(unit)
        return chosen
