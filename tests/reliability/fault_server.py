"""A misbehaving HTTP server on loopback, for fault-injection tests of the real httpx transports.

`FaultServer` listens on loopback only (127.0.0.1 unless told another 127.x address, on an
OS-chosen port), one thread per connection, and
answers each request with the next `Fault` of its script (the last one repeats). A fault
writes raw bytes to the socket, so it can do what no well-behaved server library allows:
lie about Content-Length, cut a body short, reset the connection, stall.

It stops by itself: after `max_requests` requests it answers nothing more (and counts the
overflow), after `lifetime` seconds it stops accepting, and every stall ends when the
server stops. Every request it read is recorded (method, path, headers, body).
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http import HTTPStatus

__all__ = ["Fault", "FaultServer", "Seen"]

MAX_HEAD = 64 * 1024
READ_TIMEOUT = 5.0  # for reading a request: a client that sends nothing cannot hold a thread


@dataclass
class Seen:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]  # names lowercased
    body: bytes


@dataclass
class Connection:
    """What a fault gets: the socket, the request it answers, and the server's stop event."""

    sock: socket.socket
    request: Seen
    stopping: threading.Event
    deadline: float  # time.monotonic() at which the server's lifetime ends
    aborted: bool = False  # set by a fault that resets the connection: no graceful close

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def stall(self, seconds: float) -> None:
        """Wait `seconds`, or less if the server stops or its lifetime ends first."""
        self.stopping.wait(max(0.0, min(seconds, self.deadline - time.monotonic())))


Fault = Callable[[Connection], None]


def _head(status: int, headers: list[tuple[str, str]]) -> bytes:
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    lines = [f"HTTP/1.1 {status} {reason}", *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def reply(
    status: int = 200,
    body: bytes | str = b"",
    *,
    content_type: str | None = "application/json",
    headers: dict[str, str] | Callable[[], dict[str, str]] | None = None,
) -> Fault:
    """A complete, well-formed response. `headers` may be a function, called per request."""
    data = body.encode() if isinstance(body, str) else body

    def fault(conn: Connection) -> None:
        extra = headers() if callable(headers) else dict(headers or {})
        head = [("Content-Length", str(len(data))), ("Connection", "close")]
        if content_type is not None:
            head.append(("Content-Type", content_type))
        conn.send(_head(status, head + list(extra.items())) + data)

    return fault


def truncated(body: bytes, *, missing: int = 100, status: int = 200) -> Fault:
    """Content-Length promises `missing` bytes more than are sent; then the connection closes."""

    def fault(conn: Connection) -> None:
        head = [
            ("Content-Type", "application/json"),
            ("Content-Length", str(len(body) + missing)),
        ]
        conn.send(_head(status, head) + body)

    return fault


def cut_chunked(body: bytes, *, status: int = 200) -> Fault:
    """A chunked body closed after its first half, mid-chunk and with no final chunk."""

    def fault(conn: Connection) -> None:
        head = [("Content-Type", "application/json"), ("Transfer-Encoding", "chunked")]
        half = body[: len(body) // 2]
        conn.send(_head(status, head) + f"{len(body):x}\r\n".encode() + half)

    return fault


def cut_unframed(body: bytes, *, status: int = 200) -> Fault:
    """No Content-Length and no chunking: the body ends where the connection does, which
    HTTP/1.1 allows, so a client cannot tell the cut from the end. Half the body is sent."""

    def fault(conn: Connection) -> None:
        head = [("Content-Type", "application/json"), ("Connection", "close")]
        conn.send(_head(status, head) + body[: len(body) // 2])

    return fault


def reset() -> Fault:
    """The connection is reset (TCP RST) before any response byte."""

    def fault(conn: Connection) -> None:
        conn.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.aborted = True

    return fault


def stall(seconds: float = 30.0, *, after_head: bool = False) -> Fault:
    """Say nothing for `seconds` (bounded by the server's stop), before the response or,
    with `after_head`, after the status line, headers and the first bytes of the body."""

    def fault(conn: Connection) -> None:
        if after_head:
            head = [("Content-Type", "application/json"), ("Content-Length", "1000")]
            conn.send(_head(200, head) + b'{"count": ')
        conn.stall(seconds)

    return fault


def large(
    size: int,
    *,
    status: int = 200,
    content_type: str = "application/json",
    pattern: bytes = b"x",
    prefix: bytes = b"",
    suffix: bytes = b"",
) -> Fault:
    """A body of about `size` bytes: prefix + pattern repeated + suffix, sent in pieces."""
    repeats = max(0, (size - len(prefix) - len(suffix)) // len(pattern))
    length = len(prefix) + repeats * len(pattern) + len(suffix)

    def fault(conn: Connection) -> None:
        head = [("Content-Type", content_type), ("Content-Length", str(length))]
        conn.send(_head(status, head) + prefix)
        piece = pattern * max(1, 65536 // len(pattern))
        left = repeats
        while left > 0:
            n = min(left, 65536 // len(pattern) or 1)
            conn.send(piece[: n * len(pattern)])
            left -= n
        conn.send(suffix)

    return fault


def redirect(location: str, *, status: int = 302) -> Fault:
    return reply(status, b"", content_type=None, headers={"Location": location})


@dataclass
class FaultServer:
    """See the module docstring. Use `serving()` (or `start()` / `stop()`)."""

    host: str = "127.0.0.1"
    max_requests: int = 64
    lifetime: float = 30.0
    tls: ssl.SSLContext | None = None
    requests: list[Seen] = field(default_factory=list)
    overflow: int = 0
    errors: list[str] = field(default_factory=list)  # server-side surprises, for debugging

    def __post_init__(self) -> None:
        if not ipaddress.ip_address(self.host).is_loopback:
            raise ValueError(f"a fault server listens on loopback only, not {self.host}")
        self._script: list[Fault] = [reply(200, b"{}")]
        self._script_start = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server((self.host, 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self._acceptor = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def origin(self) -> str:
        scheme = "https" if self.tls else "http"
        return f"{scheme}://{self.host}:{self.port}"

    @property
    def url(self) -> str:
        """The base URL a client is given (the API lives under /api)."""
        return f"{self.origin}/api"

    def script(self, *faults: Fault) -> None:
        """Answer the next requests with `faults` in order; the last one repeats."""
        if not faults:
            raise ValueError("script() needs at least one fault")
        with self._lock:
            self._script = list(faults)
            self._script_start = len(self.requests)

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    def start(self) -> None:
        self._started = time.monotonic()
        self._acceptor.start()

    def stop(self) -> None:
        self._stopping.set()
        with contextlib.suppress(OSError):  # wakes the acceptor now rather than at its next poll
            socket.create_connection((self.host, self.port), timeout=1).close()
        self._acceptor.join(timeout=5)
        self._listener.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=5)
        alive = [t for t in threads if t.is_alive()]
        assert not alive, f"fault server threads still running: {alive}"

    @contextlib.contextmanager
    def serving(self) -> Iterator[FaultServer]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def _accept_loop(self) -> None:
        deadline = self._started + self.lifetime
        while not self._stopping.is_set() and time.monotonic() < deadline:
            try:
                sock, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self._stopping.is_set():
                sock.close()
                return
            thread = threading.Thread(target=self._serve, args=(sock,), daemon=True)
            with self._lock:
                self._threads.append(thread)
            thread.start()

    def _serve(self, raw: socket.socket) -> None:
        sock = raw
        try:
            raw.settimeout(READ_TIMEOUT)
            if self.tls is not None:
                sock = self.tls.wrap_socket(raw, server_side=True)
            request = self._read_request(sock)
            if request is None:
                return
            with self._lock:
                if len(self.requests) >= self.max_requests:
                    self.overflow += 1
                    return
                step = len(self.requests) - self._script_start
                self.requests.append(request)
                fault = self._script[min(step, len(self._script) - 1)]
            conn = Connection(sock, request, self._stopping, self._started + self.lifetime)
            fault(conn)
            if not conn.aborted:
                sock.shutdown(socket.SHUT_WR)
        except (OSError, ssl.SSLError) as exc:  # the client hung up, or refused our cert
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            sock.close()

    def wait_for(self, count: int, timeout: float = 2.0) -> int:
        """The request count once it reaches `count` (or after `timeout`): a client may give
        up (a timeout) a moment before the server thread has recorded its request."""
        deadline = time.monotonic() + timeout
        while self.count < count and time.monotonic() < deadline:
            time.sleep(0.005)
        return self.count

    @staticmethod
    def _read_request(sock: socket.socket) -> Seen | None:
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            data += chunk
            if len(data) > MAX_HEAD:
                return None
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _version = lines[0].split(" ", 2)
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding") == "chunked":
            return Seen(method, path, headers, FaultServer._read_chunked(sock, body))
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return Seen(method, path, headers, body)

    @staticmethod
    def _read_chunked(sock: socket.socket, data: bytes) -> bytes:
        """A chunked body, decoded (what arrived of it, if the client stops early)."""
        body = b""
        while True:
            while b"\r\n" not in data:
                more = sock.recv(65536)
                if not more:
                    return body
                data += more
            line, _, data = data.partition(b"\r\n")
            size = int(line.split(b";")[0], 16)
            while len(data) < size + 2:
                more = sock.recv(65536)
                if not more:
                    return body + data[:size]
                data += more
            body, data = body + data[:size], data[size + 2 :]
            if size == 0:
                return body
