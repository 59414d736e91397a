"""Scheduled jobs (APScheduler): health checks, settings reloads, escalation SLA, outbox alerts, purges, reports.

scheduler/jobs.py holds the jobs, scheduler/registry.py the one list of them, scheduler/service.py
the process that ticks them, scheduler/leader.py the advisory lock that makes one replica run them.
"""
