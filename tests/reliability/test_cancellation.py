"""Calls cancelled at any moment leave the async connection pool whole, on both backends.

Stock httpcore 1.0.9 leaks a pool slot for good when a request is cancelled at one of a
few moments (see `esper_client._httpcore_fix.orphans_after_failure`); once every slot has
leaked, every call waits out its pool timeout against a healthy server. Each leak shape is
reproduced here deterministically, against EsperClient (no leak) and against a bare
`httpx.AsyncClient` (the leak upstream still has). When the `stock` tests skip, saying so,
upstream has fixed the bug: the workaround in `_transport.AsyncRetryTransport._repair_pool`
may go, and the tests of EsperClient must still pass without it. Stock aiohttp 3.14 leaks
no slot, but a request cancelled just as it is handed a free one keeps every other waiting
request from it until their pool timeout: `_aiohttp._Connector._hand_on_a_free_slot`
hands it on, and its `stock` test says when it may go.

Cancellations land exactly where a test wants them: httpcore awaits the `trace` extension
at each step of a request, and the trace cancels its own task at the chosen step. aiohttp
has no such hook here: its calls are cancelled after each number of turns of the event
loop (the server runs in the same loop), which reaches every await of a call in turn.
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
from esper_testkit import backend_of, needs_aiohttp
from keepalive_server import HOLD, KeepAliveServer, Request, ok, until
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
async def clients(
    keepalive: KeepAliveServer,
) -> AsyncIterator[Callable[[str, int], httpx.AsyncClient]]:
    """EsperClients' async httpx clients on a backend, with `max_connections` connections."""
    made: list[EsperClient] = []

    def make(backend: str, max_connections: int) -> httpx.AsyncClient:
        client = EsperClient(
            api_key=API_KEY,
            base_url=keepalive.url,
            timeout=httpx.Timeout(10.0, pool=POOL_TIMEOUT),
            retry=RetryPolicy(async_sleep=retry_wait, jitter=False),
            httpx_args={"limits": limits(max_connections)},
            async_backend=backend,  # type: ignore[arg-type]
        )
        made.append(client)
        return client.get_async_httpx_client()

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
def ours(clients: Callable[[str, int], httpx.AsyncClient]) -> Callable[[int], httpx.AsyncClient]:
    """EsperClient on httpx's own pool: the tests of httpcore's leak shapes."""
    return lambda max_connections: clients("httpx", max_connections)


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
    inner = getattr(client._transport, "_transport", None)
    if type(inner).__name__ == "AiohttpTransport":
        return stuck_aiohttp(inner)
    pool = pool_of(client)
    found = re.search(r"Requests: (\d+) active, (\d+) queued", repr(pool))
    assert found is not None, repr(pool)
    active, queued = found.groups()
    held = [f"{active} request(s) active", f"{queued} request(s) queued"]
    return [text for text in held if not text.startswith("0 ")] + [
        repr(connection) for connection in pool.connections if not connection.is_idle()
    ]


def stuck_aiohttp(transport: Any) -> list[str]:
    """The same for aiohttp's pool: connections still counted as taken, requests waiting."""
    session = transport._session
    if session is None:
        return []
    connector = session.connector
    waiting = sum(len(waiters) for waiters in connector._waiters.values())
    held = [f"{len(connector._acquired)} connection(s) taken", f"{waiting} request(s) waiting"]
    return [text for text in held if not text.startswith("0 ")]


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


# --- any moment, on either backend ----------------------------------------------------------

PATHS = ("/", "/close", "/big")


async def turns_to_finish(client: httpx.AsyncClient, path: str) -> int:
    """How many turns of the loop one call takes, uncancelled."""
    task = asyncio.create_task(client.get(path))
    turns = 0
    while not task.done():
        await asyncio.sleep(0)
        turns += 1
    assert task.result().status_code == 200
    return turns


async def cancelled_after(turns: int, call: Awaitable[Any]) -> bool:
    """Run `call` in a task of its own, cancel it after `turns` turns of the loop; whether
    the cancellation landed (the call had not finished)."""
    task = asyncio.ensure_future(call)
    for _ in range(turns):
        await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        return True
    return False


@pytest.mark.parametrize("path", PATHS)
async def test_a_call_cancelled_at_any_turn_of_the_loop_leaks_nothing(
    async_mode: str, clients: Callable[[str, int], httpx.AsyncClient], path: str
) -> None:
    # One connection: anything a cancelled call kept would make the next call wait out
    # its pool timeout. Every await of the call comes up, from before it starts to its end.
    # (httpcore keeps a connection closed under a cancelled call until the next request.)
    client = clients(backend_of(async_mode), 1)
    for turns in range(await turns_to_finish(client, path) + 2):
        await cancelled_after(turns, client.get(path))
        assert (await client.get(path)).status_code == 200, f"cancelled after {turns} turns"
        assert stuck(client) == [], f"cancelled after {turns} turns"


async def cancelled_as_it_is_handed_a_free_slot(
    client: Any, connector_of: Callable[[], Any], server: KeepAliveServer
) -> tuple[asyncio.Task[Any], asyncio.Task[Any]]:
    """B and C wait for the only connection, A's; A's answer closes it, so aiohttp wakes B,
    and B is cancelled before it runs. Returns A and C's tasks, for the test to await."""
    first = asyncio.create_task(client.get("/held"))
    await until(lambda: server.count == 1)
    connector = connector_of()
    second = asyncio.create_task(client.get("/"))
    third = asyncio.create_task(client.get("/"))
    await until(lambda: sum(len(w) for w in connector._waiters.values()) == 2)
    wake_one = connector._release_waiter

    def wake_then_cancel() -> None:
        wake_one()
        second.cancel()
        del connector._release_waiter  # back to the class's own

    connector._release_waiter = wake_then_cancel
    server.release()
    with pytest.raises(asyncio.CancelledError):
        await second
    return first, third


@needs_aiohttp
async def test_on_aiohttp_a_call_cancelled_as_it_is_handed_a_free_slot_does_not_keep_it(
    clients: Callable[[str, int], httpx.AsyncClient],
    keepalive: KeepAliveServer,
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = clients("aiohttp", 1)
    transport: Any = client._transport._transport  # type: ignore[attr-defined]
    first, third = await cancelled_as_it_is_handed_a_free_slot(
        client, lambda: transport._session.connector, keepalive
    )
    assert (await first).status_code == 200
    assert (await third).status_code == 200
    # At once: not after waiting out its pool timeout, then a retry.
    assert [r.getMessage() for r in caplog.records if r.name == "esper_client"] == []
    assert stuck(client) == []


@needs_aiohttp
async def test_stock_aiohttp_still_keeps_a_free_slot_from_waiting_requests(
    keepalive: KeepAliveServer,
) -> None:
    import aiohttp

    async with aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=1), timeout=aiohttp.ClientTimeout(connect=0.5)
    ) as session:

        class Bare:  # the shape `cancelled_as_it_is_handed_a_free_slot` calls
            def get(self, path: str) -> Awaitable[Any]:
                async def get() -> Any:
                    async with session.get(keepalive.url + path) as response:
                        return await response.read()

                return get()

        first, third = await cancelled_as_it_is_handed_a_free_slot(
            Bare(), lambda: session.connector, keepalive
        )
        await first
        try:
            await third
        except aiohttp.ConnectionTimeoutError:  # it waited out its timeout with a slot free
            return
    pytest.skip(
        f"aiohttp {aiohttp.__version__} hands a free slot on past a cancelled waiter: "
        "_aiohttp._Connector._hand_on_a_free_slot may go (see this module's doc)"
    )


# --- ten thousand cancellations ------------------------------------------------------------

# Steps of a request where a call is cancelled by its trace (httpcore's trace names), plus
# the wait before a retry (its server always answers 503); one call in nine is cancelled by
# a timer instead, wherever it is then (often queued for a connection: the commonest leak).
TRACE_STAGES = (
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
# On aiohttp, after a number of turns of the loop instead of at a traced step (a call
# takes 5 to 9 turns alone, more when queued): each number lands at another await.
TURN_STAGES = ("turns-0", "turns-1", "turns-2", "turns-3", "turns-5", "turns-8", "turns-13")
STAGES = {"httpx": TRACE_STAGES, "aiohttp": (*TURN_STAGES, "retry-wait", "timer")}


async def test_ten_thousand_cancelled_calls_leave_the_pool_whole(
    async_mode: str,
    clients: Callable[[str, int], httpx.AsyncClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    # httpcore logs a dozen DEBUG records per call: capturing 100,000 of them would be most
    # of this test's time. Every other test checks the records for the key.
    caplog.set_level(logging.WARNING)
    client = clients(backend_of(async_mode), 4)
    stages = STAGES[backend_of(async_mode)]
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
                elif stage.startswith("turns-"):
                    if await cancelled_after(int(stage.split("-")[1]), call):
                        cancelled[stage] += 1
                else:
                    await call
            except (asyncio.CancelledError, TimeoutError):
                cancelled[stage] += 1

    calls = 0
    count = len(stages)
    while sum(cancelled.values()) < 10_000:
        assert calls < 15_000, f"too few calls were cancelled: {cancelled}"
        # Call n is cancelled at stages[n % count], on PATHS[n // count % 3]: every pair.
        batch = [
            (
                stages[n % count],
                "/busy" if stages[n % count] == "retry-wait" else PATHS[n // count % 3],
            )
            for n in range(calls, calls + 500)
        ]
        await asyncio.gather(*(asyncio.create_task(one(*pair)) for pair in batch))
        calls += len(batch)
    assert all(cancelled[stage] >= 500 for stage in stages), cancelled
    assert stuck(client) == []
    # Healthy calls are served at once: three for every slot, all at a time.
    responses = await asyncio.gather(*(client.get("/") for _ in range(12)))
    assert [response.status_code for response in responses] == [200] * 12
    assert stuck(client) == []
