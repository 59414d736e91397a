"""The one list of scheduled jobs: name, function, the setting that holds its interval, and its default.

Adding a job is one line here and one function in scheduler/jobs.py; its interval setting is
declared from this list, so `rivet settings list` shows it.
"""

from __future__ import annotations

from dataclasses import dataclass

from rivet.settings import SettingSpec, register
from scheduler import jobs
from scheduler.jobs import JobFunc


@dataclass(frozen=True)
class Job:
    """A scheduled job. `every_replica` jobs run in every scheduler process, not only the leader's
    (reloading settings refreshes this process's own cache; leadership has nothing to do with it)."""

    name: str
    func: JobFunc
    interval_key: str
    default_s: float
    description: str
    every_replica: bool = False


JOBS: tuple[Job, ...] = (
    Job("health", jobs.health_check, "scheduler.health_s", 60.0, "database health check (latency, read-only)"),
    Job("settings_reload", jobs.settings_reload, "scheduler.settings_reload_s", 300.0, "re-read the settings table",
        every_replica=True),
    Job("escalation_sla", jobs.escalation_sla, "scheduler.escalation_sla_s", 60.0,
        "escalation reminders, re-routing and expiry"),
    Job("outbox_backlog", jobs.outbox_backlog, "scheduler.outbox_backlog_s", 60.0,
        "log and alert the outbox backlog and dead rows (delivers nothing)"),
    Job("purge", jobs.purge, "scheduler.purge_s", 3600.0,
        "purge expired LLM cache rows, old dedupe keys, idle rate buckets, turns past retention"),
    Job("daily_report", jobs.daily_report, "scheduler.daily_report_s", 3600.0,
        "yesterday's usage and cost to each tenant's admin.channel, once per day"),
)  # fmt: skip

SETTINGS: tuple[SettingSpec, ...] = (
    *(
        SettingSpec(job.interval_key, "float", job.default_s, f"Seconds between runs: {job.description}; 0 = off.",
                    "scheduler", scope="global")
        for job in JOBS
    ),
    SettingSpec("scheduler.outbox_alert_age_s", "float", jobs.OUTBOX_ALERT_AGE_S,
                "An outbox row still undelivered after this many seconds is logged as an error.", "scheduler",
                scope="global"),
    SettingSpec("admin.channel", "str", "",
                "Where the daily usage and cost report goes, e.g. slack:C0ADMIN; empty: no report.", "scheduler"),
)  # fmt: skip
register(*SETTINGS)
