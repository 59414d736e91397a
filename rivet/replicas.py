"""`rivet bench replicas`: several replicas of every Procfile process on one database, every message answered once.

The fake Telegram and Slack servers run in this process; the bots, web and scheduler replicas are
real `rivet` subprocesses sharing one PostgreSQL (the embedded server, or DATABASE_URL) and
coordinating only through it: event claims (dedupe), outbox claims (SKIP LOCKED), rate buckets and
the scheduler's advisory lock. Telegram allows one getUpdates consumer per bot token, so replicated
Telegram is its webhook: each update is POSTed to one web replica, in turn. Slack over HTTP: each
event goes to one of the replicas serving /slack/events (web, and bots running Slack over HTTP), in
turn. Every `duplicate_every`-th message is also POSTed to a second replica at the same moment: a
platform's retry that the load balancer sends elsewhere while the first copy is being answered.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import signal
import socket
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from rivet.chatload import QUESTIONS
from rivet.errors import RivetError

TELEGRAM_TOKEN = "123456:REPLICATED-BOT-TOKEN-0123456789abcdef"
WEBHOOK_SECRET = "replicas-bench-webhook-secret"
LEADER_JOBS = ("health", "outbox_backlog", "escalation_sla")  # leader-only jobs the bench ticks fast
ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Replica:
    """One subprocess: `rivet serve` (web), `rivet run slack` (bots) or `rivet scheduler`."""

    name: str
    process: str
    port: int | None
    log: Path
    proc: asyncio.subprocess.Process | None = None
    received: int = 0  # requests the bench POSTed to it

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class ReplicasResult:
    """What the run measured; `problems` lists every broken promise (empty when all held)."""

    messages: int
    duplicated: int = 0
    replies: int = 0
    duplicates: int = 0
    missing: int = 0
    handled: int = 0
    startup_s: float = 0.0
    seconds: float = 0.0
    answer_ms: list[float] = field(default_factory=list)
    replicas: list[dict[str, Any]] = field(default_factory=list)
    scheduler: dict[str, Any] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    logs: str = ""

    def summary(self) -> dict[str, Any]:
        def pct(q: float) -> float:
            if not self.answer_ms:
                return 0.0
            ordered = sorted(self.answer_ms)
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)

        return {
            "messages": self.messages,
            "duplicated_deliveries": self.duplicated,
            "replies": self.replies,
            "duplicates": self.duplicates,
            "missing": self.missing,
            "handled_by_replicas": self.handled,
            "startup_s": round(self.startup_s, 1),
            "seconds": round(self.seconds, 2),
            "messages_per_s": round(self.messages / self.seconds, 2) if self.seconds else 0.0,
            "answer_p50_ms": pct(0.5),
            "answer_p95_ms": pct(0.95),
            "replicas": self.replicas,
            "scheduler": self.scheduler,
            "problems": self.problems,
            "logs": self.logs,
        }


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def child_env(db_env: dict[str, str], tenant: str) -> dict[str, str]:
    """This process's environment minus its database and RIVET_* choices, plus the shared database."""
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL" and not k.startswith("RIVET_")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "RIVET_LOG_FORMAT": "json",
            "RIVET_TENANT": tenant,
            **db_env,
        }
    )
    return env


async def _scheduler_runs(db: Any) -> dict[str, int]:
    async with db.connect() as conn:
        rows = (await conn.execute(text("SELECT job, runs FROM scheduler_runs"))).all()
    return {str(r.job): int(r.runs) for r in rows}


async def _leaders(db: Any) -> int:
    from scheduler.leader import SCHEDULER_LOCK_KEY

    async with db.connect() as conn:
        found = await conn.execute(
            text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND objid = :k AND granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"k": SCHEDULER_LOCK_KEY},
        )
        return int(found.scalar() or 0)


async def _metrics(session: aiohttp.ClientSession, replica: Replica) -> dict[str, float]:
    """Messages this replica handled (claimed and answered) and outbox rows it delivered, from /metrics."""
    async with session.get(replica.url + "/metrics") as resp:
        body = await resp.text()
    handled = delivered = 0.0
    for family in text_string_to_metric_families(body):
        for s in family.samples:
            if s.name == "rivet_messages_total":
                handled += s.value
            elif s.name == "rivet_outbox_deliveries_total" and s.labels.get("result") == "sent":
                delivered += s.value
    return {"handled": handled, "delivered": delivered}


async def _wait_ready(replicas: list[Replica], db: Any, schedulers: int, within_s: float) -> None:
    """Every web-serving replica answers /readyz (database and model), and one scheduler leads."""
    deadline = time.monotonic() + within_s
    pending = [r for r in replicas if r.port is not None]
    async with aiohttp.ClientSession() as session:
        while pending or (schedulers and await _leaders(db) != 1):
            for r in replicas:
                if r.proc is not None and r.proc.returncode is not None:
                    raise RivetError(f"replica {r.name} exited with {r.proc.returncode} at start; see {r.log}")
            for r in list(pending):
                with contextlib.suppress(aiohttp.ClientError, OSError):
                    async with session.get(r.url + "/readyz") as resp:
                        if resp.status == 200:
                            pending.remove(r)
            if time.monotonic() > deadline:
                waiting = ", ".join(r.name for r in pending) or "a scheduler leader"
                raise RivetError(f"replicas not ready within {within_s:g} s: {waiting}")
            await asyncio.sleep(0.3)


async def _stop(replicas: list[Replica], within_s: float = 60.0) -> dict[str, int | None]:
    """SIGTERM to all at once (a deploy's rolling stop), then their exit codes (killed: None)."""
    for r in replicas:
        if r.proc is not None and r.proc.returncode is None:
            r.proc.send_signal(signal.SIGTERM)
    codes: dict[str, int | None] = {}
    for r in replicas:
        if r.proc is None:
            continue
        try:
            async with asyncio.timeout(within_s):
                codes[r.name] = await r.proc.wait()
        except TimeoutError:
            r.proc.kill()
            await r.proc.wait()
            codes[r.name] = None
    return codes


async def replicas_bench(
    app: Any,
    *,
    db_env: dict[str, str],
    messages: int = 60,
    replicas: int = 2,
    bots: int | None = None,
    web: int | None = None,
    schedulers: int | None = None,
    concurrency: int = 8,
    duplicate_every: int = 5,
    manuals: list[Path] | None = None,
    scheduler_interval_s: float = 1.0,
    within_s: float = 180.0,
    log_dir: Path | None = None,
) -> ReplicasResult:
    """Start the fakes and the replicas, send `messages` (half Telegram, half Slack), wait for every
    answer, then stop everything with SIGTERM and count. `db_env` is what the replicas need to reach
    the database the app uses: {"DATABASE_URL": ...} or {"RIVET_DATA_DIR": ...} for the embedded server.
    """
    from bots.console import ensure_samples
    from fakes.slack import SIGNING_SECRET, FakeSlack
    from fakes.telegram import FakeTelegram

    n_bots, n_web = replicas if bots is None else bots, replicas if web is None else web
    n_sched = replicas if schedulers is None else schedulers
    if n_web < 1:
        raise RivetError("at least one web replica is needed: replicated Telegram arrives by webhook")
    logs = log_dir or Path(tempfile.mkdtemp(prefix="rivet-replicas-"))
    result = ReplicasResult(messages, logs=str(logs))
    # A new workspace each run: the fakes number updates from 1 again and event ids are remembered.
    team = "TREP" + uuid.uuid4().hex[:6].upper()
    async with FakeTelegram(token=TELEGRAM_TOKEN) as tg, FakeSlack(team_id=team) as sl:
        tenant = sl.team_id
        if manuals is None:
            await ensure_samples(app, tenant)
        else:
            await app.knowledge.ingest(manuals, tenant)
        base = child_env(db_env, tenant)
        slack_env = {"SLACK_BOT_TOKEN": sl.token, "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": sl.api_url}
        telegram_env = {
            "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN,
            "TELEGRAM_API_URL": tg.url,
            "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
        }
        sched_env = {f"RIVET_SCHEDULER_{job.upper()}_S": f"{scheduler_interval_s:g}" for job in LEADER_JOBS}
        plan: list[tuple[Replica, list[str], dict[str, str]]] = []
        for i in range(n_web):
            port = free_port()
            r = Replica(f"web-{i + 1}", "web", port, logs / f"web-{i + 1}.log")
            plan.append((r, ["serve"], {**base, **slack_env, **telegram_env, "PORT": str(port)}))
        for i in range(n_bots):
            port = free_port()  # Slack over HTTP: `rivet run` serves /slack/events, /readyz, /metrics on PORT
            r = Replica(f"bots-{i + 1}", "bots", port, logs / f"bots-{i + 1}.log")
            plan.append((r, ["run", "slack"], {**base, **slack_env, "PORT": str(port)}))
        for i in range(n_sched):
            r = Replica(f"scheduler-{i + 1}", "scheduler", None, logs / f"scheduler-{i + 1}.log")
            plan.append((r, ["scheduler"], {**base, **sched_env}))
        everyone = [r for r, _, _ in plan]
        runs_before = await _scheduler_runs(app.db)
        spawned = time.monotonic()
        stopped_at = spawned
        try:
            for r, args, env in plan:
                with r.log.open("wb") as out:
                    r.proc = await asyncio.create_subprocess_exec(
                        sys.executable, "-m", "rivet.cli", *args, cwd=str(ROOT), env=env,
                        stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=asyncio.subprocess.STDOUT,
                    )  # fmt: skip
            await _wait_ready(everyone, app.db, n_sched, within_s)
            result.startup_s = time.monotonic() - spawned
            await _drive(result, everyone, tg, sl, messages, concurrency, duplicate_every, within_s)
            async with aiohttp.ClientSession() as session:
                for r in everyone:
                    share: dict[str, Any] = {"name": r.name, "received": r.received}
                    if r.port is not None:
                        share.update(await _metrics(session, r))
                        result.handled += int(share["handled"])
                    result.replicas.append(share)
            if n_sched:
                result.scheduler["leaders"] = await _leaders(app.db)
        finally:
            stopped_at = time.monotonic()
            codes = await _stop(everyone)
        for name, code in codes.items():
            if code != 0:
                result.problems.append(f"{name} exited with {code} after SIGTERM (log: {logs / name}.log)")
        for share in result.replicas:
            share["exit_code"] = codes.get(share["name"])
        if result.handled != messages:
            result.problems.append(f"replicas handled {result.handled} messages, {messages} were sent")
        if n_sched:
            await _scheduler_report(result, app, runs_before, stopped_at - spawned, {**base, **sched_env})
    return result


async def _drive(
    result: ReplicasResult,
    everyone: list[Replica],
    tg: Any,
    sl: Any,
    messages: int,
    concurrency: int,
    duplicate_every: int,
    within_s: float,
) -> None:
    """Send the messages (at most `concurrency` waiting for their answer at once), then count replies."""
    from fakes.slack import SlackEvents
    from fakes.telegram_people import FakeUser

    telegram_in = [r for r in everyone if r.process == "web"]
    slack_in = [r for r in everyone if r.process in ("web", "bots")]
    events = {r.name: SlackEvents(r.url + "/slack/events", team_id=sl.team_id, fake=sl) for r in slack_in}
    turn = {"telegram": itertools.count(), "slack": itertools.count()}
    slots = asyncio.Semaphore(max(1, concurrency))
    posts: list[asyncio.Task[int]] = []

    def targets(platform: str, twice: bool) -> list[Replica]:
        pool = telegram_in if platform == "telegram" else slack_in
        k = next(turn[platform])
        chosen = [pool[k % len(pool)]]
        if twice and len(pool) > 1:
            chosen.append(pool[(k + 1) % len(pool)])
        for r in chosen:
            r.received += 1
        return chosen

    async def post_update(session: aiohttp.ClientSession, r: Replica, update: dict[str, Any]) -> int:
        headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        async with session.post(r.url + "/telegram/webhook", json=update, headers=headers) as resp:
            return resp.status

    async def post_event(r: Replica, request: Any, retry: int | None) -> int:
        return int((await events[r.name].post(request, retry_num=retry)).status)

    def tg_replies(chat: int) -> int:
        return sum(1 for s in tg.sent(chat) if s.method == "sendMessage")

    def sl_replies(channel: str) -> int:
        return sum(1 for m in sl.transcripts.get(channel, []) if m.bot_id or m.user == sl.bot_user_id)

    chats: list[tuple[str, Any]] = []

    async def one(i: int, session: aiohttp.ClientSession) -> None:
        text_ = QUESTIONS[i % len(QUESTIONS)]
        twice = duplicate_every > 0 and i % duplicate_every == duplicate_every - 1
        async with slots:
            if i % 2 == 0:
                user = FakeUser(90_000 + i, f"Tech{i}", f"tech{i}")
                chats.append(("telegram", user.id))
                update = tg.user_says(user, text_)
                chosen = targets("telegram", twice)
                sent_at = time.monotonic()
                posts.extend(asyncio.create_task(post_update(session, r, update)) for r in chosen)
                check = lambda: tg_replies(user.id) > 0  # noqa: E731
            else:
                user_id, channel = f"U9{i:05d}", f"D9{i:05d}"
                sl.add_user(user_id, f"tech{i}")
                sl.add_channel(channel, f"tech{i}", is_im=True)
                chats.append(("slack", channel))
                chosen = targets("slack", twice)
                request = events[chosen[0].name].im(text_, user=user_id, channel=channel)
                sent_at = time.monotonic()
                posts.extend(
                    asyncio.create_task(post_event(r, request, None if n == 0 else 1)) for n, r in enumerate(chosen)
                )
                check = lambda: sl_replies(channel) > 0  # noqa: E731
            if len(chosen) > 1:
                result.duplicated += 1
            deadline = sent_at + within_s
            while not check():
                if time.monotonic() > deadline:
                    return  # counted as missing below
                await asyncio.sleep(0.02)
            result.answer_ms.append((time.monotonic() - sent_at) * 1000)

    started = time.monotonic()
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(one(i, session) for i in range(messages)))
        result.seconds = time.monotonic() - started
        statuses = await asyncio.gather(*posts)
    bad = [s for s in statuses if s != 200]
    if bad:
        result.problems.append(f"{len(bad)} deliveries to the replicas were refused: HTTP {sorted(set(bad))}")
    await asyncio.sleep(2.0)  # a second answer would arrive after the first
    for platform, chat in chats:
        got = tg_replies(chat) if platform == "telegram" else sl_replies(chat)
        result.replies += min(got, 1)
        if got == 0:
            result.missing += 1
            result.problems.append(f"{platform} {chat}: no answer")
        elif got > 1:
            result.duplicates += 1
            result.problems.append(f"{platform} {chat}: {got} answers to one message")


async def _scheduler_report(
    result: ReplicasResult, app: Any, before: dict[str, int], window_s: float, env: dict[str, str]
) -> None:
    """Runs of each leader-only job during the window against the ticks that fit in it: with one
    leader a job runs at most once per tick (its first run at start, then once per interval)."""
    from rivet.settings import SettingsService

    settings = SettingsService(app.db, environ=env)  # the intervals as the scheduler replicas read them
    after = await _scheduler_runs(app.db)
    jobs = {}
    for job in LEADER_JOBS:
        interval = await settings.get_float(f"scheduler.{job}_s")
        runs = after.get(job, 0) - before.get(job, 0)
        ticks = int(window_s / interval) + 1 if interval > 0 else 0
        jobs[job] = {"interval_s": interval, "runs": runs, "ticks_at_most": ticks}
        if runs > ticks:
            result.problems.append(f"scheduler job {job} ran {runs} times in {ticks} ticks: more than one leader")
        if interval > 0 and runs == 0:
            result.problems.append(f"scheduler job {job} never ran")
    result.scheduler.update(window_s=round(window_s, 1), jobs=jobs)
    if result.scheduler.get("leaders") != 1:
        result.problems.append(f"{result.scheduler.get('leaders')} scheduler leaders, expected 1")
