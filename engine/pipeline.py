"""dispatch(message): the chain every message goes through, and the promise of never going silent.

Steps are small callables in a chain (bolt's middleware pattern): dedupe -> validate -> rate limit
-> command -> answer. Dedupe comes first so a platform's retry of a rejected message stays quiet
too. Every message gets exactly one Reply (an answer, an escalation notice or an explicit error)
within engine.timeout_s. The only messages without a reply are a platform's retry of an event
already answered, and repeats from a user who was already told they are rate-limited.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from loguru import logger

from engine.commands import Commands
from engine.conversation import ConversationStore, complete_query
from engine.deadline import Deadline, deadline_scope
from engine.dedupe import Deduplicator
from engine.escalations import EscalationStore
from engine.messages import Button, Message, Reply
from engine.ratelimit import RateLimiter
from engine.router import DomainRouter
from engine.sme import DomainExpert, SMEResult
from rivet.settings import SettingSpec, SettingsService, register

register(
    SettingSpec(
        "engine.timeout_s", "float", 20.0, "Most seconds one message may take before an error reply.", "engine"
    ),
    SettingSpec("engine.max_message_chars", "int", 4000, "Longer messages are refused with a clear reply.", "engine"),
)

Next = Callable[[Message], Awaitable[Reply | None]]

FEEDBACK = [Button("👍 Helpful", "feedback:up"), Button("👎 Wrong", "feedback:down")]


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


class Dedupe:
    """A platform event answered once, even when the platform retries it to another replica."""

    def __init__(self, dedupe: Deduplicator) -> None:
        self._dedupe = dedupe

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        if message.event_id and not await self._dedupe.first_time(
            message.tenant_id, message.platform, message.event_id
        ):
            logger.info(
                "duplicate event {}:{} ignored (trace {})", message.platform, message.event_id, message.trace_id
            )
            return None
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


class Answer:
    """The end of the chain: context, routing, the domain expert, then answer or escalation."""

    def __init__(
        self,
        router: DomainRouter,
        experts: dict[str, DomainExpert],
        conversation: ConversationStore,
        escalations: EscalationStore,
    ) -> None:
        self._router = router
        self._experts = experts
        self._conversation = conversation
        self._escalations = escalations

    async def __call__(self, message: Message, next_: Next) -> Reply | None:
        history = await self._conversation.recent(
            message.tenant_id, message.platform, message.chat_id, message.thread_id
        )
        question = complete_query(message.text.strip(), history)
        await self._conversation.add(
            message.tenant_id,
            message.platform,
            message.chat_id,
            message.thread_id,
            message.user_id,
            "user",
            message.text.strip(),
            {"query": question, "trace_id": message.trace_id},
        )
        started = time.perf_counter()
        decision = await self._router.route(question, message.tenant_id)
        route_ms = (time.perf_counter() - started) * 1000
        expert = self._experts.get(decision.domain) or self._experts["general"]
        result = await expert.handle(question, message.tenant_id, route_margin=decision.margin)
        result.timings_ms["route"] = round(route_ms, 1)
        reply = await self._reply(message, question, result)
        await self._conversation.add(
            message.tenant_id,
            message.platform,
            message.chat_id,
            message.thread_id,
            None,
            "assistant",
            reply.text,
            {"route": reply.route, "domain": result.domain, "confidence": result.confidence},
        )
        return reply

    async def _reply(self, message: Message, question: str, result: SMEResult) -> Reply:
        meta: dict[str, Any] = {
            "evidence": result.evidence,
            "timings_ms": result.timings_ms,
            "answerer": result.answerer,
            "query": question,
        }
        if not result.escalate:
            return Reply(
                result.text,
                route="answer",
                citations=result.citations,
                buttons=FEEDBACK,
                confidence=result.confidence,
                domain=result.domain,
                trace_id=message.trace_id,
                meta=meta,
            )
        ticket = await self._escalations.open(
            tenant_id=message.tenant_id,
            platform=message.platform,
            chat_id=message.chat_id,
            thread_id=message.thread_id,
            user_id=message.user_id,
            question=question,
            domain=result.domain,
            confidence=result.confidence,
            reason=result.reason,
            trace_id=message.trace_id,
        )
        meta["escalation_id"] = ticket
        meta["reason"] = result.reason
        meta["draft"] = result.text  # what the expert would have said; evaluation reads it
        text = (
            f"I couldn't find a confident answer in the manuals, so I've asked the {result.domain} experts "
            f"(ticket #{ticket}). Their answer will come back to this chat."
        )
        closest = result.citations[:1]
        if closest:
            text += f"\nClosest manual section meanwhile: {closest[0].label()}"
        return Reply(
            text,
            route="escalation",
            citations=closest,
            confidence=result.confidence,
            domain=result.domain,
            trace_id=message.trace_id,
            meta=meta,
        )


class Pipeline:
    """Runs the chain with a deadline; failures become a clear reply and a log line with the trace id."""

    def __init__(self, steps: list[Step], settings: SettingsService) -> None:
        self._steps = steps
        self._settings = settings

    async def _run(self, message: Message, index: int = 0) -> Reply | None:
        if index >= len(self._steps):
            return None
        step = self._steps[index]
        return await step(message, lambda m: self._run(m, index + 1))

    async def dispatch(self, message: Message) -> Reply | None:
        timeout = await self._settings.get_float("engine.timeout_s", message.tenant_id)
        started = time.perf_counter()
        try:
            # Stages that can wait (the LLM) read what is left of this deadline: engine/deadline.py.
            with deadline_scope(Deadline.after(timeout)):
                reply = await asyncio.wait_for(self._run(message), timeout)
        except TimeoutError:
            logger.error(
                "trace {}: no reply within {} s for {}:{}", message.trace_id, timeout, message.platform, message.chat_id
            )
            reply = Reply(
                f"Sorry, this is taking longer than {timeout:g} s and I've stopped trying. "
                f"Please ask again in a moment (ref {message.trace_id}).",
                route="error",
                trace_id=message.trace_id,
            )
        except Exception:
            logger.exception("trace {}: pipeline failed for {}:{}", message.trace_id, message.platform, message.chat_id)
            reply = Reply(
                "Sorry, something went wrong on my side and I couldn't answer. "
                f"The team has the details (ref {message.trace_id}); please try again in a minute.",
                route="error",
                trace_id=message.trace_id,
            )
        if reply is not None:
            reply.meta.setdefault("total_ms", round((time.perf_counter() - started) * 1000, 1))
        return reply
