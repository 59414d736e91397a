"""The engine end to end through `app.engine.dispatch`: real PostgreSQL, the real embedding model,
small fictional manuals (tests/fixtures/engine). Answers, escalations, duplicates, rate limits,
failures that must not go silent, commands and their ACL, follow-ups, tenants and the safety expert.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg
import pytest
from sqlalchemy import event

from engine.extractive import LABEL
from engine.messages import Attachment, Message, Reply
from engine.pipeline import RateLimit
from engine.ratelimit import RateLimiter
from engine.sme_safety import SAFETY_NOTE
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.errors import DatabaseUnavailable
from rivet.settings import SettingsService

FIXTURES = Path(__file__).parent / "fixtures" / "engine"
PLANT = "plant-a"
_event_ids = itertools.count(1)

AppFactory = Callable[..., Awaitable[App]]


def message(text: str, tenant: str = PLANT, *, event_id: str | None = None, **fields: Any) -> Message:
    """A Telegram-style message with a fresh event id unless one is given."""
    fields.setdefault("platform", "telegram")
    fields.setdefault("chat_id", "chat-1")
    fields.setdefault("user_id", "7")
    return Message(
        tenant_id=tenant,
        text=text,
        event_id=event_id or f"ev-{next(_event_ids)}",
        **fields,
    )


async def ask(app: App, text: str, tenant: str = PLANT, **fields: Any) -> Reply:
    reply = await app.engine.dispatch(message(text, tenant, **fields))
    assert reply is not None, f"no reply to {text!r}"
    return reply


@pytest.fixture
async def make_app(db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder) -> AsyncIterator[AppFactory]:
    """Builds the app with global settings written first; ingests fixture folders per tenant.

    No cross-encoder can be loaded offline; "none" skips the failed load (about 2 s per app).
    """
    apps: list[App] = []

    async def build(*, manuals: dict[str, list[str]] | None = None, settings: dict[str, str] | None = None) -> App:
        service = SettingsService(db, environ={})
        for key, value in {"reranker.backend": "none", **(settings or {})}.items():
            await service.set(key, value)
        app = await build_app(config, db=db, embedder=local_embedder)
        apps.append(app)
        for tenant, folders in (manuals or {}).items():
            report = await (await app.knowledge.ingestor(tenant)).ingest([FIXTURES / f for f in folders], tenant)
            assert report.count("ingested") >= len(folders), report
        return app

    yield build
    for app in apps:
        await app.close()


def sources(reply: Reply) -> list[str]:
    return [Path(c.source).name for c in reply.citations]


# ---- answer and escalation ------------------------------------------------------------------


async def test_answerable_question_is_answered_with_quoted_citations(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives", "isolation"]})

    reply = await ask(app, "what is the default deceleration time on the kd400")

    assert reply.route == "answer"
    assert reply.domain == "drives"
    assert reply.confidence is not None and 0.0 <= reply.confidence <= 1.0
    assert reply.text.startswith(LABEL)  # labelled as quoted from the manuals, not an AI summary
    assert "12 s" in reply.text  # the value exactly as the manual prints it
    assert "[1]" in reply.text
    assert sources(reply)[0] == "kestrel-kd400-drive-faults.md"
    assert reply.citations[0].n == 1 and reply.citations[0].title == "Kestrel KD-400 Drive Fault Guide"
    assert reply.meta["answerer"] == "extractive"
    # The pieces the evidence read, each under its heading: what an evidence dump records to recompute a feature.
    assert any("\n" in p and "12 s" in p.rpartition("\n")[2] for p in reply.meta["pieces"])
    assert {b.data for b in reply.buttons} == {f"fb:up:{reply.id}", f"fb:down:{reply.id}"}
    assert reply.trace_id
    assert await app.engine.unanswered(PLANT) == []


async def test_a_misspelt_word_of_the_manual_is_read_as_the_manual_writes_it(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives", "isolation"]})

    reply = await ask(app, "whats the default deceleraiton time on the kd400")

    assert reply.meta["answered_as"] == "whats the default deceleration time on the kd400"
    assert reply.route == "answer" and "12 s" in reply.text


async def test_a_question_naming_nothing_but_it_escalates(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives", "isolation"]})

    reply = await ask(app, "whats the max temperature for it")

    assert reply.route == "escalation"
    assert reply.meta["rules"][0] == "unnamed"


async def test_unanswerable_question_escalates_to_an_expert(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives", "isolation"]}, settings={"escalation.channel": "slack:C-EXPERTS"})
    question = "zx900 welder wire feed speed setting?"

    reply = await ask(app, question, thread_id="th-9")

    assert reply.route == "escalation"
    assert "asked the" in reply.text and "experts" in reply.text
    open_ = await app.engine.unanswered(PLANT)
    assert len(open_) == 1
    ticket = open_[0]
    assert f"ticket #{ticket['id']}" in reply.text
    assert reply.meta["escalation_id"] == ticket["id"]
    assert ticket["question"] == question
    assert (ticket["platform"], ticket["chat_id"], ticket["thread_id"], ticket["user_id"]) == (
        "telegram",
        "chat-1",
        "th-9",
        "7",
    )
    assert ticket["trace_id"] == reply.trace_id
    assert ticket["reason"] and ticket["domain"] == reply.domain
    assert reply.confidence is not None and reply.confidence < 0.45


async def test_equipment_no_manual_mentions_escalates_even_when_a_neighbour_matches(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    reply = await ask(app, "kd-900 tripping OC2 on decel what do i check")
    known = await ask(app, "kd-400 tripping OC2 on decel what do i check")

    assert reply.route == "escalation"
    assert "mentions KD900" in reply.meta["reason"]
    assert known.route == "answer"


async def test_a_sibling_model_written_with_a_space_escalates_as_unknown_equipment(make_app: AppFactory) -> None:
    # "kd 900" with a space: not a code by itself ("says 400" is not one either), but the KD letters are the drive
    # manual's models', so it names a KD model no manual mentions.
    app = await make_app(manuals={PLANT: ["drives"]})

    sibling = await ask(app, "kd 900 tripping OC2 on decel what do i check")
    known = await ask(app, "kd 400 tripping OC2 on decel what do i check")

    assert sibling.route == "escalation"
    assert sibling.meta["reason"] == "no document in the knowledge base mentions KD900"
    assert known.route == "answer"


async def test_equipment_the_manual_says_it_leaves_out_escalates(make_app: AppFactory) -> None:
    # The GH-80 is named in the manual (so it is no unknown code), in the sentence that leaves it out.
    app = await make_app(manuals={PLANT: ["heaters", "drives"]})

    other_model = await ask(app, "gh-80 burner pressure on natural gas")
    other_kind = await ask(app, "brannock radiant tube heater burner pressure on natural gas")
    own = await ask(app, "gh-45 burner pressure on natural gas")

    assert other_model.route == "escalation"
    assert other_model.meta["reason"] == 'brannock-gh-unit-heater.md says it does not cover "The GH-80"'
    assert other_kind.route == "escalation" and "Brannock radiant tube heaters" in other_kind.meta["reason"]
    assert own.route == "answer" and "10.2 mbar" in own.text


async def test_a_standard_designation_no_manual_writes_is_not_unknown_equipment(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    designation = await ask(app, "kd-400 in the IP65 housing tripping OC2 on decel what do i check")
    both = await ask(app, "kd-900 in the IP65 housing tripping OC2 on decel what do i check")

    # No fixture manual writes IP65: a rating any maker's drive may have is not a missing machine.
    assert "mentions" not in designation.meta.get("reason", "")
    assert both.route == "escalation"
    assert both.meta["reason"] == "no document in the knowledge base mentions KD900"


async def test_a_value_the_manual_does_not_state_escalates(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    reply = await ask(app, "how many kg does the kd400 drive weigh")

    # value_kind is soft (rules.SOFT_RULES): the missing value lowers the confidence, and the reason says why.
    assert reply.route == "escalation"
    assert reply.meta["reason"].startswith("the quoted manual text states no value of the kind asked for; confidence")
    assert reply.meta["cautions"] == ["value_kind"] and "value_kind" not in reply.meta["rules"]


# ---- duplicates -----------------------------------------------------------------------------


async def test_duplicate_event_is_answered_once(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    first = await app.engine.dispatch(message("/help", event_id="upd-100"))
    retry = await app.engine.dispatch(message("/help", event_id="upd-100"))
    other_platform = await app.engine.dispatch(message("/help", event_id="upd-100", platform="slack"))

    assert first is not None and first.route == "command"
    assert retry is None
    assert other_platform is not None  # event ids are per platform


async def test_concurrent_deliveries_of_one_event_are_answered_once(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})
    question = "what is the default deceleration time on the kd400"

    replies = await asyncio.gather(
        *(app.engine.dispatch(message(question, event_id="Ev-slack-1", platform="slack")) for _ in range(3))
    )

    answered = [r for r in replies if r is not None]
    assert len(answered) == 1
    assert answered[0].route == "answer"


async def test_a_retry_of_an_event_answered_elsewhere_waits_without_holding_an_answering_slot(
    make_app: AppFactory, db: Database
) -> None:
    """Another replica holds the event's lease; its retry here must not block the one slot there is."""
    app = await make_app(settings={"engine.concurrency": "1"})
    dedupe = app.engine.pipeline._dedupe
    assert (await dedupe.claim(PLANT, "slack", "Ev-elsewhere", 25.0)).outcome == "claimed"  # the other replica

    peeked = asyncio.Event()
    peek = dedupe.peek

    async def spied(tenant: str, platform: str, event_id: str) -> Any:
        state = await peek(tenant, platform, event_id)
        if event_id == "Ev-elsewhere" and state is not None and state.outcome == "busy":
            peeked.set()
        return state

    dedupe.peek = spied  # type: ignore[method-assign]
    retry = asyncio.create_task(app.engine.dispatch(message("/help", event_id="Ev-elsewhere", platform="slack")))
    await asyncio.wait_for(peeked.wait(), 60)  # the retry found the live lease before queueing for a slot
    other = await app.engine.dispatch(message("/help", platform="slack"))  # needs the only slot

    assert other is not None and other.route == "command"
    assert not retry.done()  # still waiting on the other replica's lease, outside the slot
    async with db.connect() as conn:  # the other replica commits its reply
        await dedupe.done(conn, PLANT, "slack", "Ev-elsewhere")
    assert await retry is None  # a duplicate: no second answer


async def test_with_a_slot_free_an_event_is_claimed_without_a_peek_first(make_app: AppFactory) -> None:
    """The peek only keeps a wait out of the slots; with one free the claim alone decides, new or duplicate."""
    app = await make_app(settings={"engine.concurrency": "1"})
    dedupe = app.engine.pipeline._dedupe
    peeks: list[str] = []
    peek = dedupe.peek

    async def spied(tenant: str, platform: str, event_id: str) -> Any:
        peeks.append(event_id)
        return await peek(tenant, platform, event_id)

    dedupe.peek = spied  # type: ignore[method-assign]
    first = await app.engine.dispatch(message("/help", event_id="Ev-free", platform="slack"))
    retry = await app.engine.dispatch(message("/help", event_id="Ev-free", platform="slack"))

    assert first is not None and first.route == "command"
    assert retry is None  # done: a duplicate, told by the claim
    assert peeks == []
    assert app.engine.pipeline.running == 0 and not app.engine.pipeline._slots.locked()  # the one slot is back


async def test_a_question_is_encoded_once_starting_before_its_claim(
    make_app: AppFactory, local_embedder: LocalEmbedder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question's encoding starts when the message takes its slot (engine/prefetch.py), so it
    overlaps the claim and the steps before routing; routing, retrieval and answering share it."""
    order: list[str] = []
    prefetch, encode_query = local_embedder.prefetch_query, local_embedder.encode_query

    def prefetched(text: str) -> None:
        order.append(f"prefetch {text}")
        prefetch(text)

    def encoded(text: str) -> Any:
        order.append(f"encode {text}")
        return encode_query(text)

    monkeypatch.setattr(local_embedder, "prefetch_query", prefetched)  # before the app takes its hook
    monkeypatch.setattr(local_embedder, "encode_query", encoded)
    app = await make_app(manuals={PLANT: ["drives"]})
    dedupe = app.engine.pipeline._dedupe
    claim = dedupe.claim

    async def claimed(*args: Any) -> Any:
        order.append("claim")
        return await claim(*args)

    dedupe.claim = claimed  # type: ignore[method-assign]
    local_embedder.forget_queries()
    question = "what is the default deceleration time on the kd400 (prefetch test)"
    lower_thresholds(app)  # the test is about when the question is encoded, not whether its answer clears 0.68

    reply = await ask(app, question)
    chatter = await app.engine.dispatch(message("lunch at noon?", platform="slack", extras={"addressed": False}))

    assert reply.route == "answer" and "12 s" in reply.text
    assert chatter is None
    assert order.index(f"prefetch {question}") < order.index("claim")
    assert order.count(f"encode {question}") == 1
    assert not any("lunch" in step for step in order)  # chatter in a channel is never encoded


async def test_duplicate_of_a_rejected_event_is_answered_once(make_app: AppFactory) -> None:
    app = await make_app()
    photo = [Attachment("photo", "nameplate.jpg", "image/jpeg", 120_000)]

    first = await app.engine.dispatch(message("", event_id="upd-photo", attachments=photo))
    retry = await app.engine.dispatch(message("", event_id="upd-photo", attachments=photo))

    assert first is not None and first.route == "rejected"
    assert retry is None


# ---- rate limits ----------------------------------------------------------------------------


async def test_rate_limit_replies_once_then_stays_quiet(make_app: AppFactory) -> None:
    # One token a minute: nothing refills while the test runs.
    app = await make_app(settings={"ratelimit.user_burst": "2", "ratelimit.user_per_minute": "1"})

    first = await ask(app, "/help")
    second = await ask(app, "/help")
    third = await app.engine.dispatch(message("/help"))
    fourth = await app.engine.dispatch(message("/help"))
    other_user = await app.engine.dispatch(message("/help", user_id="8"))

    assert (first.route, second.route) == ("command", "command")
    assert third is not None and third.route == "rate_limited"
    assert "wait about" in third.text and third.trace_id
    assert fourth is None  # told once; quiet until the bucket refills
    assert other_user is not None and other_user.route == "command"


async def test_console_is_not_rate_limited(make_app: AppFactory) -> None:
    app = await make_app(settings={"ratelimit.user_burst": "1", "ratelimit.user_per_minute": "1"})

    replies = [await ask(app, "/help", platform="console", chat_id="console:op", user_id="op") for _ in range(4)]

    assert [r.route for r in replies] == ["command"] * 4


class WallClock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_rate_limit_step_admits_again_after_the_bucket_refills(db: Database) -> None:
    settings = SettingsService(db, environ={})
    await settings.set("ratelimit.user_burst", "2")
    await settings.set("ratelimit.user_per_minute", "6")  # one token every 10 s
    clock = WallClock()
    step = RateLimit(RateLimiter(db, settings, clock=clock))
    passed: list[str] = []

    async def next_(m: Message) -> Reply:
        passed.append(m.text)
        return Reply("ok", trace_id=m.trace_id)

    async def send(text: str) -> Reply | None:
        return await step(message(text), next_)

    assert (await send("q1")) is not None and (await send("q2")) is not None
    limited = await send("q3")
    assert limited is not None and limited.route == "rate_limited"
    assert "about 10 s" in limited.text
    assert await send("q4") is None
    clock.now += 5  # half a token: still limited, and still quiet
    assert await send("q5") is None
    clock.now += 5
    admitted = await send("q6")
    assert admitted is not None and admitted.text == "ok"
    limited_again = await send("q7")  # a new limited period gets its one notice again
    assert limited_again is not None and limited_again.route == "rate_limited"
    assert passed == ["q1", "q2", "q6"]


# ---- never silent ---------------------------------------------------------------------------


async def test_a_failing_router_gives_an_error_reply_with_the_trace_id(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    async def broken(question: str, tenant_id: str) -> None:
        raise RuntimeError("router exploded")

    monkeypatch.setattr(app.engine.router, "route", broken)
    msg = message("kd400 OC2 on decel what to check")

    reply = await app.engine.dispatch(msg)

    assert reply is not None and reply.route == "error"
    assert msg.trace_id in reply.text and reply.trace_id == msg.trace_id
    assert "router exploded" not in reply.text  # internals stay in the log
    # The question's turn is recorded beside the routing, and still recorded when routing fails.
    turns = await app.engine.conversation.recent(PLANT, msg.platform, msg.chat_id, msg.thread_id)
    assert [(t.role, t.text) for t in turns] == [("user", "kd400 OC2 on decel what to check")]


async def test_an_answer_turn_is_recorded_only_with_the_reply_it_describes(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer's conversation turn commits in the reply's transaction: a reply that never reaches
    the outbox leaves no answer in the thread's history for a follow-up to build on."""
    app = await make_app(manuals={PLANT: ["drives"]})
    question = "what is the default deceleration time on the kd400"
    pipeline = app.engine.pipeline

    async def refused(*args: Any, **kwargs: Any) -> None:
        raise DatabaseUnavailable("the primary went away at the commit")

    monkeypatch.setattr(pipeline._outbox, "enqueue", refused)
    with pytest.raises(DatabaseUnavailable):
        await pipeline.dispatch(message(question))
    monkeypatch.undo()
    history = await app.engine.conversation.recent(PLANT, "telegram", "chat-1", None)
    assert [t.role for t in history] == ["user"]

    reply = await pipeline.dispatch(message(question))  # asked again (a new event)
    assert reply is not None and reply.route == "answer"
    history = await app.engine.conversation.recent(PLANT, "telegram", "chat-1", None)
    assert [t.role for t in history] == ["user", "user", "assistant"]
    assert history[-1].text == reply.text and history[-1].meta["route"] == "answer"


# ---- the database round trips of one message ----------------------------------------------


async def test_one_answered_message_costs_one_flushed_commit_and_no_pings(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A count, not a time (speed is `rivet bench answer`'s job): an answered question on a busy
    connection pool. Before the rate limit's single statement, the tenant rows made in the same
    statements, the history read with the human-thread check, one statement for the search's two
    settings, plain reads in autocommit, and pings only for suspect connections, it was 11
    transactions, 25 statements and 10 pings (a round trip each, plus BEGIN and COMMIT per
    transaction: 57 round trips, now 36), and four of its commits waited for the WAL flush (the
    claim, the rate limit, the question's turn, the reply): now only the reply's does. Reading what
    the retrieved manuals say they do not cover (engine/scope.py) adds one read-only statement, run
    beside the unknown-codes lookup: 10 transactions, 19 statements."""
    app = await make_app(manuals={PLANT: ["drives"]})
    question = "what is the default deceleration time on the kd400"
    assert (await ask(app, question, chat_id="warm-up")).route == "answer"  # models, settings cache

    counts = {"transactions": 0, "autocommit": 0, "statements": 0, "pings": 0, "flushed": 0}
    sync_engine = app.db.engine.sync_engine
    dialect = sync_engine.dialect
    ping = dialect.do_ping

    def counted_ping(dbapi_conn: Any) -> bool:
        counts["pings"] += 1
        return bool(ping(dbapi_conn))

    def on_begin(conn: Any) -> None:  # BEGIN and COMMIT go to the server only outside autocommit
        autocommit = conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT"
        counts["autocommit" if autocommit else "transactions"] += 1

    probes = ("SHOW synchronous_commit", "SELECT pg_current_xact_id_if_assigned() IS NOT NULL")

    def on_statement(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        counts["statements"] += statement not in probes  # the message's, not on_commit's

    def on_commit(conn: Any) -> None:  # a write transaction without SET LOCAL synchronous_commit = off
        if conn.get_execution_options().get("isolation_level") == "AUTOCOMMIT":
            return
        async_commit = conn.exec_driver_sql(probes[0]).scalar() == "off"
        wrote = conn.exec_driver_sql(probes[1]).scalar()
        counts["flushed"] += int(bool(wrote) and not async_commit)

    monkeypatch.setattr(dialect, "do_ping", counted_ping)
    event.listen(sync_engine, "begin", on_begin)
    event.listen(sync_engine, "before_cursor_execute", on_statement)
    try:
        event.listen(sync_engine, "commit", on_commit)
        reply = await ask(app, question, chat_id="counted")
    finally:
        event.remove(sync_engine, "commit", on_commit)
        event.remove(sync_engine, "begin", on_begin)
        event.remove(sync_engine, "before_cursor_execute", on_statement)
    assert reply.route == "answer"
    assert counts == {"transactions": 10, "autocommit": 1, "statements": 19, "pings": 0, "flushed": 1}


@pytest.mark.parametrize("ping_idle_s", [0.0, 10.0])
async def test_a_message_after_the_server_ended_every_pooled_connection_is_answered(
    db: Database, pg_url: str, config: BootstrapConfig, local_embedder: LocalEmbedder, ping_idle_s: float
) -> None:
    """What a server restart does to a running bot: every pooled connection is ended server-side.
    The next message is answered, not failed or saved for later, whether the connections were idle
    past RIVET_DB_PING_IDLE_S (pinged) or used a moment ago (their socket shows the end)."""
    await SettingsService(db, environ={}).set("reranker.backend", "none")
    own = Database(url=db.url, ping_idle_s=ping_idle_s)
    app = await build_app(config, db=own, embedder=local_embedder)
    try:
        report = await (await app.knowledge.ingestor(PLANT)).ingest([FIXTURES / "drives"], PLANT)
        assert report.count("ingested") >= 1, report
        question = "what is the default deceleration time on the kd400"
        assert (await ask(app, question)).route == "answer"
        name = urlsplit(db.url).path.lstrip("/")
        with psycopg.connect(pg_url, autocommit=True) as admin:
            # Client connections only: an autovacuum worker visiting the freshly ingested database is listed too, and
            # may end on its own before it is terminated (then pg_terminate_backend answers false: "not a PostgreSQL
            # backend process"), which failed this test one CI run in several.
            listed = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s AND backend_type = 'client backend'", (name,)
            )
            pids = [pid for (pid,) in listed]
            assert pids
            for pid in pids:  # waits until each backend is gone (PostgreSQL 14+)
                assert admin.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,)).fetchone() == (True,)
        reply = await ask(app, question, chat_id="chat-2")
        assert reply.route == "answer" and "12 s" in reply.text
    finally:
        await app.close()


async def test_a_failing_expert_gives_an_error_reply(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})

    async def broken(question: str, tenant_id: str, *, route_margin: float = 1.0) -> None:
        raise RuntimeError("expert exploded")

    for expert in app.engine.experts.values():
        monkeypatch.setattr(expert, "handle", broken)
    msg = message("what is the default deceleration time on the kd400")

    reply = await app.engine.dispatch(msg)

    assert reply is not None and reply.route == "error"
    assert msg.trace_id in reply.text


async def test_a_hanging_stage_gives_an_error_reply_within_the_deadline(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = await make_app(manuals={PLANT: ["drives"]}, settings={"engine.timeout_s": "0.5"})

    async def hang(question: str, tenant_id: str) -> None:
        await asyncio.sleep(5)

    monkeypatch.setattr(app.engine.router, "route", hang)
    msg = message("kd400 OC2 on decel what to check")

    started = time.perf_counter()
    reply = await app.engine.dispatch(msg)
    elapsed = time.perf_counter() - started

    assert elapsed < 1.2
    assert reply is not None and reply.route == "error"
    assert msg.trace_id in reply.text


# ---- input validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "attachments", "expected"),
    [
        ("", [], "empty message"),
        ("   \n\t ", [], "empty message"),
        (("kd400 OC2 log " * 800)[:9_999] + "?", [], "10,000 characters; I can read up to 4,000"),
        ("", [Attachment("photo", "fault-display.jpg", "image/jpeg", 200_000)], "can't read photo"),
    ],
    ids=["empty", "whitespace", "10k-chars", "attachment-only"],
)
async def test_unusable_messages_get_a_clear_rejection(
    make_app: AppFactory, text: str, attachments: list[Attachment], expected: str
) -> None:
    app = await make_app()

    reply = await ask(app, text, attachments=attachments)

    assert reply.route == "rejected"
    assert expected in reply.text
    assert await app.engine.unanswered(PLANT) == []


# ---- follow-ups -----------------------------------------------------------------------------


async def test_follow_up_uses_the_threads_context_and_only_that_thread(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]})
    # The test is about the thread's context, not whether the follow-up's answer clears the calibrated threshold (it
    # scores 0.650 on this two-manual fixture, below 0.68; calibration is measured on the sample sets, README).
    lower_thresholds(app)

    first = await ask(app, "kd400 OC2 on decel what to check", thread_id="t-1")
    follow_up = await ask(app, "and on the kd450?", thread_id="t-1")
    elsewhere = await ask(app, "and on the kd450?", thread_id="t-2")

    assert first.route == "answer" and sources(first)[0] == "kestrel-kd400-drive-faults.md"
    assert follow_up.route == "answer"
    assert sources(follow_up)[0] == "kestrel-kd450-drive-faults.md"
    query = follow_up.meta["query"].lower()
    assert "oc2" in query and "kd450" in query and "kd400" not in query
    assert "regenerated energy" in follow_up.text  # the KD-450's own OC2 cause
    assert elsewhere.meta["query"] == "and on the kd450?"  # no context from thread t-1


# ---- commands -------------------------------------------------------------------------------


async def test_help_works_for_anyone(make_app: AppFactory) -> None:
    app = await make_app()

    reply = await ask(app, "/help@rivet_bot", user_id="12345")

    assert reply.route == "command"
    assert "/status" in reply.text and "manuals" in reply.text


@pytest.mark.parametrize("command", ["/reload", "/status", "/kb"])
async def test_admin_commands_are_refused_to_non_admins(make_app: AppFactory, command: str) -> None:
    app = await make_app(settings={"admin.users": "telegram:42"})

    reply = await ask(app, command, user_id="43")
    slack_42 = await ask(app, command, platform="slack", user_id="42")  # same id, other platform

    assert reply.route == "rejected" and "admins only" in reply.text
    assert slack_42.route == "rejected"


async def test_admin_commands_work_for_listed_admins_and_the_console(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["drives"]}, settings={"admin.users": "slack:U9, telegram:42"})

    status = await ask(app, "/status", user_id="42")
    console = await ask(app, "/status", platform="console", chat_id="console:op", user_id="op")
    reload = await ask(app, "/reload", platform="slack", user_id="U9")

    assert status.route == "command"
    assert "PostgreSQL" in status.text and f"Knowledge ({PLANT}): 2 documents" in status.text
    assert console.route == "command" and "PostgreSQL" in console.text
    assert reload.route == "command" and "reloaded" in reload.text


async def test_unknown_command_gets_a_clear_reply(make_app: AppFactory) -> None:
    app = await make_app()

    reply = await ask(app, "/frobnicate now")

    assert reply.route == "command"
    assert "Unknown command /frobnicate" in reply.text and "/help" in reply.text


def lower_thresholds(app: Any, threshold: float = 0.5) -> None:
    """Every expert escalates below `threshold` instead of its calibrated one, for tests about something else."""
    for expert in app.engine.experts.values():
        expert.domain = replace(expert.domain, threshold=threshold)


# ---- tenants --------------------------------------------------------------------------------


async def test_tenants_are_isolated_through_the_whole_pipeline(make_app: AppFactory) -> None:
    app = await make_app(manuals={"plant-a": ["isolation", "drives"], "plant-b": ["drives"]})
    # Whether plant-a's answer clears the default threshold (0.68, engine/domains.yaml; it scores 0.41 on this
    # two-manual fixture) is calibration, measured on the sample sets (README, Quality), not here: the test is about
    # isolation, so every expert gets a lower threshold; plant-b still escalates (no manual of its names TM77).
    lower_thresholds(app, 0.3)
    question = "tm77 gearbox oil capacity"

    in_b = await ask(app, question, tenant="plant-b")
    in_a = await ask(app, question, tenant="plant-a")

    assert in_b.route == "escalation"
    assert "tormund-tm77-gearbox.md" not in sources(in_b)
    assert "3.4 L" not in in_b.text and "3.4 L" not in str(in_b.meta.get("draft", ""))
    assert [e["tenant_id"] for e in await app.engine.unanswered("plant-b")] == ["plant-b"]
    assert in_a.route == "answer"
    assert "3.4 L" in in_a.text and sources(in_a)[0] == "tormund-tm77-gearbox.md"
    assert await app.engine.unanswered("plant-a") == []


# ---- electrical safety ----------------------------------------------------------------------


async def test_safety_answer_names_the_procedure_and_the_safety_note(make_app: AppFactory) -> None:
    # What a safety answer shows, once answered. Whether this one-procedure fixture clears the strict
    # electrical-safety threshold (0.775, engine/domains.yaml) is calibration,
    # measured on the sample sets (README, Quality), not here: the test gives the safety expert a lower one.
    app = await make_app(manuals={PLANT: ["safety", "drives"]})
    safety = app.engine.experts["electrical-safety"]
    safety.domain = replace(safety.domain, threshold=0.5)

    reply = await ask(app, "how do I lock out the hx2 press")

    assert reply.route == "answer" and reply.domain == "electrical-safety"
    assert "Procedure relied on: [1] Harlow HX-2 Press Lockout Tagout Procedure" in reply.text
    assert SAFETY_NOTE in reply.text
    assert "main disconnect Q1" in reply.text  # the manual's step, quoted
    assert sources(reply) == ["harlow-hx2-lockout-procedure.md"]


async def test_safety_question_without_a_covering_source_escalates(make_app: AppFactory) -> None:
    app = await make_app(manuals={PLANT: ["safety", "drives"]}, settings={"escalation.channel": "telegram:-100"})

    reply = await ask(app, "arc flash ppe category for the zr-900 switchgear")

    assert reply.route == "escalation" and reply.domain == "electrical-safety"
    assert "electrical-safety experts" in reply.text
    assert SAFETY_NOTE not in reply.text  # no procedure is presented as if it applied
    [ticket] = await app.engine.unanswered(PLANT)
    assert ticket["domain"] == "electrical-safety"


async def test_a_refused_document_is_explained_not_ignored(make_app: AppFactory) -> None:
    """The adapter refused the upload (type or size) before downloading it; the user hears why."""
    app = await make_app()
    reason = "unsupported file type .exe; RIVET reads .htm .html .md .pdf .txt"
    doc = Attachment("document", "setup.exe", "application/octet-stream", 1_000)
    reply = await ask(app, "", attachments=[doc], extras={"document_refused": reason})
    assert reply.route == "rejected"
    assert "setup.exe" in reply.text and "unsupported file type .exe" in reply.text


async def test_small_talk_gets_manners_not_a_manual(make_app: AppFactory) -> None:
    """After a real question, "hi" and "ok thanks" were answered with the same table row."""
    app = await make_app(manuals={PLANT: ["drives"]})
    for platform, chat, direct in (("console", "console:op", True), ("slack", "D1", True), ("telegram", "-5", False)):
        first = await ask(app, "kd400 shows OC2 on decel, what do i check", platform=platform, chat_id=chat,
                          is_direct=direct)  # fmt: skip
        assert first.route == "answer"
        hello = await ask(app, "hi", platform=platform, chat_id=chat, is_direct=direct)
        assert hello.route == "command" and "I'm RIVET" in hello.text and not hello.citations
        thanks = await app.engine.dispatch(message("ok thanks", platform=platform, chat_id=chat, is_direct=direct))
        okay = await app.engine.dispatch(message("ok", platform=platform, chat_id=chat, is_direct=direct))
        emoji = await app.engine.dispatch(message("👍", platform=platform, chat_id=chat, is_direct=direct))
        if direct:
            assert thanks is not None and "welcome" in thanks.text and not thanks.citations
            assert okay is not None and not okay.citations and emoji is not None and not emoji.citations
        else:  # in a group, acknowledgements need no answer
            assert thanks is None and okay is None and emoji is None
        follow = await ask(app, "what about the kd450", platform=platform, chat_id=chat, is_direct=direct)
        # an equipment follow-up is still completed from the thread; the small talk did not break it
        assert follow.meta["query"] == "kd450 shows OC2 on decel, what do i check"
