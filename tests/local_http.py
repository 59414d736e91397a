"""An aiohttp application served on a free 127.0.0.1 port for one test, torn down after it."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

from aiohttp import web


async def serve(app: web.Application) -> AsyncIterator[str]:
    """Yields the base URL once; use as `async for base in serve(app): ...`."""
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    await web.SockSite(runner, sock, shutdown_timeout=0.5).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
