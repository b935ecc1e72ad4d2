"""The fault server itself: loopback only, and it stops by itself (request budget, lifetime)."""

from __future__ import annotations

import time

import httpx
import pytest
from fault_server import FaultServer, reply, stall


def test_it_listens_on_loopback_only() -> None:
    with pytest.raises(ValueError, match="loopback only"):
        FaultServer(host="0.0.0.0")
    assert FaultServer(host="127.0.0.2").origin.startswith("http://127.0.0.2:")


def test_requests_past_the_budget_are_refused_and_counted() -> None:
    server = FaultServer(max_requests=2)
    with server.serving(), httpx.Client(base_url=server.url) as client:
        server.script(reply(200, "{}"))
        assert client.get("/a").status_code == 200
        assert client.get("/b").status_code == 200
        with pytest.raises(httpx.TransportError):
            client.get("/c")
    assert [seen.path for seen in server.requests] == ["/api/a", "/api/b"]
    assert server.overflow == 1


def test_it_stops_by_itself_at_the_end_of_its_lifetime() -> None:
    server = FaultServer(lifetime=0.5)
    server.script(stall(60.0))  # longer than the lifetime: cut short by it
    with server.serving(), httpx.Client(base_url=server.url, timeout=10.0) as client:
        started = time.monotonic()
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/slow")
        assert time.monotonic() - started < 5.0
        server._acceptor.join(timeout=5.0)
        assert not server._acceptor.is_alive()  # accepts nothing more, though not stopped


def test_a_script_counts_from_when_it_is_set() -> None:
    server = FaultServer()
    with server.serving(), httpx.Client(base_url=server.url) as client:
        client.get("/first")
        server.script(reply(201), reply(202))
        assert [client.get("/").status_code for _ in range(3)] == [201, 202, 202]
