"""build_engine: wires the engine's parts from the app's database, settings and knowledge base."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from loguru import logger

from engine.actions import ActionHandler
from engine.answer_types import Answerer
from engine.commands import Commands
from engine.conversation import ConversationStore
from engine.dedupe import Deduplicator
from engine.extractive import ExtractiveAnswerer
from engine.feedback import FeedbackStore
from engine.handoff import Handoff
from engine.learning import KnowledgeDrafts
from engine.llm import LLMRouter
from engine.llm_answerer import LLMAnswerer
from engine.messages import Message, Reply
from engine.outbound import Action, Sender
from engine.outbox import DeliveryWorker, Outbox
from engine.pipeline import Answer, Command, HumanThread, Manners, Pipeline, RateLimit, Validate
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
    """The brain, one per app. Adapters call `dispatch(message)` and `act(action)`; nothing else.

    Both put their reply in the outbox (and return it, for the console and tests); a
    DeliveryWorker from `delivery(senders)` sends outbox rows through the platforms' Senders.
    """

    pipeline: Pipeline
    router: DomainRouter
    experts: dict[str, DomainExpert]
    llm: LLMRouter
    answerer: Answerer
    conversation: ConversationStore
    handoff: Handoff
    outbox: Outbox
    feedback: FeedbackStore
    drafts: KnowledgeDrafts
    workers: list[DeliveryWorker]

    async def dispatch(self, message: Message) -> Reply | None:
        return await self.pipeline.dispatch(message)

    async def act(self, action: Action) -> Reply | None:
        return await self.pipeline.act(action)

    def delivery(self, senders: Mapping[str, Sender], *, poll_s: float = 1.0) -> DeliveryWorker:
        """A delivery worker for these platforms, woken whenever the engine enqueues."""
        worker = DeliveryWorker(self.outbox, senders, poll_s=poll_s)
        self.workers.append(worker)
        return worker

    def wake(self) -> None:
        for worker in self.workers:
            worker.notify()

    async def unanswered(self, tenant: str) -> list[dict[str, Any]]:
        """The tenant's escalations no expert has answered yet (open, posted, claimed), oldest first."""
        async with self.outbox.db.connect() as conn:
            rows = await self.handoff.store.in_states(conn, tenant, ("open", "posted", "claimed"))
        return [asdict(r) for r in rows]


async def build_engine(
    db: Database, settings: SettingsService, knowledge: KnowledgeBase, *, use_llm: bool | None = None
) -> Engine:
    """use_llm None: answer through the LLM when llm.models is configured globally, else extractively."""
    llm = LLMRouter(db, settings)
    extractive = ExtractiveAnswerer(knowledge.embedder)
    answerer: Answerer = extractive
    if use_llm or (use_llm is None and (await llm.registry()).configured):
        answerer = LLMAnswerer(llm, extractive)
    logger.debug("answerer: {}", answerer.name)
    domains = load_domains()
    k = await settings.get_int("engine.passages")
    experts = {d.name: EXPERT_CLASSES.get(d.cls, DomainExpert)(d, knowledge, answerer, k=k) for d in domains}
    router = DomainRouter(domains, knowledge.embedder, db)
    conversation = ConversationStore(db)
    outbox = Outbox(db, settings)
    drafts = KnowledgeDrafts(db, knowledge)
    workers: list[DeliveryWorker] = []

    def wake() -> None:
        for worker in workers:
            worker.notify()

    handoff = Handoff(db, settings, outbox, drafts, notify=wake)
    feedback = FeedbackStore(db)
    pipeline = Pipeline(
        [
            Validate(settings),
            RateLimit(RateLimiter(db, settings)),
            Command(Commands(db, settings, knowledge, handoff, drafts, conversation)),
            HumanThread(handoff),
            Manners(),
            Answer(router, experts, conversation, handoff),
        ],
        settings,
        Deduplicator(db),
        outbox,
        actions=ActionHandler(handoff, feedback),
        notify=wake,
    )
    return Engine(pipeline, router, experts, llm, answerer, conversation, handoff, outbox, feedback, drafts, workers)
