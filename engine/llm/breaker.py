"""Per-provider circuit breakers: stop sending technicians' questions to a provider that is down.

State lives in the process (each replica judges the providers it sees); the clock is injected
so tests move time instead of sleeping through the cool-down.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

State = Literal["closed", "open", "half_open"]


class CircuitBreaker:
    """Opens after `failure_threshold` consecutive failures; after `cooldown_s` lets one probe
    through (half-open); a success closes it, a failed probe opens it for another cool-down."""

    def __init__(self, *, failure_threshold: int, cooldown_s: float, clock: Callable[[], float]) -> None:
        self.failure_threshold = max(1, failure_threshold)
        self.cooldown_s = cooldown_s
        self._clock = clock
        self.failures = 0
        self._opened_at: float | None = None
        self._probe_at: float | None = None

    @property
    def state(self) -> State:
        if self._opened_at is None:
            return "closed"
        if self._clock() - self._opened_at >= self.cooldown_s:
            return "half_open"
        return "open"

    def allow(self) -> bool:
        """May a call go out now? In half-open, only one probe at a time: a probe that never
        reported back (cancelled) frees its slot after another cool-down."""
        state = self.state
        if state == "closed":
            return True
        if state == "open":
            return False
        now = self._clock()
        if self._probe_at is not None and now - self._probe_at < self.cooldown_s:
            return False
        self._probe_at = now
        return True

    def record_success(self) -> None:
        self.failures = 0
        self._opened_at = None
        self._probe_at = None

    def record_failure(self) -> None:
        self.failures += 1
        if self._opened_at is not None or self.failures >= self.failure_threshold:
            self._opened_at = self._clock()  # a failed probe restarts the cool-down
            self._probe_at = None


class CircuitBreakers:
    """One breaker per provider key (api_base or litellm provider prefix)."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self._clock = clock
        self._breakers: dict[str, CircuitBreaker] = {}

    def get(self, provider: str, *, failure_threshold: int, cooldown_s: float) -> CircuitBreaker:
        """The provider's breaker, with thresholds refreshed from current settings."""
        breaker = self._breakers.get(provider)
        if breaker is None:
            breaker = CircuitBreaker(failure_threshold=failure_threshold, cooldown_s=cooldown_s, clock=self._clock)
            self._breakers[provider] = breaker
        else:
            breaker.failure_threshold = max(1, failure_threshold)
            breaker.cooldown_s = cooldown_s
        return breaker

    def states(self) -> dict[str, State]:
        """Provider -> state, for /status."""
        return {p: b.state for p, b in self._breakers.items()}
