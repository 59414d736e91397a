"""engine: processed_events (dedupe), rate_buckets, conversation_turns, escalations

All four tables hold shared engine state so that any replica can take any event: a retry that
lands on another replica is still recognized, one user's tokens are counted once, a follow-up
finds its thread, and an escalation survives the process that opened it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _tenant_fk() -> sa.Column:
    return sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False)


def upgrade() -> None:
    # tenant_id is part of the key: Telegram update_ids are only unique per bot, and two tenants
    # may run two bots, so (platform, event_id) alone could drop another plant's question.
    op.create_table(
        "processed_events",
        _tenant_fk(),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("event_id", sa.String(255), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.PrimaryKeyConstraint("tenant_id", "platform", "event_id", name="pk_processed_events"),
    )
    op.create_index("ix_processed_events_created", "processed_events", ["created_at"])

    # tokens and updated_at are plain numbers in clock seconds: the limiter's injected clock
    # is the only time source, so tests move time without touching the server clock.
    op.create_table(
        "rate_buckets",
        sa.Column("key", sa.String(512), primary_key=True),
        _tenant_fk(),
        sa.Column("tokens", sa.Double, nullable=False),
        sa.Column("updated_at", sa.Double, nullable=False),
        sa.Column("notified", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_rate_buckets_updated", "rate_buckets", ["updated_at"])

    op.create_table(
        "conversation_turns",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _tenant_fk(),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(255), nullable=False),
        sa.Column("thread_id", sa.String(255)),
        sa.Column("user_id", sa.String(255)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", pg.JSONB, nullable=False, server_default=sa.text("'{}'::jsonb")),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.CheckConstraint("role IN ('user', 'assistant')", name="ck_conversation_turns_role"),
    )
    op.create_index(
        "ix_conversation_turns_thread",
        "conversation_turns",
        ["tenant_id", "platform", "chat_id", "thread_id", "created_at"],
    )
    op.create_index("ix_conversation_turns_created", "conversation_turns", ["created_at"])

    op.create_table(
        "escalations",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _tenant_fk(),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(255), nullable=False),
        sa.Column("thread_id", sa.String(255)),
        sa.Column("user_id", sa.String(255)),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("domain", sa.String(64)),
        sa.Column("confidence", sa.Double, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("trace_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("answered_at", sa.DateTime(timezone=True)),
        sa.Column("answer", sa.Text),
        sa.Column("expert", sa.String(255)),
    )
    op.create_index("ix_escalations_tenant_status", "escalations", ["tenant_id", "status", "created_at"])
    op.create_index("ix_escalations_trace", "escalations", ["trace_id"])


def downgrade() -> None:
    op.drop_table("escalations")
    op.drop_table("conversation_turns")
    op.drop_table("rate_buckets")
    op.drop_table("processed_events")
