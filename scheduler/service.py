"""The scheduler process: APScheduler 3 ticks the registered jobs; only the leader runs them.

Every replica schedules every job. At each tick the replica checks leadership (scheduler/leader.py),
so a follower takes over at its first tick after the leader is gone, and each tick's work is done
once. A failing job is logged with its trace and recorded in scheduler_runs; the next tick runs
as usual and other jobs never notice. Ticks are coalesced (a process that was busy runs a job once,
not once per missed tick), and a tick later than its grace time is skipped and logged as missed.
Intervals come from settings and are followed while running: a changed interval reschedules its
job, 0 pauses it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED, JobEvent
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger
from loguru import logger
from sqlalchemy import text

from rivet.errors import RivetError
from scheduler.jobs import JobContext
from scheduler.leader import LeaderLock
from scheduler.registry import JOBS, Job

# A job that hangs must not hold its slot forever (max_instances=1 skips the ticks behind it).
MIN_TIMEOUT_S = 60.0


def default_node() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def grace_s(interval_s: float) -> int:
    """Half an interval, at least a second (APScheduler wants whole seconds): a tick later than
    that is skipped as missed, because the next one is about as close."""
    return max(1, int(interval_s / 2))


class Scheduler:
    """Start, tick, stop. `runs` counts the jobs this process actually ran (tests and logs read it)."""

    def __init__(
        self,
        ctx: JobContext,
        jobs: Sequence[Job] = JOBS,
        *,
        node: str | None = None,
        leader: LeaderLock | None = None,
    ) -> None:
        self.ctx = ctx
        self.jobs = {job.name: job for job in jobs}
        self.node = node or default_node()
        self.leader = leader or LeaderLock(ctx.db.url, node=self.node)
        self.aps = AsyncIOScheduler(timezone=UTC)
        self.aps.add_listener(self._on_event, EVENT_JOB_MISSED | EVENT_JOB_MAX_INSTANCES)
        self.runs: Counter[str] = Counter()
        self._intervals: dict[str, float] = {}
        self._running: set[asyncio.Task[Any]] = set()
        # Our own lines say what ran and how it went; APScheduler's INFO line per tick is noise.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)

    async def _interval(self, job: Job) -> float:
        try:
            return await self.ctx.settings.get_float(job.interval_key, default=job.default_s)
        except RivetError as exc:  # settings unreadable (database down): keep what we have
            logger.warning("scheduler: cannot read {}: {}", job.interval_key, exc)
            return self._intervals.get(job.name, job.default_s)

    async def start(self) -> None:
        """Schedule every job (first run at once, then at its interval) and start ticking."""
        now = datetime.now(UTC)
        for job in self.jobs.values():
            interval = await self._interval(job)
            self._intervals[job.name] = interval
            self.aps.add_job(
                self._tick,
                IntervalTrigger(seconds=interval if interval > 0 else job.default_s, timezone=UTC),
                args=[job.name],
                id=job.name,
                name=job.name,
                coalesce=True,
                max_instances=1,
                misfire_grace_time=grace_s(interval),
                next_run_time=now if interval > 0 else None,  # None: added paused (0 = off)
            )
        self.aps.start()
        plan = ", ".join(f"{n} every {s:g} s" if s > 0 else f"{n} off" for n, s in self._intervals.items())
        logger.info("scheduler {} started: {}", self.node, plan)

    async def _tick(self, name: str) -> None:
        job = self.jobs[name]
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        try:
            if job.every_replica or await self.leader.ensure():
                await self._run(job)
            await self._follow_intervals()
        finally:
            if task is not None:
                self._running.discard(task)

    async def _run(self, job: Job) -> None:
        """Run one job; whatever it raises is logged and recorded, never propagated."""
        started_at = self.ctx.clock()
        t0 = time.perf_counter()
        ok, error, result = True, None, {}
        timeout = max(MIN_TIMEOUT_S, self._intervals.get(job.name, job.default_s))
        try:
            async with asyncio.timeout(timeout):
                result = dict(await job.func(self.ctx) or {})
        except RivetError as exc:  # our errors are one clear line already (database down, a step failed)
            ok, error = False, str(exc)
            logger.error("scheduler: job {} failed: {}", job.name, exc)
        except TimeoutError:
            ok, error = False, f"timed out after {timeout:g} s"
            logger.error("scheduler: job {} timed out after {:g} s", job.name, timeout)
        except Exception as exc:
            ok, error = False, f"{type(exc).__name__}: {exc}"
            logger.exception("scheduler: job {} failed", job.name)
        self.runs[job.name] += 1
        duration_ms = round((time.perf_counter() - t0) * 1000, 1)
        logger.debug("scheduler: job {} {} in {} ms", job.name, "ok" if ok else "failed", duration_ms)
        await self._record(job.name, started_at, ok, duration_ms, result, error)

    async def _record(
        self, name: str, started_at: datetime, ok: bool, duration_ms: float, result: dict[str, Any], error: str | None
    ) -> None:
        """Upsert the job's row in scheduler_runs (what /status reads); a failure here is only logged."""
        finished_at = self.ctx.clock()
        try:
            async with self.ctx.db.connect() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO scheduler_runs (job, node, started_at, finished_at, ok, duration_ms, result, "
                        "error, runs, failures, consecutive_failures, last_ok_at) VALUES (:job, :node, :s, :f, :ok, "
                        ":d, CAST(:r AS jsonb), :e, 1, :fail, :fail, CASE WHEN :ok THEN CAST(:f AS timestamptz) END) "
                        "ON CONFLICT (job) DO UPDATE SET node = EXCLUDED.node, started_at = EXCLUDED.started_at, "
                        "finished_at = EXCLUDED.finished_at, ok = EXCLUDED.ok, duration_ms = EXCLUDED.duration_ms, "
                        "result = EXCLUDED.result, error = EXCLUDED.error, runs = scheduler_runs.runs + 1, "
                        "failures = scheduler_runs.failures + EXCLUDED.failures, "
                        "consecutive_failures = CASE WHEN EXCLUDED.ok THEN 0 "
                        "ELSE scheduler_runs.consecutive_failures + 1 END, "
                        "last_ok_at = coalesce(EXCLUDED.last_ok_at, scheduler_runs.last_ok_at)"
                    ),
                    {
                        "job": name,
                        "node": self.node,
                        "s": started_at,
                        "f": finished_at,
                        "ok": ok,
                        "d": duration_ms,
                        "r": json.dumps(result, default=str),
                        "e": error[:2000] if error else None,
                        "fail": 0 if ok else 1,
                    },
                )
        except Exception as exc:
            logger.warning("scheduler: could not record the run of {}: {}", name, exc)

    async def _follow_intervals(self) -> None:
        """Apply changed interval settings (read from the settings snapshot, so this is cheap)."""
        for job in self.jobs.values():
            interval = await self._interval(job)
            if interval == self._intervals.get(job.name):
                continue
            self._intervals[job.name] = interval
            if interval <= 0:
                self.aps.pause_job(job.name)
                logger.info("scheduler: {} is off ({} = {:g})", job.name, job.interval_key, interval)
                continue
            self.aps.modify_job(job.name, misfire_grace_time=grace_s(interval))
            self.aps.reschedule_job(job.name, trigger=IntervalTrigger(seconds=interval, timezone=UTC))
            logger.info("scheduler: {} now every {:g} s ({})", job.name, interval, job.interval_key)

    def _on_event(self, event: JobEvent) -> None:
        if event.code == EVENT_JOB_MISSED:
            logger.warning(
                "scheduler: job {} missed its run at {} (this process was busy or paused past the grace time); "
                "it runs again at its next interval",
                event.job_id,
                getattr(event, "scheduled_run_time", "?"),
            )
        elif event.code == EVENT_JOB_MAX_INSTANCES:
            logger.warning("scheduler: job {} still runs from an earlier tick; this tick is skipped", event.job_id)

    async def stop(self, *, timeout_s: float = 10.0) -> None:
        """Graceful stop: no new ticks, let running jobs finish (bounded), release leadership."""
        if self.aps.running:
            self.aps.pause()
        current = asyncio.current_task()
        running = {t for t in self._running if t is not current}
        if running:
            _, late = await asyncio.wait(running, timeout=timeout_s)
            if late:
                logger.warning("scheduler: {} job(s) still running after {:g} s are cancelled", len(late), timeout_s)
        if self.aps.running:
            self.aps.shutdown(wait=False)
        await self.leader.release()
        logger.info("scheduler {} stopped ({} job runs here)", self.node, sum(self.runs.values()))

    async def run_until(self, stop: asyncio.Event) -> None:
        """The process's life: start, wait for the stop signal, stop gracefully."""
        await self.start()
        try:
            await stop.wait()
        finally:
            await self.stop()
