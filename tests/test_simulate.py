"""`rivet simulate` as a scenario test: the real python-telegram-bot and slack-bolt code against the
fake platform servers, through the same composition as `rivet run`, across both platforms."""

from __future__ import annotations

import json
from pathlib import Path

from knowledge.base import SAMPLES_DIR as SAMPLES
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from rivet.simulate import Line, simulate


async def test_simulated_conversation_across_telegram_and_slack(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    try:
        manuals = [SAMPLES / "manuals" / f"kinetadrive-kd400-{n}.md" for n in ("fault-codes", "parameter-guide")]
        lines: list[Line] = await simulate(app, lambda line: None, manuals=manuals)
    finally:
        await app.close()

    def said(platform: str, sender: str) -> list[Line]:
        return [x for x in lines if x.platform == platform and x.sender == sender]

    bot_tg, bot_sl = said("telegram", "RIVET"), said("slack", "RIVET")
    # 1. Telegram: an answer quoted from the manuals with its sources.
    assert "OC2" in bot_tg[0].text and "Sources:" in bot_tg[0].text and "<b>" not in bot_tg[0].text
    # 2. Slack: the answer in a thread under the question in #maintenance.
    floor = [x for x in bot_sl if x.chat == "C0FLOOR"]
    assert len(floor) == 1 and floor[0].thread and "P2.02" in floor[0].text
    # 3. The undocumented question: Ann told with a ticket; the Slack expert channel got the post.
    assert any("ticket #" in x.text and "asked" in x.text for x in bot_tg)
    post = next(x for x in bot_sl if x.chat == "C0EXPERTS" and x.text.startswith("*Ticket #"))
    assert "zx900" in post.text and "ann_tech" in post.text
    # 4. Dana's reply in the post's thread reaches Ann in Telegram, attributed.
    assert any(x.text.startswith("Answer from dana") and "7.5 m/min" in x.text for x in bot_tg)
    # 5. The admin's /rivet commands are answered (ephemeral: only the admin sees them), and the draft approved.
    admin = [x.text for x in said("slack", "RIVET (ephemeral to ada)") if x.chat == "D0ADMIN"]
    assert len(admin) == 3 and not [x for x in bot_sl if x.chat == "D0ADMIN"]
    assert any("Expert channel: slack:C0EXPERTS" in t for t in admin)
    assert any(t.startswith("Approved knowledge draft #") for t in admin)
    # 6. The same question now: answered by the bot, citing the expert.
    assert "7.5 m/min" in bot_tg[-1].text and "Expert answer by dana" in bot_tg[-1].text
    # Every line says where it was, as the --json output does.
    assert all(set(x.as_json()) == {"platform", "chat", "thread", "from", "text"} for x in lines)
    json.dumps([x.as_json() for x in lines])


def test_rivet_run_names_the_missing_or_malformed_token(tmp_path: Path) -> None:
    from tests.cli_helpers import rivet

    cases = {
        ("run", "telegram"): ({}, "TELEGRAM_BOT_TOKEN is not set"),
        ("run", "slack"): ({"SLACK_BOT_TOKEN": "xoxp-user-token"}, "SLACK_BOT_TOKEN is malformed"),
        ("run", "all"): ({}, "neither TELEGRAM_BOT_TOKEN nor SLACK_BOT_TOKEN"),
    }
    for args, (env, needle) in cases.items():
        proc = rivet(*args, cwd=tmp_path, env=env)
        assert proc.returncode == 1 and needle in proc.stderr, (args, proc.stderr)
        assert len([x for x in proc.stderr.splitlines() if x.strip()]) == 1
    proc = rivet("run", "telegram", cwd=tmp_path, env={"TELEGRAM_BOT_TOKEN": "not-a-token"})
    assert proc.returncode == 1 and "TELEGRAM_BOT_TOKEN is malformed" in proc.stderr
