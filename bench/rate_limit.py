"""Rate-limit utilization: 5,000 calls against a server that allows R requests per second.

The server (`server.py --mode ratelimit`) is a token bucket of R tokens per second; beyond
it, it answers 429 with `Retry-After`. The same `EsperClient` (default `RetryPolicy`:
3 retries, Retry-After obeyed) makes the same calls (`get_device_by_id.asyncio`) two ways:

* ours: `run_bulk` (adaptive concurrency, starting at 20);
* baseline: a fixed concurrency of 20 (`asyncio.Semaphore(20)` around each call).

Each side gets a fresh server. Reported: successful calls per second as a fraction of R,
the 429s the server sent, and the items lost (calls that ended in an error). First, with
no limit at all, the client's own ceiling, on each async backend (httpx's pool, the
default, and `async_backend="aiohttp"`).
"""

from __future__ import annotations

import asyncio
import time
from typing import Any
from uuid import UUID

import common
import data
from common import Row
from server import Server

RATE = 400.0
FIXED = 20


async def _adaptive(call: Any, items: list[int]) -> None:
    from esper_client import run_bulk

    await run_bulk(call, items, initial_concurrency=FIXED)


async def _fixed(call: Any, items: list[int]) -> None:
    limit = asyncio.Semaphore(FIXED)

    async def guarded(item: int) -> Any:
        async with limit:
            return await call(item)

    await asyncio.gather(*(guarded(item) for item in items), return_exceptions=True)


def _side(
    strategy: str,
    calls: int,
    rate: float | None,
    options: dict[str, Any],
    backend: str = "httpx",
) -> dict[str, float]:
    """One strategy's run; `rate=None` is a server without a limit (the client's ceiling)."""
    from esper_client import EsperClient
    from esper_client.generated.api.devices import get_device_by_id

    expected = calls / (rate or 200.0)
    limited = {"rate": rate, **options} if rate else {}
    # Budget: every call may be tried 4 times; time: 3x what the rate allows, plus slack.
    with Server(
        "ratelimit" if rate else "fixed",
        max_requests=calls * 4 + 10,
        max_seconds=expected * 3 + 10,
        **limited,
    ) as server:
        succeeded = 0

        async def main() -> float:
            async with EsperClient(
                api_key=data.API_KEY,
                base_url=f"{server.url}/api",
                async_backend=backend,  # type: ignore[arg-type]
            ) as client:
                enterprise = UUID(data.ENTERPRISE_ID)

                async def call(item: int) -> Any:
                    nonlocal succeeded
                    value = await get_device_by_id.asyncio(
                        enterprise, UUID(int=item), client=client
                    )
                    succeeded += 1
                    return value

                run = _adaptive if strategy == "adaptive" else _fixed
                started = time.perf_counter()
                try:
                    # Calls still running at the deadline count as lost.
                    async with asyncio.timeout(expected * 3 + 5):
                        await run(call, list(range(1, calls + 1)))
                except TimeoutError:
                    pass
                return time.perf_counter() - started

        elapsed = asyncio.run(main())
    stats = server.final
    return {
        "calls_per_second": succeeded / elapsed,
        "utilization": succeeded / elapsed / (rate or 1.0),
        "throttled": float(stats.get("throttled", 0)),
        "lost": float(calls - succeeded),
        "seconds": elapsed,
        "requests": float(stats.get("requests", 0)),
    }


def measure(calls: int, rate: float = RATE, **options: Any) -> dict[str, dict[str, float]]:
    return {strategy: _side(strategy, calls, rate, options) for strategy in ("adaptive", "fixed")}


def _ceiling_rows(calls: int) -> list[Row]:
    name, measure = "4 rate limit", f"{calls} calls, no limit: the client's own ceiling"
    ceilings = {
        (backend, strategy): _side(strategy, calls, None, {}, backend)["calls_per_second"]
        for backend in ("httpx", "aiohttp")
        for strategy in ("adaptive", "fixed")
    }
    adaptive, aiohttp = ceilings["httpx", "adaptive"], ceilings["aiohttp", "adaptive"]
    return [
        Row(name, measure, adaptive, "/s", f"fixed {FIXED}", ceilings["httpx", "fixed"]),
        Row(name, f"{measure}, aiohttp", aiohttp, "/s", f"fixed {FIXED}, aiohttp",
            ceilings["aiohttp", "fixed"]),
        Row(name, f"{measure}, aiohttp", aiohttp, "/s", "run_bulk on httpx's pool", adaptive,
            target=3.0, better="higher"),
    ]  # fmt: skip


def _rows(calls: int, rate: float) -> list[Row]:
    result = measure(calls, rate)
    ours, fixed = result["adaptive"], result["fixed"]
    name = "4 rate limit"
    how = f"{calls} calls, R={rate:.0f}/s"
    notes = [
        f"{how}: adaptive {ours['seconds']:.1f} s and {ours['requests']:.0f} requests, "
        f"fixed {fixed['seconds']:.1f} s and {fixed['requests']:.0f} requests"
    ]
    return [
        Row(name, f"{how}: throughput / R", ours["utilization"], "xR", f"fixed {FIXED}",
            fixed["utilization"], target=0.9, better="higher", target_on="ours", notes=notes),
        Row(name, f"{how}: 429s seen", ours["throttled"], "count", f"fixed {FIXED}",
            fixed["throttled"]),
        Row(name, f"{how}: items lost", ours["lost"], "count", f"fixed {FIXED}", fixed["lost"],
            target=0, target_on="ours"),
    ]  # fmt: skip


def run(quick: bool = False) -> list[Row]:
    # R=400 as the issue asks; R=100 as well, a limit that binds even where the client
    # itself cannot go much faster than 400 calls per second.
    # First, how fast the client goes with no limit at all: R is only tested below that.
    scale = 5 if quick else 1
    return (
        _ceiling_rows(1500 // scale) + _rows(5000 // scale, RATE) + _rows(1250 // scale, RATE / 4)
    )


if __name__ == "__main__":
    import json
    import sys

    if "--explore" in sys.argv:
        for options in json.loads(sys.argv[sys.argv.index("--explore") + 1]):
            calls = options.pop("calls", 1000)
            result = measure(calls, **options)
            print(options, calls)
            for side, figures in result.items():
                print("   ", side, {k: round(v, 3) for k, v in figures.items()})
    else:
        print(common.table(run("--quick" in sys.argv)))
