"""build_engine: wires the engine's parts from the app's database, settings and knowledge base."""

from __future__ import annotations

from dataclasses import dataclass

from loguru import logger

from engine.answer_types import Answerer
from engine.commands import Commands
from engine.conversation import ConversationStore
from engine.dedupe import Deduplicator
from engine.escalations import EscalationStore
from engine.extractive import ExtractiveAnswerer
from engine.llm import LLMRouter
from engine.llm_answerer import LLMAnswerer
from engine.messages import Message, Reply
from engine.pipeline import Answer, Command, Dedupe, Pipeline, RateLimit, Validate
from engine.ratelimit import RateLimiter
from engine.router import DomainRouter, load_domains
from engine.sme import DomainExpert
from engine.sme_safety import SafetyExpert
from knowledge.base import KnowledgeBase
from rivet.db import Database
from rivet.settings import SettingsService

EXPERT_CLASSES: dict[str, type[DomainExpert]] = {"default": DomainExpert, "safety": SafetyExpert}


@dataclass
class Engine:
    """The brain, one per app: `dispatch(message)` is the only entry point the adapters use."""

    pipeline: Pipeline
    router: DomainRouter
    experts: dict[str, DomainExpert]
    llm: LLMRouter
    answerer: Answerer
    conversation: ConversationStore
    escalations: EscalationStore

    async def dispatch(self, message: Message) -> Reply | None:
        return await self.pipeline.dispatch(message)


async def build_engine(
    db: Database, settings: SettingsService, knowledge: KnowledgeBase, *, use_llm: bool | None = None
) -> Engine:
    """use_llm None: answer through the LLM when llm.models is configured globally, else extractively."""
    llm = LLMRouter(db, settings)
    extractive = ExtractiveAnswerer(knowledge.embedder, pieces=knowledge.pieces)
    answerer: Answerer = extractive
    if use_llm or (use_llm is None and (await llm.registry()).configured):
        answerer = LLMAnswerer(llm, extractive)
    logger.debug("answerer: {}", answerer.name)
    domains = load_domains()
    k = await settings.get_int("engine.passages")
    experts = {d.name: EXPERT_CLASSES.get(d.cls, DomainExpert)(d, knowledge, answerer, k=k) for d in domains}
    router = DomainRouter(domains, knowledge.embedder, db)
    conversation = ConversationStore(db)
    escalations = EscalationStore(db)
    pipeline = Pipeline(
        [
            Dedupe(Deduplicator(db)),
            Validate(settings),
            RateLimit(RateLimiter(db, settings)),
            Command(Commands(db, settings, knowledge)),
            Answer(router, experts, conversation, escalations),
        ],
        settings,
    )
    return Engine(pipeline, router, experts, llm, answerer, conversation, escalations)
