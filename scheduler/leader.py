"""Scheduler leadership: a PostgreSQL session advisory lock held on a connection of its own.

Every scheduler replica ticks; before a job runs, the replica makes sure it holds the lock
(`pg_try_advisory_lock`, which never waits). The server releases a session lock when the session
ends, so a leader that dies, or whose connection dies, frees it without anyone's help, and the
first replica to tick afterwards takes over. The lock lives on a plain psycopg connection outside
SQLAlchemy's pool: a pooled connection is recycled, pre-pinged and shared, and any of those would
drop or hide the lock. It must reach PostgreSQL directly or through a session-mode pooler: a
transaction-mode pooler (PgBouncer's default) hands the session to someone else.
"""

from __future__ import annotations

import asyncio
import contextlib
import re

import psycopg
from loguru import logger

# "RIVS": distinct from the migration lock (rivet/db/database.py). Advisory locks are per database.
SCHEDULER_LOCK_KEY = 0x52495653
CHECK_TIMEOUT_S = 10.0


def libpq_url(url: str) -> str:
    """The URL as libpq reads it (SQLAlchemy spellings like postgresql+psycopg:// stripped)."""
    return re.sub(r"^postgres(ql)?(\+[a-z0-9]+)?://", "postgresql://", url)


class LeaderLock:
    """Who runs the jobs. `ensure()` is called at every tick and is cheap: one round trip."""

    def __init__(self, url: str, *, key: int = SCHEDULER_LOCK_KEY, node: str = "") -> None:
        self._url = libpq_url(url)
        self.key = key
        self.node = node
        self.leading = False
        self._conn: psycopg.AsyncConnection | None = None
        self._guard = asyncio.Lock()  # jobs tick concurrently; one check at a time
        self._last_error: str | None = None

    @property
    def backend_pid(self) -> int | None:
        """The server process holding (or trying for) the lock: pg_locks and pg_stat_activity show it."""
        return None if self._conn is None or self._conn.closed else int(self._conn.info.backend_pid)

    async def ensure(self) -> bool:
        """True when this process leads: it held the lock and its connection still answers, or it
        just took the free lock. A dead connection means the lock is gone: say so and compete again
        at the next tick (not this one, so a replica that kept ticking gets its chance)."""
        async with self._guard:
            try:
                if self._conn is None or self._conn.closed:
                    if self.leading:
                        self._lost("the lock connection was closed")
                        return False
                    self._conn = await psycopg.AsyncConnection.connect(
                        self._url, autocommit=True, connect_timeout=int(CHECK_TIMEOUT_S)
                    )
                if self.leading:
                    await asyncio.wait_for(self._conn.execute("SELECT 1"), CHECK_TIMEOUT_S)
                    return True
                cur = await asyncio.wait_for(
                    self._conn.execute("SELECT pg_try_advisory_lock(%s)", (self.key,)), CHECK_TIMEOUT_S
                )
                row = await cur.fetchone()
                if row is not None and row[0]:
                    self.leading = True
                    self._last_error = None
                    logger.info("scheduler {}: leader now (advisory lock {} on backend {})", self.node, self.key,
                                self.backend_pid)  # fmt: skip
                return self.leading
            except (psycopg.Error, TimeoutError, OSError) as exc:
                reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
                if self.leading:
                    self._lost(reason)
                elif reason != self._last_error:
                    logger.warning("scheduler {}: cannot check leadership: {}", self.node, reason)
                self._last_error = reason
                await self.close()
                return False

    def _lost(self, reason: str) -> None:
        self.leading = False
        logger.warning("scheduler {}: lost leadership ({}); jobs pause here until the lock is taken again",
                       self.node, reason)  # fmt: skip

    async def release(self) -> None:
        """Graceful stop: unlock, then close, so a follower takes over at its next tick."""
        if self.leading and self._conn is not None and not self._conn.closed:
            try:
                await asyncio.wait_for(self._conn.execute("SELECT pg_advisory_unlock(%s)", (self.key,)), 5.0)
                logger.info("scheduler {}: leadership released", self.node)
            except (psycopg.Error, TimeoutError, OSError) as exc:
                logger.warning("scheduler {}: unlock failed ({}); closing the session releases it", self.node, exc)
        await self.close()

    async def close(self) -> None:
        """Close the lock connection (the server drops the lock with the session)."""
        self.leading = False
        conn, self._conn = self._conn, None
        if conn is not None and not conn.closed:
            with contextlib.suppress(psycopg.Error, OSError):
                await conn.close()
