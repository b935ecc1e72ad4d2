"""Calls cancelled at any moment leave the async connection pool whole (httpcore issue 1093).

Stock httpcore 1.0.9 leaks a pool slot for good when a request is cancelled at one of a
few moments (see `esper_client._httpcore_fix.orphans_after_failure`); once every slot has
leaked, every call waits out its pool timeout against a healthy server. Each leak shape is
reproduced here deterministically, against EsperClient (no leak) and against a bare
`httpx.AsyncClient` (the leak upstream still has). When the `stock` tests skip, saying so,
upstream has fixed the bug: the workaround in `_transport.AsyncRetryTransport._repair_pool`
may go, and the tests of EsperClient must still pass without it.

Cancellations land exactly where a test wants them: httpcore awaits the `trace` extension
at each step of a request, and the trace cancels its own task at the chosen step.
"""

from __future__ import annotations

import asyncio
import logging
import random
import re
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from contextvars import ContextVar
from typing import Any, NoReturn

import httpcore
import httpx
import pytest
from keepalive_server import HOLD, KeepAliveServer, Request, ok
from reliability_helpers import API_KEY

from esper_client import EsperClient, RetryPolicy

Trace = Callable[[str, dict[str, Any]], Awaitable[None]]
# Short enough that a leaked slot shows as a failure quickly, long enough for loopback.
POOL_TIMEOUT = 2.0
BIG = b'{"blob": "' + b"x" * 70_000 + b'"}'  # more than one read: cancellable mid-body


def answer(request: Request) -> bytes:
    if request.path.endswith("/held"):
        return HOLD
    if request.path.endswith("/close"):
        return ok(close=True)
    if request.path.endswith("/big"):
        return ok(BIG)
    if request.path.endswith("/busy"):
        return ok(b"{}", status="503 Service Unavailable")
    return ok()


@pytest.fixture
async def keepalive() -> AsyncIterator[KeepAliveServer]:
    async with KeepAliveServer(answer, max_requests=60_000, lifetime=600.0) as server:
        yield server


# Which step the current call is to be cancelled at (each call runs in a task of its own).
cancel_at: ContextVar[str | None] = ContextVar("cancel_at", default=None)


async def tracer(event: str, info: dict[str, Any]) -> None:
    if event == cancel_at.get():
        task = asyncio.current_task()
        assert task is not None
        task.cancel()


async def retry_wait(seconds: float) -> None:
    """The retry policy's sleep: no real wait, but a point where a call can be cancelled."""
    if cancel_at.get() == "retry-wait":
        task = asyncio.current_task()
        assert task is not None
        task.cancel()
    await asyncio.sleep(0)


def limits(max_connections: int) -> httpx.Limits:
    return httpx.Limits(max_connections=max_connections, max_keepalive_connections=None)


@pytest.fixture
async def ours(keepalive: KeepAliveServer) -> AsyncIterator[Callable[[int], httpx.AsyncClient]]:
    made: list[EsperClient] = []

    def make(max_connections: int) -> httpx.AsyncClient:
        client = EsperClient(
            api_key=API_KEY,
            base_url=keepalive.url,
            timeout=httpx.Timeout(10.0, pool=POOL_TIMEOUT),
            retry=RetryPolicy(async_sleep=retry_wait, jitter=False),
            httpx_args={"limits": limits(max_connections)},
        )
        made.append(client)
        return client.get_async_httpx_client()

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
async def stock(keepalive: KeepAliveServer) -> AsyncIterator[Callable[[int], httpx.AsyncClient]]:
    made: list[httpx.AsyncClient] = []

    def make(max_connections: int) -> httpx.AsyncClient:
        client = httpx.AsyncClient(
            base_url=keepalive.url,
            timeout=httpx.Timeout(10.0, pool=0.1),  # its leaks show as a PoolTimeout: soon
            limits=limits(max_connections),
        )
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def upstream_fixed() -> NoReturn:
    pytest.skip(
        f"httpcore {httpcore.__version__} no longer leaks here: encode/httpcore#1093 looks "
        "fixed, so AsyncRetryTransport._repair_pool may go (see this module's doc)"
    )


def pool_of(client: httpx.AsyncClient) -> Any:
    transport: Any = client._transport
    transport = getattr(transport, "_transport", transport)  # ours wraps httpx's
    return transport._pool


def stuck(client: httpx.AsyncClient) -> list[str]:
    """What is wrong with the pool when no call is under way: requests it still counts as
    queued or active, and connections that are not idle. Empty for a healthy pool."""
    pool = pool_of(client)
    found = re.search(r"Requests: (\d+) active, (\d+) queued", repr(pool))
    assert found is not None, repr(pool)
    active, queued = found.groups()
    held = [f"{active} request(s) active", f"{queued} request(s) queued"]
    return [text for text in held if not text.startswith("0 ")] + [
        repr(connection) for connection in pool.connections if not connection.is_idle()
    ]


async def until(condition: Callable[[], bool]) -> None:
    """Let the loop run (the server is in it) until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5.0
    while not condition():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0)


async def cancelled_while_handed_a_new_connection(
    client: httpx.AsyncClient, server: KeepAliveServer
) -> None:
    """The commonest leak: B waits for the only slot; A's response closes its connection, so
    the pool makes B a new one and wakes B, and B is cancelled before it runs. The pool's
    own step that hands out connections is wrapped to cancel B at that very moment."""
    pool = pool_of(client)
    first = asyncio.create_task(client.get("/held"))
    await until(lambda: server.count == 1)
    second = asyncio.create_task(client.get("/"))
    await until(lambda: "1 queued" in repr(pool))
    hand_out = pool._assign_requests_to_connections

    def hand_out_then_cancel() -> Any:
        waiting = [r for r in pool._requests if r.connection is None]
        closing = hand_out()
        if any(r.connection is not None for r in waiting):
            second.cancel()
            del pool._assign_requests_to_connections  # back to the class's own
        return closing

    pool._assign_requests_to_connections = hand_out_then_cancel
    server.release()
    assert (await first).status_code == 200
    with pytest.raises(asyncio.CancelledError):
        await second


async def cancelled_at(client: httpx.AsyncClient, step: str, path: str = "/") -> None:
    """One call, cancelled by its own trace at `step`."""

    async def call() -> None:
        cancel_at.set(step)
        await client.get(path, extensions={"trace": tracer})

    with pytest.raises(asyncio.CancelledError):
        await asyncio.create_task(call())


# The other leak shapes: cancelled after connecting, on the lock before the request is sent
# (the connection stays NEW, socket open); cancelled while its response is being closed (the
# request stays queued in the pool and its connection ACTIVE).
STEPS = ["connection.connect_tcp.complete", "http11.response_closed.started"]


async def test_a_call_cancelled_while_handed_a_new_connection_leaks_nothing(
    ours: Callable[[int], httpx.AsyncClient], keepalive: KeepAliveServer
) -> None:
    client = ours(1)
    await cancelled_while_handed_a_new_connection(client, keepalive)
    assert stuck(client) == []
    assert (await client.get("/")).status_code == 200


async def test_stock_httpcore_still_leaks_a_connection_handed_to_a_cancelled_call(
    stock: Callable[[int], httpx.AsyncClient], keepalive: KeepAliveServer
) -> None:
    client = stock(1)
    await cancelled_while_handed_a_new_connection(client, keepalive)
    leaked = stuck(client) or upstream_fixed()
    assert leaked == ["<AsyncHTTPConnection [CONNECTING]>"]
    with pytest.raises(httpx.PoolTimeout):  # the one slot is gone for good
        await client.get("/")


@pytest.mark.parametrize("step", STEPS)
async def test_a_call_cancelled_at_a_step_httpcore_leaks_at_leaks_nothing(
    ours: Callable[[int], httpx.AsyncClient], step: str
) -> None:
    client = ours(1)
    await cancelled_at(client, step)
    assert stuck(client) == []
    assert (await client.get("/")).status_code == 200


@pytest.mark.parametrize("step", STEPS)
async def test_stock_httpcore_still_leaks_a_call_cancelled_at_that_step(
    stock: Callable[[int], httpx.AsyncClient], step: str
) -> None:
    client = stock(1)
    await cancelled_at(client, step)
    assert stuck(client) or upstream_fixed()


# --- ten thousand cancellations ------------------------------------------------------------

# Steps of a request where a call is cancelled by its trace (httpcore's trace names), plus
# the wait before a retry (its server always answers 503); one call in nine is cancelled by
# a timer instead, wherever it is then (often queued for a connection: the commonest leak).
STAGES = (
    "connection.connect_tcp.started",  # connecting
    "connection.connect_tcp.complete",
    "http11.send_request_headers.started",  # sending
    "http11.send_request_body.started",
    "http11.receive_response_headers.started",  # waiting for the answer
    "http11.receive_response_body.started",  # mid-body
    "http11.response_closed.started",
    "retry-wait",
    "timer",
)
PATHS = ("/", "/close", "/big")


async def test_ten_thousand_cancelled_calls_leave_the_pool_whole(
    ours: Callable[[int], httpx.AsyncClient], caplog: pytest.LogCaptureFixture
) -> None:
    # httpcore logs a dozen DEBUG records per call: capturing 100,000 of them would be most
    # of this test's time. Every other test checks the records for the key.
    caplog.set_level(logging.WARNING)
    client = ours(4)
    rng = random.Random(1093)
    cancelled: Counter[str] = Counter()
    gate = asyncio.Semaphore(12)  # three calls for each connection slot: always some queued

    async def one(stage: str, path: str) -> None:
        async with gate:
            cancel_at.set(None if stage == "timer" else stage)
            call = client.get(path, extensions={"trace": tracer})
            try:
                if stage == "timer":
                    await asyncio.wait_for(call, timeout=rng.uniform(0, 0.003))
                else:
                    await call
            except (asyncio.CancelledError, TimeoutError):
                cancelled[stage] += 1

    calls = 0
    while sum(cancelled.values()) < 10_000:
        assert calls < 15_000, f"too few calls were cancelled: {cancelled}"
        # Call n is cancelled at STAGES[n % 9], on PATHS[n // 9 % 3]: every pair comes up.
        batch = [
            (STAGES[n % 9], "/busy" if STAGES[n % 9] == "retry-wait" else PATHS[n // 9 % 3])
            for n in range(calls, calls + 500)
        ]
        await asyncio.gather(*(asyncio.create_task(one(*pair)) for pair in batch))
        calls += len(batch)
    assert all(cancelled[stage] >= 500 for stage in STAGES), cancelled
    assert stuck(client) == []
    # Healthy calls are served at once: three for every slot, all at a time.
    responses = await asyncio.gather(*(client.get("/") for _ in range(12)))
    assert [response.status_code for response in responses] == [200] * 12
    assert stuck(client) == []
