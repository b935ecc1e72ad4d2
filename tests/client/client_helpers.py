"""Constants and helpers shared by the client tests (imported by name: tests/client is on
sys.path, and a module name of its own keeps clear of other test folders' conftest)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import httpx
from esper_testkit import (  # noqa: F401 - re-exported for the tests of this folder
    DEVICE_ID,
    ENTERPRISE_ID,
    ENV_VARS,
    HAS_AIOHTTP,
    OPERATION_ID,
    FakeTime,
    call,
    request,
)
from respx.mocks import HTTPCoreMocker

from esper_client import EsperClient, RetryPolicy

BASE_URL = "https://acme-api.esper.cloud/api"
# Distinctive, so that a search of any output for it cannot miss or false-match.
API_KEY = "esk_live_7c1f0d9e4b2a48f6a1d3"


_AIOHTTP_TRANSPORT = "esper_client._aiohttp.AiohttpTransport"


class _TransportMocker(HTTPCoreMocker):
    """respx's httpcore mocker, which also stands in for `AiohttpTransport`: that one takes
    and gives httpx's own requests and responses."""

    name = "esper-transports"
    targets: ClassVar[list[str]] = [
        *HTTPCoreMocker.targets,
        *([_AIOHTTP_TRANSPORT] if HAS_AIOHTTP else []),
    ]

    @classmethod
    def to_httpx_request(cls, **kwargs: Any) -> Any:
        sent = kwargs["request"]
        if isinstance(sent, httpx.Request):
            return sent
        return super().to_httpx_request(**kwargs)

    @classmethod
    async def from_async_httpx_response(
        cls, httpx_response: Any, target: Any, **kwargs: Any
    ) -> Any:
        if isinstance(kwargs["request"], httpx.Request):  # a fresh one, as a transport gives
            return httpx.Response(
                httpx_response.status_code,
                headers=httpx_response.headers.raw,
                stream=httpx_response.stream,
                extensions=httpx_response.extensions,
            )
        return await super().from_async_httpx_response(httpx_response, target, **kwargs)


# What `respx.mock(using=...)` takes to answer for either async backend.
RESPX_MOCKER = _TransportMocker.name


# The modes of a client over an httpx.MockTransport (`mock_client`, or a transport passed to
# `make_client`): a transport replaces either async backend, so "aiohttp" would only repeat
# "async" there.
IN_PROCESS_MODES = ["sync", "async"]


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
