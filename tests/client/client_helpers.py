"""Constants and helpers shared by the client tests (imported by name: tests/client is on
sys.path, and a module name of its own keeps clear of other test folders' conftest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from esper_testkit import (  # noqa: F401 - re-exported for the tests of this folder
    DEVICE_ID,
    ENTERPRISE_ID,
    ENV_VARS,
    OPERATION_ID,
    FakeTime,
    call,
    request,
)

from esper_client import EsperClient, RetryPolicy

BASE_URL = "https://acme-api.esper.cloud/api"
# Distinctive, so that a search of any output for it cannot miss or false-match.
API_KEY = "esk_live_7c1f0d9e4b2a48f6a1d3"


def mock_client(answer: Callable[[httpx.Request], httpx.Response], **options: Any) -> EsperClient:
    """An EsperClient whose requests `answer` serves in process (httpx.MockTransport), with
    no retries: what reached the wire is what `answer` was given."""
    transport: Any = httpx.MockTransport(answer)
    options.setdefault("enterprise_id", ENTERPRISE_ID)
    return EsperClient(
        api_key=API_KEY,
        base_url=BASE_URL,
        retry=RetryPolicy(max_retries=0),
        httpx_args={"transport": transport},
        **options,
    )
