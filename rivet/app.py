"""Composition root: build_app() wires every seam from configuration, nothing else does.

No module-level singletons: two apps (two tenants, two databases) can live side by side.
Later capabilities add their parts here (knowledge base, engine, bots, scheduler).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from engine.service import Engine, build_engine
from knowledge.base import KnowledgeBase
from knowledge.embedder import Embedder
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService


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


async def build_app(config: BootstrapConfig, *, db: Database | None = None, embedder: Embedder | None = None) -> App:
    """Open (and migrate) the database and build the services on top of it.

    `db` and `embedder` may be passed in (tests share one loaded model across many apps).
    """
    url = config.database_url.get_secret_value() if config.database_url else None
    database = db or Database.from_config(url, config.data_dir)
    await database.prepare()
    settings = SettingsService(database)
    settings.ttl_s = await settings.get_float("settings.cache_ttl_s")
    api_key = config.llm_api_key.get_secret_value() if config.llm_api_key else None
    knowledge = await KnowledgeBase.create(database, settings, api_key=api_key, embedder=embedder)
    engine = await build_engine(database, settings, knowledge)
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
