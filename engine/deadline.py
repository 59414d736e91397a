"""The deadline of the message being handled, so every stage gets only what is left of it.

Pipeline.dispatch opens a scope with the message's deadline (engine.timeout_s); a stage that
can wait long (an LLM call, its retries and its fallback chain) asks how much time remains and
stops in time for what must still run after it: the extractive fallback, confidence, the reply.
Without it, a provider that hangs for llm.timeout_s outlives the message and the technician
gets the pipeline's error reply instead of the quoted answer that was ready to go.

The deadline travels in a ContextVar because asyncio copies the context into every task the
pipeline starts (asyncio.wait_for, gather), and stages deep in the call tree would otherwise
need a parameter threaded through every signature on the way. Code that wants it explicit
(a test, a benchmark) passes a Deadline instead.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

Clock = Callable[[], float]


@dataclass(frozen=True)
class Deadline:
    """A point in monotonic time (the clock is injectable, for tests)."""

    at: float
    clock: Clock = field(default=time.monotonic, compare=False, repr=False)

    @classmethod
    def after(cls, seconds: float, *, clock: Clock = time.monotonic) -> Deadline:
        return cls(clock() + seconds, clock)

    def remaining(self) -> float:
        """Seconds left, never negative."""
        return max(0.0, self.at - self.clock())

    def expired(self) -> bool:
        return self.remaining() <= 0.0

    def minus(self, seconds: float) -> Deadline:
        """An earlier deadline that leaves `seconds` for what runs after the stage it bounds."""
        return Deadline(self.at - max(0.0, seconds), self.clock)


_CURRENT: ContextVar[Deadline | None] = ContextVar("rivet_message_deadline", default=None)


def current_deadline() -> Deadline | None:
    """The deadline of the message this task works for; None outside a message (CLI, jobs)."""
    return _CURRENT.get()


@contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[Deadline]:
    """Run the block under `deadline`; inside an earlier one the earlier stays (a scope never extends)."""
    outer = _CURRENT.get()
    effective = outer if outer is not None and outer.at <= deadline.at else deadline
    token = _CURRENT.set(effective)
    try:
        yield effective
    finally:
        _CURRENT.reset(token)
