"""The load scenario: 100 technicians across both platforms, 5 messages each, all at once, through
the real adapters and the fake servers. Every message answered exactly once, in its own chat, replying
to its own question, none silent. Speed is `rivet bench chat`'s business, not this test's."""

from __future__ import annotations

from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.chatload import chat_load
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService


async def test_a_hundred_technicians_each_answered_exactly_once(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    manuals = [SAMPLES_DIR / "manuals" / f"kinetadrive-kd400-{n}.md" for n in ("fault-codes", "parameter-guide")]
    try:
        result = await chat_load(app, technicians=100, messages_each=5, manuals=manuals, within_s=600)
    finally:
        await app.close()
    assert result.problems == []
    assert result.errors == 0
    assert len(result.answer_ms) == 500
