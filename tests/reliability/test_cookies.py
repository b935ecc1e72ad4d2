"""No cookie is kept between calls: a client that authenticates with a key needs none, and a
jar that learns from servers lets one answer break every later call."""

from __future__ import annotations

from collections.abc import Callable

from fault_server import Connection, Fault, FaultServer, _head, reply
from reliability_helpers import ENTERPRISE_ID, call

from esper_client import EsperClient
from esper_client.generated.api.devices import get_all_devices

PAGE = b'{"count": 0, "next": null, "previous": null, "results": []}'


def cookie_storm(count: int = 3000) -> Fault:
    """A 200 with `count` Set-Cookie headers (about 90 KB, within what h11 reads)."""

    def fault(conn: Connection) -> None:
        cookies = [("Set-Cookie", f"c{n:04d}=v; Path=/") for n in range(count)]
        head = [("Content-Type", "application/json"), ("Content-Length", str(len(PAGE)))]
        conn.send(_head(200, head + cookies) + PAGE)

    return fault


def refuses_big_cookie_headers() -> Fault:
    """200, or 431 when the request's Cookie header is over 8 KB, as most servers do."""
    ok, too_big = reply(200, PAGE), reply(431, '{"message": "Request Header Fields Too Large"}')

    def fault(conn: Connection) -> None:
        (too_big if len(conn.request.headers.get("cookie", "")) > 8192 else ok)(conn)

    return fault


async def test_a_storm_of_set_cookie_headers_does_not_break_later_calls(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(cookie_storm(), refuses_big_cookie_headers())
    for _ in range(3):
        page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
        assert page.count == 0
    assert [seen.headers.get("cookie") for seen in server.requests] == [None] * 3


async def test_cookies_given_by_the_caller_are_sent_and_server_ones_are_not_kept(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    client = make_client(httpx_args={"cookies": {"route": "blue"}})
    server.script(reply(200, PAGE, headers={"Set-Cookie": "session=1; Path=/"}), reply(200, PAGE))
    for _ in range(2):
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert [seen.headers.get("cookie") for seen in server.requests] == ["route=blue"] * 2


async def test_cookies_set_on_the_httpx_client_later_are_sent_and_still_none_kept(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    # httpx's `cookies` setter makes a new jar: it must not be one that learns.
    sync = mode == "sync"
    httpx_client = client.get_httpx_client() if sync else client.get_async_httpx_client()
    httpx_client.cookies = {"route": "green"}
    server.script(reply(200, PAGE, headers={"Set-Cookie": "session=1; Path=/"}), reply(200, PAGE))
    for _ in range(2):
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert [seen.headers.get("cookie") for seen in server.requests] == ["route=green"] * 2
