"""One EsperClient on aiohttp, several event loops: it works loop after loop, and fails at
once, saying why, from a second loop while the first still runs (never a hang)."""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Iterator

import pytest
from esper_testkit import needs_aiohttp
from keepalive_server import KeepAliveServer, in_a_thread, ok
from reliability_helpers import API_KEY, ENTERPRISE_ID

from esper_client import EsperClient
from esper_client.generated.api.devices import get_all_devices

pytestmark = needs_aiohttp
PAGE = b'{"count": 0, "next": null, "previous": null, "results": []}'


@pytest.fixture
def keepalive() -> Iterator[KeepAliveServer]:
    with in_a_thread(lambda request: ok(PAGE), max_requests=20) as server:
        yield server


def aiohttp_client(server: KeepAliveServer) -> EsperClient:
    return EsperClient(api_key=API_KEY, base_url=server.url, async_backend="aiohttp")


async def count(client: EsperClient) -> int:
    page = await get_all_devices.asyncio(ENTERPRISE_ID, client=client)
    return int(page.count)


# Each loop but the last ends with its connection open (no aclose in it): the socket is
# left to the garbage collector, which warns. Collected here, so no other test shows it.
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_one_client_serves_one_event_loop_after_another(keepalive: KeepAliveServer) -> None:
    # The usual shape of scripts and notebooks: asyncio.run, again and again. The
    # connections of a closed loop are gone with it; the next loop makes its own.
    client = aiohttp_client(keepalive)
    assert [asyncio.run(count(client)) for _ in range(3)] == [0, 0, 0]
    assert keepalive.connections == 3
    asyncio.run(client.aclose())
    gc.collect()


def test_a_second_loop_while_the_first_runs_is_refused_clearly(
    keepalive: KeepAliveServer,
) -> None:
    client = aiohttp_client(keepalive)
    first_loop_called = threading.Event()
    release = threading.Event()

    async def first() -> None:
        await count(client)
        first_loop_called.set()
        await asyncio.to_thread(release.wait, 10)
        await client.aclose()

    thread = threading.Thread(target=asyncio.run, args=(first(),))
    thread.start()
    try:
        assert first_loop_called.wait(10)
        with pytest.raises(RuntimeError, match="belong to another event loop, which is still"):
            asyncio.run(count(client))
    finally:
        release.set()
        thread.join(10)
    assert not thread.is_alive()
