"""Protocol errors: retried when a new connection can cure them, at once when the server had
closed a kept-alive connection, not at all when the answer itself cannot be parsed."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fault_server import Connection, Fault, FaultServer, _head, reply
from keepalive_server import CLOSE, KeepAliveServer, Request, in_a_thread, ok
from reliability_helpers import ENTERPRISE_ID, FakeTime, assert_no_key, call, request

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices

PAGE = b'{"count": 0, "next": null, "previous": null, "results": []}'


def raw(data: bytes) -> Fault:
    def fault(conn: Connection) -> None:
        conn.send(data)

    return fault


UNPARSABLE: dict[str, Fault] = {
    # h11 gives up past 100 KiB of head ("Receive buffer too long"): so will it next time.
    "headers-too-long": raw(
        _head(200, [("Content-Length", "2"), ("X-Padding", "p" * 200_000)]) + b"{}"
    ),
    "malformed-status-line": raw(b"HTTP/1.1 2OO OK\r\nContent-Length: 2\r\n\r\n{}"),
    "malformed-header": raw(b"HTTP/1.1 200 OK\r\nContent Length 2\r\n\r\n{}"),
}


@pytest.mark.parametrize("fault", UNPARSABLE.values(), ids=UNPARSABLE.keys())
async def test_an_answer_that_cannot_be_parsed_is_not_retried(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, fault: Fault
) -> None:
    server.script(fault, reply(200, PAGE))
    with pytest.raises(errors.APIConnectionError, match="RemoteProtocolError") as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert_no_key(info.value)
    assert server.wait_for(1) == 1 and fake_time.sleeps == []


def first_on_each_connection_then_close(request: Request) -> bytes:
    """Answers the first request of a connection, then closes it when the next one comes:
    what a client sees when the server's keep-alive timeout races its next request."""
    return ok(PAGE) if request.on_connection == 1 else CLOSE


@pytest.fixture
def keepalive() -> Iterator[KeepAliveServer]:
    with in_a_thread(first_on_each_connection_then_close, max_requests=20) as server:
        yield server


async def test_a_kept_alive_connection_the_server_closed_is_retried_at_once(
    mode: str,
    keepalive: KeepAliveServer,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
) -> None:
    client = make_client(base_url=keepalive.url)
    await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 0
    # The second call's first try went out on the kept-alive connection and met the close;
    # its retry, on a new connection, did not wait.
    assert [r.on_connection for r in keepalive.requests] == [1, 2, 1]
    assert fake_time.sleeps == [0.0]


async def test_a_post_on_a_connection_the_server_closed_is_not_repeated(
    mode: str,
    keepalive: KeepAliveServer,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
) -> None:
    # The server may have read it before closing: only idempotent requests are repeated.
    client = make_client(base_url=keepalive.url)
    await request(mode, client, "POST", "/v0/operations/", json={})
    with pytest.raises(errors.APIConnectionError, match="Server disconnected"):
        await request(mode, client, "POST", "/v0/operations/", json={})
    assert keepalive.count == 2 and fake_time.sleeps == []


async def test_a_new_connection_closed_without_an_answer_is_retried_after_a_wait(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # Not a stale connection: a server that took the request and hung up. Back off.
    server.script(lambda conn: None, reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 0
    assert server.count == 2 and fake_time.sleeps == [0.5]
