"""outbox: replies only one person sees (private_to) and the URL the platform gave to answer with

A Slack slash command is answered ephemerally to the user who ran it, through the command's
response_url (valid 30 minutes, 5 uses) or, when that is spent, chat.postEphemeral. The outbox row
carries both so any replica's delivery worker can send it; rows written before are public (NULL).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("outbox", sa.Column("private_to", sa.String(255)))
    op.add_column("outbox", sa.Column("response_url", sa.Text))


def downgrade() -> None:
    op.drop_column("outbox", "response_url")
    op.drop_column("outbox", "private_to")
