"""Fixtures for the client tests: a fake clock so nothing really sleeps, a respx-mocked API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
import respx
from client_helpers import API_KEY, BASE_URL, ENTERPRISE_ID, ENV_VARS, FakeTime

from esper_client import EsperClient


@pytest.fixture(autouse=True)
def _no_esper_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(fake_time: FakeTime) -> Iterator[Callable[..., EsperClient]]:
    """Build EsperClients whose retries sleep on the fake clock."""
    made: list[EsperClient] = []

    def make(**kwargs: Any) -> EsperClient:
        kwargs.setdefault("api_key", API_KEY)
        kwargs.setdefault("base_url", BASE_URL)
        kwargs.setdefault("enterprise_id", ENTERPRISE_ID)
        kwargs.setdefault("retry", fake_time.policy())
        client = EsperClient(**kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def client(make_client: Callable[..., EsperClient]) -> EsperClient:
    return make_client()


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)
