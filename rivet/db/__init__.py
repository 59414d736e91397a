"""PostgreSQL + pgvector access: the embedded default or a DATABASE_URL, and Alembic migrations."""

from rivet.db.database import Database

__all__ = ["Database"]
