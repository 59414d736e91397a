"""Settings service: precedence, typing, malformed values, reload and TTL."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from loguru import logger
from sqlalchemy import text

from rivet.app import declare_settings
from rivet.db import Database
from rivet.errors import ConfigError
from rivet.settings import SPECS, SettingSpec, SettingsService, env_name, is_secret, mask, register

declare_settings()  # the examples below use keys that knowledge/ and engine/ declare


@pytest.fixture
def scratch_specs() -> Iterator[None]:
    """Declarations a test adds are gone after it (the registry is shared by the whole process)."""
    saved = dict(SPECS)
    yield
    SPECS.clear()
    SPECS.update(saved)


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


@pytest.mark.usefixtures("scratch_specs")
async def test_list_masks_by_declared_secrecy_not_by_the_word_token(db: Database) -> None:
    """ingest.chunk_tokens, ingest.overlap_tokens and llm.max_tokens are counts: they were shown as ****."""
    register(SettingSpec("tests.signing_key", "str", "", "A declared secret whose name says nothing.", secret=True))
    s = SettingsService(db, environ={})
    await s.set("llm.max_tokens", "700")
    await s.set("tests.signing_key", "whsec-abcdefghij-42")
    await s.set("crm.api_key", "ck-live-0123456789")  # undeclared and named like a credential
    await s.set("crm.page_tokens", "3")  # undeclared, but "tokens" is not a credential word
    rows = {r["key"]: r for r in await s.list()}
    assert rows["ingest.chunk_tokens"]["value"] == "240"
    assert rows["ingest.overlap_tokens"]["value"] == "30"
    assert rows["llm.max_tokens"]["value"] == "700"
    assert rows["tests.signing_key"]["value"] == "****42"
    assert rows["crm.api_key"]["value"] == "****89"
    assert rows["crm.page_tokens"]["value"] == "3"


def test_is_secret_asks_the_spec_first_then_whole_words_of_an_undeclared_name() -> None:
    assert not is_secret("ingest.chunk_tokens") and not is_secret("llm.max_tokens")
    for key in ("slack.bot_token", "github-token", "db.password", "x.apikey", "x.api_key", "vault.secret"):
        assert is_secret(key), key
    for key in ("tokenizer.name", "crm.page_tokens", "notes.secretary"):
        assert not is_secret(key), key
    assert mask("llm.max_tokens", "512") == "512"
    assert mask("slack.bot_token", "xoxb-1234567890") == "****90"


@pytest.mark.usefixtures("scratch_specs")
def test_register_accepts_a_repeat_and_refuses_a_conflicting_declaration() -> None:
    spec = SettingSpec("tests.repeat", "int", 1, "Declared twice, identically.")
    register(spec)
    register(spec)
    with pytest.raises(ValueError, match=r"tests\.conflict declared twice"):
        register(
            SettingSpec("tests.conflict", "int", 1, "One meaning."), SettingSpec("tests.conflict", "int", 2, "Another.")
        )


async def test_a_tenant_value_of_a_global_or_start_setting_is_refused(db: Database) -> None:
    """Stored per tenant, it would be listed yet never read: a setting that silently does nothing."""
    s = SettingsService(db, environ={})
    with pytest.raises(ConfigError, match="applies to every tenant"):
        await s.set("llm.breaker_failures", "3", tenant="plant-a")
    with pytest.raises(ConfigError, match="applies to every tenant"):
        await s.set("embedder.model", "other", tenant="plant-a")
    await s.set("llm.breaker_failures", "3")
    assert await s.get_int("llm.breaker_failures", "plant-a") == 3


async def test_the_cache_ttl_setting_applies_at_the_next_reload(db: Database) -> None:
    """settings.cache_ttl_s was read once when the app was built; now every reload applies it."""
    clock = Clock()
    s = SettingsService(db, ttl_s=300, clock=clock, environ={})
    await s.set("settings.cache_ttl_s", "5")
    await s.set("retrieval.top_k", "5")
    await s.reload()
    assert s.ttl_s == 5
    async with db.connect() as conn:
        await conn.execute(text("UPDATE settings SET value = '6' WHERE key = 'retrieval.top_k'"))
    clock.now += 5
    assert await s.get_int("retrieval.top_k") == 6
    async with db.connect() as conn:
        await conn.execute(text("UPDATE settings SET value = 'soon' WHERE key = 'settings.cache_ttl_s'"))
    await s.reload()
    assert s.ttl_s == 300  # malformed: the constructor's value, not a crash
