"""Waiting for something another task or process does: a condition polled until it holds or a bound passes.

The bound is generous (a 2-core machine shared by a test suite is slow at times); it only turns a
hang into a failure naming what never happened, it is not a speed assertion.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


async def until(check: Callable[[], object], what: object, within_s: float = 90.0) -> None:
    deadline = time.monotonic() + within_s
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.05)
