"""The human escalation loop and the outbox, end to end through the engine: real PostgreSQL, the real
embedding model, recording senders standing in for Telegram and Slack (the adapters' own tests run
the real libraries against fake platform servers).
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from engine import sla
from engine.escalations import TransitionRefused
from engine.messages import Message, Reply
from engine.outbound import Action, Destination, Outbound
from engine.outbox import DeliveryWorker, Outbox
from fakes.senders import RecordingSender
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
PLANT = "plant-a"
EXPERTS = "C-EXPERTS"  # the Slack expert channel
UNKNOWN = "zx900 welder wire feed speed setting?"  # no manual covers it: always escalates
_ids = itertools.count(1)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def dt(self) -> datetime:
        return datetime.fromtimestamp(self.now, UTC)


def tech(text: str, tenant: str = PLANT, **fields: Any) -> Message:
    """A technician in a Telegram group thread."""
    n = next(_ids)
    fields.setdefault("platform", "telegram")
    fields.setdefault("chat_id", "-500")
    fields.setdefault("thread_id", "77")
    fields.setdefault("user_id", "7")
    fields.setdefault("user_name", "Ann")
    return Message(tenant_id=tenant, text=text, event_id=f"tg-{n}", message_id=f"m{n}", **fields)


def expert_says(
    text: str, thread_ts: str | None, tenant: str = PLANT, user: str = "U-DANA", name: str = "Dana"
) -> Message:
    n = next(_ids)
    return Message(
        tenant_id=tenant,
        platform="slack",
        chat_id=EXPERTS,
        user_id=user,
        user_name=name,
        text=text,
        event_id=f"Ev{n}",
        thread_id=thread_ts,
        message_id=f"17000000{n}.0001",
    )


def press(data: str, *, user: str = "U-DANA", name: str = "Dana", platform: str = "slack", chat: str = EXPERTS,
          tenant: str = PLANT, ref: str | None = None) -> Action:  # fmt: skip
    return Action(tenant, platform, chat, user, data, message_ref=ref, user_name=name, event_id=f"act-{next(_ids)}")


class Harness:
    """One app, a recording sender per platform and a delivery worker over them."""

    def __init__(self, app: App) -> None:
        self.app = app
        self.telegram = RecordingSender("telegram")
        self.slack = RecordingSender("slack")
        self.worker = app.engine.delivery({"telegram": self.telegram, "slack": self.slack})

    async def say(self, message: Message) -> Reply | None:
        reply = await self.app.engine.dispatch(message)
        await self.worker.drain_once()
        return reply

    async def press(self, action: Action) -> Reply | None:
        reply = await self.app.engine.act(action)
        await self.worker.drain_once()
        return reply

    def post_of(self, ticket: int) -> Any:
        [post] = [m for m in self.slack.in_chat(EXPERTS) if m.outbound.reply.meta.get("escalation_id") == ticket
                  and m.outbound.reply.meta.get("kind") == "expert_post"]  # fmt: skip
        return post


Make = Callable[..., Awaitable[Harness]]


@pytest.fixture
async def make(db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder) -> AsyncIterator[Make]:
    apps: list[App] = []

    async def build(settings: dict[str, str] | None = None, manuals: list[str] | None = None) -> Harness:
        service = SettingsService(db, environ={})
        base = {"reranker.backend": "none", "escalation.channel": f"slack:{EXPERTS}", "admin.users": "slack:U-ADMIN"}
        for key, value in {**base, **(settings or {})}.items():
            await service.set(key, value)
        app = await build_app(config, db=db, embedder=local_embedder)
        apps.append(app)
        ingest = await app.knowledge.ingestor(PLANT)
        report = await ingest.ingest([FIXTURES / f for f in (manuals or ["drives"])], PLANT)
        assert report.count("ingested") >= 1
        return Harness(app)

    yield build
    for app in apps:
        await app.close()


# ---- the whole loop -------------------------------------------------------------------------


async def test_escalation_loop_from_question_to_learned_answer(make: Make) -> None:
    h = await make()
    ask = tech(UNKNOWN)

    notice = await h.say(ask)

    # The technician is told at once, with the ticket, in their own thread, replying to their message.
    assert notice is not None and notice.route == "escalation"
    ticket = notice.meta["escalation_id"]
    [told] = h.telegram.in_chat("-500", "77")
    assert f"ticket #{ticket}" in told.text and told.reply_to == ask.message_id
    # The expert channel (on the other platform) got the post with question, asker, draft, why, and buttons.
    post = h.post_of(ticket)
    assert UNKNOWN in post.text and "Ann" in post.text and "telegram" in post.text and "Why escalated" in post.text
    assert post.buttons == [
        f"esc:claim:{ticket}",
        f"esc:draft:{ticket}",
        f"esc:answer:{ticket}",
        f"esc:resolve:{ticket}",
    ]
    [row] = await h.app.engine.unanswered(PLANT)
    assert row["status"] == "posted" and row["channel"] == f"slack:{EXPERTS}" and row["timestamps"]["posted_at"]

    claimed = await h.press(press(f"esc:claim:{ticket}", ref=post.message_id))
    assert claimed is not None and f"You have ticket #{ticket}" in claimed.text

    answer = "Set the ZX-900 wire feed speed to 7.5 m/min for 1.0 mm wire, on parameter WF-2 of the front panel."
    ack = await h.say(expert_says(answer, thread_ts=post.message_id))

    assert ack is not None and "Sent to Ann" in ack.text
    relayed = [m for m in h.telegram.in_chat("-500", "77") if "Answer from Dana" in m.text]
    assert len(relayed) == 1 and answer in relayed[0].text and relayed[0].reply_to == ask.message_id
    assert await h.app.engine.unanswered(PLANT) == []

    # An admin approves the knowledge draft; the bot now answers the question and a paraphrase itself.
    admin = Message(tenant_id=PLANT, platform="slack", chat_id="D-ADMIN", user_id="U-ADMIN", text="/kb pending",
                    event_id="adm-1", is_direct=True)  # fmt: skip
    pending = await h.say(admin)
    assert pending is not None and "#1 by Dana" in pending.text
    approved = await h.say(
        Message(**{**admin.__dict__, "text": "/kb approve 1 review 2030-01-31", "event_id": "adm-2"})
    )
    assert approved is not None and "Approved knowledge draft #1" in approved.text, approved

    for question in (UNKNOWN, "what wire feed speed do i set on the zx-900 welder"):
        again = await h.say(tech(question, thread_id="78"))
        assert again is not None and again.route == "answer", (question, again.text, again.meta.get("reason"))
        assert "7.5 m/min" in again.text
        assert again.citations[0].title.startswith("Expert answer by Dana, ")


async def test_bot_is_quiet_in_a_human_owned_thread_and_answers_after_resolve(
    make: Make,
) -> None:
    h = await make()
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    ticket = notice.meta["escalation_id"]
    post = h.post_of(ticket)
    await h.press(press(f"esc:claim:{ticket}", ref=post.message_id))
    before = len(h.telegram.messages)

    follow_up = await h.say(tech("also the kd400 shows OC2 on decel, what do i check"))

    assert follow_up is None  # the bot does not talk over the expert
    assert len(h.telegram.messages) == before
    relayed = [m for m in h.slack.in_chat(EXPERTS, post.message_id) if "Follow-up from Ann" in m.text]
    assert len(relayed) == 1 and "OC2 on decel" in relayed[0].text

    resolved = await h.press(press(f"esc:resolve:{ticket}"))
    assert resolved is not None and "resolved" in resolved.text
    assert any("I'm back" in m.text for m in h.telegram.in_chat("-500", "77"))

    answered = await h.say(tech("kd400 shows OC2 on decel, what do i check"))
    assert answered is not None and answered.route == "answer"


async def test_expert_answer_in_telegram_reaches_a_slack_technician(make: Make) -> None:
    """The reverse direction: Slack technician, Telegram expert group; /answer works from anywhere for experts."""
    h = await make({"escalation.channel": "telegram:-100900", "experts.users": "telegram:42"})
    ask = Message(tenant_id=PLANT, platform="slack", chat_id="C-FLOOR", user_id="U-BOB", user_name="Bob",
                  text=UNKNOWN, event_id="Ev-bob", thread_id="1700.01", message_id="1700.01")  # fmt: skip
    notice = await h.say(ask)
    assert notice is not None
    ticket = notice.meta["escalation_id"]
    [post] = h.telegram.in_chat("-100900")
    # A Telegram expert replies to the post.
    reply = Message(tenant_id=PLANT, platform="telegram", chat_id="-100900", user_id="42", user_name="Lee",
                    text="Use 7.5 m/min.", event_id="tg-lee", reply_to=post.message_id, message_id="9")  # fmt: skip
    ack = await h.say(reply)
    assert ack is not None and f"ticket #{ticket}" in ack.text
    [relayed] = [m for m in h.slack.in_chat("C-FLOOR", "1700.01") if "Answer from Lee" in m.text]
    assert "7.5 m/min" in relayed.text


async def test_a_private_question_gets_its_expert_answer_privately(make: Make) -> None:
    """A Slack /rivet question is answered only to its asker; so are its expert's answer and the resolve note."""
    h = await make()
    ask = Message(tenant_id=PLANT, platform="slack", chat_id="C-FLOOR", user_id="U-BOB", user_name="Bob",
                  text=UNKNOWN, event_id="Ev-private", extras={"private_reply": True,
                  "response_url": "http://127.0.0.1:9/hooks/1"})  # fmt: skip
    notice = await h.say(ask)
    assert notice is not None and notice.route == "escalation"
    ticket = notice.meta["escalation_id"]
    post = h.post_of(ticket)

    ack = await h.say(expert_says("Use 7.5 m/min on WF-2.", thread_ts=post.message_id))
    resolved = await h.press(press(f"esc:resolve:{ticket}", ref=post.message_id))

    assert ack is not None and "Sent to Bob" in ack.text and resolved is not None
    to_bob = [m for m in h.slack.in_chat("C-FLOOR") if "Answer from Dana" in m.text]
    assert len(to_bob) == 1 and to_bob[0].outbound.destination.private_to == "U-BOB"
    # Nothing about the ticket went to the channel for everyone to see.
    assert all(m.outbound.destination.private_to == "U-BOB" for m in h.slack.in_chat("C-FLOOR"))


# ---- state machine --------------------------------------------------------------------------


async def test_illegal_transitions_are_refused_with_a_reason(make: Make) -> None:
    h = await make()
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    ticket = notice.meta["escalation_id"]

    await h.press(press(f"esc:claim:{ticket}"))
    stolen = await h.press(press(f"esc:claim:{ticket}", user="U-EVE", name="Eve"))
    assert stolen is not None and stolen.route == "rejected" and "claimed by Dana" in stolen.text
    sneaky = await h.app.engine.act(press(f"esc:draft:{ticket}", user="U-EVE", name="Eve"))
    assert sneaky is not None and "claimed by Dana" in sneaky.text

    await h.press(press(f"esc:resolve:{ticket}"))
    with pytest.raises(TransitionRefused, match="already resolved"):
        await h.app.engine.handoff.answer(PLANT, ticket, "U-DANA", "Dana", "late answer")
    late = await h.say(Message(tenant_id=PLANT, platform="slack", chat_id="D1", user_id="U-ADMIN",
                               text=f"/answer {ticket} late", event_id="late-1", is_direct=True))  # fmt: skip
    assert late is not None and late.route == "rejected" and "already resolved" in late.text


async def test_two_escalations_in_parallel_never_cross_answers(make: Make) -> None:
    h = await make()
    a, b = (
        tech(UNKNOWN, chat_id="-501", thread_id=None, user_name="Ann"),
        tech("zx900 welder gas flow rate?", chat_id="-502", thread_id=None, user_name="Ben"),
    )
    notices = await asyncio.gather(h.app.engine.dispatch(a), h.app.engine.dispatch(b))
    await h.worker.drain_once()
    ta, tb = (n.meta["escalation_id"] for n in notices if n is not None)
    pa, pb = h.post_of(ta), h.post_of(tb)
    await asyncio.gather(
        h.app.engine.dispatch(expert_says("answer for ANN", pa.message_id)),
        h.app.engine.dispatch(expert_says("answer for BEN", pb.message_id, user="U-KIM", name="Kim")),
    )
    await h.worker.drain_once()
    ann = [m.text for m in h.telegram.in_chat("-501") if "Answer from" in m.text]
    ben = [m.text for m in h.telegram.in_chat("-502") if "Answer from" in m.text]
    assert len(ann) == 1 and "answer for ANN" in ann[0] and "BEN" not in ann[0]
    assert len(ben) == 1 and "answer for BEN" in ben[0] and "ANN" not in ben[0]


async def test_one_tenants_expert_never_sees_another_tenants_escalation(
    make: Make,
) -> None:
    h = await make({"experts.users": "slack:U-DANA"})
    await h.app.settings.set("escalation.channel", "slack:C-B-EXPERTS", tenant="plant-b")
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    ticket = notice.meta["escalation_id"]
    # plant-b's channel got nothing; plant-b's expert cannot claim, answer or see plant-a's ticket.
    assert h.slack.in_chat("C-B-EXPERTS") == []
    for attempt in (f"/answer {ticket} mine now", f"/claim {ticket}"):
        refused = await h.say(Message(tenant_id="plant-b", platform="slack", chat_id="D-B", user_id="U-DANA",
                                      text=attempt, event_id=f"b-{attempt}", is_direct=True))  # fmt: skip
        assert refused is not None and f"There is no ticket #{ticket}" in refused.text
    stolen = await h.press(press(f"esc:claim:{ticket}", tenant="plant-b"))
    assert stolen is not None and "There is no ticket" in stolen.text
    assert [e["id"] for e in await h.app.engine.unanswered(PLANT)] == [ticket]


async def test_no_expert_channel_is_said_plainly_and_shown_in_status(make: Make) -> None:
    h = await make({"escalation.channel": ""})
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None and "no expert channel is set up" in notice.text
    assert "come back" not in notice.text  # never a promise nobody keeps
    status = await h.say(Message(tenant_id=PLANT, platform="slack", chat_id="D", user_id="U-ADMIN", text="/status",
                                 event_id="st-1", is_direct=True))  # fmt: skip
    assert status is not None and "Expert channel: NOT SET UP" in status.text


# ---- triggers and feedback ------------------------------------------------------------------


async def test_thumbs_down_then_ask_an_expert_escalates_that_question(make: Make) -> None:
    h = await make()
    answer = await h.say(tech("kd400 shows OC2 on decel, what do i check"))
    assert answer is not None and answer.route == "answer"
    assert [b.data for b in answer.buttons] == [f"fb:up:{answer.id}", f"fb:down:{answer.id}"]

    offer = await h.press(press(f"fb:down:{answer.id}", platform="telegram", chat="-500", user="7", name="Ann"))
    assert offer is not None and [b.data for b in offer.buttons] == [f"esc:ask:{answer.id}"]
    asked = await h.press(press(f"esc:ask:{answer.id}", platform="telegram", chat="-500", user="7", name="Ann"))
    again = await h.app.engine.act(press(f"esc:ask:{answer.id}", platform="telegram", chat="-500", user="7"))

    assert asked is not None and asked.route == "escalation" and "ticket #" in asked.text
    assert again is not None and again.meta["escalation_id"] == asked.meta["escalation_id"]  # one ticket per answer
    post = h.post_of(asked.meta["escalation_id"])
    assert "OC2 on decel" in post.text and "marked the bot's answer wrong" in post.text
    async with h.app.db.connect() as conn:
        from sqlalchemy import text

        votes = (await conn.execute(text("SELECT tenant_id, reply_id, user_id, value FROM feedback"))).all()
    assert [tuple(v) for v in votes] == [(PLANT, answer.id, "7", -1)]


async def test_expert_command_asks_a_human_for_the_last_question(make: Make) -> None:
    h = await make()
    await h.say(tech("kd400 shows OC2 on decel, what do i check"))
    notice = await h.say(tech("/expert"))
    assert notice is not None and notice.route == "escalation" and "I've asked" in notice.text
    post = h.post_of(notice.meta["escalation_id"])
    assert "OC2 on decel" in post.text and "the technician asked for an expert" in post.text


# ---- SLA ------------------------------------------------------------------------------------


async def test_reminder_reroute_and_expiry_at_the_right_times(make: Make) -> None:
    h = await make({"escalation.backup_channel": "slack:C-BACKUP"})
    clock = Clock()
    h.app.engine.handoff.clock = clock.dt
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    ticket = notice.meta["escalation_id"]
    handoff = h.app.engine.handoff

    async def tick(minutes: float) -> tuple[int, int, int]:
        clock.now += minutes * 60
        done = (await sla.remind(handoff, clock.dt()), await sla.reroute(handoff, clock.dt()),
                await sla.expire(handoff, clock.dt()))  # fmt: skip
        await h.worker.drain_once()
        return done

    assert await tick(14) == (0, 0, 0)
    assert await tick(2) == (1, 0, 0)  # 16 min: one reminder
    assert await tick(10) == (0, 0, 0)  # never twice
    assert any(f"Reminder: ticket #{ticket}" in m.text for m in h.slack.in_chat(EXPERTS))
    assert await tick(35) == (0, 1, 0)  # 61 min: re-posted to the backup channel
    assert any(f"Ticket #{ticket}" in m.text for m in h.slack.in_chat("C-BACKUP"))
    assert await tick(60 * 23) == (0, 0, 1)  # past 24 h: expired, the technician told what to do
    expired = [m.text for m in h.telegram.in_chat("-500", "77") if "No expert picked up" in m.text]
    assert len(expired) == 1 and "/expert" in expired[0]
    assert await h.app.engine.unanswered(PLANT) == []
    assert await tick(60) == (0, 0, 0)


async def test_claimed_ticket_is_not_reminded_or_expired(make: Make) -> None:
    h = await make()
    clock = Clock()
    h.app.engine.handoff.clock = clock.dt
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    await h.press(press(f"esc:claim:{notice.meta['escalation_id']}"))
    clock.now += 48 * 3600
    assert await sla.remind(h.app.engine.handoff, clock.dt()) == 0
    assert await sla.expire(h.app.engine.handoff, clock.dt()) == 0


# ---- outbox delivery ------------------------------------------------------------------------


def _out(tenant: str, chat: str, text_: str, key: str) -> Outbound:
    return Outbound(tenant, Destination("telegram", chat), Reply(text_), key)


async def test_delivery_that_fails_twice_is_delivered_exactly_once(db: Database) -> None:
    settings = SettingsService(db, environ={})
    await settings.set("outbox.retry_base_s", "5")
    clock = Clock()
    outbox = Outbox(db, settings, clock=clock)
    sender = RecordingSender("telegram")
    sender.fail_next(2)
    worker = DeliveryWorker(outbox, {"telegram": sender})
    await outbox.put(_out(PLANT, "-1", "hello", "k1"))
    await outbox.put(_out(PLANT, "-1", "hello", "k1"))  # the same decision enqueued twice is one row

    assert await worker.drain_once() == 0
    clock.now += 1
    assert await worker.drain_once() == 0  # still backing off (5 s)
    clock.now += 5
    assert await worker.drain_once() == 0  # second failure, now 10 s
    clock.now += 10
    assert await worker.drain_once() == 1
    clock.now += 100
    assert await worker.drain_once() == 0
    assert [m.text for m in sender.messages] == ["hello"] and sender.attempts == 3


async def test_permanent_failure_parks_the_row_as_dead_with_the_reason(db: Database) -> None:
    settings = SettingsService(db, environ={})
    outbox = Outbox(db, settings)
    sender = RecordingSender("telegram")
    sender.fail_next(1, permanent=True, reason="Forbidden: bot was blocked by the user")
    await outbox.put(_out(PLANT, "-1", "hello", "k-dead"))
    await DeliveryWorker(outbox, {"telegram": sender}).drain_once()
    status = await outbox.status(PLANT)
    assert status["counts"] == {"dead": 1}
    assert "blocked" in status["dead"][0]["last_error"]


async def test_rows_left_by_a_killed_process_are_delivered_once_after_restart(db: Database) -> None:
    settings = SettingsService(db, environ={})
    clock = Clock()
    crashed = Outbox(db, settings, clock=clock)
    for i in range(3):
        await crashed.put(_out(PLANT, f"-{i}", f"msg {i}", f"k{i}"))
    # The old process claimed the rows and died before sending (or before marking them sent).
    assert len(await crashed.claim(["telegram"])) == 3
    sender = RecordingSender("telegram")
    restarted = DeliveryWorker(Outbox(db, settings, clock=clock), {"telegram": sender})
    assert await restarted.drain_once() == 0  # the dead process's lease still holds
    clock.now += 61
    assert await restarted.drain_once() == 3
    clock.now += 61
    assert await restarted.drain_once() == 0
    assert sorted(m.text for m in sender.messages) == ["msg 0", "msg 1", "msg 2"]


async def test_two_replicas_draining_one_outbox_send_each_row_once(db: Database) -> None:
    settings = SettingsService(db, environ={})
    other_db = Database(url=db.url)
    try:
        writer = Outbox(db, settings)
        for i in range(40):
            await writer.put(_out(PLANT, f"-{i % 8}", f"msg {i}", f"k{i}"))
        sender = RecordingSender("telegram")
        replicas = [
            DeliveryWorker(Outbox(db, settings), {"telegram": sender}, batch=3),
            DeliveryWorker(Outbox(other_db, SettingsService(other_db, environ={})), {"telegram": sender}, batch=3),
        ]
        sent = await asyncio.gather(*(r.drain_once() for r in replicas))
        sent2 = await asyncio.gather(*(r.drain_once() for r in replicas))
        assert sum(sent) + sum(sent2) == 40
        texts = [m.text for m in sender.messages]
        assert sorted(texts) == sorted(f"msg {i}" for i in range(40)) and len(set(texts)) == 40
        for chat in {m.chat_id for m in sender.messages}:  # each chat in the order its rows were written
            order = [int(m.text.split()[1]) for m in sender.in_chat(chat)]
            assert order == sorted(order)
    finally:
        await other_db.dispose()


async def test_a_crash_after_dedupe_and_before_the_reply_does_not_lose_the_message(
    make: Make,
) -> None:
    h = await make()
    ask = tech("kd400 shows OC2 on decel, what do i check")
    # The first worker claimed the event and died before its reply reached the outbox.
    claim = await h.app.engine.pipeline._dedupe.claim(PLANT, "telegram", ask.event_id or "", 30.0)
    assert claim.outcome == "claimed"
    h.app.engine.pipeline._dedupe.clock = lambda: 1e10  # ... and its lease has long run out
    reply = await h.say(ask)  # the platform's retry
    assert reply is not None and reply.route == "answer"
    assert len(h.telegram.in_chat("-500", "77")) == 1
    assert await h.say(ask) is None  # and once answered, a retry is a duplicate
    assert len(h.telegram.in_chat("-500", "77")) == 1


async def test_channel_chatter_is_ignored_but_an_unaddressed_reply_under_a_post_is_the_answer(make: Make) -> None:
    """Slack sends every message in a channel thread; only the human loop's threads matter."""
    h = await make()
    notice = await h.say(tech(UNKNOWN))
    assert notice is not None
    post = h.post_of(notice.meta["escalation_id"])
    chatter = expert_says("lunch anyone?", thread_ts="1699999999.000001")
    chatter.extras["addressed"] = False
    assert await h.say(chatter) is None
    reply = expert_says("7.5 m/min on WF-2.", thread_ts=post.message_id)
    reply.extras["addressed"] = False
    ack = await h.say(reply)
    assert ack is not None and "Sent to Ann" in ack.text
    assert any("7.5 m/min on WF-2." in m.text for m in h.telegram.in_chat("-500", "77"))
