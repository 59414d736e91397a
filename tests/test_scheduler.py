"""The scheduler: leadership across replicas (advisory lock), failure isolation, missed runs, intervals
from settings, and each job against a real database: the daily report, purges, the outbox alert.
Schedulers run for real (APScheduler on the test's loop) at intervals of a fraction of a second.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from loguru import logger
from sqlalchemy import text

from engine.conversation import ConversationStore
from engine.dedupe import Deduplicator
from engine.feedback import FeedbackStore
from engine.llm.ledger import CostLedger, LedgerEntry
from engine.messages import Reply
from engine.outbound import Destination, Outbound
from engine.outbox import Outbox
from engine.ratelimit import RateLimiter
from knowledge.embedder import LocalEmbedder
from rivet.app import App, build_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.settings import SettingsService
from scheduler import jobs
from scheduler.jobs import JobContext
from scheduler.leader import SCHEDULER_LOCK_KEY, libpq_url
from scheduler.registry import JOBS, SETTINGS, Job
from scheduler.service import Scheduler

ROOT = Path(__file__).parents[1]
TICK = 0.2


async def until(check: Callable[[], bool], within: float = 15.0, what: str = "condition") -> None:
    """Bounded polling: the schedulers run on their own; wait for what they should have done."""
    deadline = time.monotonic() + within
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {within} s waiting for {what}")
        await asyncio.sleep(0.05)


@pytest.fixture
def logs() -> Iterator[list[dict[str, Any]]]:
    records: list[dict[str, Any]] = []
    handler = logger.add(lambda m: records.append(m.record), level="DEBUG")
    yield records
    logger.remove(handler)


def said(records: list[dict[str, Any]], fragment: str) -> list[dict[str, Any]]:
    return [r for r in records if fragment in r["message"]]


Apps = Callable[..., Awaitable[list[App]]]


@pytest.fixture
async def apps(db: Database, config: BootstrapConfig, local_embedder: LocalEmbedder) -> AsyncIterator[Apps]:
    """n apps on one database, each with its own Database object (as n replicas would have)."""
    built: list[App] = []
    extra: list[Database] = []

    async def build(n: int = 1, settings: dict[str, str] | None = None) -> list[App]:
        service = SettingsService(db, environ={})
        for key, value in {"reranker.backend": "none", **(settings or {})}.items():
            await service.set(key, value)
        out = []
        for i in range(n):
            database = db if i == 0 else Database(url=db.url)
            if i:
                extra.append(database)
            app = await build_app(config, db=database, embedder=local_embedder)
            built.append(app)
            out.append(app)
        return out

    yield build
    for app in built:
        if app.db is not db:
            await app.close()
    for database in extra:
        await database.dispose()


def context(app: App, clock: Callable[[], datetime] | None = None) -> JobContext:
    ctx = JobContext(app.db, app.settings, app.engine)
    if clock is not None:
        ctx.clock = clock
    return ctx


def counting(calls: Counter[str], name: str) -> jobs.JobFunc:
    async def job(ctx: JobContext) -> dict[str, Any]:
        calls[name] += 1
        return {"n": calls[name]}

    return job


def counting_jobs(calls: Counter[str], *names: str) -> list[Job]:
    return [Job(n, counting(calls, n), f"scheduler.test_{n}_s", TICK, f"test job {n}") for n in names]


async def lock_holders(db: Database) -> int:
    async with db.connect() as conn:
        return int(
            (
                await conn.execute(
                    text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k AND granted"),
                    {"k": SCHEDULER_LOCK_KEY},
                )
            ).scalar()
            or 0
        )


async def runs_table(db: Database) -> dict[str, Any]:
    async with db.connect() as conn:
        rows = (await conn.execute(text("SELECT * FROM scheduler_runs"))).all()
    return {r.job: r for r in rows}


# ---- leadership ---------------------------------------------------------------------------------


async def test_two_schedulers_on_one_database_run_each_tick_once(apps: Apps, db: Database) -> None:
    a_app, b_app = await apps(2)
    calls = {"A": Counter[str](), "B": Counter[str]()}
    a = Scheduler(context(a_app), counting_jobs(calls["A"], "one", "two"), node="A")
    b = Scheduler(context(b_app), counting_jobs(calls["B"], "one", "two"), node="B")
    try:
        await asyncio.gather(a.start(), b.start())
        await asyncio.sleep(2.0)  # the measuring window, not a wait for anything
        assert await lock_holders(db) == 1
    finally:
        await asyncio.gather(a.stop(), b.stop())
    leader, follower = ("A", "B") if calls["A"] else ("B", "A")
    assert sum(calls[follower].values()) == 0, calls
    for job in ("one", "two"):
        # 2 s at 0.2 s is 10 ticks plus the one at start: one scheduler ran them, once each.
        assert 4 <= calls[leader][job] <= 2.0 / TICK + 2, calls
    table = await runs_table(db)
    assert {table[j].node for j in ("one", "two")} == {leader}
    assert table["one"].runs == calls[leader]["one"]
    assert await lock_holders(db) == 0  # both stopped: released


async def test_when_the_leader_dies_the_other_takes_over(apps: Apps, db: Database, logs: list[Any]) -> None:
    a_app, b_app = await apps(2)
    calls = {"A": Counter[str](), "B": Counter[str]()}
    a = Scheduler(context(a_app), counting_jobs(calls["A"], "one"), node="A")
    b = Scheduler(context(b_app), counting_jobs(calls["B"], "one"), node="B")
    try:
        await asyncio.gather(a.start(), b.start())
        await until(lambda: a.leader.leading or b.leader.leading, what="a leader")
        leader, follower = (a, b) if a.leader.leading else (b, a)
        await until(lambda: leader.runs["one"] >= 2, what="the leader's runs")
        assert follower.runs["one"] == 0
        # Kill it: it stops ticking and its lock connection dies, as with a crashed process.
        leader.aps.shutdown(wait=False)
        await leader.leader.close()
        ran = leader.runs["one"]
        await until(lambda: follower.runs["one"] >= 3, what="the follower taking over")
        assert follower.leader.leading and leader.runs["one"] == ran
        assert said(logs, f"scheduler {follower.node}: leader now")
    finally:
        await asyncio.gather(a.stop(), b.stop())
    assert await lock_holders(db) == 0


async def test_a_leader_whose_lock_connection_dies_stops_and_takes_the_lock_again(
    apps: Apps, db: Database, logs: list[Any]
) -> None:
    [app] = await apps(1)
    calls: Counter[str] = Counter()
    s = Scheduler(context(app), counting_jobs(calls, "one"), node="A")
    try:
        await s.start()
        await until(lambda: s.leader.leading and calls["one"] >= 2, what="leadership")
        pid = s.leader.backend_pid
        with psycopg.connect(libpq_url(db.url), autocommit=True) as conn:  # a failover, a killed session
            conn.execute("SELECT pg_terminate_backend(%s)", (pid,))
        await until(lambda: bool(said(logs, "lost leadership")), what="the loss being noticed")
        await until(lambda: s.leader.leading and s.leader.backend_pid != pid, what="the lock again")
        seen = calls["one"]
        await until(lambda: calls["one"] >= seen + 2, what="jobs running again")
    finally:
        await s.stop()


# ---- failures, missed runs, intervals -----------------------------------------------------------


async def test_a_failing_job_is_logged_with_its_trace_and_the_scheduler_goes_on(
    apps: Apps, db: Database, logs: list[Any]
) -> None:
    [app] = await apps(1)
    calls: Counter[str] = Counter()

    async def boom(ctx: JobContext) -> dict[str, Any]:
        calls["boom"] += 1
        raise ValueError("the pump exploded")

    s = Scheduler(context(app), [Job("boom", boom, "scheduler.test_boom_s", TICK, "fails"),
                                 *counting_jobs(calls, "fine")])  # fmt: skip
    try:
        await s.start()
        await until(lambda: calls["boom"] >= 3 and calls["fine"] >= 3, what="ticks after failures")
    finally:
        await s.stop()
    failures = said(logs, "scheduler: job boom failed")
    assert len(failures) >= 3
    assert failures[0]["exception"] is not None and "the pump exploded" in str(failures[0]["exception"].value)
    table = await runs_table(db)
    assert not table["boom"].ok and table["boom"].failures >= 3 and table["boom"].consecutive_failures >= 3
    assert "ValueError: the pump exploded" in table["boom"].error
    assert table["fine"].ok and table["fine"].failures == 0 and table["fine"].last_ok_at is not None


async def test_a_missed_run_is_logged(apps: Apps, logs: list[Any]) -> None:
    [app] = await apps(1)
    calls: Counter[str] = Counter()
    s = Scheduler(context(app), [Job("hourly", counting(calls, "hourly"), "scheduler.test_hourly_s", 3600, "x")])
    try:
        await s.start()
        await until(lambda: calls["hourly"] == 1, what="the first run")
        # As if the process had been stopped or blocked for two minutes past its tick.
        s.aps.modify_job("hourly", next_run_time=datetime.now(UTC) - timedelta(minutes=31))
        await until(lambda: bool(said(logs, "scheduler: job hourly missed its run")), what="the missed-run line")
        assert calls["hourly"] == 1
    finally:
        await s.stop()


async def test_real_jobs_run_from_the_registry_and_intervals_follow_settings(
    apps: Apps, db: Database, logs: list[Any]
) -> None:
    [app] = await apps(1, {job.interval_key: "0.3" for job in JOBS})
    s = Scheduler(context(app), node="solo")
    try:
        await s.start()
        await until(lambda: all(s.runs[job.name] >= 2 for job in JOBS), what="every job twice")
        table = await runs_table(db)
        assert {j.name for j in JOBS} <= set(table)
        assert all(table[j.name].ok for j in JOBS), {j: table[j].error for j in table}
        assert table["health"].result["latency_ms"] >= 0 and table["health"].result["read_only"] is False
        await app.settings.set("scheduler.health_s", "0")  # written through this process's cache
        await until(lambda: bool(said(logs, "scheduler: health is off")), what="health paused")
        health = s.runs["health"]
        sla = s.runs["escalation_sla"]
        await until(lambda: s.runs["escalation_sla"] >= sla + 3, what="other jobs going on")
        assert s.runs["health"] <= health + 1  # at most the tick that was already running
    finally:
        await s.stop()
    assert not said(logs, "failed")


def test_every_interval_setting_is_declared() -> None:
    keys = {spec.key for spec in SETTINGS}
    assert {job.interval_key for job in JOBS} <= keys and "admin.channel" in keys
    assert all(spec.key.startswith(("scheduler.", "admin.")) for spec in SETTINGS)


# ---- the jobs themselves ------------------------------------------------------------------------


async def test_daily_report_goes_to_each_admin_channel_once_per_day(apps: Apps, db: Database, logs: list[Any]) -> None:
    [app] = await apps(1)
    await app.settings.set("admin.channel", "slack:C0ADMIN", tenant="plant-a")
    turns = ConversationStore(db)
    for route in ("answer", "answer", "answer", "escalation"):
        await turns.add("plant-a", "telegram", "-1", None, None, "assistant", "...", {"route": route})
    await turns.add("plant-b", "telegram", "-2", None, None, "assistant", "...", {"route": "answer"})
    async with db.connect() as conn:
        for status in ("answered", "expired"):
            await conn.execute(
                text(
                    "INSERT INTO escalations (tenant_id, platform, chat_id, question, confidence, reason, trace_id, "
                    "status) VALUES ('plant-a', 'telegram', '-1', 'q', 0.1, 'low confidence', 't', :s)"
                ),
                {"s": status},
            )
    votes = FeedbackStore(db)
    now = datetime.now(UTC)
    for user, value in (("u1", 1), ("u2", 1), ("u3", -1)):
        await votes.record("plant-a", "r1", "telegram", "-1", user, value, now)
    ledger = CostLedger(db)
    for _ in range(2):
        await ledger.record(LedgerEntry("plant-a", "sme", "openai/x", "small", 1000, 200, cost_usd=0.0125))
    await ledger.record(LedgerEntry("plant-b", "sme", "openai/x", "small", 5, 5, cost_usd=9.0))
    dead = await app.engine.outbox.put(Outbound("plant-a", Destination("telegram", "-1"), Reply("x"), "k-dead"))
    async with db.connect() as conn:
        await conn.execute(text("UPDATE outbox SET status = 'dead' WHERE id = :id"), {"id": dead})

    ctx = context(app, clock=lambda: datetime.now(UTC) + timedelta(days=1))  # tomorrow reports today
    first = await jobs.daily_report(ctx)
    again = await jobs.daily_report(ctx)
    assert first == {"day": now.date().isoformat(), "enqueued": ["plant-a"]}
    assert again["enqueued"] == []  # same tenant, same day: one report
    assert len(said(logs, "tenant plant-b: no admin.channel set")) == 1
    async with db.connect() as conn:
        rows = (await conn.execute(text("SELECT * FROM outbox WHERE kind = 'report'"))).all()
    [row] = rows
    assert (row.tenant_id, row.platform, row.chat_id) == ("plant-a", "slack", "C0ADMIN")
    body = row.payload["text"]
    assert f"Daily report for plant-a, {now.date().isoformat()}" in body
    assert "Questions: 4: 3 answered by RIVET, 1 escalated" in body
    assert "Escalations opened: 2: 1 answered by an expert, 1 expired, 0 still waiting" in body
    assert "Feedback: 2 👍, 1 👎" in body
    assert "LLM: 2 calls (0 failed, 0 from cache), 2,000 prompt + 400 completion tokens, $0.0250" in body
    assert "1 undeliverable that day (1 in all" in body

    # The day after tomorrow's report covers tomorrow: nothing happened, and it is a new row.
    later = context(app, clock=lambda: datetime.now(UTC) + timedelta(days=2))
    assert (await jobs.daily_report(later))["enqueued"] == ["plant-a"]


async def test_purge_keeps_each_tenants_retention(apps: Apps, db: Database) -> None:
    [app] = await apps(1)
    await app.settings.set("conversation.retention_s", "86400", tenant="plant-a")  # a day; plant-b: 30 days
    now = datetime.now(UTC)
    old = now - timedelta(days=2)
    for tenant in ("plant-a", "plant-b"):
        past = ConversationStore(db, clock=lambda: old)
        await past.add(tenant, "telegram", "-1", None, "u", "user", "old question")
        await ConversationStore(db).add(tenant, "telegram", "-1", None, "u", "user", "new question")
    dedupe = Deduplicator(db, clock=lambda: old.timestamp())
    assert (await dedupe.claim("plant-a", "telegram", "ev-1", 30.0)).outcome == "claimed"
    async with db.connect() as conn:
        await dedupe.done(conn, "plant-a", "telegram", "ev-1")
    await RateLimiter(db, app.settings, clock=lambda: old.timestamp()).check("plant-a", "telegram:u")
    async with db.connect() as conn:
        await conn.execute(
            text(
                "INSERT INTO llm_cache (key, tenant_id, response, model, expires_at) "
                "VALUES ('k1', 'plant-a', 'r', 'm', now() - interval '1 hour'), "
                "('k2', 'plant-a', 'r', 'm', now() + interval '1 hour')"
            )
        )

    result = await jobs.purge(context(app))
    assert result["llm_cache"] == 1 and result["dedupe_keys"] == 1 and result["rate_buckets"] >= 1
    turns = result["conversation_turns"]
    assert (turns["plant-a"], turns["plant-b"]) == (1, 0)
    async with db.connect() as conn:
        left = (await conn.execute(text("SELECT tenant_id, text FROM conversation_turns ORDER BY tenant_id, id"))).all()
    assert [tuple(r) for r in left] == [
        ("plant-a", "new question"),
        ("plant-b", "old question"),
        ("plant-b", "new question"),
    ]


async def test_outbox_backlog_alerts_on_old_rows_and_new_dead_rows(apps: Apps, db: Database, logs: list[Any]) -> None:
    [app] = await apps(1)
    stale = Outbox(db, app.settings, clock=lambda: time.time() - 900)  # written 15 min ago, never sent
    await stale.put(Outbound("plant-a", Destination("telegram", "-1"), Reply("waiting"), "k-wait"))
    dead = await app.engine.outbox.put(Outbound("plant-a", Destination("slack", "C1"), Reply("x"), "k-dead"))
    async with db.connect() as conn:
        await conn.execute(text("UPDATE outbox SET status = 'dead' WHERE id = :id"), {"id": dead})
    ctx = context(app)

    backlog = await jobs.outbox_backlog(ctx)
    assert backlog["counts"] == {"pending": 1, "dead": 1}
    assert backlog["waiting"]["telegram"]["rows"] == 1 and backlog["waiting"]["telegram"]["oldest_age_s"] >= 899
    [waiting] = said(logs, "is a telegram bot process running?")
    assert waiting["level"].name == "ERROR"
    assert len(said(logs, "1 dead row(s), 1 since the last check")) == 1
    await jobs.outbox_backlog(ctx)
    assert len(said(logs, "dead row(s)")) == 1  # no new dead rows: not said again
    assert len(said(logs, "is a telegram bot process running?")) == 2  # still waiting: said each time


# ---- the process --------------------------------------------------------------------------------


@pytest.mark.slow
async def test_rivet_scheduler_runs_until_sigterm_and_stops_gracefully(db: Database, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL" and not k.startswith("RIVET_")}
    env.update(
        {
            "DATABASE_URL": db.url,
            "RIVET_DATA_DIR": str(tmp_path),
            "RIVET_LOG_FORMAT": "text",
            "RIVET_SCHEDULER_HEALTH_S": "0.3",
            "HF_HUB_OFFLINE": "1",
            "PYTHONPATH": str(ROOT),
        }
    )
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "rivet.cli", "scheduler", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    try:

        async def health_runs() -> int:
            row = (await runs_table(db)).get("health")
            return 0 if row is None else int(row.runs)

        deadline = time.monotonic() + 90
        while await health_runs() < 2:
            assert proc.returncode is None, "the scheduler exited early"
            assert time.monotonic() < deadline, "the scheduler never ran its health check"
            await asyncio.sleep(0.2)
        assert await lock_holders(db) == 1
        proc.send_signal(signal.SIGTERM)
        async with asyncio.timeout(60):
            raw, _ = await proc.communicate()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    out = raw.decode()
    assert proc.returncode == 0, out
    assert "leadership released" in out and "stopped" in out
    assert await lock_holders(db) == 0


def test_procfile_runs_the_scheduler() -> None:
    lines = (ROOT / "Procfile").read_text().splitlines()
    assert any(line.startswith("scheduler:") and "rivet scheduler" in line for line in lines)
