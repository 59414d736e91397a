"""One Database object per app: resolves the URL(s), checks pgvector, migrates, hands out connections.

DATABASE_URL may list several servers of one replicated cluster. Each gets its own pool; writes go
only to the one current primary, so a failover never splits the data between two servers.
No module-level engine: tests build two apps side by side, each with its own Database.
"""

from __future__ import annotations

import asyncio
import re
import select
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InvalidatePoolError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine

from rivet.errors import DatabaseError, DatabaseUnavailable

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
MIGRATION_LOCK_KEY = 0x52495645  # "RIVE": one migrator at a time across processes

Role = Literal["primary", "standby", "down"]

# In recovery = a standby (never written to). A primary's timeline is the first 8 hex digits of its
# current WAL file name: promotion raises it, so of two primaries the higher timeline is the newer.
# The postmaster start time tells a server that restarted (maybe as an old primary) from one that did not.
_PROBE_SQL = (
    "SELECT pg_is_in_recovery(), "
    "CASE WHEN pg_is_in_recovery() THEN NULL "
    "ELSE ('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::int END, "
    "pg_postmaster_start_time()"
)
# One URL cannot have two primaries, and some managed services restrict WAL functions or restore
# a snapshot (a lower timeline) behind the same address: a single URL does not compare timelines.
_PROBE_SQL_SINGLE = "SELECT pg_is_in_recovery(), NULL::int, pg_postmaster_start_time()"
_ROLE_KEY = "rivet_probe"  # per pooled connection: what _PROBE_SQL said when it was opened
_IDLE_KEY = "rivet_idle_since"  # per pooled connection: time.monotonic() of its last checkin
_ASYNC_COMMIT = text("SET LOCAL synchronous_commit = off")  # connect(durable=False)


def sqlalchemy_url(url: str) -> str:
    """Normalize postgres://, postgresql:// URLs to the psycopg 3 SQLAlchemy dialect."""
    return re.sub(r"^postgres(ql)?(\+[a-z0-9]+)?://", "postgresql+psycopg://", url)


def split_urls(url: str) -> list[str]:
    """The servers DATABASE_URL lists: a comma followed by a new postgres URL starts the next one.

    Splitting on every comma would break libpq's own multi-host form (postgresql://h1,h2/db),
    which stays one entry and is tried host by host by libpq itself.
    """
    parts = re.split(r",\s*(?=postgres(?:ql)?(?:\+[a-z0-9]+)?://)", url.strip())
    return [part.strip() for part in parts if part.strip()]


def mask_url(url: str) -> str:
    """The URL(s) without passwords, for messages and `db status`."""
    urls = split_urls(url)
    if len(urls) > 1:
        return ", ".join(mask_url(one) for one in urls)
    try:
        # Unquoted for reading: a socket directory shows as host=/run/pg, not host=%2Frun%2Fpg.
        return unquote(make_url(sqlalchemy_url(url)).render_as_string(hide_password=True))
    except Exception:
        return "<unparseable DATABASE_URL>"


def url_passwords(url: str) -> list[str]:
    """Every password in DATABASE_URL, for the log redactor: the second server's is a secret too."""
    out = []
    for one in split_urls(url):
        try:
            password = make_url(sqlalchemy_url(one)).password
        except Exception:
            continue
        if password:
            out.append(str(password))
    return out


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or [type(orig).__name__])[0]


@dataclass(frozen=True)
class ServerHealth:
    """One listed server as last seen: what `rivet db status` and `/status` show."""

    url: str  # masked: safe to print
    role: Role
    latency_ms: float | None  # the probe query's round trip on an open connection; None when down
    error: str | None = None  # why it is down, or why a primary is not written to
    timeline: int | None = None  # primaries only
    writes: bool = False  # the server writes go to now
    checked_at: float = 0.0  # time.monotonic() of the probe
    started_at: Any = None  # postmaster start time: a change means the server restarted

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly: age instead of a monotonic timestamp, no start time."""
        data = asdict(self)
        data.pop("started_at")
        data["checked_s_ago"] = round(time.monotonic() - data.pop("checked_at"), 1)
        return data


class _Server:
    """One URL: its own pool and its cached health. Probes are single-flight per server."""

    def __init__(
        self, url: str, pool_size: int, connect_timeout_s: float, probe_sql: str, ping_idle_s: float = 10.0
    ) -> None:
        self.url = url
        self.ping_idle_s = ping_idle_s
        self.probe_sql = probe_sql
        self.masked = mask_url(url)
        self.pool_size = pool_size
        self.connect_timeout_s = connect_timeout_s
        self.health: ServerHealth | None = None
        self._engine: AsyncEngine | None = None
        self._lock: asyncio.Lock | None = None

    @property
    def engine(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_async_engine(
                sqlalchemy_url(self.url),
                pool_size=self.pool_size,
                max_overflow=self.pool_size,
                # Not pool_pre_ping: a SELECT round trip before every transaction, ten per message.
                # _ping_if_stale pings only a connection that may have died (see there).
                connect_args=self._connect_args(),
            )
            probe_sql = self.probe_sql
            engine = self._engine

            def remember_role(dbapi_conn: Any, record: Any) -> None:
                _remember_role(probe_sql, dbapi_conn, record)

            def ping_if_stale(dbapi_conn: Any, record: Any, proxy: Any) -> None:
                _ping_if_stale(engine.dialect, self.ping_idle_s, dbapi_conn, record)

            def idle_since(dbapi_conn: Any, record: Any) -> None:
                record.info[_IDLE_KEY] = time.monotonic()

            event.listen(engine.sync_engine, "connect", remember_role)
            event.listen(engine.sync_engine.pool, "checkout", ping_if_stale)
            event.listen(engine.sync_engine.pool, "checkin", idle_since)
        return self._engine

    def _connect_args(self) -> dict[str, Any]:
        """A dead host behind TCP would otherwise hold every request for the OS timeout (minutes).

        A connect_timeout written in the URL wins: the operator chose it for that server.
        """
        try:
            if "connect_timeout" in make_url(sqlalchemy_url(self.url)).query:
                return {}
        except Exception:
            pass
        return {"connect_timeout": max(1, round(self.connect_timeout_s))}

    async def refresh(self, fresh_since: float) -> ServerHealth:
        """The cached health if checked at or after `fresh_since`, else a new probe.

        Concurrent callers share one probe: a burst of requests while a server is down costs one
        connection attempt, not one per request.
        """
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            if self.health is not None and self.health.checked_at >= fresh_since:
                return self.health
            return await self._probe()

    async def _probe(self) -> ServerHealth:
        try:
            async with asyncio.timeout(self.connect_timeout_s + 5), self.engine.connect() as conn:
                # Timed after checkout: the first connection's setup would swamp the round trip.
                start = time.monotonic()
                in_recovery, timeline, started_at = (await conn.execute(text(self.probe_sql))).one()
                await conn.rollback()
        except (DBAPIError, OSError, TimeoutError) as exc:
            return self.mark_down(exc)
        return self.seen(in_recovery, timeline, started_at, round((time.monotonic() - start) * 1000, 2))

    def probe_sync(self) -> ServerHealth:
        """The same probe without an event loop: migrate() runs in a worker thread or from a script."""
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        engine = create_engine(
            sqlalchemy_url(self.url),
            poolclass=NullPool,
            connect_args=self._connect_args(),
        )
        try:
            with engine.connect() as conn:
                start = time.monotonic()
                in_recovery, timeline, started_at = conn.execute(text(self.probe_sql)).one()
        except (DBAPIError, OSError) as exc:
            return self.mark_down(exc)
        finally:
            engine.dispose()
        return self.seen(in_recovery, timeline, started_at, round((time.monotonic() - start) * 1000, 2))

    def seen(self, in_recovery: bool, timeline: int | None, started_at: Any, latency_ms: float | None) -> ServerHealth:
        """Record what a probe found."""
        self.health = ServerHealth(
            url=self.masked,
            role="standby" if in_recovery else "primary",
            latency_ms=latency_ms,
            timeline=timeline,
            checked_at=time.monotonic(),
            started_at=started_at,
        )
        return self.health

    def mark_down(self, exc: BaseException) -> ServerHealth:
        """Skip this server until its health expires (or until nothing else can serve)."""
        self.health = ServerHealth(
            url=self.masked, role="down", latency_ms=None, error=_first_line(exc), checked_at=time.monotonic()
        )
        return self.health

    def invalidate(self) -> None:
        """Probe again on the next request: a query failed, so the cached role may be wrong."""
        if self.health is not None:
            self.health = replace(self.health, checked_at=float("-inf"))

    async def dispose(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()
            self._engine = None


def _remember_role(probe_sql: str, dbapi_conn: Any, record: Any) -> None:
    """Pool "connect" event: note the new connection's role, timeline and server start time.

    A server changes from primary to standby (or restarts as an old primary) only by restarting,
    which kills every pooled connection; so checking once per physical connection is as good as
    checking per transaction, and costs nothing per request.
    """
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute(probe_sql)
        record.info[_ROLE_KEY] = tuple(cursor.fetchone())
    finally:
        cursor.close()
        dbapi_conn.rollback()


def _ping_if_stale(dialect: Any, idle_s: float, dbapi_conn: Any, record: Any) -> None:
    """Pool "checkout" event: ping a pooled connection only when it may be dead.

    That is when its socket has something to read while idle (a server that restarts or ends the
    backend sends the FATAL notice and closes it: no round trip to notice), or when it sat idle
    longer than `idle_s` (a peer that vanished without a word, a firewall that dropped the idle
    flow). A connection busy a moment ago is used as is. A failed ping raises InvalidatePoolError,
    the pessimistic-disconnect recipe: the pool drops every connection opened before now and
    retries the checkout on a fresh one, so the request does not fail. A connection that dies
    while a transaction runs fails that request (DatabaseUnavailable); pool_pre_ping did not
    save that case either.
    """
    since = record.info.get(_IDLE_KEY)
    if since is None:  # opened for this checkout: nothing to suspect
        return
    if time.monotonic() - since <= idle_s and not _readable(record.driver_connection):
        return
    try:
        alive = dialect.do_ping(dbapi_conn)
    except Exception as exc:
        raise InvalidatePoolError(f"pooled connection failed its ping: {_first_line(exc)}") from exc
    if not alive:
        raise InvalidatePoolError("pooled connection failed its ping")


def _readable(driver_conn: Any) -> bool:
    """True when an idle connection's socket has data or EOF waiting (or cannot be polled at all)."""
    try:
        poller = select.poll()
        poller.register(driver_conn.fileno(), select.POLLIN)
        return bool(poller.poll(0))
    except Exception:
        return True  # closed or broken: let the ping decide


async def _clear_read_only(conn: AsyncConnection, driver: Any) -> None:
    """Back to the server's default (not READ WRITE: default_transaction_read_only keeps its say).

    A connection that cannot be reset (broken, or somehow still in a transaction) is dropped
    from the pool instead: the next checkout may be a writer's.
    """
    try:
        await driver.set_read_only(None)
    except Exception:
        await conn.invalidate()


@dataclass
class Database:
    """One PostgreSQL database, reachable through one or more servers (a primary and its standbys).

    `url` is DATABASE_URL as given: one URL, or several separated by commas. Health (role and
    latency) is cached for `health_ttl_s`; a server that failed is probed again after that, or at
    once when no listed server can serve the request. `allow_standby_reads` lets
    `connect(readonly=True)` use a standby; writes only ever go to the one current primary.
    """

    url: str
    embedded_dir: Path | None = None  # set when this is the embedded default
    pool_size: int = 5
    health_ttl_s: float = 60.0
    allow_standby_reads: bool = False
    connect_timeout_s: float = 5.0
    # A pooled connection idle longer than this is pinged before use (one it can tell is dead, at once).
    ping_idle_s: float = 10.0
    _servers: list[_Server] = field(default_factory=list, init=False, repr=False, compare=False)
    # The highest primary timeline this process has seen: a primary below it is an old primary
    # that came back after a failover, and writing to it would split the data.
    _max_timeline: int = field(default=0, init=False, repr=False, compare=False)

    @classmethod
    def from_config(
        cls,
        database_url: str | None,
        data_dir: Path,
        *,
        health_ttl_s: float = 60.0,
        allow_standby_reads: bool = False,
        ping_idle_s: float = 10.0,
    ) -> Database:
        """DATABASE_URL if given, else the embedded server under data_dir (started on demand)."""
        if database_url:
            return cls(
                url=database_url,
                health_ttl_s=health_ttl_s,
                allow_standby_reads=allow_standby_reads,
                ping_idle_s=ping_idle_s,
            )
        from rivet.db.embedded import start_embedded

        # One embedded server has no standby: allow_standby_reads has nothing to act on.
        return cls(
            url=start_embedded(data_dir),
            embedded_dir=data_dir.resolve(),
            health_ttl_s=health_ttl_s,
            ping_idle_s=ping_idle_s,
        )

    def _members(self) -> list[_Server]:
        if not self._servers:
            urls = split_urls(self.url)
            if not urls:
                raise DatabaseError("DATABASE_URL is empty; unset it to use the embedded default")
            probe_sql = _PROBE_SQL if len(urls) > 1 else _PROBE_SQL_SINGLE
            self._servers = [
                _Server(one, self.pool_size, self.connect_timeout_s, probe_sql, self.ping_idle_s) for one in urls
            ]
        return self._servers

    @property
    def engine(self) -> AsyncEngine:
        """The first listed server's engine. Kept for single-URL callers; connect() fails over, this does not."""
        return self._members()[0].engine

    @property
    def where(self) -> str:
        """Where the data lives, in words."""
        if self.embedded_dir is not None:
            return f"embedded PostgreSQL, data in {self.embedded_dir / 'pgdata'}"
        return f"external PostgreSQL at {mask_url(self.url)}"

    # ---- choosing a server ---------------------------------------------------------------

    def _writer(self) -> tuple[_Server | None, str]:
        """The one server writes may go to, from cached health; else None and why not, in words."""
        members = self._members()
        primaries = [s for s in members if s.health is not None and s.health.role == "primary"]
        for server in primaries:
            assert server.health is not None
            self._max_timeline = max(self._max_timeline, server.health.timeline or 0)
        current = [s for s in primaries if s.health is not None and (s.health.timeline or 0) >= self._max_timeline]
        if len(current) == 1:
            return current[0], ""
        if len(current) > 1:
            names = ", ".join(s.masked for s in current)
            return None, (
                f"{len(current)} servers claim to be the primary on timeline {self._max_timeline} ({names}); "
                "refusing writes so the data cannot split: demote all but one"
            )
        if all(s.health is not None and s.health.role == "down" for s in members):
            if len(members) == 1:
                health = members[0].health
                assert health is not None
                return None, f"cannot connect to {members[0].masked}: {health.error}"
            downs = "; ".join(f"{s.masked}: {s.health.error if s.health else '?'}" for s in members)
            return None, f"cannot connect to any database server: {downs}"
        return None, "no primary database server to write to (writes never go to a standby): " + self._roles()

    def _roles(self) -> str:
        out = []
        for server in self._members():
            health = server.health
            if health is None:
                out.append(f"{server.masked} unchecked")
            elif health.role == "down":
                out.append(f"{server.masked} down ({health.error})")
            elif health.role == "primary" and (health.timeline or 0) < self._max_timeline:
                out.append(f"{server.masked} old primary on timeline {health.timeline} (not written to)")
            else:
                out.append(f"{server.masked} {health.role}")
        return "; ".join(out)

    def _pick(self, readonly: bool) -> tuple[list[_Server], str]:
        """Servers that may take this request, best first, from cached health."""
        writer, why = self._writer()
        if not readonly or not self.allow_standby_reads:
            return ([writer] if writer else []), why
        # Reads prefer standbys (that is what they are for); the primary is the fallback.
        standbys = [s for s in self._members() if s.health is not None and s.health.role == "standby"]
        servers = standbys + ([writer] if writer else [])
        return servers, ("" if servers else "no database server to read from: " + self._roles())

    async def _candidates(self, readonly: bool) -> tuple[list[_Server], str]:
        """Refresh expired health, pick; when nothing fits, probe every server now and pick again.

        The immediate re-probe is what lets a promoted standby or a restarted server take over on
        the next request instead of after a TTL.
        """
        members = self._members()
        began = time.monotonic()
        stale = [s for s in members if s.health is None or s.health.checked_at < began - self.health_ttl_s]
        if stale:  # the common case has none: no tasks, no locks on the request path
            await asyncio.gather(*(s.refresh(began - self.health_ttl_s) for s in stale))
        servers, why = self._pick(readonly)
        if servers:
            return servers, why
        await asyncio.gather(*(s.refresh(began) for s in members))
        return self._pick(readonly)

    async def _fits(self, server: _Server, conn: AsyncConnection, readonly: bool) -> bool:
        """Whether this pooled connection may take the request; updates the server's health if not.

        Cached health can be up to a TTL old. Each connection recorded its server's role when it
        was opened; a standby promoted since then is re-probed on the spot, and a server that
        restarted since its last health check makes every server be probed again, because an
        old primary that comes back must not be mistaken for the current one.
        """
        if readonly and self.allow_standby_reads:
            return True
        raw = await conn.get_raw_connection()
        in_recovery, timeline, started_at = raw.info.get(_ROLE_KEY, (True, None, None))
        restarted = server.health is not None and started_at != server.health.started_at
        if in_recovery or restarted or (timeline or 0) < self._max_timeline:
            row = (await conn.execute(text(server.probe_sql))).one()
            await conn.rollback()
            raw.info[_ROLE_KEY] = tuple(row)
            in_recovery, timeline, started_at = row
            if restarted or server.health is None or started_at != server.health.started_at:
                await asyncio.gather(*(s.refresh(time.monotonic()) for s in self._members() if s is not server))
                server.seen(in_recovery, timeline, started_at, server.health.latency_ms if server.health else None)
                writer, _ = self._writer()
                return writer is server
            if in_recovery or (timeline or 0) < self._max_timeline:
                server.invalidate()
                return False
        return True

    async def _open(self, servers: list[_Server], readonly: bool) -> tuple[_Server, AsyncConnection] | None:
        """The first of `servers` that connects and fits; a server that cannot connect is marked down."""
        for server in servers:
            try:
                conn = await server.engine.connect()
            except OperationalError as exc:
                server.mark_down(exc)
                continue
            try:
                fits = await self._fits(server, conn, readonly)
            except OperationalError as exc:
                server.mark_down(exc)
                fits = False
            except BaseException:
                await conn.close()
                raise
            if fits:
                return server, conn
            await conn.close()
        return None

    # ---- the public API ---------------------------------------------------------------------

    @asynccontextmanager
    async def connect(
        self, *, readonly: bool = False, autocommit: bool = False, durable: bool = True
    ) -> AsyncIterator[AsyncConnection]:
        """A connection in a transaction on a server that may take it; one clear line when none can.

        Writes (the default) go only to the current primary. `readonly=True` runs the transaction
        READ ONLY and, when `allow_standby_reads` is set, prefers a standby (which may lag the
        primary by the replication delay). Raises DatabaseUnavailable when no server fits; a
        connection failure moves on to the next fitting server.

        `autocommit=True` (on the primary) makes each statement its own transaction: no BEGIN and
        COMMIT round trips. For a block of one statement, or of reads that need no common snapshot
        (under READ COMMITTED each statement takes its own anyway). Never for writes that must
        commit together.

        `durable=False` commits without waiting for the WAL flush (SET LOCAL synchronous_commit =
        off): about 3-5 ms less per write here, and a crash of the server (not a clean restart) may
        lose the last fraction of a second of such commits. Only for writes whose loss is harmless
        and which a durable commit of the same request follows (a flush covers every earlier commit
        of the WAL): the event claim, the rate-limit buckets, a conversation turn. Never for the
        outbox or anything a reply depends on.
        """
        if readonly and autocommit:
            raise ValueError("readonly and autocommit exclude each other: READ ONLY is set by BEGIN")
        if autocommit and not durable:
            raise ValueError("durable=False needs a transaction: SET LOCAL lasts until its commit")
        servers, why = await self._candidates(readonly)
        chosen = await self._open(servers, readonly)
        if chosen is None and servers:
            # A server that looked fine just failed: the others may have changed too (a promotion).
            servers, why = await self._candidates(readonly)
            chosen = await self._open(servers, readonly)
        if chosen is None:
            raise DatabaseUnavailable(why or "no database server can take this request: " + self._roles())
        server, conn = chosen
        driver: Any = None
        try:
            if autocommit:  # reset to the pool's default when the connection goes back
                await conn.execution_options(isolation_level="AUTOCOMMIT")
            if readonly:
                # psycopg then opens the transaction with BEGIN READ ONLY: no extra SET TRANSACTION
                # round trip. The flag lives on the pooled connection, so it is cleared below.
                driver = (await conn.get_raw_connection()).driver_connection
                await driver.set_read_only(True)
            async with conn.begin():
                if not durable:
                    await conn.execute(_ASYNC_COMMIT)
                yield conn
        except OperationalError as exc:
            server.invalidate()
            raise DatabaseUnavailable(f"database unavailable at {server.masked}: {_first_line(exc)}") from None
        finally:
            if driver is not None:
                await _clear_read_only(conn, driver)
            await conn.close()

    async def servers(self, *, refresh: bool = False) -> list[ServerHealth]:
        """Each listed server's health, role and latency, in DATABASE_URL order.

        Cached for health_ttl_s like every request's choice; refresh=True probes all of them now.
        """
        members = self._members()
        now = time.monotonic()
        await asyncio.gather(*(s.refresh(now if refresh else now - self.health_ttl_s) for s in members))
        writer, _ = self._writer()
        out = []
        for server in members:
            assert server.health is not None
            health = replace(server.health, writes=server is writer)
            if health.role == "primary" and writer is not server:
                note = (
                    f"old primary: timeline {health.timeline} < {self._max_timeline}; not written to"
                    if (health.timeline or 0) < self._max_timeline
                    else "one of several primaries; not written to"
                )
                health = replace(health, error=note)
            out.append(health)
        return out

    async def check(self) -> None:
        """Fail clearly when no primary is reachable or pgvector is missing or cannot be created."""
        async with self.connect() as conn:
            available = (
                await conn.execute(text("SELECT 1 FROM pg_available_extensions WHERE name = 'vector'"))
            ).scalar()
            installed = (await conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'vector'"))).scalar()
            if installed:
                return
            where = mask_url(str(conn.engine.url))
            if not available:
                raise DatabaseError(
                    f"PostgreSQL at {where} has no pgvector extension available; "
                    "install pgvector on that server, or unset DATABASE_URL to use the embedded default"
                )
            try:
                # Two processes starting at once would race on pg_extension's unique index.
                await conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                await conn.execute(text("CREATE EXTENSION IF NOT EXISTS vector"))
            except DBAPIError as exc:
                raise DatabaseError(
                    f"the pgvector extension cannot be created in {where}: "
                    f"{_first_line(exc)}; ask a superuser to run CREATE EXTENSION vector"
                ) from None

    def _writer_url_sync(self) -> str:
        """The primary's URL without an event loop: cached health if fresh, else a blocking probe."""
        members = self._members()
        if len(members) == 1:
            return members[0].url
        fresh_since = time.monotonic() - self.health_ttl_s
        if any(s.health is None or s.health.checked_at < fresh_since for s in members):
            for server in members:
                server.probe_sync()
        writer, why = self._writer()
        if writer is None:
            raise DatabaseUnavailable(why)
        return writer.url

    def migrate(self) -> None:
        """Apply Alembic migrations up to head on the primary, one process at a time (advisory lock)."""
        from alembic import command
        from alembic.config import Config
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        url = self._writer_url_sync()
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
        engine = create_engine(sqlalchemy_url(url), poolclass=NullPool)
        try:
            with engine.begin() as conn:
                if conn.execute(text("SELECT pg_is_in_recovery()")).scalar():
                    raise DatabaseUnavailable(f"cannot migrate {mask_url(url)}: it became a standby")
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except OperationalError as exc:
            raise DatabaseUnavailable(f"cannot migrate {mask_url(url)}: {_first_line(exc)}") from None
        finally:
            engine.dispose()

    async def prepare(self) -> Database:
        """check() then migrate(): what every entry point runs before using the database."""
        await self.check()
        await asyncio.to_thread(self.migrate)
        return self

    async def status(self) -> dict[str, Any]:
        """Server and pgvector versions, size, row counts per table, where the data lives, and each server."""
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
            "servers": [health.as_dict() for health in await self.servers()],
        }

    async def dispose(self) -> None:
        for server in self._servers:
            await server.dispose()
