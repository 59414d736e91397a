"""/rivet commands are answered only to whoever ran them, through the real bolt adapter, the engine,
the outbox and SlackSender against the fake Slack: ephemeral through the command's response_url
(served by the fake on 127.0.0.1), nothing posted to the channel, and chat.postEphemeral to the same
user when the response_url is refused (Slack's are good for 30 minutes and 5 uses)."""

from __future__ import annotations

from sqlalchemy import text

from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from rivet.simulate import fake_platforms
from tests.waiting import until


async def test_slash_commands_are_answered_only_to_whoever_ran_them(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    app = await build_app(config, db=db, embedder=local_embedder)
    manuals = [SAMPLES_DIR / "manuals" / "kinetadrive-kd400-fault-codes.md"]
    settings = {"admin.users": "slack:U0ADA", "escalation.channel": "slack:C0EXPERTS"}
    try:
        async with fake_platforms(app, manuals=manuals, settings=settings) as stage:
            sl, events = stage.slack, stage.events
            sl.add_user("U0ADA", "ada")
            sl.add_user("U0BOB", "bob")
            sl.add_channel("C0FLOOR", "maintenance")

            async def slash(command: str, user: str, name: str) -> dict[str, object]:
                before = len(sl.ephemerals_to(user, "C0FLOOR"))
                request = events.slash(command, user=user, channel="C0FLOOR", user_name=name)
                assert (await events.post(request)).status == 200
                await until(lambda: len(sl.ephemerals_to(user, "C0FLOOR")) > before, f"/rivet {command}")
                [shown] = sl.ephemerals_to(user, "C0FLOOR")[before:]
                return shown

            # The admin's /rivet status: ephemeral to the admin, through the command's response_url.
            status = await slash("status", "U0ADA", "ada")
            assert status["via"] == "response_url" and "Expert channel: slack:C0EXPERTS" in str(status["text"])
            assert [c.status for c in sl.hook_calls] == [200]
            assert sl.hook_calls[0].payload["response_type"] == "ephemeral"
            # A technician's /rivet kb pending: refused, and only the technician sees the refusal.
            refusal = await slash("kb pending", "U0BOB", "bob")
            assert refusal["via"] == "response_url" and "for admins only" in str(refusal["text"])
            assert sl.ephemerals_to("U0ADA") == [status]
            # A question through /rivet: the answer, with its sources and buttons, is the asker's alone too.
            answer = await slash("kd400 tripping OC2 on decel, what do i check", "U0BOB", "bob")
            buttons = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]  # type: ignore[attr-defined]
            assert "OC2" in str(answer["text"]) and buttons
            # Thumbs-down on that private answer: the follow-up ("ask an expert?") stays private too.
            down = next(e["value"] for e in buttons if e["value"].startswith("fb:down:"))
            press = events.block_action(down, user="U0BOB", channel="C0FLOOR", message_ts="1.000001", ephemeral=True)
            assert (await events.post(press)).status == 200
            await until(lambda: len(sl.ephemerals_to("U0BOB")) == 3, "the answer to the press")
            assert "ask an expert" in sl.ephemerals_to("U0BOB")[-1]["text"]
            # The response_url refuses (expired, used up, Slack down): chat.postEphemeral to the same user.
            sl.fail("response_url", "expired_url", status=404)
            fallback = await slash("status", "U0ADA", "ada")
            assert fallback["via"] == "chat.postEphemeral" and "Expert channel:" in str(fallback["text"])
            assert sl.hook_calls[-1].status == 404
            [call] = sl.calls_to("chat.postEphemeral")
            assert (call.args["channel"], call.args["user"]) == ("C0FLOOR", "U0ADA")
            # Nothing was ever posted where the channel could see it.
            assert not sl.calls_to("chat.postMessage") and not sl.transcripts.get("C0FLOOR")
        # The outbox rows (read once the worker has stopped) carried who may see each reply, and how.
        async with app.db.connect() as conn:
            rows = (await conn.execute(text("SELECT private_to, response_url, status FROM outbox ORDER BY id"))).all()
        assert [(r.private_to, r.status) for r in rows] == [
            ("U0ADA", "sent"), ("U0BOB", "sent"), ("U0BOB", "sent"), ("U0BOB", "sent"), ("U0ADA", "sent"),
        ]  # fmt: skip
        assert all(r.response_url.startswith(f"http://127.0.0.1:{sl.port}/hooks/") for r in rows)
    finally:
        await app.close()
