"""An HTTP/1.1 server with keep-alive on loopback, for tests of the connection pool.

`FaultServer` answers one request per connection, which is what its faults need; the pool
tests need connections that stay open between requests (idle in the client's pool, then
reused, or closed by the server while idle) and many thousands of requests quickly. This
one runs in the test's own event loop, as a bare asyncio protocol (no thread: client and
server take turns at every await, nothing waits on the GIL, and a request costs the server
little), and answers each request with what `answer` returns for it: raw bytes to send,
`CLOSE` to close the connection without a word, or `HOLD` to wait until `release()` and
then answer 200 and close the connection.

It listens on 127.0.0.1 only and stops by itself: past `max_requests` requests it closes
each new connection unanswered, and after `lifetime` seconds it stops.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

__all__ = ["CLOSE", "HOLD", "KeepAliveServer", "Request", "in_a_thread", "ok"]

CLOSE = b"<close>"
HOLD = b"<hold>"
MAX_HEAD = 64 * 1024


def ok(body: bytes = b"{}", *, status: str = "200 OK", close: bool = False) -> bytes:
    """A whole response with a Content-Length; `close` adds `Connection: close`."""
    head = f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n"
    head += f"Content-Length: {len(body)}\r\n"
    if close:
        head += "Connection: close\r\n"
    return head.encode() + b"\r\n" + body


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lowercased
    body: bytes
    on_connection: int  # 1 for the first request on its connection, 2 for the next...


def _parse(buffer: bytes) -> tuple[int, str, str, dict[str, str], bytes] | None:
    """(bytes used, method, path, headers, body) of the first whole request, or None."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    lines = buffer[:end].decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    start = end + 4
    if headers.get("transfer-encoding") == "chunked":
        body, at = b"", start
        while True:
            eol = buffer.find(b"\r\n", at)
            if eol < 0:
                return None
            size = int(buffer[at:eol].split(b";")[0], 16)
            if len(buffer) < eol + 2 + size + 2:
                return None
            body += buffer[eol + 2 : eol + 2 + size]
            at = eol + 2 + size + 2
            if size == 0:
                return at, method, path, headers, body
    length = int(headers.get("content-length", "0"))
    if len(buffer) < start + length:
        return None
    return start + length, method, path, headers, buffer[start : start + length]


class _Connection(asyncio.Protocol):
    def __init__(self, server: KeepAliveServer) -> None:
        self.server = server
        self.buffer = b""
        self.served = 0
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.server.connections += 1
        self.server._open.add(self)

    def connection_lost(self, exc: Exception | None) -> None:
        self.server._open.discard(self)
        self.server._held.discard(self)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while self.transport is not None and not self.transport.is_closing():
            if len(self.buffer) > MAX_HEAD and b"\r\n\r\n" not in self.buffer[:MAX_HEAD]:
                self.transport.close()
                return
            parsed = _parse(self.buffer)
            if parsed is None:
                return
            used, method, path, headers, body = parsed
            self.buffer = self.buffer[used:]
            self.served += 1
            self.server.count += 1
            if self.server.count > self.server.max_requests:
                self.transport.close()
                return
            request = Request(method, path, headers, body, self.served)
            self.server.requests.append(request)
            self.respond(self.server.answer(request))

    def respond(self, answer: bytes) -> None:
        assert self.transport is not None
        if answer == CLOSE:
            self.transport.close()
        elif answer == HOLD and not self.server._released:
            self.server._held.add(self)
        else:
            answer = ok(close=True) if answer == HOLD else answer
            self.transport.write(answer)
            if b"connection: close" in answer.split(b"\r\n\r\n", 1)[0].lower():
                self.transport.close()


async def until(condition: Callable[[], bool]) -> None:
    """Let the loop run (the server is in it) until `condition()` holds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 5.0
    while not condition():
        assert loop.time() < deadline, "condition not reached"
        await asyncio.sleep(0)


class KeepAliveServer:
    """See the module docstring. Use as `async with KeepAliveServer(answer) as server:`."""

    def __init__(
        self,
        answer: Callable[[Request], bytes],
        *,
        max_requests: int = 100_000,
        lifetime: float = 120.0,
    ) -> None:
        self.answer = answer
        self.max_requests = max_requests
        self.lifetime = lifetime
        self.count = 0
        self.connections = 0
        self.requests: list[Request] = []
        self.port = 0
        self._released = False
        self._open: set[_Connection] = set()
        self._held: set[_Connection] = set()
        self._server: asyncio.Server | None = None
        self._timer: asyncio.TimerHandle | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    async def __aenter__(self) -> KeepAliveServer:
        loop = asyncio.get_running_loop()
        self._server = await loop.create_server(
            lambda: _Connection(self), "127.0.0.1", 0, backlog=1024
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._timer = loop.call_later(self.lifetime, self._stop)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self._stop()
        assert self._server is not None
        await self._server.wait_closed()

    def _stop(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._server is not None:
            self._server.close()
        for connection in list(self._open):
            if connection.transport is not None:
                connection.transport.abort()

    def release(self) -> None:
        """Answer every request held (`HOLD`), and the ones that come later, with 200."""
        self._released = True
        for connection in list(self._held):
            connection.respond(HOLD)
        self._held.clear()


@contextlib.contextmanager
def in_a_thread(answer: Callable[[Request], bytes], **kwargs: Any) -> Iterator[KeepAliveServer]:
    """The server on an event loop of its own, in a thread: for sync clients, which would
    block the test's loop. `release()` is not for this one."""
    started = threading.Event()
    holder: list[Any] = []

    async def main() -> None:
        stop = asyncio.Event()
        async with KeepAliveServer(answer, **kwargs) as server:
            holder.extend([server, asyncio.get_running_loop(), stop])
            started.set()
            await stop.wait()

    thread = threading.Thread(target=asyncio.run, args=(main(),), daemon=True)
    thread.start()
    if not started.wait(10):
        raise RuntimeError("the keep-alive server did not start")
    server, loop, stop = holder
    try:
        yield server
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(timeout=10)
        assert not thread.is_alive(), "the keep-alive server did not stop"
