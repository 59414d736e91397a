"""The network guard lets loopback and unix sockets through and stops everything else."""

from __future__ import annotations

import socket

import pytest

from tests.network_guard import NetworkAccessError, guard, is_local


def test_is_local() -> None:
    assert is_local(socket.AF_INET, ("127.0.0.1", 80))
    assert is_local(socket.AF_INET, ("localhost", 80))
    assert is_local(socket.AF_INET6, ("::1", 80, 0, 0))
    assert is_local(socket.AF_UNIX, "/tmp/x.sock")
    assert not is_local(socket.AF_INET, ("192.0.2.1", 80))
    assert not is_local(socket.AF_INET, ("api.telegram.org", 443))


def test_guard_refuses_before_connecting() -> None:
    calls: list[object] = []
    connect = guard(lambda sock, addr: calls.append(addr))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkAccessError, match=r"slack\.com"):
            connect(sock, ("slack.com", 443))
        connect(sock, ("127.0.0.1", 9))
    finally:
        sock.close()
    assert calls == [("127.0.0.1", 9)]


def test_guard_is_installed_for_the_session() -> None:
    assert hasattr(socket.socket.connect, "__wrapped__")
    assert hasattr(socket.socket.connect_ex, "__wrapped__")
