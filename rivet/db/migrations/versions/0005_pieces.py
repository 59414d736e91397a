"""pieces: the vectors of every chunk's sentences, steps and rows, computed at ingest

The extractive answer stage scores a question against these pieces; storing their vectors means
no question waits on embedding anything but itself. Rows go with their chunk (and tenant).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pieces",
        sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("chunk_id", sa.BigInteger, sa.ForeignKey("chunks.id", ondelete="CASCADE"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        # blake2b-64 of the piece text (knowledge.pieces.piece_digest): a vector is used only for the
        # exact text it was made from, even if the splitting rules change after ingest.
        sa.Column("digest", sa.BigInteger, nullable=False),
        sa.Column("embedding", Vector(384), nullable=False),
        sa.PrimaryKeyConstraint("chunk_id", "position", name="pk_pieces"),
    )
    # No vector index: pieces are read by chunk id only (the PK); the tenant index serves the
    # tenant filter of that read and the cascade when a tenant is deleted.
    op.create_index("ix_pieces_tenant", "pieces", ["tenant_id"])


def downgrade() -> None:
    op.drop_table("pieces")
