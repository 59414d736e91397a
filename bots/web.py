"""The web process: one aiohttp Application with /healthz, Slack's request URL and Telegram's webhook.

The composition root builds the adapters and passes them in; this module only mounts routes, so
replicas behind a load balancer are identical and hold no state of their own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping

from aiohttp import web
from loguru import logger
from prometheus_client import CONTENT_TYPE_LATEST as CONTENT_TYPE

from bots.slack import EVENTS_PATH, SlackAdapter

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
Scrape = Callable[[], Awaitable[bytes]]
Ready = Callable[[], Awaitable[str | None]]  # None when ready, else the reason it is not
TELEGRAM_PATH = "/telegram/webhook"


async def healthz(request: web.Request) -> web.Response:
    """Liveness only: the process answers. Readiness (database, models) is /readyz."""
    return web.json_response({"status": "alive"})


def build_web_app(
    *,
    slack: SlackAdapter | None = None,
    telegram_webhook: Handler | None = None,
    metrics: Scrape | None = None,
    ready: Ready | None = None,
) -> web.Application:
    """Routes for what is configured: Slack over HTTP when an adapter in HTTP mode is given, Telegram's
    webhook when its handler is given, /metrics and /readyz when their callables are given. The Slack
    adapter's hand-offs are awaited on shutdown.
    """
    app = web.Application()
    app.router.add_get("/healthz", healthz)
    if metrics is not None:
        scrape = metrics

        async def metrics_route(_: web.Request) -> web.Response:
            body = await scrape()
            return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE})

        app.router.add_get("/metrics", metrics_route)
    if ready is not None:
        check = ready

        async def readyz(_: web.Request) -> web.Response:
            reason = await check()
            if reason is not None:
                return web.json_response({"status": "not ready", "reason": reason}, status=503)
            return web.json_response({"status": "ready"})

        app.router.add_get("/readyz", readyz)
    if slack is not None:
        if slack.config.socket_mode:
            logger.info("slack: Socket Mode configured, {} not mounted", EVENTS_PATH)
        else:
            app.router.add_post(EVENTS_PATH, slack.handle)

        async def close_slack(_: web.Application) -> None:
            await slack.aclose()

        app.on_shutdown.append(close_slack)
    if telegram_webhook is not None:
        app.router.add_post(TELEGRAM_PATH, telegram_webhook)
    return app


def port_from_env(env: Mapping[str, str], default: int = 8080) -> int:
    """PORT, as platforms (Heroku, Cloud Run, Fly) set it."""
    return int(env.get("PORT") or default)


async def run_web(app: web.Application, port: int, *, host: str = "0.0.0.0", stop: asyncio.Event | None = None) -> None:
    """Serve `app` on host:port until `stop` is set (or the task is cancelled), then shut down cleanly."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    logger.info("web: listening on {}:{}", host, port)
    try:
        await (stop or asyncio.Event()).wait()
    finally:
        await runner.cleanup()
