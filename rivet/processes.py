"""The long-running processes, composed: `rivet run telegram|slack|all` (the bots) and `rivet serve` (the web).

Each process builds one app, the adapters it is configured for, their Senders and one delivery
worker over them; the adapters hand every update to the engine (dispatch, act, upload) and the
worker delivers the outbox. On SIGTERM a process stops taking new updates, lets the messages in
flight finish (their replies land in the outbox), flushes the outbox, and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import signal
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from loguru import logger

from rivet.errors import ConfigError

_TELEGRAM_TOKEN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")


def telegram_token(env: Mapping[str, str]) -> str:
    """TELEGRAM_BOT_TOKEN, or one clear error naming the variable."""
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not token:
        raise ConfigError("TELEGRAM_BOT_TOKEN is not set; create a bot with @BotFather and export its token")
    if not _TELEGRAM_TOKEN.match(token):
        raise ConfigError("TELEGRAM_BOT_TOKEN is malformed; it looks like 123456789:AAE... (from @BotFather)")
    return token


def slack_settings(env: Mapping[str, str]) -> Any:
    """SlackConfig from the environment, or one clear error naming what is missing or malformed."""
    from bots.slack import slack_config_from_env

    bot = env.get("SLACK_BOT_TOKEN", "").strip()
    if not bot:
        raise ConfigError(
            "SLACK_BOT_TOKEN is not set; install the Slack app (slack_manifest.yaml) and export its xoxb- token"
        )
    if not bot.startswith("xoxb-"):
        raise ConfigError("SLACK_BOT_TOKEN is malformed; a bot token starts with xoxb-")
    app_token = env.get("SLACK_APP_TOKEN", "").strip()
    if app_token and not app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN is malformed; an app-level token starts with xapp-")
    config = slack_config_from_env(env)
    if config is None:
        raise ConfigError("SLACK_SIGNING_SECRET (HTTP events) or SLACK_APP_TOKEN (Socket Mode) must be set")
    return config


def telegram_tenants(env: Mapping[str, str], default: str) -> Any:
    """TELEGRAM_CHAT_TENANTS: JSON {"chat_id": "tenant"}; chats not listed belong to RIVET_TENANT."""
    from bots.telegram_translate import TenantMap

    raw = env.get("TELEGRAM_CHAT_TENANTS", "").strip()
    if not raw:
        return TenantMap(default)
    try:
        chats = json.loads(raw)
        if not isinstance(chats, dict):
            raise ValueError("not an object")
    except ValueError as exc:
        raise ConfigError(f'TELEGRAM_CHAT_TENANTS must be JSON like {{"-100123": "plant-a"}} ({exc})') from None
    return TenantMap(default, {str(k): str(v) for k, v in chats.items()})


@dataclass
class Bots:
    """The adapters and senders of one process, built from the environment."""

    telegram: Any = None
    slack: Any = None
    senders: dict[str, Any] = field(default_factory=dict)


def build_bots(app: Any, platforms: set[str], env: Mapping[str, str], *, webhook: bool = False) -> Bots:
    """Adapters wired to the engine; raises ConfigError (one line) for a missing or malformed token."""
    bots = Bots()
    engine = app.engine

    async def max_file_mb(tenant: str) -> float:
        return float(await app.settings.get_float("ingest.max_file_mb", tenant))

    if "telegram" in platforms:
        from bots.telegram import TelegramAdapter, build_application, telegram_api_url
        from bots.telegram_sender import TelegramSender

        application = build_application(telegram_token(env), telegram_api_url(env))
        secret = env.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or None
        if webhook and not secret:
            raise ConfigError("TELEGRAM_WEBHOOK_SECRET must be set for webhook mode (Telegram echoes it in a header)")
        bots.telegram = TelegramAdapter(
            application,
            tenants=telegram_tenants(env, app.config.default_tenant),
            on_message=engine.dispatch,
            on_action=engine.act,
            on_document=engine.upload,
            max_file_mb=max_file_mb,
            webhook_secret=secret,
        )
        bots.senders["telegram"] = TelegramSender(application.bot)
    if "slack" in platforms:
        from bots.slack import SlackAdapter

        bots.slack = SlackAdapter(
            slack_settings(env),
            on_message=engine.dispatch,
            on_action=engine.act,
            on_document=engine.upload,
            is_admin=engine.is_admin,
        )
        bots.senders["slack"] = bots.slack.sender
    return bots


async def readiness(app: Any, *, timeout_s: float = 3.0) -> str | None:
    """/readyz: None when the database answers SELECT 1 and the embedding model is loaded, else why not."""
    from sqlalchemy import text

    try:
        async with asyncio.timeout(timeout_s), app.db.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:
        return f"database: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else 'no answer'}"
    if not getattr(app.knowledge.embedder, "loaded", True):
        return "embedding model not loaded yet"
    return None


def web_parts(app: Any) -> dict[str, Any]:
    """What every web app of a process mounts besides the platforms: /metrics and /readyz."""

    async def ready() -> str | None:
        return await readiness(app)

    return {"metrics": app.engine.scrape, "ready": ready}


def load_models(app: Any) -> asyncio.Task[Any] | None:
    """Load the local embedding model in a thread now, so the first question (and /readyz) need not wait."""
    embedder = app.knowledge.embedder
    if getattr(embedder, "loaded", True) or not hasattr(embedder, "model"):
        return None
    return asyncio.create_task(asyncio.to_thread(embedder.model))


def start_replay(app: Any) -> asyncio.Task[None] | None:
    """Answer messages saved while no database server was reachable (engine/outage.py): those left by
    an earlier run of this process at once, new ones when a primary is back. Call after engine.delivery."""
    outage = app.engine.outage
    return None if outage is None else asyncio.create_task(outage.run())


async def stop_replay(app: Any, task: asyncio.Task[None] | None) -> None:
    """Stop the replay loop; a round in progress finishes (its entries are removed only once answered)."""
    if task is None:
        return
    app.engine.outage.stop()
    try:
        await asyncio.wait_for(task, 30)
    except TimeoutError:
        logger.warning("spool: replay round still running at shutdown; cancelled (its entries stay saved)")
    except Exception:
        logger.exception("spool: replay loop failed")


@dataclass
class Background:
    """What every bot and web process runs beside its platforms: outbox delivery, the outage replay, model loading."""

    app: Any
    worker: Any
    delivering: asyncio.Task[None]
    replaying: asyncio.Task[None] | None
    loading: asyncio.Task[Any] | None

    @classmethod
    def start(cls, app: Any, senders: Mapping[str, Any]) -> Background:
        worker = app.engine.delivery(senders)
        return cls(app, worker, asyncio.create_task(worker.run()), start_replay(app), load_models(app))

    async def drain(self) -> None:
        """Stop replaying and flush the outbox: what is committed is sent before the platforms close."""
        await stop_replay(self.app, self.replaying)
        await self.worker.stop(flush=True)
        self.delivering.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self.delivering

    async def settle(self) -> None:
        if self.loading is not None:
            with contextlib.suppress(Exception):  # a model that cannot load is reported by the first question
                await self.loading


def stop_event() -> asyncio.Event:
    """Set on SIGTERM or SIGINT: the signal to stop taking work and shut down gracefully."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    return stop


async def run_bots(app: Any, platforms: set[str], env: Mapping[str, str], stop: asyncio.Event | None = None) -> None:
    """`rivet run`: Telegram by polling, Slack by Socket Mode or HTTP (served on PORT), plus delivery."""
    from bots.web import build_web_app, port_from_env, run_web

    stop = stop or stop_event()
    bots = build_bots(app, platforms, env)
    background = Background.start(app, bots.senders)
    web_task: asyncio.Task[None] | None = None
    web_stop = asyncio.Event()
    try:
        if bots.telegram is not None:
            await bots.telegram.start()
        if bots.slack is not None:
            if bots.slack.config.socket_mode:
                await bots.slack.start_socket_mode()
            else:
                web = build_web_app(slack=bots.slack, **web_parts(app))
                web_task = asyncio.create_task(run_web(web, port_from_env(env), stop=web_stop))
        delivered = ", ".join(background.worker.platforms)
        logger.info("rivet run: {} up; delivering {}", ", ".join(sorted(platforms)), delivered)
        await stop.wait()
    finally:
        logger.info("rivet run: stopping (no new updates; finishing messages in flight; flushing the outbox)")
        if bots.telegram is not None:
            await bots.telegram.stop_receiving()
        if bots.slack is not None:
            await bots.slack.aclose()
        web_stop.set()
        if web_task is not None:
            await web_task
        await background.drain()
        if bots.telegram is not None:  # after the flush: the Telegram sender sends through this bot
            await bots.telegram.stop()
        await background.settle()


async def serve(app: Any, env: Mapping[str, str], stop: asyncio.Event | None = None) -> None:
    """`rivet serve`: /healthz, Slack HTTP events and the Telegram webhook on PORT, plus delivery."""
    from bots.web import build_web_app, port_from_env, run_web

    stop = stop or stop_event()
    platforms = set()
    if env.get("SLACK_BOT_TOKEN") and env.get("SLACK_SIGNING_SECRET"):
        platforms.add("slack")
    if env.get("TELEGRAM_BOT_TOKEN") and env.get("TELEGRAM_WEBHOOK_SECRET"):
        platforms.add("telegram")
    bots = build_bots(app, platforms, env, webhook=True)
    if bots.telegram is not None:
        url = env.get("TELEGRAM_WEBHOOK_URL", "").strip()
        if url:  # registers https://HOST/telegram/webhook with Telegram, secret included
            await bots.telegram.start(webhook_url=url)
        else:  # registered by another replica or by hand
            await bots.telegram.application.initialize()
            await bots.telegram.application.start()
    background = Background.start(app, bots.senders)
    handler = bots.telegram.handle_webhook if bots.telegram is not None else None
    web = build_web_app(slack=bots.slack, telegram_webhook=handler, **web_parts(app))
    logger.info("rivet serve: routes for {}", ", ".join(sorted(platforms)) or "health only")
    try:
        await run_web(web, port_from_env(env), stop=stop)
    finally:
        if bots.telegram is not None:
            await bots.telegram.stop_receiving()
        await background.drain()
        if bots.telegram is not None:  # after the flush: the Telegram sender sends through this bot
            await bots.telegram.application.shutdown()
        await background.settle()
