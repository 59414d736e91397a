"""Settings service (seed pattern 3): run-time configuration an admin can change without a deploy.

Lookup order for a key: the tenant's row in the database, then the global row (tenant_id NULL),
then the environment variable RIVET_<KEY> (dots become underscores), then the default.
The whole settings table is small, so the cache is one snapshot of it, refreshed when its TTL
has passed (clock injectable for tests) or at once by reload(); set() writes through.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from loguru import logger
from sqlalchemy import text

from rivet.db import Database
from rivet.db.tenants import ensure_tenant
from rivet.errors import ConfigError

Kind = Literal["str", "int", "float", "bool"]
Source = Literal["tenant", "global", "env", "default"]
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}
_SECRET_WORDS = ("token", "secret", "password", "api_key", "apikey")


@dataclass(frozen=True)
class SettingSpec:
    """A known setting: its type, default and what it is for."""

    key: str
    kind: Kind
    default: Any
    description: str
    category: str = "general"
    secret: bool = False


SPECS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        SettingSpec("settings.cache_ttl_s", "float", 300.0, "Seconds a settings snapshot is reused.", "core"),
        SettingSpec(
            "admin.users", "str", "", "Who may run admin commands: comma list of platform:user_id (or *).", "engine"
        ),
        SettingSpec(
            "engine.timeout_s", "float", 20.0, "Most seconds one message may take before an error reply.", "engine"
        ),
        SettingSpec(
            "engine.max_message_chars", "int", 4000, "Longer messages are refused with a clear reply.", "engine"
        ),
        SettingSpec("engine.passages", "int", 5, "Passages an expert retrieves per question.", "engine"),
        SettingSpec("retrieval.top_k", "int", 8, "Passages retrieved per question (after fusion).", "retrieval"),
        SettingSpec(
            "retrieval.candidates",
            "int",
            40,
            "Candidates taken from each of vector and full-text search.",
            "retrieval",
        ),
        SettingSpec("retrieval.rrf_k", "int", 60, "Reciprocal rank fusion constant.", "retrieval"),
        SettingSpec(
            "retrieval.exact_boost",
            "float",
            0.02,
            "Fused-score bonus per exact model-number or fault-code match.",
            "retrieval",
        ),
        SettingSpec("retrieval.hnsw_ef_search", "int", 100, "pgvector hnsw.ef_search for vector queries.", "retrieval"),
        SettingSpec(
            "reranker.backend",
            "str",
            "auto",
            "Reranker: auto (cross-encoder if loadable, else none), cross-encoder, litellm, none.",
            "retrieval",
        ),
        SettingSpec(
            "reranker.model",
            "str",
            "cross-encoder/ms-marco-MiniLM-L-6-v2",
            "CrossEncoder model name or local path, or litellm rerank model.",
            "retrieval",
        ),
        SettingSpec("reranker.top_n", "int", 20, "Candidates passed to the reranker.", "retrieval"),
        SettingSpec(
            "embedder.backend",
            "str",
            "local",
            "Embedding backend: local (packaged all-MiniLM-L6-v2) or litellm (remote model server).",
            "retrieval",
        ),
        SettingSpec(
            "embedder.model",
            "str",
            "all-MiniLM-L6-v2",
            "Embedding model: a local path, the packaged all-MiniLM-L6-v2, or a litellm model name.",
            "retrieval",
        ),
        SettingSpec("embedder.api_base", "str", "", "api_base for the litellm embedding backend.", "retrieval"),
        SettingSpec("embedder.batch_size", "int", 16, "Texts embedded per batch at ingest.", "retrieval"),
        SettingSpec(
            "ingest.chunk_tokens",
            "int",
            240,
            "Target chunk size in tokens (MiniLM reads at most 256 word pieces).",
            "ingest",
        ),
        SettingSpec("ingest.overlap_tokens", "int", 30, "Overlap between consecutive chunks.", "ingest"),
        SettingSpec("ingest.max_file_mb", "float", 20.0, "Files larger than this are refused.", "ingest"),
        # llm.* (engine/llm): model registry, routing, retries, circuit breakers, cache.
        SettingSpec(
            "llm.models",
            "str",
            "",
            "JSON list of models: [{name, tiers, api_base?, api_key_env?, input_cost_per_1k?, "
            "output_cost_per_1k?}]; empty means no LLM (extractive answers).",
            "llm",
        ),
        SettingSpec("llm.timeout_s", "float", 30.0, "Seconds one model call may take.", "llm"),
        SettingSpec("llm.max_tokens", "int", 512, "Most tokens an answer may have.", "llm"),
        SettingSpec("llm.attempts", "int", 2, "Tries per model before falling back (1 = no retry).", "llm"),
        SettingSpec("llm.retry_base_s", "float", 0.5, "First retry delay; doubles each retry.", "llm"),
        SettingSpec("llm.breaker_failures", "int", 5, "Consecutive failures that open a provider's circuit.", "llm"),
        SettingSpec("llm.breaker_cooldown_s", "float", 60.0, "Seconds an open circuit waits before a probe.", "llm"),
        SettingSpec("llm.cache_ttl_s", "float", 86400.0, "Seconds a cached answer lives; 0 = off.", "llm"),
        # ratelimit.* (engine/ratelimit.py): token buckets in PostgreSQL, shared by replicas; 0 = off.
        SettingSpec("ratelimit.user_per_minute", "float", 12.0, "Messages per minute one user may send.", "ratelimit"),
        SettingSpec("ratelimit.user_burst", "int", 6, "Messages one user may send at once (bucket size).", "ratelimit"),
        SettingSpec(
            "ratelimit.tenant_per_minute", "float", 600.0, "Messages per minute a whole tenant may send.", "ratelimit"
        ),
        SettingSpec("ratelimit.tenant_burst", "int", 100, "Messages a tenant may send at once.", "ratelimit"),
        # conversation.* (engine/conversation.py): how far back a follow-up question looks.
        SettingSpec(
            "conversation.history_turns", "int", 6, "Recent turns read to complete a follow-up.", "conversation"
        ),
        SettingSpec("conversation.window_s", "float", 3600.0, "Turns older than this are not context.", "conversation"),
        SettingSpec(
            "conversation.retention_s",
            "float",
            2592000.0,
            "Turns older than this are deleted by the scheduler (30 days).",
            "conversation",
        ),
    )
}


def env_name(key: str) -> str:
    """Environment variable for a settings key: retrieval.top_k -> RIVET_RETRIEVAL_TOP_K."""
    return "RIVET_" + key.upper().replace(".", "_").replace("-", "_")


def is_secret(key: str) -> bool:
    spec = SPECS.get(key)
    return bool(spec and spec.secret) or any(w in key.lower() for w in _SECRET_WORDS)


def mask(key: str, value: str | None) -> str | None:
    if value is None or not is_secret(key):
        return value
    return "****" + value[-2:] if len(value) > 8 else "****"


def parse(kind: Kind, raw: str) -> Any:
    """Parse a raw string as `kind`; raises ValueError when malformed."""
    if kind == "int":
        return int(raw.strip())
    if kind == "float":
        return float(raw.strip())
    if kind == "bool":
        low = raw.strip().lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise ValueError(f"not a boolean: {raw!r}")
    return raw


@dataclass(frozen=True)
class Resolved:
    key: str
    value: str | None
    source: Source


class SettingsService:
    """Typed, cached settings with tenant > global > environment > default precedence."""

    def __init__(
        self,
        db: Database,
        *,
        ttl_s: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self._db = db
        self.ttl_s = ttl_s
        self._clock = clock
        self._environ = os.environ if environ is None else environ
        self._rows: dict[tuple[str | None, str], str] = {}
        self._loaded_at: float | None = None

    async def reload(self) -> None:
        """Re-read the settings table now (the /reload command and the scheduler call this)."""
        async with self._db.connect() as conn:
            rows = (await conn.execute(text("SELECT tenant_id, key, value FROM settings"))).all()
        self._rows = {(r.tenant_id, r.key): r.value for r in rows}
        self._loaded_at = self._clock()

    async def _fresh(self) -> dict[tuple[str | None, str], str]:
        if self._loaded_at is None or self._clock() - self._loaded_at >= self.ttl_s:
            await self.reload()
        return self._rows

    async def resolve(self, key: str, tenant: str | None = None) -> Resolved:
        rows = await self._fresh()
        if tenant is not None and (tenant, key) in rows:
            return Resolved(key, rows[(tenant, key)], "tenant")
        if (None, key) in rows:
            return Resolved(key, rows[(None, key)], "global")
        env = self._environ.get(env_name(key))
        if env is not None:
            return Resolved(key, env, "env")
        spec = SPECS.get(key)
        return Resolved(key, None if spec is None else str(spec.default), "default")

    async def _typed(self, key: str, kind: Kind, tenant: str | None, default: Any) -> Any:
        spec = SPECS.get(key)
        fallback = default if default is not None else (spec.default if spec else None)
        found = await self.resolve(key, tenant)
        if found.value is None or found.source == "default":
            return fallback
        try:
            return parse(kind, found.value)
        except ValueError:
            logger.warning(
                "setting {} has malformed {} value {!r} (from {}); using default {!r}",
                key,
                kind,
                mask(key, found.value),
                found.source,
                fallback,
            )
            return fallback

    async def get_str(self, key: str, tenant: str | None = None, default: str | None = None) -> str:
        value = await self._typed(key, "str", tenant, default)
        return "" if value is None else str(value)

    async def get_int(self, key: str, tenant: str | None = None, default: int | None = None) -> int:
        return int(await self._typed(key, "int", tenant, default))

    async def get_float(self, key: str, tenant: str | None = None, default: float | None = None) -> float:
        return float(await self._typed(key, "float", tenant, default))

    async def get_bool(self, key: str, tenant: str | None = None, default: bool | None = None) -> bool:
        return bool(await self._typed(key, "bool", tenant, default))

    async def set(
        self,
        key: str,
        value: str,
        *,
        tenant: str | None = None,
        updated_by: str = "system",
        description: str | None = None,
    ) -> None:
        """Write through to the database and the cache. A known key's value must parse as its type."""
        spec = SPECS.get(key)
        if spec is not None:
            try:
                parse(spec.kind, value)
            except ValueError:
                raise ConfigError(f"{key} must be a {spec.kind}, got {value!r}") from None
        category = spec.category if spec else key.split(".", 1)[0] if "." in key else "general"
        desc = description if description is not None else (spec.description if spec else "")
        async with self._db.connect() as conn:
            if tenant is not None:
                await ensure_tenant(conn, tenant)
            await conn.execute(
                text(
                    "INSERT INTO settings "
                    "(tenant_id, category, key, value, description, updated_by, updated_at) "
                    "VALUES (:t, :c, :k, :v, :d, :u, now()) "
                    "ON CONFLICT (tenant_id, key) DO UPDATE SET value = EXCLUDED.value, "
                    "category = EXCLUDED.category, description = EXCLUDED.description, "
                    "updated_by = EXCLUDED.updated_by, updated_at = now()"
                ),
                {"t": tenant, "c": category, "k": key, "v": value, "d": desc, "u": updated_by},
            )
        if self._loaded_at is not None:
            self._rows[(tenant, key)] = value

    async def unset(self, key: str, *, tenant: str | None = None) -> bool:
        """Delete a database value so the next source in the order applies again."""
        async with self._db.connect() as conn:
            result = await conn.execute(
                text("DELETE FROM settings WHERE key = :k AND tenant_id IS NOT DISTINCT FROM :t"),
                {"k": key, "t": tenant},
            )
        self._rows.pop((tenant, key), None)
        return bool(result.rowcount)

    async def list(self, tenant: str | None = None) -> list[dict[str, Any]]:
        """Every known or stored key with its effective value (secrets masked) and source."""
        rows = await self._fresh()
        keys = sorted(set(SPECS) | {k for (t, k) in rows if t is None or t == tenant})
        out = []
        for key in keys:
            found = await self.resolve(key, tenant)
            spec = SPECS.get(key)
            out.append(
                {
                    "key": key,
                    "value": mask(key, found.value),
                    "source": found.source,
                    "category": spec.category if spec else key.split(".", 1)[0],
                    "description": spec.description if spec else "",
                }
            )
        return out
