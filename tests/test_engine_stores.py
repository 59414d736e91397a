"""Engine state in PostgreSQL: dedupe, rate limits, conversation turns, escalations; follow-up rules."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from engine.conversation import ConversationStore, Turn, complete_query, is_follow_up
from engine.dedupe import Deduplicator
from engine.escalations import EscalationStore, TransitionRefused
from engine.ratelimit import RateLimiter
from rivet.db import Database
from rivet.settings import SettingsService


class Clock:
    """Wall-clock seconds that only move when the test says so."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


class DateClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def settings(db: Database, **env: str) -> SettingsService:
    return SettingsService(db, environ={f"RIVET_RATELIMIT_{k.upper()}": v for k, v in env.items()})


@pytest.fixture
async def replica_db(db: Database) -> AsyncIterator[Database]:
    """A second Database (own engine, own pool) on the same server: what another replica has."""
    other = Database(url=db.url)
    yield other
    await other.dispose()


# ---- dedupe ---------------------------------------------------------------------------------


async def _claim(dedupe: Deduplicator, tenant: str, platform: str, event: str, lease_s: float = 30.0) -> str:
    return (await dedupe.claim(tenant, platform, event, lease_s)).outcome


async def _done(db: Database, dedupe: Deduplicator, tenant: str, platform: str, event: str) -> None:
    async with db.connect() as conn:
        await dedupe.done(conn, tenant, platform, event)


async def test_dedupe_first_delivery_wins_and_retries_are_dropped(db: Database) -> None:
    dedupe = Deduplicator(db)
    assert await _claim(dedupe, "plant-a", "slack", "Ev01") == "claimed"
    assert await _claim(dedupe, "plant-a", "slack", "Ev01") == "busy"  # x-slack-retry-num: 1, still answering
    await _done(db, dedupe, "plant-a", "slack", "Ev01")
    assert await _claim(dedupe, "plant-a", "slack", "Ev01") == "done"  # answered: a duplicate
    assert await _claim(dedupe, "plant-a", "telegram", "Ev01") == "claimed"  # same id, other platform
    # Telegram update_ids are per bot: another tenant's bot may reuse the number.
    assert await _claim(dedupe, "plant-b", "telegram", "Ev01") == "claimed"


async def test_dedupe_redelivery_after_an_expired_lease_is_processed_again(db: Database) -> None:
    """A worker that died mid-answer must not turn the platform's retry into silence."""
    clock = Clock()
    dedupe = Deduplicator(db, clock=clock)
    assert await _claim(dedupe, "plant-a", "slack", "Ev-crash", lease_s=30) == "claimed"
    clock.now += 10
    assert await _claim(dedupe, "plant-a", "slack", "Ev-crash", lease_s=30) == "busy"  # holder may be alive
    clock.now += 25
    assert await _claim(dedupe, "plant-a", "slack", "Ev-crash", lease_s=30) == "claimed"  # holder is gone
    await _done(db, dedupe, "plant-a", "slack", "Ev-crash")
    clock.now += 1000
    assert await _claim(dedupe, "plant-a", "slack", "Ev-crash", lease_s=30) == "done"


async def test_dedupe_concurrent_deliveries_exactly_one_claims(db: Database, replica_db: Database) -> None:
    replicas = [Deduplicator(db), Deduplicator(replica_db)]
    results = await asyncio.gather(*(_claim(replicas[i % 2], "new-tenant", "slack", "Ev-race") for i in range(10)))
    assert sorted(results) == ["busy"] * 9 + ["claimed"]


async def test_dedupe_purge_forgets_old_done_events_only(db: Database) -> None:
    clock = Clock()
    dedupe = Deduplicator(db, clock=clock)
    assert await _claim(dedupe, "plant-a", "slack", "old") == "claimed"
    await _done(db, dedupe, "plant-a", "slack", "old")
    clock.now += 2 * 86400
    assert await _claim(dedupe, "plant-a", "slack", "new") == "claimed"
    await _done(db, dedupe, "plant-a", "slack", "new")
    assert await dedupe.purge(86400) == 1
    assert await _claim(dedupe, "plant-a", "slack", "old") == "claimed"  # forgotten: would be answered again
    assert await _claim(dedupe, "plant-a", "slack", "new") == "done"


# ---- rate limits ----------------------------------------------------------------------------


async def test_ratelimit_burst_then_deny_then_refill(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, settings(db), clock=clock)  # defaults: 12/min, burst 6
    for _ in range(6):
        assert (await limiter.check("plant-a", "tg:42")).allowed
    denied = await limiter.check("plant-a", "tg:42")
    assert (denied.allowed, denied.scope, denied.notify) == (False, "user", True)
    assert denied.retry_after_s == pytest.approx(5.0)  # 12/min: one token every 5 s
    clock.now += 2.5
    half = await limiter.check("plant-a", "tg:42")
    assert not half.allowed and half.retry_after_s == pytest.approx(2.5)
    clock.now += 2.5
    assert (await limiter.check("plant-a", "tg:42")).allowed
    assert not (await limiter.check("plant-a", "tg:42")).allowed
    clock.now += 3600  # refills to the burst, not beyond
    assert [(await limiter.check("plant-a", "tg:42")).allowed for _ in range(7)] == [True] * 6 + [False]


async def test_ratelimit_notifies_once_per_limited_period(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, settings(db, user_burst="2"), clock=clock)
    assert [(await limiter.check("plant-a", "u1")).allowed for _ in range(2)] == [True, True]
    notes = [(await limiter.check("plant-a", "u1")).notify for _ in range(4)]
    assert notes == [True, False, False, False]
    clock.now += 5  # one token back: the next message is admitted and re-arms the notice
    assert (await limiter.check("plant-a", "u1")).allowed
    second = [await limiter.check("plant-a", "u1") for _ in range(2)]
    assert [d.notify for d in second] == [True, False]
    assert all(not d.allowed and d.scope == "user" for d in second)


async def test_ratelimit_tenant_bucket_limits_across_users(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, settings(db, tenant_burst="3", tenant_per_minute="60"), clock=clock)
    assert (await limiter.check("plant-a", "u1")).allowed
    assert (await limiter.check("plant-a", "u2")).allowed
    assert (await limiter.check("plant-a", "u3")).allowed
    denied = await limiter.check("plant-a", "u4")
    assert (denied.allowed, denied.scope, denied.notify) == (False, "tenant", True)
    assert denied.retry_after_s == pytest.approx(1.0)
    assert (await limiter.check("plant-a", "u5")).notify is False  # the tenant was told once already
    assert (await limiter.check("plant-b", "u1")).allowed  # another tenant has its own bucket
    # A denied message consumes nothing: u4's own bucket is still full after the tenant refills.
    clock.now += 1
    assert (await limiter.check("plant-a", "u4")).allowed


async def test_ratelimit_denied_by_tenant_consumes_no_user_token(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, settings(db, user_burst="2", tenant_burst="1", tenant_per_minute="60"), clock=clock)
    assert (await limiter.check("plant-a", "u1")).allowed
    for _ in range(5):
        assert (await limiter.check("plant-a", "u1")).scope == "tenant"
    async with db.connect() as conn:
        tokens = (
            await conn.execute(text("SELECT tokens FROM rate_buckets WHERE key = 'user:plant-a:u1'"))
        ).scalar_one()
    assert tokens == pytest.approx(1.0)


async def test_ratelimit_tenant_setting_overrides_and_zero_disables(db: Database) -> None:
    clock = Clock()
    s = settings(db)
    await s.set("ratelimit.user_burst", "1", tenant="plant-a")
    await s.set("ratelimit.user_per_minute", "0", tenant="plant-b")
    await s.set("ratelimit.tenant_per_minute", "0", tenant="plant-b")
    limiter = RateLimiter(db, s, clock=clock)
    assert [(await limiter.check("plant-a", "u1")).allowed for _ in range(2)] == [True, False]
    assert all([(await limiter.check("plant-b", "u1")).allowed for _ in range(20)])


async def test_ratelimit_two_replicas_share_buckets(db: Database, replica_db: Database) -> None:
    clock = Clock()
    a = RateLimiter(db, settings(db), clock=clock)
    b = RateLimiter(replica_db, settings(replica_db), clock=clock)
    results = [(await (a if i % 2 else b).check("plant-a", "slack:U1")).allowed for i in range(8)]
    assert results == [True] * 6 + [False, False]


async def test_ratelimit_concurrent_checks_never_over_admit(db: Database, replica_db: Database) -> None:
    clock = Clock()
    limiters = [RateLimiter(d, settings(d), clock=clock) for d in (db, replica_db)]
    decisions = await asyncio.gather(*(limiters[i % 2].check("fresh-tenant", "u1") for i in range(20)))
    assert sum(d.allowed for d in decisions) == 6
    assert sum(d.notify for d in decisions) == 1


async def _tokens(db: Database, key: str) -> tuple[float, float, bool]:
    async with db.connect() as conn:
        row = (
            await conn.execute(text("SELECT tokens, updated_at, notified FROM rate_buckets WHERE key = :k"), {"k": key})
        ).one()
    return float(row.tokens), float(row.updated_at), bool(row.notified)


async def test_ratelimit_replica_with_a_clock_behind_earns_no_refill(db: Database, replica_db: Database) -> None:
    """Admitting in one statement keeps the rules of the locked path: a replica whose clock runs
    behind consumes without rewinding the bucket, and the refill it gives is the same float."""
    ahead, behind = Clock(), Clock(1_800_000_000.0 - 3.0)
    a = RateLimiter(db, settings(db, user_burst="2"), clock=ahead)  # 12/min: a token every 5 s
    b = RateLimiter(replica_db, settings(replica_db, user_burst="2"), clock=behind)
    key = "user:plant-a:u1"
    assert (await a.check("plant-a", "u1")).allowed
    assert await _tokens(db, key) == (1.0, ahead.now, False)
    assert (await b.check("plant-a", "u1")).allowed  # the last token; no refill for being "earlier"
    assert await _tokens(db, key) == (0.0, ahead.now, False)
    denied = await b.check("plant-a", "u1")
    assert (denied.allowed, denied.scope, denied.notify) == (False, "user", True)
    assert await _tokens(db, key) == (0.0, ahead.now, True)
    before = ahead.now
    ahead.now += 7.3  # 1.46 tokens back, counted from the ahead clock's time
    assert (await a.check("plant-a", "u1")).allowed  # and the notice is re-armed
    tokens, updated_at, notified = await _tokens(db, key)
    assert (updated_at, notified) == (ahead.now, False)
    assert tokens == min(2.0, 0.0 + max(0.0, ahead.now - before) * (12.0 / 60.0)) - 1.0  # the Python formula, exactly
    assert not (await a.check("plant-a", "u1")).allowed


async def test_ratelimit_with_only_the_tenant_bucket_on(db: Database) -> None:
    """One bucket switched off (0): the other alone decides, admitted in one statement, denied as before."""
    clock = Clock()
    limiter = RateLimiter(db, settings(db, user_per_minute="0", tenant_burst="2", tenant_per_minute="60"), clock=clock)
    assert [(await limiter.check("new-site", f"u{i}")).allowed for i in range(3)] == [True, True, False]
    async with db.connect() as conn:
        keys = (await conn.execute(text("SELECT key FROM rate_buckets ORDER BY key"))).scalars().all()
        tenant = (await conn.execute(text("SELECT name FROM tenants WHERE id = 'new-site'"))).scalar_one()
    assert keys == ["tenant:new-site"] and tenant == "new-site"  # the tenant row made by the same statement


async def test_ratelimit_purge_drops_idle_buckets(db: Database) -> None:
    clock = Clock()
    limiter = RateLimiter(db, settings(db), clock=clock)
    await limiter.check("plant-a", "u1")
    clock.now += 7200
    await limiter.check("plant-a", "u2")  # touches the tenant bucket again
    assert await limiter.purge(3600) == 1  # only u1's bucket


# ---- conversation store ---------------------------------------------------------------------


async def test_conversation_recent_is_per_thread_oldest_first_and_windowed(db: Database) -> None:
    clock = DateClock()
    store = ConversationStore(db, clock=clock)
    await store.add("plant-a", "slack", "C1", "T1", "U1", "user", "kd400 tripping OC2 on decel", {"trace": "a"})
    clock.now += timedelta(seconds=5)
    await store.add("plant-a", "slack", "C1", "T1", None, "assistant", "Check P1.08 decel time.")
    await store.add("plant-a", "slack", "C1", None, "U1", "user", "main channel question")
    await store.add("plant-a", "slack", "C1", "T2", "U2", "user", "other thread")
    await store.add("plant-a", "telegram", "C1", "T1", "U1", "user", "other platform")

    turns = await store.recent("plant-a", "slack", "C1", "T1")
    assert [(t.role, t.text) for t in turns] == [
        ("user", "kd400 tripping OC2 on decel"),
        ("assistant", "Check P1.08 decel time."),
    ]
    assert turns[0].meta == {"trace": "a"} and turns[1].meta == {}
    assert turns[0].created_at < turns[1].created_at
    main = await store.recent("plant-a", "slack", "C1", None)
    assert [t.text for t in main] == ["main channel question"]

    for i in range(8):
        clock.now += timedelta(seconds=1)
        await store.add("plant-a", "slack", "C1", "T1", "U1", "user", f"q{i}")
    assert [t.text for t in await store.recent("plant-a", "slack", "C1", "T1", limit=3)] == ["q5", "q6", "q7"]

    clock.now += timedelta(minutes=30)
    await store.add("plant-a", "slack", "C1", "T1", "U1", "user", "after lunch")
    recent = await store.recent("plant-a", "slack", "C1", "T1", limit=50, within_s=600)
    assert [t.text for t in recent] == ["after lunch"]
    assert await store.purge(600) == 13
    assert await store.recent("plant-a", "slack", "C1", "T1", limit=0) == []


async def test_conversation_rejects_unknown_role(db: Database) -> None:
    with pytest.raises(ValueError, match="role"):
        await ConversationStore(db).add("plant-a", "slack", "C1", None, None, "system", "hi")


async def test_conversation_tenant_isolation(db: Database) -> None:
    store = ConversationStore(db)
    await store.add("plant-a", "telegram", "100", None, "7", "user", "secret plant A question")
    assert await store.recent("plant-b", "telegram", "100", None) == []
    assert [t.text for t in await store.recent("plant-a", "telegram", "100", None)] == ["secret plant A question"]


# ---- escalations ----------------------------------------------------------------------------


async def test_escalations_open_list_and_tenant_isolation(db: Database) -> None:
    store = EscalationStore()
    async with db.connect() as conn:
        first, _ = await store.open(
            conn,
            tenant_id="plant-a",
            platform="telegram",
            chat_id="100",
            thread_id=None,
            user_id="7",
            question="kd400 smells hot near the DC bus, safe to run?",
            domain="drives",
            confidence=0.31,
            reason="low confidence",
            trace_id="tr-1",
        )
        second, _ = await store.open(
            conn,
            tenant_id="plant-a",
            platform="slack",
            chat_id="C1",
            thread_id="1700000000.0001",
            user_id="U1",
            question="conveyor 3 belt tracking left",
            domain=None,
            confidence=0.2,
            reason="no passages",
            trace_id="tr-2",
        )
    assert second > first
    async with db.connect() as conn:
        rows = await store.in_states(conn, "plant-a", ("open",))
        assert [r.id for r in rows] == [first, second]
        assert rows[0].status == "open" and rows[0].answer is None and rows[0].timestamps["answered_at"] is None
        assert rows[0].confidence == pytest.approx(0.31) and rows[0].domain == "drives"
        assert rows[1].thread_id == "1700000000.0001" and rows[1].trace_id == "tr-2"
        assert await store.in_states(conn, "plant-b", ("open",)) == []
        await store.transition(conn, "plant-a", first, "answer", by="U9", by_name="Dana", answer="check the fan")
        assert [r.id for r in await store.in_states(conn, "plant-a", ("open",))] == [second]
        with pytest.raises(TransitionRefused, match="no ticket"):
            await store.get(conn, "plant-b", first)  # another tenant's ticket does not exist for plant-b


# ---- follow-ups (pure) ----------------------------------------------------------------------


def turns(*pairs: tuple[str, str]) -> list[Turn]:
    """Turns one second apart, oldest first, as ConversationStore.recent returns them."""
    start = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
    return [Turn(role, text_, start + timedelta(seconds=i)) for i, (role, text_) in enumerate(pairs)]


TOPIC = "kd400 tripping OC2 on decel what do i check"
HISTORY = turns(("user", TOPIC), ("assistant", "OC2 on decel: lengthen P1.08 (decel time) or add a braking resistor."))


@pytest.mark.parametrize(
    "question",
    [
        "still tripping after that",
        "what about the kd450",
        "and the KD-450?",
        "same for line 2",
        "does it need a reset",
        "where is that setting",
        "the other one",
        "tried again, no luck",
        "how about on accel",
        "ok thanks",
        "which terminal?",
    ],
)
def test_is_follow_up_true(question: str) -> None:
    assert is_follow_up(question)


@pytest.mark.parametrize(
    "question",
    [
        TOPIC,
        "kd450 still tripping OC2",  # names its own unit: stands alone despite "still"
        "what does AL-042 mean",
        "where is the grease point on the conveyor tail pulley bearing",
        "how do I replace the shaft seal on the centrifugal pump at the cooling tower",
        "",
    ],
)
def test_is_follow_up_false(question: str) -> None:
    assert not is_follow_up(question)


def test_complete_query_joins_topic_for_anaphora() -> None:
    assert complete_query("still tripping after that", HISTORY) == f"{TOPIC} | still tripping after that"


def test_complete_query_standalone_and_no_history_unchanged() -> None:
    assert complete_query("what does AL-042 mean on the kd400", HISTORY) == "what does AL-042 mean on the kd400"
    assert complete_query("still tripping after that", []) == "still tripping after that"
    assert complete_query("still tripping", turns(("assistant", "Hello"))) == "still tripping"


def test_complete_query_what_about_swaps_the_model_keeps_the_topic() -> None:
    assert complete_query("what about the kd450", HISTORY) == "kd450 tripping OC2 on decel what do i check"
    assert complete_query("and the KD-450?", HISTORY) == "KD-450 tripping OC2 on decel what do i check"
    # Same prefix swaps the fault code, the unit stays.
    assert complete_query("what about OC3", HISTORY) == "kd400 tripping OC3 on decel what do i check"
    # No code shares the prefix: the topic's subject (its first code) is replaced.
    assert complete_query("how about the acs580", HISTORY) == "acs580 tripping OC2 on decel what do i check"
    # Words beyond the model are kept as the follow-up part.
    assert (
        complete_query("what about the kd450 on accel", HISTORY)
        == "kd450 tripping OC2 on decel what do i check | what about the kd450 on accel"
    )


def test_complete_query_chained_follow_ups_keep_the_swapped_topic() -> None:
    history = [
        *HISTORY,
        *turns(("user", "what about the kd450"), ("assistant", "Same on the KD-450: check P1.08.")),
        *turns(("user", "still tripping after that"), ("assistant", "Check the braking resistor.")),
    ]
    swapped = "kd450 tripping OC2 on decel what do i check"
    assert complete_query("does it need a reset", history) == f"{swapped} | does it need a reset"


def test_complete_query_takes_the_unit_from_the_answer_when_the_question_named_none() -> None:
    history = turns(
        ("user", "drive on the mixer keeps tripping on decel, what do i check"),
        ("assistant", "On the KD-400 that is OC2: lengthen P1.08 or check the braking resistor."),
    )
    assert (
        complete_query("still tripping after that", history)
        == "drive on the mixer keeps tripping on decel, what do i check KD-400 OC2 P1.08 | still tripping after that"
    )


def test_complete_query_plant_locations_and_fault_codes_do_not_replace_the_unit() -> None:
    # "line 2" reads as a code to query_codes, but it is a place, not a model: keep the topic.
    assert complete_query("same for line 2", HISTORY) == f"{TOPIC} | same for line 2"
    # A fault code with no partner in the topic cannot be placed: keep the topic, add the question.
    assert complete_query("what about AL042", HISTORY) == f"{TOPIC} | what about AL042"


def test_complete_query_a_rating_or_size_is_no_new_unit() -> None:
    # PT1000 and DN100 look model-shaped, but any unit may have them: the kd400 stays the subject.
    assert complete_query("what about the PT1000 version", HISTORY) == f"{TOPIC} | what about the PT1000 version"
    assert complete_query("what about DN100", HISTORY) == f"{TOPIC} | what about DN100"
    # Naming only a rating does not make a question stand alone.
    assert is_follow_up("is it IP 65 rated")
    assert complete_query("is it IP65 rated", HISTORY) == f"{TOPIC} | is it IP65 rated"
    # The unit is pinned from the answer's equipment, not from the ratings it mentions.
    history = turns(
        ("user", "drive on the mixer keeps tripping on decel, what do i check"),
        ("assistant", "In an IP54 cabinet the KD-400 trips OC2 when hot: check P1.08."),
    )
    assert complete_query("still tripping", history).startswith(
        "drive on the mixer keeps tripping on decel, what do i check KD-400 OC2 P1.08"
    )


def test_complete_query_trusts_the_stored_query_when_the_topic_left_the_window() -> None:
    # Only follow-ups are left in the window; the pipeline stored what each one searched for.
    swapped = "kd450 tripping OC2 on decel what do i check"
    history = [
        Turn(
            "user",
            "still tripping after that",
            datetime(2026, 11, 22, 8, 0, tzinfo=UTC),
            {"query": f"{swapped} | still tripping after that"},
        ),
        *turns(("assistant", "Check the braking resistor.")),
    ]
    assert complete_query("what about it again", history) == f"{swapped} | what about it again"
