"""Fixtures of the reliability tests: fault servers on loopback, fake time, clients, log checks."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from esper_testkit import backend_for, with_backend
from fault_server import FaultServer
from reliability_helpers import (
    API_KEY,
    ENTERPRISE_ID,
    LONG_TIMEOUT,
    FakeTime,
    everything_logged,
)

from esper_client import EsperClient


@pytest.fixture(autouse=True)
def no_key_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every reliability test runs with DEBUG logging on the root logger (esper_client,
    httpx, httpcore...) and fails if any record holds the key."""
    with caplog.at_level(logging.DEBUG):
        yield caplog
    assert API_KEY not in everything_logged(caplog)


def _serve(**kwargs: Any) -> Iterator[FaultServer]:
    server = FaultServer(**kwargs)
    with server.serving():
        yield server
    assert server.overflow == 0, f"{server.overflow} request(s) past the server's budget"


@pytest.fixture
def server() -> Iterator[FaultServer]:
    """The API's stand-in: scripted faults on 127.0.0.1, at most 64 requests, 30 s."""
    yield from _serve()


@pytest.fixture(params=["127.0.0.1", "127.0.0.2"], ids=["other-port", "other-host"])
def other_server(request: pytest.FixtureRequest) -> Iterator[FaultServer]:
    """Another origin, e.g. where a redirect points: another port, or another loopback host."""
    yield from _serve(host=request.param)


@pytest.fixture
async def make_client(
    fake_time: FakeTime, server: FaultServer, request: pytest.FixtureRequest
) -> AsyncIterator[Callable[..., EsperClient]]:
    """Build EsperClients against `server` whose retries wait on the fake clock, on the
    test's async backend (see `mode`)."""
    made: list[EsperClient] = []
    backend = backend_for(request)

    def make(**kwargs: Any) -> EsperClient:
        with_backend(kwargs, backend)
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", server.url)
        kwargs.setdefault("enterprise_id", ENTERPRISE_ID)
        kwargs.setdefault("timeout", LONG_TIMEOUT)
        kwargs.setdefault("retry", fake_time.policy())
        client = EsperClient(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
async def client(make_client: Callable[..., EsperClient]) -> EsperClient:
    return make_client()
