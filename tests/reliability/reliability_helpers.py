"""Constants and helpers of the reliability tests (a module name of its own: tests/reliability
is on sys.path, beside the other test folders' helpers)."""

from __future__ import annotations

import traceback

import pytest
from esper_testkit import (  # noqa: F401 - re-exported for the tests of this folder
    DEVICE_ID,
    ENTERPRISE_ID,
    ENV_VARS,
    OPERATION_ID,
    FakeTime,
    call,
    request,
)

from esper_client import RetryPolicy

# Distinctive, so that a search of any output for it cannot miss or false-match.
API_KEY = "esk_test_R3l1ab1l1ty_9f8e7d6c5b4a"
# Client timeout where a test waits for it to fire (stalls); elsewhere nothing should wait.
SHORT_TIMEOUT = 0.25
LONG_TIMEOUT = 10.0


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
