"""Settings service: precedence, typing, malformed values, reload and TTL."""

from __future__ import annotations

import io

import pytest
from loguru import logger
from sqlalchemy import text

from rivet.db import Database
from rivet.errors import ConfigError
from rivet.settings import SettingsService, env_name


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_tenant_value_beats_global(db: Database) -> None:
    s = SettingsService(db, environ={})
    await s.set("retrieval.top_k", "5")
    await s.set("retrieval.top_k", "9", tenant="plant-a")
    assert await s.get_int("retrieval.top_k", tenant="plant-a") == 9
    assert await s.get_int("retrieval.top_k", tenant="plant-b") == 5
    assert await s.get_int("retrieval.top_k") == 5
    assert (await s.resolve("retrieval.top_k", "plant-a")).source == "tenant"


async def test_database_beats_environment_beats_default(db: Database) -> None:
    env = {env_name("retrieval.top_k"): "12"}
    assert env_name("retrieval.top_k") == "RIVET_RETRIEVAL_TOP_K"
    s = SettingsService(db, environ=env)
    assert await s.get_int("retrieval.top_k") == 12
    assert (await s.resolve("retrieval.top_k")).source == "env"
    await s.set("retrieval.top_k", "3")
    assert await s.get_int("retrieval.top_k") == 3
    assert (await SettingsService(db, environ={}).resolve("retrieval.top_k")).source == "global"
    default = SettingsService(db, environ={})
    await default.unset("retrieval.top_k")
    assert await default.get_int("retrieval.top_k") == 8
    assert (await default.resolve("retrieval.top_k")).source == "default"


async def test_malformed_int_gives_default_and_warning(db: Database) -> None:
    sink = io.StringIO()
    handler = logger.add(sink, level="WARNING", format="{message}")
    try:
        s = SettingsService(db, environ={"RIVET_RETRIEVAL_TOP_K": "ten"})
        assert await s.get_int("retrieval.top_k") == 8
        assert await s.get_int("custom.thing", default=4) == 4
    finally:
        logger.remove(handler)
    assert "retrieval.top_k" in sink.getvalue()
    assert "malformed" in sink.getvalue()


async def test_typed_getters_and_bool_words(db: Database) -> None:
    s = SettingsService(db, environ={})
    for word, expected in [
        ("true", True),
        ("1", True),
        ("YES", True),
        ("on", True),
        ("off", False),
        ("0", False),
    ]:
        await s.set("feature.x", word)
        assert await s.get_bool("feature.x", default=not expected) is expected
    await s.set("feature.x", "maybe")
    assert await s.get_bool("feature.x", default=True) is True
    await s.set("ingest.max_file_mb", "2.5")
    assert await s.get_float("ingest.max_file_mb") == 2.5
    await s.set("note.text", "hello")
    assert await s.get_str("note.text") == "hello"


async def test_set_rejects_a_malformed_known_key(db: Database) -> None:
    s = SettingsService(db, environ={})
    with pytest.raises(ConfigError, match=r"retrieval\.top_k must be a int"):
        await s.set("retrieval.top_k", "many")


async def test_reload_sees_a_value_changed_directly_in_the_database(db: Database) -> None:
    s = SettingsService(db, environ={})
    await s.set("retrieval.top_k", "5")
    assert await s.get_int("retrieval.top_k") == 5
    async with db.connect() as conn:
        await conn.execute(text("UPDATE settings SET value = '7' WHERE key = 'retrieval.top_k'"))
    assert await s.get_int("retrieval.top_k") == 5  # cached
    await s.reload()
    assert await s.get_int("retrieval.top_k") == 7


async def test_cache_honours_its_ttl(db: Database) -> None:
    clock = Clock()
    s = SettingsService(db, ttl_s=300, clock=clock, environ={})
    await s.set("retrieval.top_k", "5")
    assert await s.get_int("retrieval.top_k") == 5
    async with db.connect() as conn:
        await conn.execute(text("UPDATE settings SET value = '6' WHERE key = 'retrieval.top_k'"))
    clock.now += 299
    assert await s.get_int("retrieval.top_k") == 5
    clock.now += 1
    assert await s.get_int("retrieval.top_k") == 6


async def test_list_masks_secrets(db: Database) -> None:
    s = SettingsService(db, environ={})
    await s.set("slack.bot_token", "xoxb-1234567890-abcdef")
    rows = {r["key"]: r for r in await s.list()}
    assert rows["slack.bot_token"]["value"].startswith("****")
    assert "1234567890" not in rows["slack.bot_token"]["value"]
    assert rows["retrieval.top_k"]["source"] == "default"
