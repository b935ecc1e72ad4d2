"""Constants and helpers of the reliability tests (a module name of its own: tests/reliability
is on sys.path, beside the other test folders' helpers)."""

from __future__ import annotations

import traceback
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from esper_client import EsperClient, RetryPolicy

# Distinctive, so that a search of any output for it cannot miss or false-match.
API_KEY = "esk_test_R3l1ab1l1ty_9f8e7d6c5b4a"
ENTERPRISE_ID = uuid.UUID("5a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b")
OPERATION_ID = uuid.UUID("0f1e2d3c-4b5a-4697-8877-665544332211")
DEVICE_ID = uuid.UUID("11223344-5566-4778-8899-aabbccddeeff")
ENV_VARS = ("ESPER_API_KEY", "ESPER_TENANT", "ESPER_BASE_URL", "ESPER_ENTERPRISE_ID")
# Client timeout where a test waits for it to fire (stalls); elsewhere nothing should wait.
SHORT_TIMEOUT = 0.25
LONG_TIMEOUT = 10.0


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


def wait_bound(policy: RetryPolicy) -> float:
    """The most a policy may wait in all, whatever the server says: every retry's wait is
    capped by backoff_max (backoff) or max_retry_after (Retry-After)."""
    return policy.max_retries * max(policy.backoff_max, policy.max_retry_after)


def assert_no_key(exc: BaseException) -> None:
    """The key is in no text of `exc`, its causes and contexts, nor its printed traceback."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        for text in (str(current), repr(current), repr(current.args)):
            assert API_KEY not in text, f"key in {type(current).__name__}: {text[:200]}"
        current = current.__cause__ or current.__context__
    printed = "".join(traceback.format_exception(exc))
    assert API_KEY not in printed


def everything_logged(caplog: pytest.LogCaptureFixture) -> str:
    return (
        "\n".join(
            f"{r.name} {r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records
        )
        + caplog.text
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
    """A raw request through the client's httpx clients (POST faults need no real operation)."""
    if mode == "sync":
        return client.get_httpx_client().request(method, url, **kwargs)
    return await client.get_async_httpx_client().request(method, url, **kwargs)
