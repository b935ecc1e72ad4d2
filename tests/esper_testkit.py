"""What the test folders share: ids, a fake clock, sync/async call helpers, the contract."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from functools import cache
from typing import Any

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


async def call(mode: str, module: Any, *args: Any, detailed: bool = False, **kwargs: Any) -> Any:
    """Call a generated operation the sync or the asyncio way, so one test covers both."""
    if mode == "sync":
        function: Callable[..., Any] = module.sync_detailed if detailed else module.sync
        return function(*args, **kwargs)
    coroutine: Callable[..., Awaitable[Any]] = (
        module.asyncio_detailed if detailed else module.asyncio
    )
    return await coroutine(*args, **kwargs)


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
