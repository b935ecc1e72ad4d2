"""A fast, bounded HTTP/1.1 server on 127.0.0.1, run in its own process for the benchmarks.

An asyncio `Protocol` that parses just enough HTTP/1.1 (keep-alive, GET, optional body) to
answer from prebuilt bytes, so that it costs far less per request than any client it serves,
and runs on the other core. Modes:

* `fixed`: every request gets `data.SMALL_BODY`.
* `pages`: a device listing of `--total` items, honouring `limit` and `offset`.
* `ratelimit`: `fixed`, behind a token bucket of `--rate` requests per second (capacity
  `--burst`, one second's worth by default; `--initial` tokens at start, none by default,
  so that no client can do better than the rate); beyond it, 429 with `Retry-After`
  (whole seconds, rounded up, as HTTP defines it, unless `--fractional-retry-after`).
  `--latency` delays every answer.

The server stops after `--max-requests` requests, after `--max-seconds`, or when its stdin
closes, whichever comes first; it then prints its statistics as one JSON line.
`GET /__stats__` answers the same statistics at any time (not counted as a request).

`Server` is the parent side: a context manager that starts it and stops it.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent))

import data

HERE = Path(__file__).resolve()


def _response(status: int, body: bytes, extra: bytes = b"") -> bytes:
    reason = {200: b"OK", 404: b"Not Found", 429: b"Too Many Requests"}[status]
    return (
        b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n"
        % (status, reason, len(body), extra)
    ) + body


SMALL_RESPONSE = _response(200, data.SMALL_BODY)
THROTTLED_BODY = json.dumps(
    {"errors": ["Request was throttled."], "message": "Rate limit exceeded", "status": 429}
).encode()


class Stats:
    def __init__(self) -> None:
        self.requests = 0
        self.throttled = 0
        self.connections = 0
        self.started = time.perf_counter()
        self.cpu_started = time.process_time()

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "throttled": self.throttled,
            "connections": self.connections,
            "seconds": time.perf_counter() - self.started,
            "cpu_seconds": time.process_time() - self.cpu_started,
        }


class TokenBucket:
    def __init__(self, rate: float, burst: float, initial: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = min(initial, burst)
        self.stamp: float | None = None  # the bucket starts filling at the first request

    def take(self) -> float:
        """0.0 if a token was taken, else the seconds until one is available."""
        now = time.monotonic()
        if self.stamp is None:
            self.stamp = now
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class App:
    def __init__(self, args: argparse.Namespace, done: asyncio.Event) -> None:
        self.args = args
        self.stats = Stats()
        self.done = done
        self.bucket = (
            TokenBucket(args.rate, args.burst or args.rate, args.initial)
            if args.mode == "ratelimit"
            else None
        )

    def answer(self, target: bytes) -> bytes:
        path, _, query = target.partition(b"?")
        if path == b"/__stats__":
            return _response(200, json.dumps(self.stats.as_dict()).encode())
        self.stats.requests += 1
        if self.stats.requests >= self.args.max_requests:
            self.done.set()
        if self.args.mode == "pages":
            params = dict(parse_qsl(query.decode("latin-1")))
            offset, limit = int(params.get("offset", 0)), int(params.get("limit", 20))
            return _response(200, data.page_body(offset, limit, self.args.total))
        if self.bucket is not None:
            wait = self.bucket.take()
            if wait:
                self.stats.throttled += 1
                after = f"{wait:.3f}" if self.args.fractional_retry_after else str(math.ceil(wait))
                return _response(429, THROTTLED_BODY, b"Retry-After: %s\r\n" % after.encode())
        return SMALL_RESPONSE


class HTTPProtocol(asyncio.Protocol):
    def __init__(self, app: App) -> None:
        self.app = app
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.app.stats.connections += 1

    def data_received(self, chunk: bytes) -> None:
        buffer = self.buffer + chunk if self.buffer else chunk
        while True:
            end = buffer.find(b"\r\n\r\n")
            if end < 0:
                break
            head = buffer[:end]
            length = 0
            lowered = head.lower()
            at = lowered.find(b"\r\ncontent-length:")
            if at >= 0:
                stop = lowered.find(b"\r\n", at + 2)
                length = int(lowered[at + 17 : stop if stop >= 0 else None])
            if len(buffer) < end + 4 + length:
                break
            target = head[: head.find(b"\r\n")].split(b" ")[1]
            buffer = buffer[end + 4 + length :]
            reply = self.app.answer(target)
            assert self.transport is not None
            if self.app.args.latency:
                loop = asyncio.get_running_loop()
                loop.call_later(self.app.args.latency, self._write, reply)
            else:
                self.transport.write(reply)
        self.buffer = buffer

    def _write(self, reply: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(reply)

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(args: argparse.Namespace) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    app = App(args, done)
    server = await loop.create_server(
        lambda: HTTPProtocol(app), "127.0.0.1", 0, backlog=1024, reuse_address=True
    )
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    stdin = sys.stdin.fileno()

    def stdin_ready() -> None:
        if not os.read(stdin, 4096):
            loop.remove_reader(stdin)
            done.set()

    loop.add_reader(stdin, stdin_ready)
    try:
        await asyncio.wait_for(done.wait(), args.max_seconds)
    except TimeoutError:
        pass
    # Let the answer to the last request of the budget leave before closing.
    await asyncio.sleep(args.latency + 0.05)
    server.close()
    return app.stats.as_dict()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("fixed", "pages", "ratelimit"), default="fixed")
    parser.add_argument("--max-requests", type=int, required=True)
    parser.add_argument("--max-seconds", type=float, required=True)
    parser.add_argument("--total", type=int, default=1000, help="items of the listing (pages)")
    parser.add_argument("--rate", type=float, default=400.0, help="requests/s (ratelimit)")
    parser.add_argument(
        "--burst", type=float, default=0.0, help="bucket size (ratelimit; default: rate)"
    )
    parser.add_argument(
        "--initial", type=float, default=0.0, help="tokens at start (ratelimit; default: 0)"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds before answering")
    parser.add_argument("--fractional-retry-after", action="store_true")
    args = parser.parse_args(argv)
    stats = asyncio.run(serve(args))
    try:
        print(json.dumps(stats), flush=True)
    except BrokenPipeError:  # the parent is gone and does not want them
        pass
    return 0


class Server:
    """Parent side: `with Server("fixed", max_requests=..., max_seconds=...) as s: s.url`."""

    def __init__(self, mode: str, *, max_requests: int, max_seconds: float, **options: Any):
        self.command = [
            sys.executable,
            str(HERE),
            "--mode",
            mode,
            "--max-requests",
            str(max_requests),
            "--max-seconds",
            str(max_seconds),
        ]
        for name, value in options.items():
            flag = "--" + name.replace("_", "-")
            if value is True:
                self.command.append(flag)
            elif value is not False and value is not None:
                self.command += [flag, str(value)]
        self.process: subprocess.Popen[str] | None = None
        self.final: dict[str, Any] = {}
        self.url = ""

    def __enter__(self) -> Server:
        self.process = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line.strip().isdigit():
            self.process.kill()
            raise RuntimeError(f"bench server did not start: {line!r}")
        self.url = f"http://127.0.0.1:{int(line)}"
        return self

    def stats(self) -> dict[str, Any]:
        """The server's counters now (requests, throttled, cpu_seconds...)."""
        import http.client

        host, port = self.url.removeprefix("http://").split(":")
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        try:
            connection.request("GET", "/__stats__")
            result: dict[str, Any] = json.loads(connection.getresponse().read())
            return result
        finally:
            connection.close()

    def __exit__(self, *exc_info: object) -> None:
        process = self.process
        assert process is not None
        try:
            out, _ = process.communicate(input="", timeout=15)  # closes stdin: the server stops
        except subprocess.TimeoutExpired:
            process.kill()
            out, _ = process.communicate()
        lines = [line for line in out.splitlines() if line.startswith("{")]
        self.final = json.loads(lines[-1]) if lines else {}


if __name__ == "__main__":
    sys.exit(main())
