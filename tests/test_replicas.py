"""Two replicas of the bots and web processes, real subprocesses on one database, answer every message once.

A small `rivet bench replicas`: the fake platforms run here, each message goes to one replica in
turn, and two of them (one Telegram update, one Slack event) are delivered to both replicas at the
same moment, as a platform's retry routed to another replica. The full run, schedulers included,
is `rivet bench replicas` (README, Deployment).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.replicas import replicas_bench
from rivet.settings import SettingsService


@pytest.mark.slow
async def test_two_replicas_of_bots_and_web_answer_every_message_exactly_once(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder, tmp_path: Path
) -> None:
    await SettingsService(db, environ={}).set("reranker.backend", "none")  # the replicas read it too
    app = await build_app(config, db=db, embedder=local_embedder)
    try:
        result = await replicas_bench(
            app,
            db_env={"DATABASE_URL": db.url},
            messages=10,
            bots=2,
            web=2,
            schedulers=0,
            duplicate_every=5,
            manuals=[SAMPLES_DIR / "manuals" / "kinetadrive-kd400-fault-codes.md"],
            within_s=300,  # start-up of four processes loading the model on a busy machine
            log_dir=tmp_path,
        )
    finally:
        await app.close()

    summary = result.summary()
    assert result.problems == [], summary
    assert result.duplicated == 2  # message 5 (Telegram, webhook on both web replicas) and 10 (Slack)
    assert (result.replies, result.duplicates, result.missing) == (10, 0, 0), summary
    assert result.handled == 10, summary  # claimed and answered once across the four processes
    shares = {share["name"]: share for share in result.replicas}
    assert set(shares) == {"web-1", "web-2", "bots-1", "bots-2"}
    assert all(share["received"] > 0 and share["exit_code"] == 0 for share in shares.values()), summary
    assert sum(share["delivered"] for share in shares.values()) >= 10  # every answer sent by some replica
