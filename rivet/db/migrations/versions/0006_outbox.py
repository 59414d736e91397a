"""outbox, dedupe leases, the escalation state machine, feedback and expert knowledge drafts

Every outbound message is an outbox row written in the transaction of the state change that caused
it, so a crash never loses a decided message and any replica can deliver it. processed_events gets
a lease: an event is in progress until its reply is in the outbox, and a redelivery after the lease
expired is processed again instead of being taken for a duplicate.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql as pg

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _tenant_fk() -> sa.Column:
    return sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False)


def _ts(name: str, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    # Rows written before this migration were answered: they are done, with no lease.
    op.add_column("processed_events", sa.Column("status", sa.String(16), nullable=False, server_default="done"))
    op.add_column("processed_events", _ts("lease_until"))

    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _tenant_fk(),
        sa.Column("idempotency_key", sa.String(255), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False, server_default="reply"),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(255), nullable=False),
        sa.Column("thread_id", sa.String(255)),
        sa.Column("reply_to", sa.String(255)),
        sa.Column("edit_of", sa.BigInteger),  # another outbox row whose message this one replaces
        sa.Column("reply_id", sa.String(32)),  # Reply.id: feedback buttons find the reply by it
        sa.Column("escalation_id", sa.BigInteger),
        sa.Column("payload", pg.JSONB, nullable=False),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.Double, nullable=False),  # clock seconds (injectable clock)
        sa.Column("claimed_until", sa.Double),
        sa.Column("last_error", sa.Text),
        sa.Column("sent_message_id", sa.String(255)),
        sa.Column("sent_thread_id", sa.String(255)),
        sa.Column("trace_id", sa.String(64), nullable=False, server_default=""),
        _ts("created_at", nullable=False),
        _ts("sent_at"),
        sa.CheckConstraint("status IN ('pending', 'sending', 'sent', 'dead')", name="ck_outbox_status"),
    )
    op.create_index("uq_outbox_key", "outbox", ["tenant_id", "idempotency_key"], unique=True)
    op.create_index(
        "ix_outbox_due", "outbox", ["platform", "next_attempt_at"], postgresql_where=sa.text("status <> 'sent'")
    )
    op.create_index("ix_outbox_chat", "outbox", ["platform", "chat_id", "id"])
    op.create_index("ix_outbox_sent_ref", "outbox", ["platform", "chat_id", "sent_message_id"])
    op.create_index("ix_outbox_reply", "outbox", ["tenant_id", "reply_id"])
    op.create_index("ix_outbox_escalation", "outbox", ["escalation_id"])

    for column in (
        sa.Column("user_name", sa.String(255)),
        sa.Column("message_id", sa.String(255)),  # the technician's question, answers reply to it
        sa.Column("source_event", sa.String(255)),  # platform event id: a redelivery reuses the ticket
        sa.Column("draft", sa.Text),
        sa.Column("sources", pg.JSONB, nullable=False, server_default=sa.text("'[]'::jsonb")),
        sa.Column("channel", sa.String(255)),
        sa.Column("claimed_by", sa.String(255)),
        sa.Column("claimed_by_name", sa.String(255)),
        sa.Column("expert_user_id", sa.String(255)),
        sa.Column("reminders", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rerouted", sa.Boolean, nullable=False, server_default=sa.false()),
        _ts("posted_at"),
        _ts("claimed_at"),
        _ts("resolved_at"),
        _ts("expired_at"),
        _ts("cancelled_at"),
        _ts("reminded_at"),
    ):
        op.add_column("escalations", column)
    op.create_check_constraint(
        "ck_escalations_status",
        "escalations",
        "status IN ('open', 'posted', 'claimed', 'answered', 'resolved', 'expired', 'cancelled')",
    )
    op.create_index(
        "uq_escalations_event",
        "escalations",
        ["tenant_id", "platform", "source_event"],
        unique=True,
        postgresql_where=sa.text("source_event IS NOT NULL"),
    )
    op.create_index("ix_escalations_asker", "escalations", ["tenant_id", "platform", "chat_id", "thread_id", "status"])

    op.create_table(
        "feedback",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _tenant_fk(),
        sa.Column("reply_id", sa.String(32), nullable=False),
        sa.Column("platform", sa.String(32), nullable=False),
        sa.Column("chat_id", sa.String(255), nullable=False),
        sa.Column("user_id", sa.String(255), nullable=False),
        sa.Column("value", sa.SmallInteger, nullable=False),
        _ts("created_at", nullable=False),
        sa.CheckConstraint("value IN (-1, 1)", name="ck_feedback_value"),
    )
    op.create_index("uq_feedback_vote", "feedback", ["tenant_id", "reply_id", "user_id"], unique=True)

    op.create_table(
        "knowledge_drafts",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        _tenant_fk(),
        sa.Column("escalation_id", sa.BigInteger, sa.ForeignKey("escalations.id", ondelete="SET NULL")),
        sa.Column("question", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=False),
        sa.Column("expert", sa.String(255), nullable=False),
        sa.Column("models", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("codes", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("domain", sa.String(64)),
        sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
        sa.Column("review_date", sa.Date),
        sa.Column("decided_by", sa.String(255)),
        sa.Column("source", sa.String(255)),  # the document it became, once approved
        _ts("created_at", nullable=False),
        _ts("decided_at"),
        sa.CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="ck_knowledge_drafts_status"),
    )
    op.create_index("ix_knowledge_drafts_tenant", "knowledge_drafts", ["tenant_id", "status", "id"])


def downgrade() -> None:
    op.drop_table("knowledge_drafts")
    op.drop_table("feedback")
    op.drop_index("ix_escalations_asker", "escalations")
    op.drop_index("uq_escalations_event", "escalations")
    op.drop_constraint("ck_escalations_status", "escalations")
    for name in (
        "user_name", "message_id", "source_event", "draft", "sources", "channel", "claimed_by", "claimed_by_name",
        "expert_user_id", "reminders", "rerouted", "posted_at", "claimed_at", "resolved_at", "expired_at",
        "cancelled_at", "reminded_at",
    ):  # fmt: skip
        op.drop_column("escalations", name)
    op.drop_table("outbox")
    op.drop_column("processed_events", "lease_until")
    op.drop_column("processed_events", "status")
