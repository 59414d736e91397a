"""Token-bucket rate limits per user and per tenant, kept in PostgreSQL so every replica shares them.

An in-memory limiter lets each replica admit its own burst; here one transaction locks both
buckets (always in key order so two checks never deadlock), refills them from the injected clock,
and consumes from both or from neither. A message that finds a token in every bucket (nearly
all of them) costs one statement: an upsert that refills and consumes each bucket in SQL. Only
when a bucket is short is that rolled back and the decision (which bucket denies, how long to
wait, whether to say so) made by reading the locked buckets.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from rivet.db import Database
from rivet.db.tenants import ensure_tenant, with_tenant
from rivet.settings import SettingSpec, SettingsService, register

Scope = Literal["user", "tenant"]

# Token buckets in PostgreSQL, shared by replicas; read per message for its tenant; 0 = off.
register(
    SettingSpec("ratelimit.user_per_minute", "float", 12.0, "Messages per minute one user may send.", "ratelimit"),
    SettingSpec("ratelimit.user_burst", "int", 6, "Messages one user may send at once (bucket size).", "ratelimit"),
    SettingSpec(
        "ratelimit.tenant_per_minute", "float", 600.0, "Messages per minute a whole tenant may send.", "ratelimit"
    ),
    SettingSpec("ratelimit.tenant_burst", "int", 100, "Messages a tenant may send at once.", "ratelimit"),
)


@dataclass(frozen=True)
class Decision:
    """What the pipeline does with one message.

    notify is True only for the first denial since the limiting bucket last admitted a message:
    the pipeline sends one polite reply, then stays quiet until the bucket refills, so a user
    hammering the bot does not get a reply per message (which would defeat the limit).
    """

    allowed: bool
    scope: Scope | None  # which bucket denied; None when allowed
    retry_after_s: float  # seconds until the denying bucket holds one token again
    notify: bool


@dataclass(frozen=True)
class _Limit:
    scope: Scope
    key: str
    capacity: float
    rate: float  # tokens per second


class _Short(Exception):
    """A bucket had no token: the one-statement path is rolled back and the full one decides."""


@dataclass
class _Bucket:
    tokens: float
    updated_at: float
    notified: bool


class RateLimiter:
    """check() is called once per incoming message, after dedupe and before any work is done.

    Limits come from settings (per tenant): ratelimit.user_per_minute / ratelimit.user_burst and
    ratelimit.tenant_per_minute / ratelimit.tenant_burst. A rate or burst of 0 turns that bucket
    off. The clock must be wall time (shared by replicas), not a per-process monotonic clock.
    """

    def __init__(self, db: Database, settings: SettingsService, *, clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._settings = settings
        self._clock = clock

    async def _limits(self, tenant_id: str, user_key: str) -> list[_Limit]:
        s = self._settings
        limits = [
            _Limit(
                "user",
                f"user:{tenant_id}:{user_key}",
                float(await s.get_int("ratelimit.user_burst", tenant_id)),
                await s.get_float("ratelimit.user_per_minute", tenant_id) / 60.0,
            ),
            _Limit(
                "tenant",
                f"tenant:{tenant_id}",
                float(await s.get_int("ratelimit.tenant_burst", tenant_id)),
                await s.get_float("ratelimit.tenant_per_minute", tenant_id) / 60.0,
            ),
        ]
        # Lock order must be the same in every transaction, or two checks could deadlock.
        return sorted((lim for lim in limits if lim.capacity > 0 and lim.rate > 0), key=lambda lim: lim.key)

    async def check(self, tenant_id: str, user_key: str) -> Decision:
        """Admit the message (consuming one token from each bucket) or deny it (consuming none)."""
        limits = await self._limits(tenant_id, user_key)
        if not limits:
            return Decision(True, None, 0.0, False)
        now = self._clock()
        try:
            # A bucket lost with a crashed server only hands back a few tokens: no wait for the WAL flush.
            async with self._db.connect(durable=False) as conn:
                if await self._consume(conn, tenant_id, limits, now):
                    return Decision(True, None, 0.0, False)
                raise _Short  # rolls the consumed buckets back: both or neither
        except _Short:
            pass
        return await self._decide(tenant_id, limits, now)

    async def _consume(self, conn: AsyncConnection, tenant_id: str, limits: list[_Limit], now: float) -> bool:
        """One upsert: each bucket, new (full) or refilled, gives a token if it has one; True when all did.

        Rows are inserted or locked in the VALUES order, which is key order, as in _decide. A bucket
        without a token is locked but left as it is; the caller then rolls back the others.
        """
        values, cap, rate = [], [], []
        params: dict[str, object] = {"t": tenant_id, "now": now}
        for i, lim in enumerate(limits):
            values.append(f"(:k{i}, :t, CAST(:c{i} AS double precision) - 1, :now, false)")
            cap.append(f"WHEN :k{i} THEN CAST(:c{i} AS double precision)")
            rate.append(f"WHEN :k{i} THEN CAST(:r{i} AS double precision)")
            params |= {f"k{i}": lim.key, f"c{i}": lim.capacity, f"r{i}": lim.rate}
        # Python's min(capacity, tokens + max(0.0, now - updated_at) * rate), in the same float8 steps.
        refilled = (
            f"least(CASE b.key {' '.join(cap)} END, "
            "b.tokens + greatest(CAST(0 AS double precision), :now - b.updated_at) "
            f"* CASE b.key {' '.join(rate)} END)"
        )
        sql = with_tenant(
            "INSERT INTO rate_buckets AS b (key, tenant_id, tokens, updated_at, notified) "
            f"VALUES {', '.join(values)} ON CONFLICT (key) DO UPDATE SET tokens = {refilled} - 1, "
            f"updated_at = greatest(b.updated_at, :now), notified = false WHERE {refilled} >= 1 RETURNING b.key"
        )
        consumed = (await conn.execute(text(sql), params)).all()
        return len(consumed) == len(limits)

    async def _decide(self, tenant_id: str, limits: list[_Limit], now: float) -> Decision:
        """A bucket was short: lock both, refill, and say which one denies, how long to wait and
        whether to notify (consuming nothing). Also admits, should a token have come back meanwhile."""
        async with self._db.connect(durable=False) as conn:
            await ensure_tenant(conn, tenant_id)
            # A new bucket starts full. DO NOTHING takes no row lock, so this never blocks on a
            # bucket another check holds; inserting in key order keeps new-row waits ordered too.
            for lim in limits:
                await conn.execute(
                    text(
                        "INSERT INTO rate_buckets (key, tenant_id, tokens, updated_at, notified) "
                        "VALUES (:k, :t, :cap, :now, false) ON CONFLICT (key) DO NOTHING"
                    ),
                    {"k": lim.key, "t": tenant_id, "cap": lim.capacity, "now": now},
                )
            rows = (
                await conn.execute(
                    text(
                        "SELECT key, tokens, updated_at, notified FROM rate_buckets "
                        "WHERE key = ANY(:keys) ORDER BY key FOR UPDATE"
                    ),
                    {"keys": [lim.key for lim in limits]},
                )
            ).all()
            buckets = {r.key: _Bucket(float(r.tokens), float(r.updated_at), bool(r.notified)) for r in rows}
            for lim in limits:
                # Missing only if purge() deleted an idle (so full) bucket since the INSERT above.
                b = buckets.setdefault(lim.key, _Bucket(lim.capacity, now, False))
                # A replica whose clock runs behind must not rewind the bucket and earn refill twice.
                b.tokens = min(lim.capacity, b.tokens + max(0.0, now - b.updated_at) * lim.rate)
                b.updated_at = max(b.updated_at, now)

            short = [
                (lim, (1.0 - buckets[lim.key].tokens) / lim.rate) for lim in limits if buckets[lim.key].tokens < 1.0
            ]
            if short:
                # Report the bucket the user actually has to wait for: the longest wait.
                lim, wait = max(short, key=lambda pair: pair[1])
                denier = buckets[lim.key]
                notify = not denier.notified
                denier.notified = True
                decision = Decision(False, lim.scope, wait, notify)
            else:
                for lim in limits:
                    buckets[lim.key].tokens -= 1.0
                    buckets[lim.key].notified = False
                decision = Decision(True, None, 0.0, False)

            for lim in limits:
                b = buckets[lim.key]
                await conn.execute(
                    text(
                        "INSERT INTO rate_buckets (key, tenant_id, tokens, updated_at, notified) "
                        "VALUES (:k, :t, :tokens, :at, :n) ON CONFLICT (key) DO UPDATE SET "
                        "tokens = EXCLUDED.tokens, updated_at = EXCLUDED.updated_at, notified = EXCLUDED.notified"
                    ),
                    {"k": lim.key, "t": tenant_id, "tokens": b.tokens, "at": b.updated_at, "n": b.notified},
                )
        return decision

    async def purge(self, idle_s: float = 3600.0) -> int:
        """Delete buckets untouched for `idle_s` (a scheduler job); returns how many.

        A bucket idle longer than burst / rate is full again, and a missing bucket starts full,
        so with the default limits this forgets nothing; with very slow custom rates a purged
        bucket comes back full a little early, which is the cheap side to err on.
        """
        async with self._db.connect() as conn:
            result = await conn.execute(
                text("DELETE FROM rate_buckets WHERE updated_at < :cutoff"),
                {"cutoff": self._clock() - idle_s},
            )
        return int(result.rowcount or 0)
