"""What the test folders share: ids, a fake clock, sync/async call helpers, the contract."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import threading
import uuid
from collections.abc import Awaitable, Callable, Iterator, Mapping
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any

import pytest
from esper_contract.names import METHODS
from esper_contract.normalize import snake
from esper_contract.paths import CONTRACT
from esper_contract.source import load_yaml_file

from esper_client import EsperClient, RetryPolicy

ENTERPRISE_ID = uuid.UUID("5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")
OPERATION_ID = uuid.UUID("0f1e2d3c-4b5a-4697-8877-665544332211")
DEVICE_ID = uuid.UUID("11223344-5566-4778-8899-aabbccddeeff")
ENV_VARS = ("ESPER_API_KEY", "ESPER_TENANT", "ESPER_BASE_URL", "ESPER_ENTERPRISE_ID")


class FakeTime:
    """Stands in for time.time / time.sleep / asyncio.sleep: sleeping only moves the clock."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def policy(self, **kwargs: Any) -> RetryPolicy:
        kwargs.setdefault("jitter", False)
        return RetryPolicy(
            sleep=self.sleep, async_sleep=self.async_sleep, clock=self.clock, **kwargs
        )


# How a test calls: "sync", "async" (on httpx's own pool, httpcore) or "aiohttp" (async, on
# EsperClient(async_backend="aiohttp")). The `mode` fixtures take MODES, the `async_mode`
# ones ASYNC_MODES; the aiohttp ones skip, saying why, where its extra is not installed.
HAS_AIOHTTP = importlib.util.find_spec("aiohttp") is not None
needs_aiohttp = pytest.mark.skipif(
    not HAS_AIOHTTP,
    reason="aiohttp is not installed (pip install 'esper-client[aiohttp]'): "
    "the aiohttp backend is not tested",
)
_AIOHTTP = pytest.param("aiohttp", marks=needs_aiohttp)
MODES = ["sync", "async", _AIOHTTP]
ASYNC_MODES = ["async", _AIOHTTP]


def backend_of(mode: str) -> str:
    """The `async_backend` of EsperClient for a mode (sync calls ignore it)."""
    return "aiohttp" if mode == "aiohttp" else "httpx"


def backend_for(request: pytest.FixtureRequest) -> str:
    """The async backend of the test asking: the one its `mode` or `async_mode` names."""
    for name in ("mode", "async_mode"):
        if name in request.fixturenames:
            return backend_of(request.getfixturevalue(name))
    return "httpx"


def with_backend(kwargs: dict[str, Any], backend: str) -> dict[str, Any]:
    """EsperClient arguments with `async_backend` set, unless the test chose it, or chose a
    transport (which replaces either backend)."""
    if "transport" not in (kwargs.get("httpx_args") or {}):
        kwargs.setdefault("async_backend", backend)
    return kwargs


async def call(mode: str, module: Any, *args: Any, detailed: bool = False, **kwargs: Any) -> Any:
    """Call a generated operation the sync or the asyncio way, so one test covers both."""
    if mode == "sync":
        function: Callable[..., Any] = module.sync_detailed if detailed else module.sync
        return function(*args, **kwargs)
    coroutine: Callable[..., Awaitable[Any]] = (
        module.asyncio_detailed if detailed else module.asyncio
    )
    return await coroutine(*args, **kwargs)


async def wait_for_operation(mode: str, client: EsperClient, fake: FakeTime, **kwargs: Any) -> Any:
    """wait_for_device_operation on OPERATION_ID/DEVICE_ID, sync or async, sleeping on the fake
    clock (and reading it, unless `clock=` says otherwise)."""
    from esper_client import async_wait_for_device_operation, wait_for_device_operation

    kwargs.setdefault("clock", fake.clock)
    if mode == "sync":
        return wait_for_device_operation(
            client, OPERATION_ID, DEVICE_ID, sleep=fake.sleep, **kwargs
        )
    return await async_wait_for_device_operation(
        client, OPERATION_ID, DEVICE_ID, sleep=fake.async_sleep, **kwargs
    )


async def request(mode: str, client: EsperClient, method: str, url: str, **kwargs: Any) -> Any:
    """A raw request through the client's httpx clients, for methods no test op covers."""
    if mode == "sync":
        return client.get_httpx_client().request(method, url, **kwargs)
    return await client.get_async_httpx_client().request(method, url, **kwargs)


@cache
def contract() -> dict[str, Any]:
    """openapi/esper.yaml, parsed once per test session (callers must not modify it)."""
    return dict(load_yaml_file(CONTRACT))


def resolve(node: Any) -> Any:
    """`node` with every `$ref` to the contract's components followed (schemas, parameters...)."""
    while isinstance(node, dict) and "$ref" in node:
        section, name = node["$ref"].split("/")[-2:]
        node = contract()["components"][section][name]
    return node


def operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) of every operation of `spec` (an upstream or a contract)."""
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield method, path, item[method]


def module_of(operation: Mapping[str, Any]) -> ModuleType:
    """The generated module of a contract operation (ImportError if the two disagree)."""
    tag, op_id = snake(operation["tags"][0]), snake(operation["operationId"])
    return importlib.import_module(f"esper_client.generated.api.{tag}.{op_id}")


@contextlib.contextmanager
def serving(bodies: Mapping[str, bytes]) -> Iterator[str]:
    """A loopback HTTP server answering GET `path` with `bodies[path]` (404 otherwise), for
    tests that download a description; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = bodies.get(self.path)
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body or b"not here")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
