"""Scheduled jobs (APScheduler): database health checks, settings reloads, escalation reminders."""
