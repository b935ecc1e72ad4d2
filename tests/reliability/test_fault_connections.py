"""Faults in the connection itself: a body shorter than its Content-Length, a connection cut
or reset mid-response, a server that stalls past the client's timeout (answering, reading
the request's body, or handing out a connection), very large bodies.

The real httpx transports meet a real socket here (see fault_server.py). Retry waits are on
the fake clock; only stall tests spend real time, on purpose: a client timeout of 0.25 s.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from fault_server import (
    Fault,
    FaultServer,
    cut_chunked,
    cut_unframed,
    large,
    reply,
    reset,
    stall,
    truncated,
)
from keepalive_server import HOLD, KeepAliveServer, ok, until
from reliability_helpers import (
    ENTERPRISE_ID,
    LONG_TIMEOUT,
    SHORT_TIMEOUT,
    FakeTime,
    assert_no_key,
    call,
    request,
    wait_bound,
)

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices

PAGE = json.dumps(
    {
        "count": 2,
        "next": None,
        "previous": None,
        "results": [{"device_name": "a"}, {"device_name": "b"}],
    }
).encode()
QUICK = 3.0

CUTS: dict[str, Fault] = {
    "content-length-too-large": truncated(PAGE),
    "chunked-cut-mid-chunk": cut_chunked(PAGE),
    "reset-before-response": reset(),
}


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
async def test_a_cut_response_to_get_is_retried_then_a_connection_error(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, cut: Fault
) -> None:
    server.script(cut)
    started = time.monotonic()
    with pytest.raises(errors.APIConnectionError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert time.monotonic() - started < QUICK
    assert not isinstance(info.value, errors.APITimeoutError)
    assert_no_key(info.value)
    assert server.wait_for(4) == 4
    assert fake_time.sleeps == [0.5, 1.0, 2.0]
    assert sum(fake_time.sleeps) <= wait_bound(client.retry)


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
async def test_a_cut_response_then_a_good_one_is_a_success(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, cut: Fault
) -> None:
    server.script(cut, reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert [device.device_name for device in page.results] == ["a", "b"]
    assert server.count == 2 and fake_time.sleeps == [0.5]


@pytest.mark.parametrize(
    "cut",
    [truncated(PAGE), cut_chunked(PAGE)],
    ids=["content-length-too-large", "chunked-cut-mid-chunk"],
)
async def test_a_post_cut_after_the_server_answered_is_not_repeated(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, cut: Fault
) -> None:
    # The server may have acted: repeating a POST could do it twice.
    server.script(cut)
    with pytest.raises(errors.APIConnectionError) as info:
        await request(mode, client, "POST", "/v0/operations/", json={"command": "REBOOT"})
    assert_no_key(info.value)
    assert server.count == 1 and fake_time.sleeps == []


async def test_a_body_cut_where_nothing_frames_it_is_a_decode_error(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # No Content-Length, no chunking: HTTP/1.1 lets the close end the body, so the cut
    # cannot be told from the end; what arrived is half a JSON document.
    server.script(cut_unframed(PAGE))
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert_no_key(info.value)
    assert "could not be decoded" in str(info.value)
    assert server.count == 1 and fake_time.sleeps == []


# --- stalls --------------------------------------------------------------------------------


@pytest.mark.parametrize("after_head", [False, True], ids=["before-headers", "mid-body"])
async def test_a_stall_past_the_timeout_is_retried_then_a_timeout_error(
    mode: str,
    server: FaultServer,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
    after_head: bool,
) -> None:
    policy = fake_time.policy(max_retries=2)
    client = make_client(timeout=SHORT_TIMEOUT, retry=policy)
    server.script(stall(30.0, after_head=after_head))  # ends when the server stops
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    elapsed = time.monotonic() - started
    assert_no_key(info.value)
    assert "ReadTimeout" in str(info.value)
    # Three attempts of one read timeout each, the waits between them on the fake clock.
    assert elapsed < 3 * SHORT_TIMEOUT + QUICK
    assert server.wait_for(3) == 3
    assert fake_time.sleeps == [0.5, 1.0]


async def test_a_stalled_post_is_not_repeated(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    client = make_client(timeout=SHORT_TIMEOUT)
    server.script(stall(30.0))
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError):
        await request(mode, client, "POST", "/v0/operations/", json={})
    assert time.monotonic() - started < SHORT_TIMEOUT + QUICK
    assert server.wait_for(1) == 1 and fake_time.sleeps == []


async def test_a_stall_then_an_answer_is_a_success(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    client = make_client(timeout=SHORT_TIMEOUT)
    server.script(stall(30.0), reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 2
    assert server.count == 2 and fake_time.sleeps == [0.5]


@pytest.fixture
def deaf_server() -> Iterator[str]:
    """The base URL of a server that accepts connections and never reads from them: the
    client's writes stall once the sockets' buffers are full. After 10 s it hangs up, so a
    client without a write timeout fails its test instead of hanging it."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16 * 1024)  # fills up soon
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.05)
    done = threading.Event()
    taken: list[socket.socket] = []
    deadline = time.monotonic() + 10.0

    def accept() -> None:
        while not done.is_set() and time.monotonic() < deadline:
            try:
                taken.append(listener.accept()[0])
            except TimeoutError:
                continue
        for sock in taken:
            sock.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/api"
    finally:
        done.set()
        thread.join(timeout=5)
        listener.close()


UPLOAD = b"u" * (32 * 1024 * 1024)  # more than loopback's buffers take


async def _upload_chunks() -> AsyncIterator[bytes]:
    for start in range(0, len(UPLOAD), 1024 * 1024):
        yield UPLOAD[start : start + 1024 * 1024]


def _upload(mode: str, kind: str) -> Any:
    if kind == "bytes":
        return UPLOAD
    sync_chunks = (UPLOAD[at : at + 1024 * 1024] for at in range(0, len(UPLOAD), 1024 * 1024))
    return sync_chunks if mode == "sync" else _upload_chunks()


@pytest.mark.parametrize("kind", ["bytes", "stream"])
async def test_a_server_that_stops_reading_the_body_is_a_write_timeout(
    mode: str,
    deaf_server: str,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
    kind: str,
) -> None:
    client = make_client(base_url=deaf_server, timeout=SHORT_TIMEOUT)
    started = time.monotonic()
    with pytest.raises(errors.APITimeoutError, match="WriteTimeout") as info:
        await request(mode, client, "POST", "/v0/upload/", content=_upload(mode, kind))
    assert time.monotonic() - started < SHORT_TIMEOUT + QUICK
    assert_no_key(info.value)
    assert fake_time.sleeps == []  # part of a POST went out: it is not repeated


def held_then_ok(request: Any) -> bytes:
    return HOLD if request.path.endswith("/held") else ok()


async def test_a_call_waiting_past_the_pool_timeout_never_left_and_is_retried(
    async_mode: str, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    async with KeepAliveServer(held_then_ok, max_requests=10, lifetime=30.0) as keepalive:
        client = make_client(
            base_url=keepalive.url,
            timeout=httpx.Timeout(LONG_TIMEOUT, pool=SHORT_TIMEOUT),
            retry=fake_time.policy(max_retries=1),
            httpx_args={"limits": httpx.Limits(max_connections=1)},
        )
        held = asyncio.create_task(request(async_mode, client, "GET", "/held"))
        await until(lambda: keepalive.count >= 1)
        started = time.monotonic()
        with pytest.raises(errors.APITimeoutError, match="PoolTimeout"):
            await request(async_mode, client, "POST", "/v0/operations/", json={})
        assert time.monotonic() - started < 2 * SHORT_TIMEOUT + QUICK
        assert fake_time.sleeps == [0.5]  # a POST that never left may be sent again
        assert keepalive.count == 1
        keepalive.release()
        assert (await held).status_code == 200


# --- very large bodies ---------------------------------------------------------------------

BIG = 16 * 1024 * 1024


async def test_a_large_valid_page_is_read_whole(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    devices = [{"device_name": f"device-{n:05d}", "unknown_field": n} for n in range(10_000)]
    body = json.dumps({"count": len(devices), "results": devices}).encode()
    server.script(reply(200, body))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 10_000 and len(page.results) == 10_000
    assert page.results[-1].device_name == "device-09999"
    assert page.results[-1].additional_properties == {"unknown_field": 9999}


async def test_a_very_large_error_page_gives_a_short_message(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(large(BIG, status=500, content_type="text/html", pattern=b"<p>oops</p>"))
    with pytest.raises(errors.InternalServerError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    exc = info.value
    assert len(exc.body) >= BIG - 16  # everything was read...
    assert len(str(exc)) < 1000 and len(repr(exc)) < 1000  # ...but the message is an excerpt
    assert_no_key(exc)


async def test_a_very_large_garbage_success_is_a_short_decode_error(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(large(BIG, prefix=b'{"count": 1, "results": [', pattern=b"garbage "))
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert len(str(info.value)) < 1000
    assert server.count == 1


@pytest.mark.parametrize("status", [200, 500])
async def test_json_nested_too_deep_is_a_typed_error(
    mode: str, server: FaultServer, client: EsperClient, status: int
) -> None:
    # json.loads raises RecursionError here, not ValueError.
    depth = 200_000
    server.script(large(2 * depth, status=status, prefix=b"[" * depth, pattern=b"]"))
    expected = errors.ResponseDecodeError if status == 200 else errors.InternalServerError
    with pytest.raises(expected) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert len(str(info.value)) < 1000
    assert_no_key(info.value)
