"""`rivet scheduler`: build the app, run the scheduler until SIGTERM or SIGINT, then stop gracefully."""

from __future__ import annotations

import asyncio
import signal
from typing import TYPE_CHECKING

import typer

from rivet.runner import run

if TYPE_CHECKING:
    from rivet.app import App


def scheduler() -> None:
    """Run the scheduled jobs (health, settings reload, escalation SLA, outbox alerts, purges,
    daily report). Run one per replica: an advisory lock makes one of them the leader."""

    async def main(app: App) -> None:
        from scheduler.jobs import JobContext
        from scheduler.service import Scheduler

        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        service = Scheduler(JobContext(app.db, app.settings, app.engine))
        await service.run_until(stop)

    run(main, process="scheduler")


def register(cli: typer.Typer) -> None:
    cli.command("scheduler")(scheduler)
