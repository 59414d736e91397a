"""Settings service (seed pattern 3): run-time configuration an admin can change without a deploy.

Lookup order for a key: the tenant's row in the database, then the global row (tenant_id NULL),
then the environment variable RIVET_<KEY> (dots become underscores), then the default.
The whole settings table is small, so the cache is one snapshot of it, refreshed when its TTL
has passed (clock injectable for tests) or at once by reload(); set() writes through.

Each package declares the keys it reads next to the code that reads them, with register();
this module knows only its own (settings.cache_ttl_s), because the core imports no package.
The composition root imports every declaring module (rivet.app.declare_settings) so a command
that builds no engine still lists, validates and masks every key.
"""

from __future__ import annotations

import os
import re
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
# When a new value takes effect: "tenant" read per call for the tenant asking (the default);
# "global" read per call, one value for every tenant (a provider's circuit breaker, the cache TTL);
# "start" read when the process builds its app (the embedding model), so a restart applies it.
Scope = Literal["tenant", "global", "start"]
_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off"}
# Only for keys nobody declared (see is_secret): words that name a credential as a whole word
# of the key ("slack.bot_token", "crm.api_key"), not a part of one ("ingest.chunk_tokens").
_SECRET_NAME = re.compile(
    r"(?:^|[._-])(?:token|secrets?|password|passwd|api[_-]?key|credentials?|private[_-]?key)(?:$|[._-])", re.IGNORECASE
)


@dataclass(frozen=True)
class SettingSpec:
    """A known setting: its type, default, what it is for, when it applies, and whether it is secret."""

    key: str
    kind: Kind
    default: Any
    description: str
    category: str = "general"
    secret: bool = False
    scope: Scope = "tenant"


# Declarations, not state: the same for every app in the process (two apps share them).
SPECS: dict[str, SettingSpec] = {}


def register(*specs: SettingSpec) -> None:
    """Declare settings; each module calls this at import for the keys it reads.

    Importing a module twice (or two modules declaring the same spec) is harmless; two
    different declarations of one key are a programming error and fail at import.
    """
    for spec in specs:
        known = SPECS.get(spec.key)
        if known is not None and known != spec:
            raise ValueError(f"setting {spec.key} declared twice, differently: {known} and {spec}")
        SPECS[spec.key] = spec


CACHE_TTL_KEY = "settings.cache_ttl_s"
register(
    SettingSpec(
        CACHE_TTL_KEY,
        "float",
        300.0,
        "Seconds a settings snapshot is reused before the table is read again.",
        "core",
        scope="global",
    ),
)


def env_name(key: str) -> str:
    """Environment variable for a settings key: retrieval.top_k -> RIVET_RETRIEVAL_TOP_K."""
    return "RIVET_" + key.upper().replace(".", "_").replace("-", "_")


def is_secret(key: str) -> bool:
    """A declared key is secret exactly when its spec says so: llm.max_tokens is a count, not a token.

    A key nobody declared (a typo, or a value an operator stored for a plugin) has no spec to ask,
    so it is judged by its name, conservatively: one of its dot- or underscore-separated words is
    a credential word ("slack.bot_token", "crm.api_key", "db.password"). Masking a harmless
    undeclared value costs a little readability; printing an undeclared credential costs a rotation.
    """
    spec = SPECS.get(key)
    if spec is not None:
        return spec.secret
    return _SECRET_NAME.search(key) is not None


def mask(key: str, value: str | None) -> str | None:
    """The value as it may be shown (CLI, logs): a secret keeps only its last two characters."""
    if value is None or not is_secret(key):
        return value
    return "****" + value[-2:] if len(value) > 8 else "****"


_APPLIES: dict[Scope, str] = {"tenant": "per tenant, live", "global": "global, live", "start": "global, at start"}


def markdown_table() -> str:
    """The README's settings table, generated from the registry (`rivet settings doc` prints it).

    Call rivet.app.declare_settings() first, or only the keys of modules imported so far appear.
    """
    lines = [
        "| key | environment variable | default | applies | meaning |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key in sorted(SPECS):
        spec = SPECS[key]
        default = "(secret)" if spec.secret else "(empty)" if spec.default == "" else str(spec.default)
        lines.append(f"| `{key}` | `{env_name(key)}` | {default} | {_APPLIES[spec.scope]} | {spec.description} |")
    return "\n".join(lines)


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
        self._ttl_fallback = ttl_s  # used while settings.cache_ttl_s is not set (or malformed)
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
        self.ttl_s = self._cache_ttl()

    def _cache_ttl(self) -> float:
        """settings.cache_ttl_s as the snapshot just read says, so a new TTL applies from this reload."""
        raw = self._rows.get((None, CACHE_TTL_KEY), self._environ.get(env_name(CACHE_TTL_KEY)))
        if raw is None:
            return self._ttl_fallback
        try:
            return max(0.0, float(raw))
        except ValueError:
            return self._ttl_fallback

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
            if tenant is not None and spec.scope != "tenant":
                # A tenant row of a global key would be stored, listed and silently never read.
                raise ConfigError(f"{key} applies to every tenant; set it without a tenant")
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
                    "scope": spec.scope if spec else "tenant",
                }
            )
        return out
