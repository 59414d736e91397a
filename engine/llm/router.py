"""LLMRouter (seed pattern 1): the cheapest model able to serve a tier, with retries, fallback,
per-provider circuit breakers, a PostgreSQL response cache and a cost ledger row per attempt.

Every call goes through litellm, so any provider works (OpenAI, Anthropic, local Ollama/vLLM).
Inside a message's deadline (engine/deadline.py) each attempt, backoff sleep and fallback gets
only the time left of it: llm.timeout_s is a ceiling, never a reason to miss the reply.
"""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Any

from loguru import logger

from engine.deadline import Deadline, current_deadline
from engine.llm.breaker import CircuitBreaker, CircuitBreakers
from engine.llm.cache import CachedResponse, ResponseCache, cache_key
from engine.llm.ledger import CostLedger, LedgerEntry
from engine.llm.registry import MODELS_KEY, ModelRegistry, ModelSpec, Tier, import_litellm
from rivet.db import Database
from rivet.errors import ConfigError, RivetError
from rivet.settings import SettingSpec, register

if TYPE_CHECKING:
    from rivet.settings import SettingsService

Messages = Sequence[dict[str, Any]]
# HTTP statuses worth retrying on the same model: timeouts, conflicts, rate limits, server errors.
_TRANSIENT_STATUS = {408, 409, 425, 429}
# An attempt with less time than this left before the deadline could not get an answer back.
MIN_ATTEMPT_S = 0.1

register(
    SettingSpec(
        "llm.timeout_s",
        "float",
        30.0,
        "Seconds one model call may take; never more than the message's deadline leaves (engine.timeout_s).",
        "llm",
    ),
    SettingSpec("llm.max_tokens", "int", 512, "Most tokens an answer may have.", "llm"),
    SettingSpec("llm.attempts", "int", 2, "Tries per model before falling back (1 = no retry).", "llm"),
    SettingSpec("llm.retry_base_s", "float", 0.5, "First retry delay; doubles each retry.", "llm"),
    # Breakers guard a provider for every tenant, so their thresholds are global.
    SettingSpec(
        "llm.breaker_failures", "int", 5, "Consecutive failures that open a provider's circuit.", "llm", scope="global"
    ),
    SettingSpec(
        "llm.breaker_cooldown_s", "float", 60.0, "Seconds an open circuit waits before a probe.", "llm", scope="global"
    ),
    SettingSpec("llm.cache_ttl_s", "float", 86400.0, "Seconds a cached answer lives; 0 = off.", "llm"),
)


class LLMUnavailable(RivetError):
    """No model in the chain produced an answer; the pipeline turns this into a user message."""


class LLMNotConfigured(LLMUnavailable):
    """llm.models is empty; callers should have checked `registry.configured` and answered
    extractively."""


@dataclass(frozen=True)
class LLMResult:
    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    latency_ms: int
    cached: bool


@dataclass(frozen=True)
class RouterSettings:
    """The llm.* settings one call uses, read once per call (the settings cache makes it cheap)."""

    timeout_s: float
    max_tokens: int
    attempts: int
    retry_base_s: float
    breaker_failures: int
    breaker_cooldown_s: float
    cache_ttl_s: float

    @classmethod
    async def load(cls, settings: SettingsService, tenant: str | None) -> RouterSettings:
        return cls(
            timeout_s=await settings.get_float("llm.timeout_s", tenant),
            max_tokens=await settings.get_int("llm.max_tokens", tenant),
            attempts=max(1, await settings.get_int("llm.attempts", tenant)),
            retry_base_s=max(0.0, await settings.get_float("llm.retry_base_s", tenant)),
            # Breakers guard a provider for every tenant, so their thresholds are global.
            breaker_failures=await settings.get_int("llm.breaker_failures"),
            breaker_cooldown_s=await settings.get_float("llm.breaker_cooldown_s"),
            cache_ttl_s=await settings.get_float("llm.cache_ttl_s", tenant),
        )


@dataclass(frozen=True)
class _Call:
    """Everything about one complete()/stream() request, resolved before the first attempt."""

    messages: list[dict[str, Any]]
    tier: Tier
    tenant_id: str
    agent: str
    temperature: float
    max_tokens: int
    timeout_s: float
    chain: list[ModelSpec]
    registry: ModelRegistry
    config: RouterSettings
    cache_key: str | None  # None: not cacheable (temperature > 0 or TTL 0)
    deadline: Deadline | None = None  # None: no message deadline, only timeout_s per attempt

    def attempt_timeout(self) -> float:
        """timeout_s, or what is left of the deadline when that is less."""
        if self.deadline is None:
            return self.timeout_s
        return min(self.timeout_s, self.deadline.remaining())

    def time_left(self) -> float:
        return float("inf") if self.deadline is None else self.deadline.remaining()


@dataclass
class _Attempt:
    """One try of one model; `retry` False sends the loop on to the next model."""

    spec: ModelSpec
    breaker: CircuitBreaker
    retry: bool = True


def is_transient(exc: BaseException) -> bool:
    """Worth another try on the same model: timeouts, connection errors, 429 and 5xx."""
    if isinstance(exc, TimeoutError):
        return True
    litellm = import_litellm()
    if isinstance(exc, litellm.Timeout | litellm.APIConnectionError):
        return True
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and (status in _TRANSIENT_STATUS or status >= 500)


async def _litellm() -> ModuleType:
    """litellm, imported in a thread the first time: its seconds-long import would otherwise
    stall every chat on the event loop and eat the message's deadline without it noticing."""
    if "litellm" in sys.modules:
        return import_litellm()
    return await asyncio.to_thread(import_litellm)


def is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, TimeoutError | import_litellm().Timeout)


def provider_fault(exc: BaseException) -> bool:
    """Counts against the provider's breaker. A 400 (prompt too long, content policy) is our
    request's fault and says nothing about the provider's health."""
    return not isinstance(exc, import_litellm().BadRequestError)


def _describe(exc: BaseException) -> str:
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}"[:300]


class LLMRouter:
    """Routes completions by capability tier. Build one per app (composition root)."""

    def __init__(
        self,
        db: Database,
        settings: SettingsService,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        environ: Mapping[str, str] | None = None,
        registry: ModelRegistry | None = None,
    ) -> None:
        """registry pins the models for every tenant; by default they come from llm.models."""
        self._settings = settings
        self._sleep = sleep
        self._environ = environ
        self._fixed_registry = registry
        self._registries: dict[str, ModelRegistry] = {}
        self.breakers = CircuitBreakers(clock)
        self.cache = ResponseCache(db)
        self.ledger = CostLedger(db)

    @property
    def settings(self) -> SettingsService:
        """The settings the router reads (the LLM answerer reads its own llm.* keys through it)."""
        return self._settings

    async def registry(self, tenant_id: str | None = None) -> ModelRegistry:
        """The tenant's model registry. A malformed llm.models is logged once and treated as
        unconfigured, so technicians still get extractive answers instead of errors."""
        if self._fixed_registry is not None:
            return self._fixed_registry
        raw = await self._settings.get_str(MODELS_KEY, tenant_id)
        found = self._registries.get(raw)
        if found is None:
            try:
                found = ModelRegistry.from_json(raw, environ=self._environ)
            except ConfigError as exc:
                logger.error("{}; no LLM will be used until it is fixed", exc)
                found = ModelRegistry((), environ=self._environ)
            self._registries[raw] = found
        return found

    async def _prepare(
        self,
        messages: Messages,
        *,
        tier: Tier,
        tenant_id: str,
        agent: str,
        temperature: float,
        max_tokens: int | None,
        timeout_s: float | None,
        deadline: Deadline | None,
    ) -> _Call:
        registry = await self.registry(tenant_id)
        if not registry.configured:
            raise LLMNotConfigured(f"no LLM configured ({MODELS_KEY} is empty)")
        chain = registry.chain(tier)
        if not chain:
            raise LLMUnavailable(f"no configured model can serve tier {tier!r}")
        config = await RouterSettings.load(self._settings, tenant_id)
        msgs = [dict(m) for m in messages]
        tokens = config.max_tokens if max_tokens is None else max_tokens
        key = None
        if temperature == 0 and config.cache_ttl_s > 0:
            key = cache_key(
                msgs,
                chain=[m.name for m in chain],
                tier=tier,
                temperature=temperature,
                tenant_id=tenant_id,
                max_tokens=tokens,
            )
        return _Call(
            messages=msgs,
            tier=tier,
            tenant_id=tenant_id,
            agent=agent,
            temperature=temperature,
            max_tokens=tokens,
            timeout_s=config.timeout_s if timeout_s is None else timeout_s,
            chain=chain,
            registry=registry,
            config=config,
            cache_key=key,
            deadline=deadline if deadline is not None else current_deadline(),
        )

    async def _cached(self, call: _Call) -> LLMResult | None:
        if call.cache_key is None:
            return None
        start = time.perf_counter()
        hit = await self.cache.get(call.cache_key)
        if hit is None:
            return None
        latency = int((time.perf_counter() - start) * 1000)
        await self.ledger.record(
            LedgerEntry(
                tenant_id=call.tenant_id,
                agent=call.agent,
                model=hit.model,
                tier=call.tier,
                prompt_tokens=hit.prompt_tokens,
                completion_tokens=hit.completion_tokens,
                cost_usd=0.0,
                latency_ms=latency,
                cached=True,
            )
        )
        return LLMResult(hit.text, hit.model, hit.prompt_tokens, hit.completion_tokens, 0.0, latency, True)

    def _breaker(self, call: _Call, spec: ModelSpec) -> CircuitBreaker:
        return self.breakers.get(
            spec.provider,
            failure_threshold=call.config.breaker_failures,
            cooldown_s=call.config.breaker_cooldown_s,
        )

    async def _attempts(self, call: _Call, errors: list[str]) -> AsyncGenerator[_Attempt, None]:
        """Each attempt the breakers allow: retries with exponential backoff on one model, then
        the next model. The caller stops iterating on success, and sets `retry = False` after an
        error that another try on the same model would only repeat."""
        for spec in call.chain:
            breaker = self._breaker(call, spec)
            for n in range(call.config.attempts):
                if n and breaker.state != "open":  # no point waiting for a circuit our failures opened
                    delay = call.config.retry_base_s * 2 ** (n - 1)
                    if delay + MIN_ATTEMPT_S > call.time_left():
                        errors.append(f"{spec.name}: no time for a retry before the message's deadline")
                        break  # the next model, if there is time for it, needs no backoff
                    await self._sleep(delay)
                if call.time_left() < MIN_ATTEMPT_S:
                    errors.append(f"{spec.name}: not tried, the message's deadline is reached")
                    return
                if not breaker.allow():
                    errors.append(f"{spec.name}: circuit open for {spec.provider}")
                    break
                attempt = _Attempt(spec, breaker)
                yield attempt
                if not attempt.retry:
                    break

    def _kwargs(self, call: _Call, spec: ModelSpec, timeout_s: float) -> dict[str, Any]:
        environ = call.registry.environ
        return {
            "model": spec.name,
            "messages": call.messages,
            "api_base": spec.api_base,
            "api_key": spec.resolve_api_key(environ),
            "temperature": call.temperature,
            "max_tokens": call.max_tokens,
            "timeout": timeout_s,
            "num_retries": 0,  # retries are ours: backoff, breaker and ledger see each one
        }

    async def _failed(
        self, call: _Call, attempt: _Attempt, exc: BaseException, start: float, *, cut_short: bool = False
    ) -> str:
        """Record a failed attempt (breaker, log, ledger); returns the error line for the report.

        cut_short: the attempt had less than llm.timeout_s because the message's deadline was near.
        Its timeout is our hurry, not the provider's fault, and no time is left to retry it.
        """
        spec = attempt.spec
        hurried = cut_short and is_timeout(exc)
        attempt.retry = is_transient(exc) and not hurried
        if provider_fault(exc) and not hurried:
            attempt.breaker.record_failure()
        error = _describe(exc)
        logger.warning("llm {} ({}) failed for {}/{}: {}", spec.name, spec.provider, call.tenant_id, call.agent, error)
        await self.ledger.record(
            LedgerEntry(
                tenant_id=call.tenant_id,
                agent=call.agent,
                model=spec.name,
                tier=call.tier,
                latency_ms=int((time.perf_counter() - start) * 1000),
                ok=False,
                error=error,
            )
        )
        return f"{spec.name}: {error}"

    async def _succeeded(
        self,
        call: _Call,
        attempt: _Attempt,
        text: str,
        prompt_tokens: int,
        completion_tokens: int,
        start: float,
    ) -> LLMResult:
        spec = attempt.spec
        attempt.breaker.record_success()
        latency = int((time.perf_counter() - start) * 1000)
        cost = call.registry.cost_usd(spec, prompt_tokens, completion_tokens)
        await self.ledger.record(
            LedgerEntry(
                tenant_id=call.tenant_id,
                agent=call.agent,
                model=spec.name,
                tier=call.tier,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                cost_usd=cost,
                latency_ms=latency,
            )
        )
        if call.cache_key is not None:
            await self.cache.put(
                call.cache_key,
                tenant_id=call.tenant_id,
                response=CachedResponse(text, spec.name, prompt_tokens, completion_tokens),
                ttl_s=call.config.cache_ttl_s,
            )
        return LLMResult(text, spec.name, prompt_tokens, completion_tokens, cost, latency, False)

    def _unavailable(self, call: _Call, errors: list[str]) -> LLMUnavailable:
        detail = "; ".join(errors) or "no attempt was made"
        logger.error("no LLM answered for {}/{} (tier {}): {}", call.tenant_id, call.agent, call.tier, detail)
        return LLMUnavailable(f"no language model answered (tier {call.tier}): {detail}")

    async def complete(
        self,
        messages: Messages,
        *,
        tier: Tier,
        tenant_id: str,
        agent: str,
        temperature: float = 0.0,
        max_tokens: int | None = None,
        timeout_s: float | None = None,
        deadline: Deadline | None = None,
    ) -> LLMResult:
        """One completion from the cheapest able model that answers; raises LLMUnavailable
        when every model in the chain failed, has its circuit open, or the deadline came.

        max_tokens and timeout_s default to the llm.max_tokens and llm.timeout_s settings;
        deadline defaults to the current message's (engine/deadline.py), if any.
        """
        call = await self._prepare(
            messages,
            tier=tier,
            tenant_id=tenant_id,
            agent=agent,
            temperature=temperature,
            max_tokens=max_tokens,
            timeout_s=timeout_s,
            deadline=deadline,
        )
        hit = await self._cached(call)
        if hit is not None:
            return hit
        litellm = await _litellm()
        errors: list[str] = []
        async with aclosing(self._attempts(call, errors)) as attempts:
            async for attempt in attempts:
                start = time.perf_counter()
                timeout = call.attempt_timeout()
                # The outer timeout is a backstop for providers whose client ignores `timeout`;
                # it may not outlast the deadline either.
                backstop = min(timeout + 1.0, max(timeout, call.time_left()))
                try:
                    response = await asyncio.wait_for(
                        litellm.acompletion(**self._kwargs(call, attempt.spec, timeout)), backstop
                    )
                    text = response.choices[0].message.content or ""
                    usage = getattr(response, "usage", None)
                    prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
                    completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
                except Exception as exc:
                    errors.append(await self._failed(call, attempt, exc, start, cut_short=timeout < call.timeout_s))
                    continue
                return await self._succeeded(call, attempt, text, prompt_tokens, completion_tokens, start)
        raise self._unavailable(call, errors)

    async def stream(
        self,
        messages: Messages,
        *,
        tier: Tier,
        tenant_id: str,
        agent: str,
        temperature: float = 0.0,
        max_tokens: int | None = None,
        timeout_s: float | None = None,
        deadline: Deadline | None = None,
    ) -> AsyncGenerator[str, None]:
        """Text deltas as the model writes them; the ledger row (and cache entry) is written
        when the stream ends. Retries and fallback happen only before the first delta: once
        text reached the technician, a failure raises LLMUnavailable instead of repeating it."""
        call = await self._prepare(
            messages,
            tier=tier,
            tenant_id=tenant_id,
            agent=agent,
            temperature=temperature,
            max_tokens=max_tokens,
            timeout_s=timeout_s,
            deadline=deadline,
        )
        hit = await self._cached(call)
        if hit is not None:
            yield hit.text
            return
        litellm = await _litellm()
        errors: list[str] = []
        async with aclosing(self._attempts(call, errors)) as attempts:
            async for attempt in attempts:
                spec = attempt.spec
                start = time.perf_counter()
                pieces: list[str] = []
                usage: Any = None
                response: Any = None
                timeout = call.attempt_timeout()
                try:
                    response = await litellm.acompletion(
                        **self._kwargs(call, spec, timeout), stream=True, stream_options={"include_usage": True}
                    )
                    async for chunk in response:
                        usage = getattr(chunk, "usage", None) or usage
                        delta = chunk.choices[0].delta.content if chunk.choices else None
                        if delta:
                            pieces.append(delta)
                            yield delta
                except GeneratorExit:
                    await self._abandoned(call, attempt, response, "".join(pieces), start)
                    raise
                except Exception as exc:
                    line = await self._failed(call, attempt, exc, start, cut_short=timeout < call.timeout_s)
                    if pieces:
                        raise LLMUnavailable(f"the answer stream broke off after {len(pieces)} pieces: {line}") from exc
                    errors.append(line)
                    continue
                text = "".join(pieces)
                if usage:
                    prompt_tokens = int(getattr(usage, "prompt_tokens", 0) or 0)
                    completion_tokens = int(getattr(usage, "completion_tokens", 0) or 0)
                else:
                    prompt_tokens, completion_tokens = _count_tokens(spec.name, call.messages, text)
                await self._succeeded(call, attempt, text, prompt_tokens, completion_tokens, start)
                return
        raise self._unavailable(call, errors)

    async def _abandoned(self, call: _Call, attempt: _Attempt, response: Any, text: str, start: float) -> None:
        """The consumer stopped reading mid-stream (the user left). The provider was fine and
        the tokens so far were spent, so the ledger still gets an (estimated) row."""
        if response is not None and hasattr(response, "aclose"):
            try:
                await response.aclose()
            except Exception as exc:
                logger.debug("closing an abandoned llm stream: {}", exc)
        if text:
            attempt.breaker.record_success()
        prompt_tokens, completion_tokens = _count_tokens(attempt.spec.name, call.messages, text)
        await self.ledger.record(
            LedgerEntry(
                tenant_id=call.tenant_id,
                agent=call.agent,
                model=attempt.spec.name,
                tier=call.tier,
                prompt_tokens=prompt_tokens,
                completion_tokens=completion_tokens,
                cost_usd=call.registry.cost_usd(attempt.spec, prompt_tokens, completion_tokens),
                latency_ms=int((time.perf_counter() - start) * 1000),
                ok=False,
                error="stream closed by the consumer",
            )
        )


def _count_tokens(model: str, messages: list[dict[str, Any]], text: str) -> tuple[int, int]:
    """Token counts when a streaming provider reports no usage (many local servers don't)."""
    try:
        litellm = import_litellm()
        return int(litellm.token_counter(model=model, messages=messages)), int(
            litellm.token_counter(model=model, text=text)
        )
    except Exception:
        chars = sum(len(str(m.get("content", ""))) for m in messages)
        return chars // 4, len(text) // 4
