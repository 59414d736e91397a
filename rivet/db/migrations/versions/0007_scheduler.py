"""scheduler: scheduler_runs, the last run of every scheduled job

One row per job, overwritten by each run: when it last started and finished, whether it worked,
what it found (the health check's latency, a purge's counts) and which process ran it. /status and
an operator read it to see that the scheduler is alive and who leads, without reading logs. Runs are
not a history (logs are): the table never grows past the number of jobs.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scheduler_runs",
        sa.Column("job", sa.String(64), primary_key=True),
        sa.Column("node", sa.String(255), nullable=False),  # host:pid of the leader that ran it
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ok", sa.Boolean, nullable=False),
        sa.Column("duration_ms", sa.Double, nullable=False),
        sa.Column("result", pg.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("error", sa.Text),
        sa.Column("runs", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("failures", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("consecutive_failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_ok_at", sa.DateTime(timezone=True)),
    )


def downgrade() -> None:
    op.drop_table("scheduler_runs")
