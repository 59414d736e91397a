"""escalations: whether the asker asked privately, so the expert's answer reaches only them

A Slack `/rivet` question is answered ephemerally; when it escalates, the expert's answer (and the
"resolved" note) must reach the asker the same way, not the channel. The row records it; a
response_url is not kept (it expires after 30 minutes), so the answer goes by chat.postEphemeral.
Rows written before are public (false).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("escalations", sa.Column("private", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("escalations", "private")
