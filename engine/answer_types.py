"""The answerer seam: an Answerer turns a question and retrieved passages into a Draft answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from engine.analysis import QueryAnalysis
from engine.messages import Citation
from knowledge.retriever import Passage


@dataclass
class Draft:
    """An answer before confidence scoring and the escalate decision."""

    text: str
    citations: list[Citation]
    grounding: float  # share of answer sentences supported by a cited source, 0..1
    coverage: float  # share of the question's content words the answer's evidence covers, 0..1
    not_in_sources: bool = False  # the answerer itself says the sources do not answer this
    best_sim: float = 0.0  # cosine of the question to the single best quoted sentence/step/row
    best_focus: float = 0.0  # share of the question's focus words in that best piece
    topic_coverage: float = 0.0  # share of all question words in the quoted text, titles and headings
    value_match: float = 0.5  # does the evidence write the kind of value asked for (analysis.value_match)
    number_match: float = 0.5  # are the question's own numbers (frame 355, 30 kW) in the evidence
    action_match: float = 0.5  # does the quoted text do the work a how-to asks for (analysis.action_match)
    quoted_steps: int | None = None  # numbered steps among the pieces shown (extractive); None: unknown (an LLM's)
    heading_focus: float = 0.0  # share of the question's focus words in the heading or step label of a quoted piece
    answerer: str = ""
    quoted: list[str] = field(default_factory=list)  # the quoted pieces, each with its heading (extractive)
    meta: dict[str, object] = field(default_factory=dict)


class Answerer(Protocol):
    """Writes the answer. Called by a domain expert (SME) after retrieval; never talks to a platform."""

    name: str

    async def answer(
        self, analysis: QueryAnalysis, passages: list[Passage], *, tenant_id: str, domain: str
    ) -> Draft: ...


def citation_for(n: int, passage: Passage) -> Citation:
    return Citation(n=n, source=passage.source, title=passage.title, heading=passage.heading, page=passage.page)
