"""The reverse of `rivet simulate`'s direction, through the real adapters and fake servers: a Slack
technician's question goes to a Telegram expert group, the expert's reply there comes back to the
Slack thread; and a non-admin's /rivet admin command is refused, to them alone."""

from __future__ import annotations

from fakes.telegram_people import FakeChat, FakeUser
from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from rivet.simulate import fake_platforms
from tests.waiting import until

EXPERT_GROUP = -100900


async def test_slack_question_answered_by_a_telegram_expert(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    manuals = [SAMPLES_DIR / "manuals" / "kinetadrive-kd400-fault-codes.md"]
    settings = {"escalation.channel": f"telegram:{EXPERT_GROUP}", "admin.users": "slack:U0ADA"}
    try:
        async with fake_platforms(app, manuals=manuals, settings=settings) as stage:
            tg, sl, events = stage.telegram, stage.slack, stage.events
            sl.add_user("U0BOB", "bob")
            sl.add_channel("C0FLOOR", "maintenance")
            group = tg.add_chat(FakeChat(EXPERT_GROUP, "supergroup", "RIVET experts"))
            lee = FakeUser(4711, "Lee", "lee_expert")

            def bot_in_thread(ts: str) -> list[str]:
                return [m.text for m in sl.thread("C0FLOOR", ts) if m.bot_id or m.user == sl.bot_user_id]

            ask = events.app_mention("<@BOT> zx900 welder wire feed speed for 1.0 mm wire?", user="U0BOB",
                                     channel="C0FLOOR")  # fmt: skip
            ts = ask.payload()["event"]["ts"]
            assert (await events.post(ask)).status == 200
            await until(lambda: len(bot_in_thread(ts)) >= 1, "the notice in the Slack thread")
            await until(lambda: len(tg.sent(EXPERT_GROUP)) >= 1, "the post in the Telegram expert group")
            assert "ticket #" in bot_in_thread(ts)[0]
            post = tg.sent(EXPERT_GROUP)[0]
            assert post.text and "zx900" in post.text and post.buttons
            # Lee replies to the post in the Telegram group (a reply to the bot: addressed to it).
            tg.user_says(lee, "Use 7.5 m/min on WF-2.", chat=group, reply_to=post.message_id)
            await until(
                lambda: any("Answer from lee_expert" in t for t in bot_in_thread(ts)),
                f"the relayed answer; group saw {[(x.method, (x.text or '')[:80]) for x in tg.sent(EXPERT_GROUP)]}",
            )
            assert any("7.5 m/min on WF-2." in t for t in bot_in_thread(ts))
            # A technician is not an admin: /rivet status is refused, ephemerally (only they see it).
            sl.add_channel("D0BOB", "bob", is_im=True)
            assert (await events.post(events.slash("status", user="U0BOB", channel="D0BOB"))).status == 200
            await until(lambda: bool(sl.ephemerals_to("U0BOB", "D0BOB")), "refusal")
            [refusal] = sl.ephemerals_to("U0BOB", "D0BOB")
            assert "for admins only" in refusal["text"] and refusal["via"] == "response_url"
            assert not sl.transcripts.get("D0BOB")
    finally:
        await app.close()
