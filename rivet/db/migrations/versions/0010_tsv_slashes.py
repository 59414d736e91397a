"""chunks: full-text vectors recomputed with slashes read as spaces

PostgreSQL's parser reads a slash-joined run ("2400 crates/h", "start/stop button") as one file-path
token, so a chunk's vector held no "crates" or "stop" and a question asking for them did not find it
by its words. Chunks are now parsed with slashes as spaces (knowledge.store.slash_as_space); the
vectors stored before are recomputed here the same way, from the text, heading path and codes they
were made from. The SQL is written out rather than imported: a migration must keep doing what it did
when it was written.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _recompute(slash: str) -> None:
    """Every chunk's tsv from its own columns; the heading is its path joined by spaces, as at ingest."""
    op.execute(
        "UPDATE chunks SET tsv = "
        f"setweight(to_tsvector('english', translate(array_to_string(heading_path, ' '), '/', '{slash}')), 'B') "
        f"|| to_tsvector('english', translate(text, '/', '{slash}')) "
        "|| setweight(array_to_tsvector(codes), 'A')"
    )


def upgrade() -> None:
    _recompute(" ")


def downgrade() -> None:
    _recompute("/")
