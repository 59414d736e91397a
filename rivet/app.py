"""Composition root: build_app() wires every seam from configuration, nothing else does.

No module-level singletons: two apps (two tenants, two databases) can live side by side.
Later capabilities add their parts here (knowledge base, engine, bots, scheduler).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from engine.service import Engine, build_engine
from knowledge.base import KnowledgeBase
from knowledge.embedder import Embedder
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

if TYPE_CHECKING:
    from opentelemetry.trace import Tracer

# Every module that declares run-time settings (rivet.settings.register, at import). Importing
# them all here, not only those a command happens to use, is what lets `rivet settings list`
# show every key and `rivet settings set` check any key's type. tests/test_settings_registry.py
# fails when a module declares settings and is missing from this list.
SETTINGS_MODULES = (
    "rivet.settings",
    "knowledge.base",
    "engine.commands",
    "engine.handoff",
    "engine.outbox",
    "engine.conversation",
    "engine.extractive",
    "engine.llm.registry",
    "engine.llm.router",
    "engine.llm_answerer",
    "engine.pipeline",
    "engine.outage",
    "engine.ratelimit",
    "engine.service",
    "engine.sme",
    "scheduler.registry",
)


def declare_settings() -> None:
    """Register every package's setting keys (idempotent: a module imports once)."""
    for name in SETTINGS_MODULES:
        importlib.import_module(name)


@dataclass
class App:
    """Everything a process needs, built once and passed explicitly."""

    config: BootstrapConfig
    db: Database
    settings: SettingsService
    knowledge: KnowledgeBase
    engine: Engine

    async def close(self) -> None:
        await self.db.dispose()


async def build_app(
    config: BootstrapConfig,
    *,
    db: Database | None = None,
    embedder: Embedder | None = None,
    tracer: Tracer | None = None,
) -> App:
    """Open (and migrate) the database and build the services on top of it.

    `db` and `embedder` may be passed in (tests share one loaded model across many apps); so may
    `tracer` (default: the process's global one, see rivet/tracing.py).
    """
    url = config.database_url.get_secret_value() if config.database_url else None
    database = db or Database.from_config(
        url,
        config.data_dir,
        health_ttl_s=config.db_health_ttl_s,
        allow_standby_reads=config.db_standby_reads,
        ping_idle_s=config.db_ping_idle_s,
    )
    await database.prepare()
    declare_settings()
    settings = SettingsService(database)  # its first read applies settings.cache_ttl_s
    api_key = config.llm_api_key.get_secret_value() if config.llm_api_key else None
    knowledge = await KnowledgeBase.create(
        database, settings, api_key=api_key, embedder=embedder, models_dir=config.data_dir / "models"
    )
    engine = await build_engine(database, settings, knowledge, tracer=tracer, spool_dir=config.data_dir / "spool")
    return App(config=config, db=database, settings=settings, knowledge=knowledge, engine=engine)


@asynccontextmanager
async def open_app(
    config: BootstrapConfig, *, db: Database | None = None, embedder: Embedder | None = None
) -> AsyncIterator[App]:
    app = await build_app(config, db=db, embedder=embedder)
    try:
        yield app
    finally:
        await app.close()
