"""Load without silence, through the real adapters and the fake servers: with one answering slot,
questions that have to wait are told so at once, and the answer then replaces that notice in place
(Telegram editMessageText, Slack chat.update). Every question answered exactly once; no notice left
standing; a platform's retry of a waiting event brings no second notice; a notice that could not be
delivered leaves the answer to arrive as a new message.

The slot is held deterministically, not by timing: the first question's answer is stuck behind a
table lock the test holds on conversation_turns (as a slow database would hold it), so the others
queue until the test lets go.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy import text

from engine.queue_notice import NOTICE_PREFIX
from fakes.telegram_people import FakeUser
from knowledge.base import SAMPLES_DIR
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from rivet.simulate import fake_platforms
from tests.waiting import until

NOTICE = re.compile(r"^On it — \d+ questions? ahead of yours\.$")
MANUALS = [SAMPLES_DIR / "manuals" / f"kinetadrive-kd400-{n}.md" for n in ("fault-codes", "parameter-guide")]
LIMITS = {"ratelimit.user_burst": "20", "engine.timeout_s": "120"}  # the held answer must not time out


@asynccontextmanager
async def answers_held(app: App) -> AsyncIterator[None]:
    """Until the block ends, an answer that gets to write its conversation turn waits for this lock."""
    async with app.db.connect() as conn:
        await conn.execute(text("LOCK TABLE conversation_turns IN EXCLUSIVE MODE"))
        yield


async def one_slot_app(db: Database, config: BootstrapConfig, embedder: LocalEmbedder) -> App:
    settings = SettingsService(db, environ={})
    await settings.set("reranker.backend", "none")
    await settings.set("engine.concurrency", "1")  # read when the app is built
    return await build_app(config, db=db, embedder=embedder)


async def test_waiting_questions_see_a_notice_that_becomes_their_answer(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    app = await one_slot_app(db, config, local_embedder)
    pipeline = app.engine.pipeline
    try:
        async with fake_platforms(app, manuals=MANUALS, settings=LIMITS) as stage:
            tg, sl, events = stage.telegram, stage.slack, stage.events
            ann, ben = FakeUser(5101, "Ann", "ann_tech"), FakeUser(5102, "Ben", "ben_tech")
            sl.add_user("U0CAL", "cal")
            sl.add_channel("D0CAL", "cal", is_im=True)

            def bot_in(channel: str) -> list[object]:
                return [m for m in sl.transcripts.get(channel, []) if m.user == sl.bot_user_id]

            async with answers_held(app):
                first = tg.user_says(ann, "kd400 tripping OC2 on decel, what do i check")["message"]["message_id"]
                await until(lambda: pipeline.running == 1, "the first question to take the only slot")
                ben_q = tg.user_says(ben, "what is the default acceleration time on the KD-400?")
                ann_q2 = tg.user_says(ann, "kd400 shows OC3 at constant speed")
                cal_q = events.im("which parameter sets the decel time on the kd400", user="U0CAL", channel="D0CAL")
                assert (await events.post(cal_q)).status == 200
                await until(lambda: pipeline.waiting == 3, "three questions queued")
                # The notices are delivered while the answers are still held: nobody waits in silence.
                await until(lambda: len(tg.sent(ben.id)) == 1 and len(bot_in("D0CAL")) == 1, "Ben's and Cal's notices")
                await until(lambda: len(tg.sent(ann.id)) == 1, "the notice for Ann's second question")
                # Slack re-delivers Cal's event (its ack looked late): it queues too, with no second notice.
                assert (await events.post(cal_q, retry_num=1)).status == 200
                await until(lambda: pipeline.waiting == 4, "the retry queued")
                # Chatter in a channel thread that does not address the bot waits too, but is told nothing.
                root = sl.next_ts()
                chatter = {"type": "message", "channel_type": "channel", "user": "U0CAL", "text": "anyone seen OC2?",
                           "ts": sl.next_ts(), "thread_ts": root, "channel": "C0FLOOR"}  # fmt: skip
                assert (await events.post(events.envelope(chatter))).status == 200
                await until(lambda: pipeline.waiting == 5, "the chatter queued")
                notices = [tg.sent(ben.id)[0], tg.sent(ann.id)[0]]
                assert all(NOTICE.match(n.text or "") for n in notices), [n.text for n in notices]
                assert notices[0].reply_to == ben_q["message"]["message_id"]
                assert notices[1].reply_to == ann_q2["message"]["message_id"]
                assert NOTICE.match(bot_in("D0CAL")[0].text)
                counted = app.engine.metrics.registry.get_sample_value
                assert counted("rivet_queue_notices_total", {"platform": "telegram"}) == 2
                assert counted("rivet_queue_notices_total", {"platform": "slack"}) == 1

            def answered() -> bool:
                shown = [tg.text_of(c, s.message_id or 0) or "" for c in (ben.id, ann.id) for s in tg.sent(c)]
                shown += [m.text for m in bot_in("D0CAL")]
                return len(tg.sent(ann.id)) == 2 and not any(t.startswith(NOTICE_PREFIX) for t in shown)

            await until(answered, "every notice replaced by its answer")
            await until(lambda: pipeline.running == 0 and pipeline.waiting == 0, "the queue drained")
            await stage.bots.slack.drain(10.0)

            # Ann: her first question had the slot (answered as a new message, no notice); her second
            # waited behind it, so its notice came first and was then edited into the answer.
            ann_sent = tg.sent(ann.id)
            assert [s.reply_to for s in ann_sent] == [ann_q2["message"]["message_id"], first]
            assert "OC2" in (ann_sent[1].text or "") and ann_sent[1].buttons
            ann_edits = [s for s in tg.transcripts[ann.id] if s.method == "editMessageText"]
            assert [e.message_id for e in ann_edits] == [ann_sent[0].message_id]
            assert "OC3" in (ann_edits[0].text or "") and ann_edits[0].buttons  # the answer, feedback buttons too
            # Ben: one message, the notice, edited once into the answer.
            ben_edits = [s for s in tg.transcripts[ben.id] if s.method == "editMessageText"]
            assert len(tg.sent(ben.id)) == 1 and len(ben_edits) == 1
            assert ben_edits[0].message_id == tg.sent(ben.id)[0].message_id and "P2.0" in (ben_edits[0].text or "")
            # Cal (Slack, retried): one bot message in the DM, posted once and updated once into the answer.
            (cal_answer,) = bot_in("D0CAL")
            assert cal_answer.edits == 1 and "decel" in cal_answer.text.lower()
            assert [c.args["channel"] for c in sl.calls_to("chat.update")] == ["D0CAL"]
            assert [c.args["channel"] for c in sl.calls_to("chat.postMessage")] == ["D0CAL"]  # none in C0FLOOR
            async with app.db.connect() as conn:
                rows = (
                    await conn.execute(
                        text("SELECT kind, status, edit_of IS NOT NULL AS edits FROM outbox ORDER BY id")
                    )
                ).all()
            assert sorted((r.kind, r.status, r.edits) for r in rows) == [
                ("notice", "sent", False),
                ("notice", "sent", False),
                ("notice", "sent", False),
                ("reply", "sent", False),  # Ann's first question: no notice to replace
                ("reply", "sent", True),
                ("reply", "sent", True),
                ("reply", "sent", True),
            ]
    finally:
        await app.close()


async def test_an_undelivered_notice_and_a_message_that_needs_no_reply(
    db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder
) -> None:
    """A notice that could not be delivered leaves the answer to arrive as a new message; a queued
    message that turns out to need no reply (a repeat from a user already told they are
    rate-limited) closes its notice instead of leaving "On it" standing."""
    app = await one_slot_app(db, config, local_embedder)
    pipeline = app.engine.pipeline
    one_each = {**LIMITS, "ratelimit.user_burst": "1", "ratelimit.user_per_minute": "0.001"}
    try:
        async with fake_platforms(app, manuals=MANUALS, settings=one_each) as stage:
            tg, sl, events = stage.telegram, stage.slack, stage.events
            sl.add_user("U0DEE", "dee")
            sl.add_channel("D0DEE", "dee", is_im=True)
            async with answers_held(app):
                tg.user_says(FakeUser(5103, "Eve", "eve_tech"), "kd400 shows OC3 at constant speed")
                await until(lambda: pipeline.running == 1, "the first question to take the only slot")
                sl.fail("chat.postMessage", "channel_not_found")  # the notice: refused for good
                ask = events.im("what is the default acceleration time on the KD-400?", user="U0DEE", channel="D0DEE")
                assert (await events.post(ask)).status == 200
                await until(lambda: len(sl.calls_to("chat.postMessage")) == 1, "the notice's failed delivery")
                # Fay asks three times in a row with one message's worth of rate limit.
                fay = FakeUser(5104, "Fay", "fay_tech")
                for question in ("kd400 OC2 on decel", "kd400 OC3 at constant speed", "kd400 decel time parameter"):
                    tg.user_says(fay, question)
                await until(lambda: len(tg.sent(fay.id)) == 3, "Fay's three notices")
            await until(lambda: any(m.user == sl.bot_user_id for m in sl.transcripts.get("D0DEE", [])), "the answer")
            (answer,) = [m for m in sl.transcripts["D0DEE"] if m.user == sl.bot_user_id]
            assert "P2.0" in answer.text and answer.edits == 0 and not sl.calls_to("chat.update")

            def fay_shows() -> list[str]:
                return [tg.text_of(fay.id, s.message_id or 0) or "" for s in tg.sent(fay.id)]

            await until(lambda: not any(t.startswith(NOTICE_PREFIX) for t in fay_shows()), "Fay's notices replaced")
            # One answer, one "slow down", and the repeat after that notice closes its own with "Noted.".
            shown = fay_shows()
            assert len(shown) == 3 and "Noted." in shown
            assert sum("faster than I can take them" in t for t in shown) == 1
            edits = [s.message_id for s in tg.transcripts[fay.id] if s.method == "editMessageText"]
            assert sorted(edits) == sorted(s.message_id for s in tg.sent(fay.id))  # each notice edited once
    finally:
        await app.close()
