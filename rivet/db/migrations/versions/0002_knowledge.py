"""knowledge: documents and chunks (vector(384) HNSW cosine, tsvector GIN, exact codes GIN)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql as pg

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("doc_type", sa.String(32), nullable=False),
        sa.Column("file_type", sa.String(16), nullable=False),
        sa.Column("manufacturer", sa.Text),
        sa.Column("models", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("domain", sa.String(64)),
        sa.Column("safety", sa.String(16), nullable=False, server_default="normal"),
        sa.Column("revision", sa.Text),
        sa.Column("status", sa.String(16), nullable=False, server_default="active"),
        sa.Column("review", sa.String(16), nullable=False, server_default="manual"),
        sa.Column("size_bytes", sa.Integer, nullable=False, server_default="0"),
        sa.Column("chunk_count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("embed_model", sa.Text, nullable=False),
        sa.Column("embed_dim", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
        sa.UniqueConstraint("tenant_id", "source", name="uq_documents_tenant_source"),
    )
    op.create_table(
        "chunks",
        sa.Column("id", sa.BigInteger, sa.Identity(), primary_key=True),
        sa.Column("tenant_id", sa.String(64), sa.ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
        sa.Column("document_id", sa.BigInteger, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("ordinal", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("heading_path", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("page", sa.Integer),
        sa.Column("token_count", sa.Integer, nullable=False),
        sa.Column("codes", pg.ARRAY(sa.Text), nullable=False, server_default="{}"),
        sa.Column("embedding", Vector(384), nullable=False),
        sa.Column("tsv", pg.TSVECTOR, nullable=False),
    )
    op.create_index("ix_chunks_document", "chunks", ["document_id", "ordinal"])
    op.create_index("ix_chunks_tenant", "chunks", ["tenant_id"])
    op.create_index("ix_chunks_tsv", "chunks", ["tsv"], postgresql_using="gin")
    op.create_index("ix_chunks_codes", "chunks", ["codes"], postgresql_using="gin")
    op.execute(
        "CREATE INDEX ix_chunks_embedding ON chunks USING hnsw (embedding vector_cosine_ops) "
        "WITH (m = 16, ef_construction = 64)"
    )


def downgrade() -> None:
    op.drop_table("chunks")
    op.drop_table("documents")
