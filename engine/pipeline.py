"""dispatch(message) and act(action): the chain every inbound event goes through, and the promise of never going silent.

An event is first claimed with a lease (engine/dedupe.py), so a platform's retry of an event that
is answered, or being answered, stays quiet. Then small steps in a chain (bolt's middleware
pattern): validate -> rate limit -> command -> human-owned thread -> manners -> answer. Every
message gets exactly one Reply (an answer, an escalation notice or an explicit error) within
engine.timeout_s, and that Reply goes into the outbox in the same transaction that marks the
event done: a crash before that point leaves the event claimable again, never silent. The only
messages without a reply are duplicates, repeats from a user already told they are rate-limited,
group chatter that needs none, and a technician's follow-up in a thread an expert owns (relayed
to the expert instead).

With no database server reachable none of this can run: DatabaseUnavailable (at the claim, in a
step, or at the commit) is not turned into an error reply but raised to engine/outage.py, which
saves the message on local disk, tells the sender at once that it is saved, and dispatches it
here again when a primary is back (the claim makes that replay answer it once).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from contextvars import ContextVar
from typing import Any, Protocol

from loguru import logger
from opentelemetry.trace import Tracer
from opentelemetry.util.types import AttributeValue
from sqlalchemy.ext.asyncio import AsyncConnection

from engine.clarify import Clarifier
from engine.commands import Commands
from engine.conversation import (
    ConversationStore,
    Turn,
    complete_query,
    is_clarification,
    last_answer,
    pending_ticket,
)
from engine.deadline import Deadline, deadline_scope
from engine.dedupe import Deduplicator, Outcome
from engine.handoff import Asked, Handoff
from engine.messages import Button, Message, Reply
from engine.metrics import Metrics
from engine.outbound import Action, Destination, Outbound, reply_destination
from engine.outbox import Outbox
from engine.queue_notice import QueueNotices
from engine.ratelimit import RateLimiter
from engine.router import DomainRouter, RouteDecision
from engine.rules import ACKNOWLEDGEMENT, EMOJI_ONLY, GREETING, THANKS
from engine.sme import DomainExpert, SMEResult
from rivet import tracing
from rivet.errors import DatabaseUnavailable
from rivet.settings import SettingSpec, SettingsService, register

# engine.max_message_chars' default; engine/prefetch.py encodes nothing longer ahead of the chain.
MAX_MESSAGE_CHARS = 4000

register(
    SettingSpec(
        "engine.timeout_s", "float", 20.0, "Most seconds one message may take before an error reply.", "engine"
    ),
    SettingSpec(
        "engine.max_message_chars",
        "int",
        MAX_MESSAGE_CHARS,
        "Longer messages are refused with a clear reply.",
        "engine",
    ),
)

Next = Callable[[Message], Awaitable[Reply | None]]
Write = Callable[[AsyncConnection], Awaitable[None]]

# Writes that belong with the reply the chain returns, run in the transaction that commits it
# (Pipeline._commit): the answer's conversation turn, one transaction fewer per message. Set per
# message by Pipeline._dispatch and dropped when the chain fails or runs out of time, since the
# reply committed then is an error, not the one those writes describe.
_WITH_REPLY: ContextVar[list[Write] | None] = ContextVar("rivet_with_reply", default=None)

# The thread's recent turns, read by HumanThread on the connection of its check, for Answer:
# (the message they were read for, the turns). Another message, or none read: Answer reads them.
_HISTORY: ContextVar[tuple[Message, list[Turn]] | None] = ContextVar("rivet_history", default=None)

# How much longer than the answering deadline an event's claim (its lease) lasts: a worker that dies
# mid-answer leaves a lease another delivery may take over once it runs out, never one still answering.
LEASE_MARGIN_S = 10.0


def feedback_buttons(reply_id: str) -> tuple[Button, ...]:
    """Thumbs up/down naming the reply they rate; a new tuple per reply, nothing shared."""
    return (Button("👍 Helpful", f"fb:up:{reply_id}"), Button("👎 Wrong", f"fb:down:{reply_id}"))


class Step(Protocol):
    """One link of the chain: handle the message, or pass it on with `await next_(message)`."""

    async def __call__(self, message: Message, next_: Next) -> Reply | None: ...


class Validate:
    """Empty, huge and attachment-only messages get a clear reply instead of a confused answer."""

    def __init__(self, settings: SettingsService) -> None:
        self._settings = settings

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        text = message.text.strip()
        limit = await self._settings.get_int("engine.max_message_chars", message.tenant_id)
        if len(text) > limit:
            return Reply(
                f"That message is {len(text):,} characters; I can read up to {limit:,}. "
                "Please send just the question (model, fault code, what you see).",
                route="rejected",
                trace_id=message.trace_id,
            )
        refused = message.extras.get("document_refused")
        if refused:
            names = ", ".join(a.name for a in message.attachments) or "that file"
            return Reply(
                f"I couldn't take {names}: {refused}. Type your question and I'll look it up.",
                route="rejected",
                trace_id=message.trace_id,
            )
        if not text and message.attachments:
            kinds = ", ".join(sorted({a.kind for a in message.attachments}))
            return Reply(
                f"I can't read {kinds} attachments yet. Please type the model, the fault code or "
                "what you see, and I'll look it up.",
                route="rejected",
                trace_id=message.trace_id,
            )
        if not text:
            return Reply(
                "I got an empty message. What do you need help with?", route="rejected", trace_id=message.trace_id
            )
        return await next_(message)


class RateLimit:
    """Per-user and per-tenant token buckets in PostgreSQL; one polite notice per limited period."""

    def __init__(self, limiter: RateLimiter) -> None:
        self._limiter = limiter

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        if message.platform == "console":  # the local operator at a shell, not a chat user
            return await next_(message)
        decision = await self._limiter.check(message.tenant_id, f"{message.platform}:{message.user_id}")
        if decision.allowed:
            return await next_(message)
        if not decision.notify:
            logger.info(
                "rate-limited message from {} dropped after notice (trace {})", message.user_id, message.trace_id
            )
            return None
        who = "you" if decision.scope == "user" else "your site"
        return Reply(
            f"You're sending questions faster than I can take them for {who}. "
            f"Please wait about {max(1, round(decision.retry_after_s))} s and ask again.",
            route="rate_limited",
            trace_id=message.trace_id,
        )


class Command:
    def __init__(self, commands: Commands) -> None:
        self._commands = commands

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        if message.text.lstrip().startswith("/"):
            return await self._commands.handle(message)
        return await next_(message)


class Unaddressed:
    """A channel message that does not address the bot (no mention, not a reply to it) matters
    only in a thread the human loop owns: an expert replying under a ticket's post, or a
    technician following up in a thread an expert took. Anything else is chatter: silence, no
    rate-limit token spent, no "I can't read that" reply.
    """

    def __init__(self, handoff: Handoff) -> None:
        self._handoff = handoff

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        if message.extras.get("addressed", True):
            return await next_(message)
        routed = await self._handoff.route_human_thread(message)
        logger.debug(
            "unaddressed {} in {}:{} thread {}: {}",
            message.event_id,
            message.platform,
            message.chat_id,
            message.thread_id,
            "human loop" if routed is not False else "chatter, ignored",
        )
        return routed if isinstance(routed, Reply) else None


class HumanThread:
    """A thread a human owns: an expert's reply under a post is the answer; the asker's follow-ups go to the expert.

    When the bot is to answer, the thread's recent turns (what Answer reads first) are read on the
    same connection as the check: nothing between here and Answer writes them.
    """

    def __init__(self, handoff: Handoff, conversation: ConversationStore | None = None) -> None:
        self._handoff = handoff
        self._conversation = conversation

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        history: list[Turn] | None = None
        store = self._conversation

        async def read_history(conn: AsyncConnection) -> None:
            nonlocal history
            assert store is not None
            where = (message.tenant_id, message.platform, message.chat_id, message.thread_id)
            history = await store.recent_in(conn, *where)

        routed = await self._handoff.route_human_thread(
            message, if_bot_answers=read_history if store is not None else None
        )
        if routed is not False:
            return routed if isinstance(routed, Reply) else None
        token = _HISTORY.set((message, history) if history is not None else None)
        try:
            return await next_(message)
        finally:
            _HISTORY.reset(token)


HELLO = (
    "Hi! I'm RIVET. Ask me about your equipment in plain words (a model, a fault code, what you see) and I'll "
    "answer from your plant's manuals with sources, or pass it to an expert. /help lists the commands."
)


def unanswered_small_talk(message: Message) -> bool:
    """Thanks, "ok" or an emoji alone in a group: Manners answers nothing, so there is no wait to announce."""
    text = message.text.strip()
    return not message.is_direct and bool(THANKS.match(text) or ACKNOWLEDGEMENT.match(text) or EMOJI_ONLY.match(text))


class Manners:
    """Small talk gets a short human answer, never a quote from a manual.

    A greeting gets a hello with what RIVET can do; thanks gets a short acknowledgement in a direct
    chat and nothing in a group; "ok" or an emoji alone gets nothing in a group. The patterns that
    recognise small talk are in engine/rules.py.
    """

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        text = message.text.strip()
        if GREETING.match(text):
            return Reply(HELLO, route="command", trace_id=message.trace_id)
        if THANKS.match(text):
            if not message.is_direct:
                return None
            return Reply("You're welcome. Ask any time.", route="command", trace_id=message.trace_id)
        if ACKNOWLEDGEMENT.match(text) or EMOJI_ONLY.match(text):
            if not message.is_direct:
                return None
            return Reply("👍", route="command", trace_id=message.trace_id)
        return await next_(message)


class Answer:
    """The end of the chain: context, routing, the domain expert, then answer or escalation.

    A follow-up asking what the last answer meant is explained by the clarifier instead: searched
    again, it would find the same passages and repeat the answer word for word.
    """

    def __init__(
        self,
        router: DomainRouter,
        experts: dict[str, DomainExpert],
        conversation: ConversationStore,
        handoff: Handoff,
        clarifier: Clarifier | None = None,
        *,
        tracer: Tracer | None = None,
    ) -> None:
        self._router = router
        self._experts = experts
        self._conversation = conversation
        self._handoff = handoff
        self._tracer = tracer or tracing.tracer()
        self._clarifier = clarifier

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        prefetched = _HISTORY.get()
        if prefetched is not None and prefetched[0] is message:
            history = prefetched[1]
        else:
            history = await self._conversation.recent(
                message.tenant_id, message.platform, message.chat_id, message.thread_id
            )
        if is_clarification(message.text):
            previous = last_answer(history)
            if self._clarifier is not None and previous is not None:
                return await self._clarify(message, previous, self._clarifier)
            ticket = pending_ticket(history)
            if ticket is not None:
                # Searched again, "what does that mean" would open a second ticket for the same question.
                return await self._about_ticket(message, ticket)
        question = complete_query(message.text.strip(), history)
        # Routing does not read the turn being recorded: its transaction runs beside the routing.
        # Both finish before anything else happens, and the turn's failure is the one raised first,
        # as when it was written before routing began.
        recorded, routed = await asyncio.gather(
            self._conversation.add(
                message.tenant_id,
                message.platform,
                message.chat_id,
                message.thread_id,
                message.user_id,
                "user",
                message.text.strip(),
                {"query": question, "trace_id": message.trace_id},
            ),
            self._route(question, message.tenant_id),
            return_exceptions=True,
        )
        if isinstance(recorded, BaseException):
            raise recorded
        if isinstance(routed, BaseException):
            raise routed
        decision, route_ms = routed
        expert = self._experts.get(decision.domain) or self._experts["general"]
        result = await expert.handle(question, message.tenant_id, route_margin=decision.margin)
        result.timings_ms["route"] = route_ms
        reply = await self._reply(message, question, result)
        turn = (
            message.tenant_id,
            message.platform,
            message.chat_id,
            message.thread_id,
            None,
            "assistant",
            reply.text,
            {
                "route": reply.route,
                "domain": result.domain,
                "confidence": result.confidence,
                "query": question,
                "quoted": result.quoted,
                "escalation_id": reply.meta.get("escalation_id"),
            },
        )
        with_reply = _WITH_REPLY.get()
        if with_reply is None:  # not under Pipeline._dispatch: nothing commits after this step
            await self._conversation.add(*turn)
        else:
            with_reply.append(lambda conn: self._conversation.add_in(conn, *turn))
        return reply

    async def _about_ticket(self, message: Message, ticket: int) -> Reply:
        """The last reply was "I've asked an expert": there is no answer of RIVET's to explain, and the
        question already has its ticket. Say so, and keep the thread's turns as they are."""
        where = (message.tenant_id, message.platform, message.chat_id, message.thread_id)
        await self._conversation.add(
            *where, message.user_id, "user", message.text.strip(), {"trace_id": message.trace_id}
        )
        text_ = (
            f"I didn't find a confident answer in the manuals, so your question went to an expert as ticket "
            f"#{ticket}; their answer will come back to this chat. If you have more details (a code, what you "
            "see, the model), send them as a new message."
        )
        reply = Reply(text_, route="command", trace_id=message.trace_id, meta={"escalation_id": ticket})
        await self._conversation.add(
            *where, None, "assistant", reply.text, {"route": "escalation", "escalation_id": ticket}
        )
        return reply

    async def _route(self, question: str, tenant_id: str) -> tuple[RouteDecision, float]:
        """The router's decision and its time in ms (the "route" stage)."""
        routing: dict[str, float] = {}
        with tracing.stage(self._tracer, "route", routing) as span:
            decision = await self._router.route(question, tenant_id)
            span.set_attribute("rivet.domain", decision.domain)
        return decision, routing["route"]

    async def _clarify(self, message: Message, previous: Turn, clarifier: Clarifier) -> Reply:
        """Explain the last answer from around what it quoted; both turns keep its topic, so a later
        follow-up still completes from the question it was about."""
        query = str(previous.meta.get("query") or message.text.strip())
        where = (message.tenant_id, message.platform, message.chat_id, message.thread_id)
        await self._conversation.add(
            *where, message.user_id, "user", message.text.strip(), {"query": query, "trace_id": message.trace_id}
        )
        quoted = list(previous.meta.get("quoted") or [])
        found = await clarifier.clarify(message.tenant_id, previous.text, quoted)
        meta: dict[str, Any] = {"answerer": "clarify", "query": query}
        domain = previous.meta.get("domain")
        if found.says_something_new:
            reply = Reply(
                found.text,
                route="answer",
                citations=found.citations,
                domain=domain,
                trace_id=message.trace_id,
                meta=meta,
            )
            reply.buttons = list(feedback_buttons(reply.id))
        else:
            reply = Reply(found.text, route="command", domain=domain, trace_id=message.trace_id, meta=meta)
        # What was quoted so far, this reply included: a second "huh?" must not repeat this one either.
        await self._conversation.add(
            *where,
            None,
            "assistant",
            reply.text,
            {
                "route": reply.route,
                "domain": domain,
                "clarifies": True,
                "query": query,
                "quoted": quoted + found.quoted,
            },
        )
        return reply

    async def _reply(self, message: Message, question: str, result: SMEResult) -> Reply:
        meta: dict[str, Any] = {
            "evidence": result.evidence,
            "timings_ms": result.timings_ms,
            "answerer": result.answerer,
            "query": question,
            "answered_as": result.answered_as or question,
            # What `rivet eval answers --dump-features` records to replay the decision out of fold.
            "rules": result.rules,
            "cautions": result.cautions,  # soft rules fired: they explain a low confidence, escalate nothing
            "threshold": result.threshold,
            "answered_before": result.answered_before,  # sent as an approved expert answer, whatever the confidence
            "retrieved": result.retrieved,
            "pieces": result.pieces,
        }
        if not result.escalate:
            reply = Reply(
                result.text,
                route="answer",
                citations=result.citations,
                confidence=result.confidence,
                domain=result.domain,
                trace_id=message.trace_id,
                meta=meta,
            )
            reply.buttons = list(feedback_buttons(reply.id))
            return reply
        asked = Asked(question, result.domain, result.confidence, result.reason, result.text, result.citations)
        with tracing.stage(self._tracer, "escalate", attributes={"rivet.reason": result.reason}):
            reply = await self._handoff.escalate(message, asked, trigger="confidence")
        reply.meta = {**meta, **reply.meta}
        return reply


class Pipeline:
    """Claims the event, runs the chain with a deadline, and commits the reply to the outbox with the claim.

    Failures become a clear reply and a log line with the trace id.
    """

    def __init__(
        self,
        steps: list[Step],
        settings: SettingsService,
        dedupe: Deduplicator,
        outbox: Outbox,
        *,
        actions: Callable[[Action], Awaitable[Reply | None]] | None = None,
        notify: Callable[[], None] = lambda: None,
        concurrency: int = 4,
        metrics: Metrics | None = None,
        tracer: Tracer | None = None,
        notices: QueueNotices | None = None,
        prefetch: Callable[[Message], None] | None = None,
    ) -> None:
        self._steps = steps
        self._settings = settings
        self._dedupe = dedupe
        self._outbox = outbox
        self._actions = actions
        self.notify = notify
        self._slots = asyncio.Semaphore(max(1, concurrency))
        self.metrics = metrics
        self._tracer = tracer or tracing.tracer()
        self.waiting = 0  # messages queued for a slot (a gauge for /status and metrics)
        self.running = 0  # messages holding a slot
        self._notices = notices
        # Called once a message holds a slot, before its claim: starts encoding its question while
        # the claim and the steps before routing wait on the database (engine/prefetch.py).
        self._prefetch = prefetch

    async def _run(self, message: Message, index: int = 0) -> Reply | None:
        if index >= len(self._steps):
            return None
        step = self._steps[index]
        return await step(message, lambda m: self._run(m, index + 1))

    async def _claim(self, tenant: str, platform: str, event_id: str | None, deadline_s: float, trace: str) -> bool:
        """True when this delivery is the one to handle; waits out a live lease held by a worker that may have died."""
        if not event_id:
            return True
        lease = deadline_s + LEASE_MARGIN_S
        for _ in range(2):
            claim = await self._dedupe.claim(tenant, platform, event_id, lease)
            if claim.outcome == "claimed":
                return True
            if claim.outcome == "done":
                break
            # Someone holds it. If it finishes, this redelivery is a duplicate; if it died, take over.
            wait = claim.lease_until - self._dedupe.clock()
            if wait > lease:
                break
            await asyncio.sleep(max(0.0, wait) + 0.05)
        logger.info("duplicate event {}:{} ignored (trace {})", platform, event_id, trace)
        return False

    async def _commit(
        self,
        tenant: str,
        platform: str,
        event_id: str | None,
        reply: Reply | None,
        destination: Destination,
        reply_to: str | None,
        with_reply: Sequence[Write] = (),
    ) -> None:
        """The reply into the outbox, the writes that go with it, and the event marked done: one transaction."""
        async with self._outbox.db.connect() as conn:
            for write in with_reply:
                await write(conn)
            notice = None  # the "On it" line this event got while it waited: the reply replaces it
            if self._notices is not None:
                trace = reply.trace_id if reply is not None else ""
                notice = await self._notices.replaced(conn, tenant, platform, event_id, answered=reply is not None,
                                                      destination=destination, trace_id=trace)  # fmt: skip
            if reply is not None:
                key = f"reply:{platform}:{event_id}" if event_id else f"reply:{reply.id}"
                await self._outbox.enqueue(
                    conn, Outbound(tenant, destination, reply, key, reply_to=reply_to), edit_of=notice
                )
            if event_id:
                await self._dedupe.done(conn, tenant, platform, event_id)
        if reply is not None:
            self.notify()

    async def _guarded(self, work: Awaitable[Reply | None], deadline_s: float, trace: str, where: str) -> Reply | None:
        try:
            # Stages that can wait (the LLM) read what is left of this deadline: engine/deadline.py.
            with deadline_scope(Deadline.after(deadline_s)):
                return await asyncio.wait_for(work, deadline_s)
        except DatabaseUnavailable:
            raise  # no server to commit a reply to: engine/outage.py saves the message for later
        except TimeoutError:
            _drop_with_reply()
            logger.error("trace {}: no reply within {} s for {}", trace, deadline_s, where)
            return Reply(
                f"Sorry, this is taking longer than {deadline_s:g} s and I've stopped trying. "
                f"Please ask again in a moment (ref {trace}).",
                route="error",
                trace_id=trace,
            )
        except Exception:
            _drop_with_reply()
            logger.exception("trace {}: pipeline failed for {}", trace, where)
            return Reply(
                "Sorry, something went wrong on my side and I couldn't answer. "
                f"The team has the details (ref {trace}); please try again in a minute.",
                route="error",
                trace_id=trace,
            )

    async def dispatch(self, message: Message) -> Reply | None:
        # Answering is CPU-bound (about 5 messages/s on 2 cores): a bounded number run at once and
        # the rest wait their turn here, so a burst queues instead of every message missing its
        # deadline together; the deadline starts when work on the message starts. A message that
        # has to wait is told so at once, and its reply replaces that notice (engine/queue_notice.py);
        # the notice is written while the message already holds its place in the line. When a slot
        # is free the event is claimed in it straight away; only a busy event goes the long way.
        queued = time.perf_counter()
        claimed = False
        if message.event_id and not self._slots.locked():
            claim = await self._claim_in_free_slot(message)
            if claim == "done":
                return None
            claimed = claim == "claimed"  # "busy": the slot is given back and the wait happens below
        notice = None
        if not claimed:
            if not await self._not_settled_elsewhere(message):
                return None
            if self._notices is not None and self._slots.locked() and not unanswered_small_talk(message):
                destination = reply_destination(message)
                if self._notices.wanted(message, destination):
                    ahead = self.waiting + self.running
                    notice = asyncio.create_task(self._notices.tell(message, destination, ahead))
            queued = time.perf_counter()
            self.waiting += 1
            try:
                await self._slots.acquire()
            finally:
                self.waiting -= 1
            self._start_prefetch(message)
        self.running += 1
        try:
            if notice is not None:
                await notice  # written before the reply looks for it (tell never raises)
            if self.metrics is not None:
                self.metrics.queue_wait_seconds.observe(time.perf_counter() - queued)
            # The root span of the message; the stages (route, retrieve, ...) are its children.
            with tracing.stage(self._tracer, "dispatch", attributes=_span_attributes(message)) as span:
                reply = await self._dispatch(message, claimed=claimed)
                tracing.annotate_reply(span, reply)
                return reply
        finally:
            self.running -= 1
            self._slots.release()

    async def _claim_in_free_slot(self, message: Message) -> Outcome:
        """With a slot free right now, take it and claim the event at once: one transaction instead
        of a peek and then a claim. Kept ("claimed") the slot stays taken for _dispatch; otherwise
        it is given back before anything waits, so a retry of an event another worker holds still
        waits outside the slot (_not_settled_elsewhere), as it would have after a peek.
        """
        assert message.event_id
        await self._slots.acquire()  # free: taken at once, nothing runs in between
        self._start_prefetch(message)
        try:
            timeout = await self._settings.get_float("engine.timeout_s", message.tenant_id)
            claim = await self._dedupe.claim(
                message.tenant_id, message.platform, message.event_id, timeout + LEASE_MARGIN_S
            )
        except BaseException:
            self._slots.release()
            raise
        if claim.outcome != "claimed":
            self._slots.release()
        if claim.outcome == "done":
            logger.info(
                "duplicate event {}:{} ignored (trace {})", message.platform, message.event_id, message.trace_id
            )
        return claim.outcome

    def _start_prefetch(self, message: Message) -> None:
        """Never fails the message: a prefetch that cannot start leaves the encoding to routing."""
        if self._prefetch is None:
            return
        try:
            self._prefetch(message)
        except Exception:
            logger.opt(exception=True).debug("question prefetch not started (trace {})", message.trace_id)

    async def _not_settled_elsewhere(self, message: Message) -> bool:
        """False for a redelivery of an event already answered; waits out another worker's live lease first.

        Asked before queueing for a slot: a platform retry that reaches this replica while another
        one is answering the event would otherwise hold one of the few answering slots for up to a
        lease (engine.timeout_s + 10 s) while messages behind it wait. The claim in _dispatch
        still decides; this only keeps the wait out of the slot.
        """
        if not message.event_id:
            return True
        where = (message.tenant_id, message.platform, message.event_id)
        state = await self._dedupe.peek(*where)
        if state is not None and state.outcome == "busy":
            timeout = await self._settings.get_float("engine.timeout_s", message.tenant_id)
            give_up = time.monotonic() + min(state.lease_until - self._dedupe.clock(), timeout + LEASE_MARGIN_S)
            while state is not None and state.outcome == "busy" and time.monotonic() < give_up:
                await asyncio.sleep(0.5)  # retries are rare; a query every half second until it settles
                state = await self._dedupe.peek(*where)
        if state is not None and state.outcome == "done":
            logger.info("duplicate event {}:{} ignored (trace {})", *where[1:], message.trace_id)
            return False
        return True

    async def _dispatch(self, message: Message, *, claimed: bool = False) -> Reply | None:
        timeout = await self._settings.get_float("engine.timeout_s", message.tenant_id)
        with logger.contextualize(trace_id=message.trace_id, tenant=message.tenant_id, platform=message.platform):
            if not claimed and not await self._claim(
                message.tenant_id, message.platform, message.event_id, timeout, message.trace_id
            ):
                return None
            started = time.perf_counter()
            where = f"{message.platform}:{message.chat_id}"
            with_reply: list[Write] = []
            token = _WITH_REPLY.set(with_reply)
            try:
                reply = await self._guarded(self._run(message), timeout, message.trace_id, where)
            finally:
                _WITH_REPLY.reset(token)
            if reply is not None:
                reply.meta.setdefault("total_ms", round((time.perf_counter() - started) * 1000, 1))
            await self._commit(
                message.tenant_id,
                message.platform,
                message.event_id,
                reply,
                reply_destination(message),
                message.message_id or message.extras.get("message_id"),
                with_reply,
            )
            if self.metrics is not None:
                self.metrics.reply(message.platform, reply)
            return reply

    async def act(self, action: Action) -> Reply | None:
        """A button press: same claim, deadline and commit as a message; the answer goes to where it was pressed."""
        with tracing.stage(self._tracer, "act", attributes=_span_attributes(action)) as span:
            reply = await self._act(action)
            tracing.annotate_reply(span, reply)
            return reply

    async def _act(self, action: Action) -> Reply | None:
        timeout = await self._settings.get_float("engine.timeout_s", action.tenant_id)
        with logger.contextualize(trace_id=action.trace_id, tenant=action.tenant_id, platform=action.platform):
            if self._actions is None:
                return None
            if not await self._claim(action.tenant_id, action.platform, action.event_id, timeout, action.trace_id):
                return None
            reply = await self._guarded(
                self._actions(action), timeout, action.trace_id, f"{action.platform}:{action.chat_id}"
            )
            await self._commit(
                action.tenant_id,
                action.platform,
                action.event_id,
                reply,
                action.reply_destination(),
                action.message_ref,
            )
            if self.metrics is not None:
                self.metrics.reply(action.platform, reply)
            return reply


def _drop_with_reply() -> None:
    """The chain failed: what it meant to commit with its reply describes a reply that is not sent."""
    with_reply = _WITH_REPLY.get()
    if with_reply is not None:
        with_reply.clear()


def _span_attributes(event: Message | Action) -> dict[str, AttributeValue]:
    """RIVET's own trace id on the span too, so a log line's trace_id finds the trace and back."""
    return {"rivet.trace_id": event.trace_id, "rivet.tenant": event.tenant_id, "rivet.platform": event.platform}
