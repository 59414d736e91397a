"""How a CLI command gets an app: load bootstrap config, set up logging, build, run, close."""

from __future__ import annotations

import asyncio
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


def run(main: Callable[[App], Awaitable[T]], config: BootstrapConfig | None = None, *, progress: bool = False) -> T:
    """Build the app, run `main(app)`, close it. Every command that needs the database uses this.

    progress=True is for long commands: the progress bars of the work inside (rivet/progress.py)
    are shown while it runs, when stderr is a terminal.
    """
    from rivet.app import open_app
    from rivet.progress import progress_display

    bootstrap = config or load_config()

    async def runner() -> T:
        async with open_app(bootstrap) as app:
            return await main(app)

    if not progress:
        return asyncio.run(runner())
    with progress_display():
        return asyncio.run(runner())
