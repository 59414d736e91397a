"""The LLM response cache in PostgreSQL (table llm_cache), shared by every replica.

Only deterministic calls (temperature 0) are cached; the key covers everything that shapes the
answer, including the tenant, so one plant never sees another plant's cached answer.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from loguru import logger
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from rivet.db import Database
from rivet.errors import RivetError


def cache_key(
    messages: Sequence[dict[str, Any]],
    *,
    chain: Sequence[str],
    tier: str,
    temperature: float,
    tenant_id: str,
    max_tokens: int,
) -> str:
    """sha256 of a canonical JSON of the request: same request, same key, on any replica."""
    canonical = json.dumps(
        {
            "messages": list(messages),
            "chain": list(chain),
            "tier": tier,
            "temperature": float(temperature),
            "tenant_id": tenant_id,
            "max_tokens": max_tokens,
        },
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedResponse:
    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int


class ResponseCache:
    """get/put by key with a TTL. A database error degrades to a miss (logged), never to a
    failed answer: the cache only saves money."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def get(self, key: str) -> CachedResponse | None:
        try:
            async with self._db.connect() as conn:
                row = (
                    await conn.execute(
                        text(
                            "SELECT response, model, prompt_tokens, completion_tokens FROM llm_cache "
                            "WHERE key = :k AND expires_at > now()"
                        ),
                        {"k": key},
                    )
                ).first()
        except (RivetError, SQLAlchemyError) as exc:
            logger.warning("llm cache lookup failed, treating as a miss: {}", exc)
            return None
        if row is None:
            return None
        return CachedResponse(row.response, row.model, row.prompt_tokens, row.completion_tokens)

    async def put(self, key: str, *, tenant_id: str, response: CachedResponse, ttl_s: float) -> None:
        if ttl_s <= 0:
            return
        try:
            async with self._db.connect() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO llm_cache (key, tenant_id, response, model, prompt_tokens, "
                        "completion_tokens, created_at, expires_at) "
                        "VALUES (:k, :t, :r, :m, :p, :c, now(), now() + make_interval(secs => :ttl)) "
                        "ON CONFLICT (key) DO UPDATE SET response = EXCLUDED.response, "
                        "model = EXCLUDED.model, prompt_tokens = EXCLUDED.prompt_tokens, "
                        "completion_tokens = EXCLUDED.completion_tokens, "
                        "created_at = EXCLUDED.created_at, expires_at = EXCLUDED.expires_at"
                    ),
                    {
                        "k": key,
                        "t": tenant_id,
                        "r": response.text,
                        "m": response.model,
                        "p": response.prompt_tokens,
                        "c": response.completion_tokens,
                        "ttl": float(ttl_s),
                    },
                )
        except (RivetError, SQLAlchemyError) as exc:
            logger.warning("llm cache write failed (answer still delivered): {}", exc)

    async def purge_expired(self) -> int:
        """Delete expired rows (the scheduler calls this); returns how many."""
        async with self._db.connect() as conn:
            result = await conn.execute(text("DELETE FROM llm_cache WHERE expires_at <= now()"))
        return int(result.rowcount or 0)

    async def clear(self, tenant_id: str | None = None) -> int:
        """Drop cached answers (all, or one tenant's), e.g. after the knowledge base changed."""
        async with self._db.connect() as conn:
            if tenant_id is None:
                result = await conn.execute(text("DELETE FROM llm_cache"))
            else:
                result = await conn.execute(text("DELETE FROM llm_cache WHERE tenant_id = :t"), {"t": tenant_id})
        return int(result.rowcount or 0)
