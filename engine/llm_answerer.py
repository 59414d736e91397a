"""LLM answerer: the model writes the answer from numbered, delimited sources and cites them.

When every configured model fails, the extractive answerer answers instead (marked as such):
a technician gets quoted manual text rather than an error. ConfiguredAnswerer picks, per
question, the LLM or the extractive answerer by the asking tenant's llm.models.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loguru import logger

from engine.analysis import (
    QueryAnalysis,
    asked_words,
    content_words,
    heading_share,
    number_match,
    stems,
    value_match,
)
from engine.answer_types import Answerer, Draft, citation_for
from engine.deadline import current_deadline
from engine.layout import group_passages, merged_text
from engine.llm import LLMRouter, LLMUnavailable, SourcePassage, Tier, build_messages, parse_answer
from knowledge.codes import document_codes
from knowledge.retriever import Passage
from rivet.settings import SettingSpec, register

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
RESERVE_KEY = "llm.fallback_reserve_s"

register(
    SettingSpec(
        RESERVE_KEY,
        "float",
        3.0,
        "Seconds of the message's deadline (engine.timeout_s) the LLM leaves for the extractive fallback "
        "and the reply.",
        "llm",
    ),
)


def grounding(answer: str, sources: list[str]) -> float:
    """Share of answer sentences whose content words mostly (>= 60 %) appear in one cited source."""
    sentences = [s for s in _SENTENCE.split(answer) if len(content_words(s)) >= 3]
    if not sentences:
        return 1.0 if answer.strip() else 0.0
    source_stems = [stems(s) for s in sources]
    supported = 0
    for sentence in sentences:
        words = stems(re.sub(r"\[\d+\]", "", sentence))
        if words and any(len(words & src) / len(words) >= 0.6 for src in source_stems):
            supported += 1
    return supported / len(sentences)


def _first_page(section: list[Passage]) -> int | None:
    """The page a section's earliest retrieved chunk starts on."""
    return min(section, key=lambda p: p.ordinal if p.ordinal is not None else 0).page


class LLMAnswerer:
    """Answers through the LLM router (tiered, cached, with fallback and a cost ledger)."""

    name = "llm"

    def __init__(self, router: LLMRouter, fallback: Answerer, *, max_passages: int | None = None) -> None:
        """max_passages None: every passage given is a source (the expert already cut them to engine.passages)."""
        self._router = router
        self._fallback = fallback
        self._max_passages = max_passages

    @staticmethod
    def tier_for(analysis: QueryAnalysis) -> Tier:
        """Procedures and troubleshooting need more reasoning than looking up one value."""
        return "moderate" if analysis.qtype in ("procedure", "fault") else "simple"

    async def answer(self, analysis: QueryAnalysis, passages: list[Passage], *, tenant_id: str, domain: str) -> Draft:
        top = passages[: self._max_passages] if self._max_passages is not None else list(passages)
        if not top:
            return Draft("", [], grounding=0.0, coverage=0.0, not_in_sources=True, answerer=self.name)
        # One source per section: two retrieved chunks of one procedure are one source (in the
        # manual's order, the seam's overlap once), so the model cites it once and sees its steps in order.
        sections = group_passages(top)
        texts = [merged_text(group) for group in sections]
        sources = [
            SourcePassage(n=i + 1, title=g[0].title, heading=g[0].heading, page=_first_page(g), text=t)
            for i, (g, t) in enumerate(zip(sections, texts, strict=True))
        ]
        messages = build_messages(analysis.question, sources, domain=domain)
        # The LLM may use the message's time except the reserve: a hanging provider must still
        # leave room for the quoted answer below, or the technician gets the deadline's error.
        deadline = current_deadline()
        if deadline is not None:
            deadline = deadline.minus(await self._router.settings.get_float(RESERVE_KEY, tenant_id))
        try:
            result = await self._router.complete(
                messages, tier=self.tier_for(analysis), tenant_id=tenant_id, agent=domain, deadline=deadline
            )
        except LLMUnavailable as exc:
            logger.warning("LLM unavailable for {} ({}); answering extractively", domain, exc)
            draft = await self._fallback.answer(analysis, passages, tenant_id=tenant_id, domain=domain)
            draft.meta["llm_error"] = str(exc)[:200]
            return draft
        parsed = parse_answer(result.text, max_source=len(sources))
        cited = [n for n in parsed.cited if 1 <= n <= len(sources)] or ([] if parsed.not_in_sources else [1])
        renumber = {old: new for new, old in enumerate(cited, start=1)}
        text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), m.group(1))}]", parsed.text)
        cited_passages = [p for n in cited for p in sections[n - 1]]
        q_stems = stems(analysis.question)
        # One line each: a table row run into the next passage's title loses its label (number_match).
        evidence = "\n".join(f"{p.title}\n{p.heading}\n{p.text}" for p in cited_passages)
        coverage = len(q_stems & stems(evidence)) / max(1, len(q_stems))
        # As the extractive answerer measures it: the heading of a cited section names what is asked ("Shaft seal
        # replacement" for "how do i replace the shaft seal"), its models and its manual's title words aside.
        models = document_codes(" ".join(m for p in cited_passages for m in p.models))
        focus = asked_words(analysis, models, cited_passages[0].title) if cited_passages else frozenset()
        shares = [heading_share(focus or q_stems, analysis.question, p.heading) for p in cited_passages]
        heading_focus = max(shares, default=0.0)
        return Draft(
            text=text,
            citations=[
                replace(citation_for(renumber[n], sections[n - 1][0]), page=_first_page(sections[n - 1])) for n in cited
            ],
            grounding=grounding(parsed.text, [texts[n - 1] for n in cited]),
            best_sim=max((p.vector_sim for p in cited_passages), default=0.0),
            best_focus=coverage,
            topic_coverage=coverage,
            value_match=value_match(analysis.question, parsed.text),
            number_match=number_match(analysis.question, evidence, [m for p in cited_passages for m in p.models]),
            coverage=coverage,
            heading_focus=heading_focus,
            not_in_sources=parsed.not_in_sources,
            answerer=f"llm:{result.model}",
            meta={"cached": result.cached, "cost_usd": result.cost_usd, "llm_ms": result.latency_ms},
        )


class ConfiguredAnswerer:
    """The answerer each tenant's settings choose, decided per question.

    A tenant whose llm.models names a model is answered by the LLM (falling back to quotes),
    any other tenant extractively. Deciding per call, through the settings cache, is what lets
    one tenant turn an LLM on or off without a restart and without touching the others.
    """

    name = "configured"

    def __init__(self, router: LLMRouter, extractive: Answerer, *, use_llm: bool | None = None) -> None:
        """use_llm True or False pins the choice for every tenant (benchmarks); None decides per tenant."""
        self._router = router
        self._use_llm = use_llm
        self.extractive = extractive
        self.llm = LLMAnswerer(router, extractive)

    async def select(self, tenant_id: str) -> Answerer:
        if self._use_llm is not None:
            return self.llm if self._use_llm else self.extractive
        return self.llm if (await self._router.registry(tenant_id)).configured else self.extractive

    async def answer(self, analysis: QueryAnalysis, passages: list[Passage], *, tenant_id: str, domain: str) -> Draft:
        chosen = await self.select(tenant_id)
        return await chosen.answer(analysis, passages, tenant_id=tenant_id, domain=domain)
