"""The cost ledger (table llm_calls): one row per model attempt or cache hit, for cost per
tenant and agent, error rates, and the /status numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from loguru import logger
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from rivet.db import Database
from rivet.errors import RivetError


@dataclass(frozen=True)
class LedgerEntry:
    """One attempt's outcome. A cache hit has cached=True and cost 0; a failure has ok=False."""

    tenant_id: str
    agent: str
    model: str
    tier: str
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: int = 0
    cached: bool = False
    ok: bool = True
    error: str | None = None


@dataclass(frozen=True)
class LedgerSummary:
    calls: int
    failed: int
    cached: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: Decimal


class CostLedger:
    """Writes ledger rows; a write failure is logged loudly but does not cost the technician
    the answer that was already paid for."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def record(self, entry: LedgerEntry) -> None:
        try:
            async with self._db.connect() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO llm_calls (tenant_id, agent, model, tier, prompt_tokens, "
                        "completion_tokens, cost_usd, latency_ms, cached, ok, error) "
                        "VALUES (:tenant_id, :agent, :model, :tier, :prompt_tokens, :completion_tokens, "
                        ":cost_usd, :latency_ms, :cached, :ok, :error)"
                    ),
                    {
                        "tenant_id": entry.tenant_id,
                        "agent": entry.agent,
                        "model": entry.model,
                        "tier": entry.tier,
                        "prompt_tokens": entry.prompt_tokens,
                        "completion_tokens": entry.completion_tokens,
                        "cost_usd": Decimal(repr(entry.cost_usd)),
                        "latency_ms": entry.latency_ms,
                        "cached": entry.cached,
                        "ok": entry.ok,
                        "error": entry.error[:2000] if entry.error else None,
                    },
                )
        except (RivetError, SQLAlchemyError) as exc:
            logger.error("llm ledger row lost ({} {} ok={}): {}", entry.tenant_id, entry.model, entry.ok, exc)

    async def summary(
        self, tenant_id: str | None = None, *, since: datetime | None = None, until: datetime | None = None
    ) -> LedgerSummary:
        """Totals for one tenant (or all), optionally since a moment and before another (a day's report)."""
        async with self._db.connect() as conn:
            row = (
                await conn.execute(
                    text(
                        "SELECT count(*) AS calls, count(*) FILTER (WHERE NOT ok) AS failed, "
                        "count(*) FILTER (WHERE cached) AS cached, "
                        "coalesce(sum(prompt_tokens) FILTER (WHERE NOT cached), 0) AS prompt_tokens, "
                        "coalesce(sum(completion_tokens) FILTER (WHERE NOT cached), 0) AS completion_tokens, "
                        "coalesce(sum(cost_usd), 0) AS cost_usd FROM llm_calls "
                        "WHERE (CAST(:t AS text) IS NULL OR tenant_id = :t) "
                        "AND (CAST(:since AS timestamptz) IS NULL OR created_at >= :since) "
                        "AND (CAST(:until AS timestamptz) IS NULL OR created_at < :until)"
                    ),
                    {"t": tenant_id, "since": since, "until": until},
                )
            ).one()
        return LedgerSummary(
            calls=int(row.calls),
            failed=int(row.failed),
            cached=int(row.cached),
            prompt_tokens=int(row.prompt_tokens),
            completion_tokens=int(row.completion_tokens),
            cost_usd=Decimal(row.cost_usd),
        )
