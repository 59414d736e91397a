"""Question vectors by text: the finished ones (least recently used dropped first) and the ones
still being encoded.

Routing, retrieval and answering each ask for the question's vector. The pipeline asks first,
as soon as it takes a message (engine/prefetch.py), so the encoding runs in its worker thread
while the claim, the rate limit and the history go to the database; whoever asks while it runs
waits for that encoding instead of starting a second one. A remote embedder gets one request per
question instead of one per stage.

An encoding outlives whoever gave up on it (its deadline), so it has its own time limit: a stalled
request to a model server must not hold its question's later asks for litellm's own timeout. A
prefetch is skipped while PREFETCH_LIMIT encodings are under way: a prefetched message may leave
the chain unsearched (rate-limited, a human's thread), and a flood of those must not queue
encodings in front of the questions that are searched.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from functools import partial

import numpy as np
from loguru import logger

Encode = Callable[[str], Awaitable[np.ndarray]]

# Encodings under way above which a prefetch is not started (the pipeline answers 4 at once by default).
PREFETCH_LIMIT = 4
# How long one encoding may take before its askers get an error and the next ask starts a new one
# (the answering deadline, engine.timeout_s, is 20 s by default).
ENCODE_TIMEOUT_S = 30.0


class QueryVectors:
    def __init__(self, size: int = 1024, *, timeout_s: float = ENCODE_TIMEOUT_S) -> None:
        self._size = max(1, size)
        self._timeout_s = timeout_s
        self._done: OrderedDict[str, np.ndarray] = OrderedDict()
        # Encodings under way, with the event loop that runs them: a task of another (closed) loop
        # cannot be awaited here, so it is ignored and the text encoded again.
        self._running: dict[str, tuple[asyncio.AbstractEventLoop, asyncio.Task[np.ndarray]]] = {}

    def __len__(self) -> int:
        return len(self._done)

    async def get(self, text: str, encode: Encode) -> np.ndarray:
        """The vector of `text`: cached, the encoding under way, or a new one. A failed encoding
        raises to every caller waiting on it and is not cached."""
        vector = self._done.get(text)
        if vector is not None:
            self._done.move_to_end(text)
            return vector
        task = self._under_way(text) or self._start(text, encode)
        # Shielded: a caller that gives up (its deadline) does not cancel the encoding others wait on.
        return await asyncio.shield(task)

    def prefetch(self, text: str, encode: Encode) -> bool:
        """Start encoding `text` unless it is cached or under way, or PREFETCH_LIMIT encodings are; returns at
        once (needs a running loop), True when it started one."""
        if text in self._done or self._under_way(text) is not None or self._count_under_way() >= PREFETCH_LIMIT:
            return False
        self._start(text, encode)
        return True

    def forget(self) -> None:
        """Drop the finished vectors (benchmarks measure real encoding); encodings under way finish."""
        self._done.clear()

    def _under_way(self, text: str) -> asyncio.Task[np.ndarray] | None:
        running = self._running.get(text)
        if running is None or running[0] is not asyncio.get_running_loop():
            return None
        return running[1]

    def _count_under_way(self) -> int:
        """Encodings under way on this loop; those a closed loop left behind are dropped."""
        loop = asyncio.get_running_loop()
        for text in [t for t, (owner, _) in self._running.items() if owner is not loop and owner.is_closed()]:
            del self._running[text]
        return sum(1 for owner, _ in self._running.values() if owner is loop)

    def _start(self, text: str, encode: Encode) -> asyncio.Task[np.ndarray]:
        loop = asyncio.get_running_loop()
        task = loop.create_task(asyncio.wait_for(encode(text), self._timeout_s))
        self._running[text] = (loop, task)
        task.add_done_callback(partial(self._finished, text))
        return task

    def _finished(self, text: str, task: asyncio.Task[np.ndarray]) -> None:
        running = self._running.get(text)
        if running is not None and running[1] is task:
            del self._running[text]
        if task.cancelled():
            return
        error = task.exception()  # retrieved here: a prefetch nobody awaited logs no "never retrieved"
        if error is not None:
            logger.debug("question encoding failed ({}); the next ask encodes it again", error)
            return
        self._done[text] = task.result()
        self._done.move_to_end(text)
        while len(self._done) > self._size:
            self._done.popitem(last=False)
