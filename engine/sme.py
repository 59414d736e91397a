"""Domain expert (SME) template, seed pattern 4: analyze -> search -> answer -> confidence -> decide.

A new expert is a domains.yaml entry; a subclass of DomainExpert is for behaviour that differs
(see sme_safety.py). Each step is a method so a subclass overrides only what it changes.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from typing import Any

from opentelemetry.trace import Tracer

from engine import confidence as conf
from engine.analysis import QueryAnalysis, analyze_query, asks_for_steps, names_nothing
from engine.answer_types import Answerer, Draft
from engine.messages import Citation
from engine.router import Domain
from engine.rules import (
    EVIDENCE_PASSAGES,
    EXPERT_ANSWERED,
    FILTER_MIN_ROUTE_MARGIN,
    FILTER_MIN_SIMILARITY,
    SCOPE_GENERIC,
    SCOPED_OUT_SQL,
    SOFT_RULES,
    TITLE_FILLER,
)
from engine.scope import Manual, ScopedOut, scoped_out
from engine.spelling import corrected
from knowledge.base import KnowledgeBase
from knowledge.codes import (
    document_codes,
    equipment_codes,
    query_code_spans,
    skipped_codes,
    spaced_model_codes,
    written_codes,
)
from knowledge.retriever import Passage, RetrievalTiming, Retriever
from rivet import tracing
from rivet.settings import SettingSpec, register

# A word that may name a manual: letters only, four or more ("glasshaven", "boilers"; not "kd" or "400").
_WORD = re.compile(r"(?<![\w-])[a-z]{4,}(?![\w-])")

register(
    SettingSpec(
        "engine.passages",
        "int",
        5,
        "Of the passages a search returns (retrieval.top_k), how many the answerer reads and confidence scores.",
        "engine",
    ),
)


@dataclass
class SMEResult:
    domain: str
    text: str
    citations: list[Citation]
    confidence: float
    escalate: bool
    reason: str
    evidence: dict[str, float]
    passages: list[Passage] = field(default_factory=list)
    answerer: str = ""
    timings_ms: dict[str, float] = field(default_factory=dict)
    rules: list[str] = field(default_factory=list)  # names of the rules that escalate whatever the confidence
    cautions: list[str] = field(default_factory=list)  # names of the rules that only explain a low confidence
    threshold: float = 0.0  # the confidence threshold the decision used
    retrieved: list[str] = field(default_factory=list)  # sources of the passages read, best first
    quoted: list[dict[str, Any]] = field(default_factory=list)  # pieces quoted, by section (engine/layout.py)
    pieces: list[str] = field(default_factory=list)  # the pieces the evidence read (draft.quoted), heading first
    answered_as: str = ""  # the question as answered: misspelt words of the manuals put right (engine/spelling.py)
    answered_before: bool = False  # an approved expert answer to this question was quoted (answered_by_expert)


def _quoted(draft: Draft) -> list[dict[str, Any]]:
    """The pieces the draft quoted, by section (the extractive answerer records them)."""
    quoted = draft.meta.get("quoted")
    return [q for q in quoted if isinstance(q, dict)] if isinstance(quoted, list) else []


class DomainExpert:
    """Answers questions of one domain from the tenant's knowledge base."""

    # The rules that only explain a low confidence (rules.SOFT_RULES): they escalate nothing on their own.
    soft_rules: frozenset[str] = SOFT_RULES

    def __init__(
        self,
        domain: Domain,
        knowledge: KnowledgeBase,
        answerer: Answerer,
        *,
        k: int | None = None,
        weights: conf.Weights = conf.WEIGHTS,
        tracer: Tracer | None = None,
    ) -> None:
        """k pins how many passages the answerer reads; None reads engine.passages per question."""
        self.tracer = tracer or tracing.tracer()
        self.domain = domain
        self.knowledge = knowledge
        self.answerer = answerer
        self.k = k
        self.weights = weights  # per expert: a refit for one answerer or domain changes no other

    def analyze_query(self, question: str) -> QueryAnalysis:
        return analyze_query(question)

    async def search_kb(
        self,
        analysis: QueryAnalysis,
        tenant_id: str,
        *,
        route_margin: float,
        timing: RetrievalTiming,
        retriever: Retriever | None = None,
    ) -> list[Passage]:
        """Domain-filtered retrieval when the route is clear; the whole knowledge base otherwise.

        A filtered search that finds nothing convincing is retried unfiltered, so a misrouted
        question still finds its manual. So is one whose passages write none of the equipment codes
        the question names (models, alarms; not "line 2" or "IP65", knowledge.codes.equipment_codes):
        "belt deflection for the vlm-250" routed to conveyors by its words finds a bucket elevator's
        belt there, while the VLM-250's manual has another domain or none. The unfiltered passages are
        taken only if they write one; a code no manual writes keeps the filtered ones. So is one that
        names none of their manuals' models but, in words the filtered passages never write, a manual
        outside the domain by its title, file name or maker ("at what co2 level does the glasshaven
        stop dosing", routed to a poultry house controller's domain by its words): the unfiltered
        passages are taken if that manual leads them. Each search returns the tenant's
        retrieval.top_k passages.
        """
        retriever = retriever or await self.knowledge.retriever(tenant_id)
        filters = self.domain.filters
        if (filters.domains or filters.models or filters.manufacturer) and route_margin >= FILTER_MIN_ROUTE_MARGIN:
            passages = await retriever.search(analysis.question, tenant_id, filters=filters, timing=timing)
            if passages and (passages[0].vector_sim >= FILTER_MIN_SIMILARITY or passages[0].exact_hits):
                named = {key for keys in equipment_codes(analysis.question) for key in keys}
                if named and not _writes_any(passages, named):
                    anywhere = await retriever.search(analysis.question, tenant_id, timing=timing)
                    return anywhere if _writes_any(anywhere, named) else passages
                if named & {key for p in passages for model in p.models for key in document_codes(model)}:
                    return passages  # the model asked about is theirs
                elsewhere = await self.knowledge.documents_named(
                    tenant_id, _unwritten_words(analysis.question, passages), outside=filters.domains or []
                )
                if elsewhere:
                    anywhere = await retriever.search(analysis.question, tenant_id, timing=timing)
                    if anywhere and anywhere[0].document_id in elsewhere:
                        return anywhere
                return passages
        return await retriever.search(analysis.question, tenant_id, timing=timing)

    async def answer_depth(self, tenant_id: str) -> int:
        """How many of the retrieved passages the answerer reads: k if pinned, else engine.passages."""
        if self.k is not None:
            return self.k
        return max(1, await self.knowledge.settings.get_int("engine.passages", tenant_id))

    async def generate_answer(self, analysis: QueryAnalysis, passages: list[Passage], tenant_id: str) -> Draft:
        return await self.answerer.answer(analysis, passages, tenant_id=tenant_id, domain=self.domain.name)

    def score_confidence(
        self,
        analysis: QueryAnalysis,
        passages: list[Passage],
        draft: Draft,
        *,
        rrf_k: int = 60,
        unknown: list[str] | None = None,
    ) -> tuple[float, conf.Evidence]:
        """rrf_k is the fusion constant the passages were ranked with: it sets the best fused score.
        unknown: the codes the question names that no document of the tenant mentions."""
        evidence = conf.gather(analysis, passages, draft, rrf_k=rrf_k, unknown_codes=bool(unknown))
        return conf.score(evidence, self.weights), evidence

    def rules(
        self,
        evidence: conf.Evidence,
        draft: Draft,
        unknown: list[str],
        scoped: ScopedOut | None = None,
        *,
        unnamed: bool = False,
        skipped: list[str] | None = None,
        steps_asked: bool = False,
        symptom_listed: bool = False,
    ) -> list[tuple[str, str]]:
        """The rules that fire, as (name, reason), most telling first: a hard one escalates whatever the confidence, a
        soft one (self.soft_rules) only says why a confidence below the threshold is low (decide).
        unnamed: the question names nothing it asks about but a pronoun (analysis.names_nothing).
        steps_asked: a how-to asks for steps in so many words (analysis.asks_for_steps).
        symptom_listed: the first quoted piece is the manual's own symptom row for the trouble reported
        (confidence.symptom_row_answers): the manual covers it, whatever part it says it leaves out beside it (not
        a model: "The KX-70 is described in a separate data sheet"), and the question's numbers are the trouble's
        readings, not a size or rating the manual must write.
        skipped: the codes it names that the passages' tables skip (knowledge.codes.skipped_codes).

        Named so `rivet eval answers --dump-features` can record which fired, and `rivet eval oof`
        can replay the decision with another model and threshold.
        """
        fired: list[tuple[str, str]] = []
        if unnamed:
            # "Whats the max temp for it" with no conversation to say what "it" is: any manual's answer is a guess.
            fired.append(("unnamed", 'the question does not name the equipment or part it asks about, only "it"'))
        if unknown:
            # Answering about "RT-20" from the RT-10 manual is how a wrong answer looks right.
            fired.append(("unknown_code", f"no document in the knowledge base mentions {', '.join(unknown).upper()}"))
        if skipped:
            # "gcp2 fault m06" where the fault table lists M05 and M07: the manual has no such code.
            fired.append(("code_gap", f"the manual's codes skip {', '.join(skipped)}: it lists the ones either side"))
        if scoped is not None and (not symptom_listed or document_codes(scoped.what)):
            # "The HU-25 and HU-70 are described in separate data sheets": the manual says it is not the source. A
            # trouble its own symptom row answers is covered, whatever part beside it the manual leaves out; a model
            # it leaves out may be the one in trouble (rules.SYMPTOM_ROW_LABEL).
            fired.append(("scoped_out", f'{scoped.source} says it does not cover "{scoped.what}"'))
        if evidence.not_in_sources:
            fired.append(("not_in_sources", "the answerer says the sources do not contain the answer"))
        if not draft.text or not draft.citations:
            fired.append(("no_answer", "no passage in the knowledge base answers this"))
        if evidence.value_missing and not (evidence.procedure and steps_asked):
            # "How many kg" answered by text with no mass in it: the manual does not state the value. A how-to that
            # asks for steps in so many words is answered by them ("how do i do a weigh test"): a value missing from
            # them only lowers its confidence; "what torque should the brake be set to, doing the adjustment" or
            # "how do i set the overload, what amps" still asks the value (forty-first session).
            fired.append(("value_kind", "the quoted manual text states no value of the kind asked for"))
        if evidence.feature_missing:
            # "Does it have a load cell": a manual that has one names it; silence is no "no".
            fired.append(("feature", "the question asks about a feature no manual found names"))
        if evidence.other_condition:
            # "Duty cycle at 20 deg" from a manual that gives it at 40 °C, a CIP setting given for production, a
            # lowest value where only a highest is written: whether it holds is a person's call.
            why = "the manual states the value only for another condition, mode or bound than the one asked"
            fired.append(("condition", why))
        if evidence.sibling_only:
            # "Is there a single-phase HD-40" answered by "the HD-32 is also built for single phase".
            fired.append(("sibling", "every passage quoted is written for another model than the one asked"))
        if evidence.variant_missing:
            # "Shell for 3 mm pastilles" where the spares list 2, 4 and 6 mm: the neighbours are no answer.
            fired.append(("variant", "the manual gives this only for other sizes or variants than the one asked"))
        if evidence.cell_missing:
            # "RV-63: 60 Hz motor on request": the manual's own table says it gives no value for that model.
            fired.append(("cell", "the manual's table gives no value for the model asked about"))
        if evidence.done_by_others:
            # "How do i calibrate the laser height sensor" where the manual says it "is calibrated only at Provamatt".
            fired.append(("done_by_others", "the manual says only another party (its maker's service) does this work"))
        if evidence.numbers_missing and not evidence.fault_report and not symptom_listed:
            # "frame 355" when the manual's table stops at 250: that size is not covered. A fault report's numbers
            # are its machine's readings ("differential is up to 2.5 bar now", "dew point stuck around +8"), which
            # a manual need not write: their absence only lowers its confidence (fifty-first session); so are a
            # trouble's the manual's own symptom row answers ("agglom coming out fine and dusty bulk density 265").
            fired.append(
                ("numbers", "the numbers in the question (a size, a rating) appear in none of the first passages found")
            )
        return fired

    async def scoped_out(self, question: str, passages: list[Passage], tenant_id: str) -> ScopedOut | None:
        """Equipment the question asks about that the manuals of the first passages say they do not cover
        (engine/scope.py). Those manuals' statements are read from all their chunks: a manual says what
        it leaves out in its scope, which is rarely the chunk the search found; and from the passages
        found, where "see the SK-30 documentation" stands beside the SK-30 it names."""
        first = passages[:EVIDENCE_PASSAGES]
        if not first:
            return None
        texts = await self.knowledge.texts_matching(tenant_id, [p.document_id for p in first], SCOPED_OUT_SQL)
        # The passages found are read too: "see the SK-30 documentation" stands where SK-30 is named.
        for p in passages:
            texts.setdefault(p.document_id, []).append(p.text)
        manuals: dict[int, Manual] = {}
        for p in passages:  # every passage's manual covers its own title and models
            manuals.setdefault(
                p.document_id, Manual(p.source, p.title, tuple(p.models), tuple(dict.fromkeys(texts[p.document_id])))
            )
        return scoped_out(question, list(manuals.values()))

    def decide(
        self, confidence: float, rules: list[tuple[str, str]], *, answered_before: bool = False
    ) -> tuple[bool, str]:
        """Escalate when a hard rule fired (its reason says why) or below the domain's threshold, unless an
        approved expert answer to this question is quoted (answered_by_expert). A soft rule (self.soft_rules)
        escalates nothing on its own, but says why the confidence is low when it is."""
        hard, soft = self.hard_and_soft(rules)
        if hard:
            return True, hard[0][1]
        if confidence < self.domain.threshold and not answered_before:
            below = f"confidence {confidence:.2f} is below the {self.domain.name} threshold {self.domain.threshold}"
            return True, f"{soft[0][1]}; {below}" if soft else below
        return False, ""

    def hard_and_soft(self, rules: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        """The rules that fired, hard ones (they escalate) and soft ones (self.soft_rules: they explain), in order."""
        return (
            [rule for rule in rules if rule[0] not in self.soft_rules],
            [rule for rule in rules if rule[0] in self.soft_rules],
        )

    def compose(self, draft: Draft, confidence: float) -> str:
        return draft.text

    async def handle(self, question: str, tenant_id: str, *, route_margin: float = 1.0) -> SMEResult:
        # Each stage is timed by the span that traces it (rivet/tracing.py): timings_ms feeds the
        # rivet_stage_seconds histogram, the spans go to OTLP when it is configured.
        timings: dict[str, float] = {}
        with tracing.stage(self.tracer, "retrieve", timings, {"rivet.domain": self.domain.name}) as span:
            analysis = self.analyze_query(question)
            retrieval = RetrievalTiming()
            retriever = await self.knowledge.retriever(tenant_id)
            found = await self.search_kb(
                analysis, tenant_id, route_margin=route_margin, timing=retrieval, retriever=retriever
            )
            # A misspelt word of the manuals found ("hieght") is put right, and the search run again with it.
            spelt = corrected(question, (f"{p.heading} {p.text}" for p in found))  # read only if needed
            if spelt != question:
                question, analysis, reranked = spelt, self.analyze_query(spelt), retrieval.rerank_ms
                found = await self.search_kb(
                    analysis, tenant_id, route_margin=route_margin, timing=retrieval, retriever=retriever
                )
                retrieval.rerank_ms += reranked  # both searches' reranking, booked as the rerank stage
            # The reranker runs last inside the search, timed by the retriever: its span ends now.
            tracing.past_stage(self.tracer, "rerank", retrieval.rerank_ms)
            passages = found[: await self.answer_depth(tenant_id)]
            span.set_attribute("rivet.passages", len(passages))
        timings["retrieve"] = round(timings["retrieve"] - retrieval.rerank_ms, 1)
        timings["rerank"] = round(retrieval.rerank_ms, 1)
        with tracing.stage(self.tracer, "answer", timings) as span:
            draft = await self.generate_answer(analysis, passages, tenant_id)
            span.set_attribute("rivet.answerer", draft.answerer)
        with tracing.stage(self.tracer, "confidence", timings) as span:
            models = [model for p in passages for model in p.models]  # the models the passages' manuals cover
            # Both look a question's equipment up in the knowledge base: side by side, one round trip's wait.
            unknown, scoped = await asyncio.gather(
                self.knowledge.unknown_codes(
                    tenant_id, equipment_codes(question) + spaced_model_codes(question, models)
                ),
                self.scoped_out(question, passages, tenant_id),
            )
            confidence, evidence = self.score_confidence(
                analysis, passages, draft, rrf_k=retriever.rrf_k, unknown=unknown
            )
            skipped = skipped_codes(question, (f"{p.heading}\n{p.text}" for p in passages), models)
            rules = self.rules(
                evidence,
                draft,
                unknown,
                scoped,
                unnamed=names_nothing(question),
                skipped=skipped,
                steps_asked=asks_for_steps(question),
                symptom_listed=conf.symptom_row_answers(analysis, draft),
            )
            answered_before = answered_by_expert(question, passages, draft)
            escalate, reason = self.decide(confidence, rules, answered_before=answered_before)
            hard, soft = self.hard_and_soft(rules)
            span.set_attributes({"rivet.confidence": round(confidence, 4), "rivet.escalate": escalate})
        return SMEResult(
            domain=self.domain.name,
            text=self.compose(draft, confidence),
            citations=draft.citations,
            confidence=round(confidence, 4),
            escalate=escalate,
            reason=reason,
            evidence=evidence.as_dict(),
            passages=passages,
            answerer=draft.answerer,
            timings_ms=timings,
            quoted=_quoted(draft),
            pieces=list(draft.quoted),
            rules=[name for name, _ in hard],
            cautions=[name for name, _ in soft],
            threshold=self.domain.threshold,
            retrieved=[p.source for p in passages],
            answered_as=question,
            answered_before=answered_before,
        )


def answered_by_expert(question: str, passages: list[Passage], draft: Draft) -> bool:
    """Is the question one an expert answered and an admin approved? The approved answer (review "expert",
    which only KnowledgeDrafts.approve writes) is ranked first, every quote of the extractive answer is
    from it, it names every code the question writes (a KX-5 answer is no answer for a KX-7, however similar
    the words), and it is as similar to the question as a paraphrase is (rules.EXPERT_ANSWERED): escalating
    again would ask the same experts the same thing. The confidence model was fitted on manuals, not on
    answers written for one question, so it is not what decides here. An LLM's draft may say more than
    the expert did, so it is weighed as any other."""
    if not passages or draft.answerer != "extractive" or not draft.citations:
        return False
    top = passages[0]
    if top.doc_type != "expert_answer" or top.review != "expert" or top.vector_sim < EXPERT_ANSWERED:
        return False
    if any(c.source != top.source for c in draft.citations):
        return False
    named = document_codes(" ".join([top.title, top.heading, top.text, *top.models])) | set(top.codes)
    written = list(written_codes(question))
    # A spaced code ("kx 7", "cat 2") may be ordinary words, so, as confidence.code_match_of does, it must be
    # named only where it is a code here: a retrieved passage names it, or it is of the family of a code the
    # answer names ("kx 7" beside the answer's KX-5).
    known = {key for p in passages for key in p.codes} | {key for p in passages for key in document_codes(p.text)}
    families = {_family(key) for key in named} - {""}
    # One group per code the question writes spaced, whichever of its spellings ("e 06": e6 or e06) is named.
    taken = {key for keys in written for key in keys}
    spaced = [keys for _, _, keys in query_code_spans(question) if not keys & taken]
    written += [keys for keys in spaced if any(key in known or _family(key) in families for key in keys)]
    return all(keys & named for keys in written)


def _family(code: str) -> str:
    """A code's letters before its first digit ("kx" of kx5): two models of one maker's range share them."""
    return re.sub(r"\d.*", "", code)


def _unwritten_words(question: str, passages: list[Passage]) -> list[str]:
    """The question's words (four letters or more) that none of the passages writes in its text, title or
    file name, singular or plural: the words that may name a manual the passages are not from."""
    seen = " ".join(f"{p.title} {p.source} {p.text}" for p in passages).lower()
    out: list[str] = []
    for word in dict.fromkeys(_WORD.findall(question.lower())):
        stem = word[:-1] if word.endswith("s") and len(word) > 4 else word
        if stem in TITLE_FILLER or word in SCOPE_GENERIC:
            continue  # "where in the manual is the procedure": no one manual's name
        if not re.search(rf"(?<![a-z]){re.escape(stem)}", seen):
            out.append(word)
    return out


def _writes_any(passages: list[Passage], codes: set[str]) -> bool:
    """Does any of the passages write (or belong to a manual of) one of these code keys?"""
    return any(codes.intersection(p.codes) for p in passages)
