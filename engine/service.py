"""build_engine: wires the engine's parts from the app's database, settings and knowledge base."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from opentelemetry.trace import Tracer

from engine.actions import ActionHandler
from engine.clarify import Clarifier
from engine.commands import Commands
from engine.conversation import ConversationStore
from engine.dedupe import Deduplicator
from engine.extractive import ExtractiveAnswerer
from engine.feedback import FeedbackStore
from engine.handoff import Handoff
from engine.learning import KnowledgeDrafts
from engine.llm import LLMRouter
from engine.llm_answerer import ConfiguredAnswerer
from engine.messages import Message, Reply
from engine.metrics import Metrics
from engine.outage import Outage, Replayed
from engine.outbound import Action, Sender
from engine.outbox import DeliveryWorker, Outbox
from engine.pipeline import Answer, Command, HumanThread, Manners, Pipeline, RateLimit, Unaddressed, Validate
from engine.prefetch import question_prefetch
from engine.queue_notice import QueueNotices
from engine.ratelimit import RateLimiter
from engine.router import DomainRouter, load_domains
from engine.sme import DomainExpert
from engine.sme_safety import SafetyExpert
from engine.spool import Spool
from engine.uploads import Uploads
from knowledge.base import KnowledgeBase
from rivet import tracing
from rivet.db import Database
from rivet.errors import ConfigError
from rivet.settings import SettingSpec, SettingsService, register

register(
    SettingSpec(
        "engine.concurrency",
        "int",
        4,
        "Messages answered at once per process; the rest queue and are told how many are ahead. "
        "Answering is CPU-bound: about the number of cores (more when a remote LLM does the work).",
        "engine",
        scope="start",
    ),
)

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
    answerer: ConfiguredAnswerer
    conversation: ConversationStore
    handoff: Handoff
    outbox: Outbox
    feedback: FeedbackStore
    drafts: KnowledgeDrafts
    workers: list[DeliveryWorker]
    commands: Commands
    uploads: Uploads
    metrics: Metrics
    tracer: Tracer = field(default_factory=tracing.tracer)
    outage: Outage | None = None  # saves messages while no database server is reachable (engine/outage.py)

    async def dispatch(self, message: Message) -> Reply | None:
        if self.outage is not None:
            return await self.outage.dispatch(message)
        return await self.pipeline.dispatch(message)

    async def act(self, action: Action) -> Reply | None:
        return await self.pipeline.act(action)

    async def upload(self, message: Message, path: Path) -> Reply:
        """An adapter's document: ingested for admins, with a progress line edited into the result."""
        return await self.uploads.ingest(message, path)

    async def is_admin(self, message: Message) -> bool:
        return await self.commands.is_admin(message)

    def delivery(self, senders: Mapping[str, Sender], *, poll_s: float = 1.0) -> DeliveryWorker:
        """A delivery worker for these platforms, woken whenever the engine enqueues."""
        worker = DeliveryWorker(self.outbox, senders, poll_s=poll_s, metrics=self.metrics, tracer=self.tracer)
        self.workers.append(worker)
        if self.outage is not None:  # with the outbox out of reach, the outage notice goes straight out
            self.outage.add_senders(senders)
        return worker

    def wake(self) -> None:
        for worker in self.workers:
            worker.notify()

    async def scrape(self) -> bytes:
        """/metrics: the gauges read now, then every metric of this app in the text exposition format."""
        await self.metrics.refresh(self.outbox.db, self.pipeline.waiting)
        return self.metrics.exposition()

    async def unanswered(self, tenant: str) -> list[dict[str, Any]]:
        """The tenant's escalations no expert has answered yet (open, posted, claimed), oldest first."""
        async with self.outbox.db.connect() as conn:
            rows = await self.handoff.store.in_states(conn, tenant, ("open", "posted", "claimed"))
        return [asdict(r) for r in rows]


async def build_engine(
    db: Database,
    settings: SettingsService,
    knowledge: KnowledgeBase,
    *,
    use_llm: bool | None = None,
    tracer: Tracer | None = None,
    spool_dir: Path | None = None,
) -> Engine:
    """use_llm None: each question is answered through the LLM when its tenant's llm.models names
    a model, else extractively (ConfiguredAnswerer); True or False pins that for every tenant.
    tracer None: the process's global tracer (no-op unless rivet.tracing.setup installed one).
    spool_dir: where messages wait while no database server is reachable; None: no saving."""
    tracer = tracer or tracing.tracer()
    llm = LLMRouter(db, settings)
    # Per-tenant settings (the answerer, engine.passages, conversation.*) are read per question.
    extractive = ExtractiveAnswerer(
        knowledge.embedder, pieces=knowledge.pieces, sections=knowledge.sections, settings=settings
    )
    answerer = ConfiguredAnswerer(llm, extractive, use_llm=use_llm)
    domains = load_domains()
    experts = {d.name: EXPERT_CLASSES.get(d.cls, DomainExpert)(d, knowledge, answerer, tracer=tracer) for d in domains}
    router = DomainRouter(domains, knowledge)
    conversation = ConversationStore(db, settings)
    outbox = Outbox(db, settings)
    drafts = KnowledgeDrafts(db, knowledge)
    workers: list[DeliveryWorker] = []
    metrics = Metrics()

    def wake() -> None:
        for worker in workers:
            worker.notify()

    concurrency = await settings.get_int("engine.concurrency")
    if concurrency < 1:
        raise ConfigError(f"engine.concurrency must be at least 1, not {concurrency}")
    dedupe = Deduplicator(db)
    handoff = Handoff(db, settings, outbox, drafts, notify=wake)
    feedback = FeedbackStore(db)
    commands = Commands(db, settings, knowledge, handoff, drafts, conversation)
    uploads = Uploads(knowledge, outbox, commands.is_admin, wake)
    dedupe = Deduplicator(db)
    pipeline = Pipeline(
        [
            Replayed(),
            Unaddressed(handoff),
            Validate(settings),
            RateLimit(RateLimiter(db, settings)),
            Command(commands),
            HumanThread(handoff, conversation),
            Manners(),
            Answer(router, experts, conversation, handoff, Clarifier(knowledge.sections), tracer=tracer),
        ],
        settings,
        dedupe,
        outbox,
        actions=ActionHandler(handoff, feedback),
        notify=wake,
        concurrency=concurrency,
        prefetch=question_prefetch(knowledge.embedder),
        metrics=metrics,
        tracer=tracer,
        notices=QueueNotices(outbox, dedupe, wake, metrics),
    )
    outage = None if spool_dir is None else Outage(pipeline, db, settings, Spool(spool_dir), dedupe)
    return Engine(
        pipeline, router, experts, llm, answerer, conversation, handoff, outbox, feedback, drafts, workers, commands,
        uploads, metrics, tracer, outage,
    )  # fmt: skip
