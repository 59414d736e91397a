"""How a CLI command gets an app: load bootstrap config, set up logging, build, run, close."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from rivet.app import App
    from rivet.config import BootstrapConfig

T = TypeVar("T")


def load_config() -> BootstrapConfig:
    """BootstrapConfig from env/.env, with logging configured to redact its secrets."""
    from rivet.config import BootstrapConfig
    from rivet.logs import setup_logging

    config = BootstrapConfig()
    redactor = setup_logging(level=config.log_level, fmt=config.log_format, secrets=config.secrets())
    if config.database_url:
        from rivet.db.database import url_passwords

        # DATABASE_URL may list several servers: every one of their passwords is a secret.
        redactor.add(url_passwords(config.database_url.get_secret_value()))
    return config


def run(
    main: Callable[[App], Awaitable[T]],
    config: BootstrapConfig | None = None,
    *,
    progress: bool = False,
    process: str = "cli",
) -> T:
    """Build the app, run `main(app)`, close it. Every command that needs the database uses this.

    progress=True is for long commands: the progress bars of the work inside (rivet/progress.py)
    are shown while it runs, when stderr is a terminal. `process` names the service in traces
    (rivet-<process>) when OTEL_EXPORTER_OTLP_ENDPOINT is set; the last spans are flushed on the
    way out, also after SIGTERM (the long-running processes turn it into a graceful return).
    """
    from rivet import tracing

    bootstrap = config or load_config()
    provider = tracing.setup(os.environ, process)
    try:
        return _run(main, bootstrap, progress)
    finally:
        if provider is not None:
            provider.shutdown()


def _run(main: Callable[[App], Awaitable[T]], bootstrap: BootstrapConfig, progress: bool) -> T:
    from rivet.app import open_app
    from rivet.progress import progress_display

    async def runner() -> T:
        async with open_app(bootstrap) as app:
            return await main(app)

    if not progress:
        return asyncio.run(runner())
    with progress_display():
        return asyncio.run(runner())
