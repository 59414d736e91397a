"""Tests may talk to 127.0.0.1, ::1 and unix sockets only; anything else fails loudly.

Installed for the whole session by conftest.py (like python-telegram-bot's tests/auxil/networking.py).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any


class NetworkAccessError(RuntimeError):
    """A test tried to reach a non-local address."""


def is_local(family: int, address: Any) -> bool:
    if family == getattr(socket, "AF_UNIX", object()):
        return True
    host = address[0] if isinstance(address, tuple) else address
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def guard(original: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap socket.connect/connect_ex so that a non-local address raises before any packet leaves."""

    def connect(self: socket.socket, address: Any) -> Any:
        if not is_local(self.family, address):
            raise NetworkAccessError(f"test tried to open a network connection to {address!r}")
        return original(self, address)

    connect.__wrapped__ = original  # type: ignore[attr-defined]
    return connect


def install() -> Callable[[], None]:
    """Patch socket.socket; returns a function that undoes it."""
    originals = socket.socket.connect, socket.socket.connect_ex
    socket.socket.connect = guard(originals[0])  # type: ignore[method-assign]
    socket.socket.connect_ex = guard(originals[1])  # type: ignore[method-assign]

    def uninstall() -> None:
        socket.socket.connect, socket.socket.connect_ex = originals  # type: ignore[method-assign]

    return uninstall
