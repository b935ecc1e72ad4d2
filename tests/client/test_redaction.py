"""The API key never shows: not in reprs, exception text, or any log record at DEBUG.

The last test runs a real HTTP server on loopback, so that httpx's and httpcore's own
loggers (which respx bypasses) really run and can be checked too, and aiohttp's on that
backend.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
import respx
from client_helpers import API_KEY, ENTERPRISE_ID, FakeTime, call, request

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices

DEVICES_URL = f"/enterprise/{ENTERPRISE_ID}/device/"


def everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(
        f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
    )


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):  # the root logger: esper_client, httpx, httpcore...
        yield caplog


async def test_a_key_echoed_in_an_error_body_is_redacted(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(
        401, json={"message": f"invalid token Bearer {API_KEY}", "errors": [API_KEY]}
    )
    with pytest.raises(errors.AuthenticationError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    exc = info.value
    for text in (str(exc), repr(exc), exc.message, str(exc.args)):
        assert API_KEY not in text
    assert "invalid token Bearer [REDACTED]" in str(exc)
    # The raw data stays available to code that asks for it explicitly.
    assert exc.request is not None
    assert exc.request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in repr(exc.request) and API_KEY not in repr(exc.request.headers)


async def test_a_key_echoed_in_a_bad_success_body_is_redacted(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(200, html=f"<p>hello {API_KEY}</p>")
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)


async def test_connection_errors_and_retry_logs_hold_no_key(
    mode: str, client: EsperClient, api: respx.MockRouter, debug_logs: pytest.LogCaptureFixture
) -> None:
    api.get(DEVICES_URL).mock(side_effect=httpx.ConnectError(f"refused for {API_KEY}"))
    with pytest.raises(errors.APIConnectionError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert API_KEY not in str(info.value) and API_KEY not in repr(info.value)
    assert "Retrying GET" in debug_logs.text
    assert API_KEY not in everything_logged(debug_logs)


async def test_nothing_logged_at_debug_holds_the_key_on_success_and_failure(
    mode: str, client: EsperClient, api: respx.MockRouter, debug_logs: pytest.LogCaptureFixture
) -> None:
    api.get("/ok").respond(json={"fine": True})
    api.get("/busy").respond(503)
    await request(mode, client, "GET", "/ok")
    with pytest.raises(errors.InternalServerError):
        await request(mode, client, "GET", "/busy")
    logged = everything_logged(debug_logs)
    assert "esper_client" in logged and "httpx" in logged
    assert API_KEY not in logged


class _Handler(BaseHTTPRequestHandler):
    """503 once, then 200; remembers the Authorization header it got."""

    seen_auth: list[str] = []  # noqa: RUF012 (shared by the server's handler instances)

    def do_GET(self) -> None:
        self.seen_auth.append(self.headers.get("Authorization", ""))
        status = 503 if len(self.seen_auth) == 1 else 200
        body = b'{"count": 0, "results": []}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def loopback_url() -> Iterator[str]:
    _Handler.seen_auth = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


async def test_httpx_and_httpcore_debug_logs_against_a_real_server_hold_no_key(
    mode: str,
    loopback_url: str,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    async with make_client(base_url=loopback_url) as client:
        page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page is not None and page.count == 0
    assert _Handler.seen_auth == [f"Bearer {API_KEY}"] * 2  # the key was really sent, twice
    assert fake_time.sleeps == [0.5]
    names = {r.name for r in debug_logs.records}
    assert {"esper_client", "httpx"} <= names
    if mode != "aiohttp":  # aiohttp logs nothing of a request; what it logs is checked below
        assert any(name.startswith("httpcore") for name in names)
    assert API_KEY not in everything_logged(debug_logs)
