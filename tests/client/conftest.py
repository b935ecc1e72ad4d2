"""Fixtures for the client tests: a fake clock so nothing really sleeps, a respx-mocked API.

Tests taking `mode` run sync, async on httpx's pool and async on aiohttp's (`async_mode`:
the two async ones). respx answers in place of the transport under the retry transport: for
httpx's, in place of httpcore's pool; for aiohttp's, in place of `AiohttpTransport` itself,
so on that backend these tests check everything above the transport (the transport
itself meets real sockets in tests/reliability). Tests whose client runs over an
httpx.MockTransport take `in_process_mode` (sync and async): a transport replaces the backend.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import respx
from client_helpers import (
    API_KEY,
    BASE_URL,
    ENTERPRISE_ID,
    IN_PROCESS_MODES,
    RESPX_MOCKER,
    FakeTime,
)
from esper_testkit import backend_for, with_backend

from esper_client import EsperClient


@pytest.fixture
def make_client(
    fake_time: FakeTime, request: pytest.FixtureRequest
) -> Iterator[Callable[..., EsperClient]]:
    """Build EsperClients whose retries sleep on the fake clock, on the test's async backend."""
    made: list[EsperClient] = []
    backend = backend_for(request)

    def make(**kwargs: Any) -> EsperClient:
        with_backend(kwargs, backend)
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
    with respx.mock(base_url=BASE_URL, assert_all_called=False, using=RESPX_MOCKER) as router:
        yield router


@pytest.fixture(params=IN_PROCESS_MODES)
def in_process_mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One mypy cache for the session's `--strict` runs: each checks ~1,300 modules, of which
    only its snippet's are new (so snippets need module names of their own)."""
    return tmp_path_factory.mktemp("mypy")
