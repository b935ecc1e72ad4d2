"""Per-call overhead: sequential GETs of a small JSON body, and 50 at a time with asyncio.

Contenders, all against the same local server (`server.py`, own process, keep-alive):

* ours: `get_device_by_id.sync` / `.asyncio` with an `EsperClient` (default retries on,
  nothing to retry; the body is decoded into `DeviceInfo`); async on each backend, httpx's
  own pool (httpcore, the default) and `async_backend="aiohttp"`;
* raw httpx: `httpx.Client.get(url).json()` / `httpx.AsyncClient`, same headers;
* esperclient 0.1.3: `DeviceApi.get_device_by_id` (urllib3, decoded into its `Device`);
  for async, its only concurrency, `async_req=True`: 50 calls outstanding, run by its
  `ThreadPool()`, which has one thread per CPU and no setting to change that.

Each round runs every contender for `calls` calls; figures are the median over rounds of
wall time per call. Sync contenders take turns every `SYNC_BLOCK` calls within a round
(`_sync_round` says why); async batches run whole, in rotating order, each on a fresh
client warmed up untimed (`_fresh_async_batch` says why). The server's own CPU per request
is reported so that one can check it is not what is being measured.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import os
import time
from collections.abc import Awaitable, Callable
from typing import Any
from uuid import UUID

import common
import data
from common import Row, interleaved, median, rotation
from server import Server

CONCURRENCY = 50


def _peer(base: str) -> Any:
    """esperclient's DeviceApi, pointed at the local server."""
    import esperclient

    config = esperclient.Configuration()
    config.host = f"{base}/api"
    config.api_key["Authorization"] = data.API_KEY
    config.api_key_prefix["Authorization"] = "Bearer"
    return esperclient.DeviceApi(esperclient.ApiClient(config))


def _sync_contenders(base: str, stack: contextlib.ExitStack) -> dict[str, Callable[[], Any]]:
    """The three sync calls; their clients are closed when `stack` closes."""
    import httpx

    from esper_client import EsperClient
    from esper_client.generated.api.devices import get_device_by_id

    url = f"{base}/api/enterprise/{data.ENTERPRISE_ID}/device/{data.DEVICE_ID}/"
    headers = {"Accept": "application/json", "Authorization": f"Bearer {data.API_KEY}"}
    raw = httpx.Client(headers=headers)
    ours = EsperClient(api_key=data.API_KEY, base_url=f"{base}/api")
    peer = _peer(base)
    stack.callback(raw.close)
    stack.callback(ours.close)
    stack.callback(peer.api_client.rest_client.pool_manager.clear)
    enterprise, device = UUID(data.ENTERPRISE_ID), UUID(data.DEVICE_ID)

    contenders: dict[str, Callable[[], Any]] = {
        "ours": lambda: get_device_by_id.sync(enterprise, device, client=ours),
        "httpx": lambda: raw.get(url).json(),
        "esperclient": lambda: peer.get_device_by_id(data.ENTERPRISE_ID, data.DEVICE_ID),
    }
    # Same answer everywhere, or the comparison means nothing.
    assert contenders["ours"]().device_name == data.SMALL_DEVICE["device_name"]
    assert contenders["httpx"]()["device_name"] == data.SMALL_DEVICE["device_name"]
    assert contenders["esperclient"]().device_name == data.SMALL_DEVICE["device_name"]
    return contenders


# Within a sync round, contenders take turns every SYNC_BLOCK calls (see `_sync_round`).
SYNC_BLOCK = 100


def _sync_round(
    server: Server, contenders: dict[str, Callable[[], Any]], calls: int
) -> tuple[dict[str, float], float]:
    """One round: each contender's `calls` sequential calls, per call, and the server's CPU.

    Contenders take turns every `SYNC_BLOCK` calls (rotating who goes first), so that each
    one's calls spread over the same second or so. Run back to back instead, a 0.7 s batch
    could land on a slow spell of this shared VM that its rival's batch missed: per-round
    ratios then ranged from 0.73 to 1.56 for the same code.
    """
    if calls % SYNC_BLOCK:
        raise ValueError(f"calls ({calls}) must be a multiple of {SYNC_BLOCK}")
    names = list(contenders)
    spent = dict.fromkeys(names, 0.0)
    before = server.stats()["cpu_seconds"]
    for block in range(calls // SYNC_BLOCK):
        for name in rotation(names, block):
            call = contenders[name]
            started = time.perf_counter()
            for _ in range(SYNC_BLOCK):
                call()
            spent[name] += time.perf_counter() - started
    server_cpu = (server.stats()["cpu_seconds"] - before) / (calls * len(names))
    return {name: total / calls for name, total in spent.items()}, server_cpu


def sync_rows(server: Server, calls: int, rounds: int) -> list[Row]:
    server_cpu: list[float] = []
    with contextlib.ExitStack() as stack:
        contenders = _sync_contenders(server.url, stack)
        for call in contenders.values():  # warm up connections and caches
            for _ in range(50):
                call()
        samples: dict[str, list[float]] = {name: [] for name in contenders}
        for _ in range(rounds):
            per_call, cpu = _sync_round(server, contenders, calls)
            for name, value in per_call.items():
                samples[name].append(value)
            server_cpu.append(cpu)
    ours = median(samples["ours"])
    note = _server_note({"all": server_cpu}, median(samples["httpx"]))
    spread = _ratio_spread(
        samples["ours"], samples["httpx"], f"contenders taking turns every {SYNC_BLOCK} calls"
    )
    return [
        Row("2 per call, sync", f"{calls} sequential GETs, per call", ours, "us",
            "httpx.Client", median(samples["httpx"]), target=1.05, notes=[note, spread]),
        Row("2 per call, sync", f"{calls} sequential GETs, per call", ours, "us",
            "esperclient", median(samples["esperclient"])),
    ]  # fmt: skip


def _server_note(server_cpu: dict[str, list[float]], floor: float) -> str:
    worst = max(median(values) for values in server_cpu.values())
    bound = " at most" if len(server_cpu) > 1 else ""
    share = f"{worst / floor:.0%} of a raw httpx call"
    return f"server CPU {worst * 1e6:.0f} us/request{bound} ({share})"


async def _async_batch(call: Callable[[], Awaitable[Any]], calls: int) -> float:
    remaining = calls

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
    return (time.perf_counter() - started) / calls


def _peer_async_batch(peer: Any, calls: int) -> float:
    # esperclient's async: async_req=True hands the call to its ThreadPool.
    pending: collections.deque[Any] = collections.deque()
    started = time.perf_counter()
    for _ in range(calls):
        if len(pending) >= CONCURRENCY:
            pending.popleft().get()
        pending.append(peer.get_device_by_id(data.ENTERPRISE_ID, data.DEVICE_ID, async_req=True))
    while pending:
        pending.popleft().get()
    return (time.perf_counter() - started) / calls


# Calls made on a fresh client, untimed, before each timed batch: they open its connections.
WARM_UP_CALLS = 200
# A fresh client per timed batch, made by one of these: (the call, how to close the client).
AsyncFactory = Callable[[], tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]]


def _async_factories(base: str) -> dict[str, AsyncFactory]:
    import httpx

    from esper_client import EsperClient
    from esper_client.generated.api.devices import get_device_by_id

    url = f"{base}/api/enterprise/{data.ENTERPRISE_ID}/device/{data.DEVICE_ID}/"
    headers = {"Accept": "application/json", "Authorization": f"Bearer {data.API_KEY}"}
    enterprise, device = UUID(data.ENTERPRISE_ID), UUID(data.DEVICE_ID)

    def ours_on(backend: str) -> AsyncFactory:
        def ours() -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
            client = EsperClient(
                api_key=data.API_KEY,
                base_url=f"{base}/api",
                async_backend=backend,  # type: ignore[arg-type]
            )

            async def call() -> Any:
                return await get_device_by_id.asyncio(enterprise, device, client=client)

            return call, client.aclose

        return ours

    def raw() -> tuple[Callable[[], Awaitable[Any]], Callable[[], Awaitable[None]]]:
        client = httpx.AsyncClient(headers=headers)

        async def call() -> Any:
            return (await client.get(url)).json()

        return call, client.aclose

    return {"ours": ours_on("httpx"), "ours-aiohttp": ours_on("aiohttp"), "httpx": raw}


def _fresh_async_batch(runner: asyncio.Runner, factory: AsyncFactory, calls: int) -> float:
    """Time `calls` calls on a fresh, warmed-up client, so every batch starts alike.

    httpcore's async pool (1.0.x) never grows while any connection is idle, and scans every
    connection for each request it places, so its cost per call follows how many connections
    it holds. A client reused across rounds held 12 to 20, depending on whether its
    connections outlived the 5 s keep-alive while the other contenders ran: that swung either
    client by up to 40 % from one batch to the next, by the order of the round, not by the
    client. A fresh client warmed by the same 50-wide burst holds 20 every time.
    """
    call, close = factory()
    try:
        runner.run(_async_batch(call, WARM_UP_CALLS))
        return runner.run(_async_batch(call, calls))
    finally:
        runner.run(close())


def _fresh_peer_batch(base: str, calls: int) -> float:
    peer = _peer(base)
    try:
        _peer_async_batch(peer, WARM_UP_CALLS)
        return _peer_async_batch(peer, calls)
    finally:
        api_client = peer.api_client
        api_client.pool.close()
        api_client.pool.join()
        api_client.rest_client.pool_manager.clear()


def async_rows(server: Server, calls: int, rounds: int) -> list[Row]:
    factories = _async_factories(server.url)
    names = [*factories, "esperclient"]
    server_cpu: dict[str, list[float]] = {name: [] for name in names}

    with asyncio.Runner() as runner:
        # Same answer everywhere, or the comparison means nothing.
        for name, factory in factories.items():
            call, close = factory()
            value = runner.run(call())
            runner.run(close())
            name_of = value["device_name"] if name == "httpx" else value.device_name
            assert name_of == data.SMALL_DEVICE["device_name"], name

        def timed(name: str, batch: Callable[[], float]) -> float:
            before = server.stats()["cpu_seconds"]
            value = batch()
            # Warm-up requests are served too: count the server's CPU over all of them.
            server_cpu[name].append(
                (server.stats()["cpu_seconds"] - before) / (calls + WARM_UP_CALLS)
            )
            return value

        def fresh(name: str) -> Callable[[], float]:
            if name == "esperclient":
                return lambda: timed(name, lambda: _fresh_peer_batch(server.url, calls))
            return lambda: timed(name, lambda: _fresh_async_batch(runner, factories[name], calls))

        samples = interleaved({name: fresh(name) for name in names}, rounds)
    note = _server_note(server_cpu, median(samples["httpx"]))
    how = f"each on fresh clients warmed by {WARM_UP_CALLS} calls"
    spread = _ratio_spread(samples["ours"], samples["httpx"], how)
    spread_aiohttp = _ratio_spread(samples["ours-aiohttp"], samples["httpx"], how)
    spread_peer = _ratio_spread(
        samples["ours-aiohttp"], samples["esperclient"], "each in the same round", "esperclient"
    )
    measure = f"{calls} GETs, {CONCURRENCY} concurrent, per call"
    peer = f"esperclient async_req, {os.cpu_count()} threads"
    ours, ours_aiohttp = median(samples["ours"]), median(samples["ours-aiohttp"])
    floor, peer_value = median(samples["httpx"]), median(samples["esperclient"])
    return [
        Row("2 per call, async", measure, ours, "us", "httpx.AsyncClient", floor,
            target=1.15, notes=[note, spread]),
        Row("2 per call, async", measure, ours, "us", peer, peer_value),
        Row("2 per call, async, aiohttp", measure, ours_aiohttp, "us", "httpx.AsyncClient",
            floor, target=0.35, notes=[spread_aiohttp]),
        Row("2 per call, async, aiohttp", measure, ours_aiohttp, "us", peer, peer_value,
            target=0.6, notes=[spread_peer]),
    ]  # fmt: skip


def _ratio_spread(ours: list[float], theirs: list[float], how: str, to: str = "httpx") -> str:
    """The ratio within each round, so a reader sees how far one round can be from another."""
    ratios = sorted(a / b for a, b in zip(ours, theirs, strict=True))
    return (
        f"ratio to {to} round by round: {ratios[0]:.2f} to {ratios[-1]:.2f} "
        f"over {len(ratios)} rounds, {how}"
    )


def run(quick: bool = False) -> list[Row]:
    calls = 500 if quick else 2000
    rounds, async_rounds = (3, 3) if quick else (11, 7)
    # Every request the suite may send, with room for warm-up and checks: then the server stops.
    budget = rounds * 3 * calls + async_rounds * 4 * (calls + WARM_UP_CALLS) + 5000
    with Server("fixed", max_requests=budget, max_seconds=900) as server:
        rows = sync_rows(server, calls, rounds)
        rows += async_rows(server, calls, async_rounds)
    return rows


if __name__ == "__main__":
    import sys

    quick = "--quick" in sys.argv
    print(common.table(run(quick)))
