"""One Database object per app: resolves the URL, checks pgvector, migrates, hands out sessions.

No module-level engine: tests build two apps side by side, each with its own Database.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from rivet.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATION_LOCK_KEY = 0x52495645  # "RIVE": one migrator at a time across processes


def sqlalchemy_url(url: str) -> str:
    """Normalize postgres://, postgresql:// URLs to the psycopg 3 SQLAlchemy dialect."""
    return re.sub(r"^postgres(ql)?(\+[a-z0-9]+)?://", "postgresql+psycopg://", url)


def mask_url(url: str) -> str:
    """The URL without its password, for messages and `db status`."""
    try:
        return make_url(sqlalchemy_url(url)).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable DATABASE_URL>"


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


@dataclass
class Database:
    """Connection facts for one PostgreSQL database plus a lazily created async engine."""

    url: str
    embedded_dir: Path | None = None  # set when this is the embedded default
    pool_size: int = 5
    _engine: AsyncEngine | None = None

    @classmethod
    def from_config(cls, database_url: str | None, data_dir: Path) -> Database:
        """DATABASE_URL if given, else the embedded server under data_dir (started on demand)."""
        if database_url:
            return cls(url=database_url)
        from rivet.db.embedded import start_embedded

        return cls(url=start_embedded(data_dir), embedded_dir=data_dir.resolve())

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_async_engine(
                sqlalchemy_url(self.url),
                pool_size=self.pool_size,
                max_overflow=self.pool_size,
                pool_pre_ping=True,
            )
        return self._engine

    @property
    def where(self) -> str:
        """Where the data lives, in words."""
        if self.embedded_dir is not None:
            return f"embedded PostgreSQL, data in {self.embedded_dir / 'pgdata'}"
        return f"external PostgreSQL at {mask_url(self.url)}"

    @asynccontextmanager
    async def connect(self) -> AsyncIterator[AsyncConnection]:
        """A connection in a transaction, with driver errors turned into one clear line."""
        try:
            async with self.engine.begin() as conn:
                yield conn
        except OperationalError as exc:
            raise DatabaseError(f"database unavailable at {mask_url(self.url)}: {_first_line(exc)}") from None

    async def check(self) -> None:
        """Fail clearly when the server is unreachable or pgvector is missing or cannot be created."""
        try:
            async with self.engine.connect() as conn:
                available = (
                    await conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'"))
                ).scalar()
                installed = (await conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'vector'"))).scalar()
                if installed:
                    return
                if not available:
                    raise DatabaseError(
                        f"PostgreSQL at {mask_url(self.url)} has no pgvector extension available; "
                        "install pgvector on that server, or unset DATABASE_URL to use the embedded default"
                    )
                try:
                    # Two processes starting at once would race on pg_extension's unique index.
                    await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                    await conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
                    await conn.commit()
                except DBAPIError as exc:
                    raise DatabaseError(
                        f"the pgvector extension cannot be created in {mask_url(self.url)}: "
                        f"{_first_line(exc)}; ask a superuser to run CREATE EXTENSION vector"
                    ) from None
        except OperationalError as exc:
            raise DatabaseError(f"cannot connect to {mask_url(self.url)}: {_first_line(exc)}") from None

    def migrate(self) -> None:
        """Apply Alembic migrations up to head, one process at a time (advisory lock)."""
        from alembic import command
        from alembic.config import Config
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        engine = create_engine(sqlalchemy_url(self.url), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise DatabaseError(f"cannot migrate {mask_url(self.url)}: {_first_line(exc)}") from None
        finally:
            engine.dispose()

    async def prepare(self) -> Database:
        """check() then migrate(): what every entry point runs before using the database."""
        import asyncio

        await self.check()
        await asyncio.to_thread(self.migrate)
        return self

    async def status(self) -> dict[str, Any]:
        """Server and pgvector versions, size, row counts per table, and where the data lives."""
        async with self.connect() as conn:
            version = (await conn.execute(text("SHOW server_version"))).scalar()
            vector = (await conn.execute(text("SELECT extversion FROM pg_extension WHERE extname = 'vector'"))).scalar()
            size = (await conn.execute(text("SELECT pg_size_pretty(pg_database_size(current_database()))"))).scalar()
            tables = (
                (
                    await conn.execute(
                        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
                    )
                )
                .scalars()
                .all()
            )
            counts: dict[str, int] = {}
            for table in tables:
                counts[table] = int((await conn.execute(text(f'SELECT count(*) FROM "{table}"'))).scalar() or 0)
            head = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar()
        return {
            "postgresql": version,
            "pgvector": vector,
            "database_size": size,
            "migration": head,
            "tables": counts,
            "where": self.where,
        }

    async def dispose(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None
