"""Retries as generated calls see them, sync and async: counts, waits, idempotency, logging."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import UTC, datetime
from email.utils import format_datetime

import httpx
import pytest
import respx
from client_helpers import BASE_URL, ENTERPRISE_ID, FakeTime, call, request

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.api.operations import create_operation
from esper_client.generated.models import GetAllDevicesResponse200, OperationsPOST

DEVICES_URL = f"/enterprise/{ENTERPRISE_ID}/device/"
PAGE = {"count": 0, "results": []}
CREATED = {"id": "9e1b5e3e-6f0c-4d3e-9a57-0b1f0b0c2d3e"}


async def list_devices(mode: str, client: EsperClient) -> object:
    return await call(mode, get_all_devices, ENTERPRISE_ID, client=client)


async def create(mode: str, client: EsperClient) -> object:
    return await call(mode, create_operation, client=client, body=OperationsPOST())


async def test_a_503_is_retried_with_exponential_backoff(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(DEVICES_URL).mock(
        side_effect=[httpx.Response(503), httpx.Response(503), httpx.Response(200, json=PAGE)]
    )
    assert isinstance(await list_devices(mode, client), GetAllDevicesResponse200)
    assert route.call_count == 3
    assert fake_time.sleeps == [0.5, 1.0]


async def test_retries_stop_after_max_retries_and_raise(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(DEVICES_URL).respond(503, json={"message": "busy", "errors": []})
    with pytest.raises(errors.InternalServerError, match="busy") as info:
        await list_devices(mode, client)
    assert route.call_count == 4  # one attempt and three retries
    assert fake_time.sleeps == [0.5, 1.0, 2.0]
    assert info.value.status_code == 503


async def test_max_retries_zero_turns_retrying_off(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter, fake_time: FakeTime
) -> None:
    client = make_client(retry=fake_time.policy(max_retries=0))
    route = api.get(DEVICES_URL).respond(503)
    with pytest.raises(errors.InternalServerError):
        await list_devices(mode, client)
    assert route.call_count == 1
    assert fake_time.sleeps == []


async def test_429_waits_for_retry_after_in_seconds(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "7"}),
            httpx.Response(200, json=PAGE),
        ]
    )
    await list_devices(mode, client)
    assert fake_time.sleeps == [7.0]


async def test_503_waits_for_retry_after_as_an_http_date(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    when = format_datetime(datetime.fromtimestamp(fake_time.now + 42, tz=UTC), usegmt=True)
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(503, headers={"Retry-After": when}),
            httpx.Response(200, json=PAGE),
        ]
    )
    await list_devices(mode, client)
    assert fake_time.sleeps == [42.0]


async def test_garbage_retry_after_falls_back_to_backoff(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "whenever"}),
            httpx.Response(429, headers={"Retry-After": "-3"}),
            httpx.Response(200, json=PAGE),
        ]
    )
    await list_devices(mode, client)
    assert fake_time.sleeps == [0.5, 1.0]


async def test_retry_after_beyond_the_cap_is_capped(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "86400"}),
            httpx.Response(200, json=PAGE),
        ]
    )
    await list_devices(mode, client)
    assert fake_time.sleeps == [60.0]


async def test_retry_after_on_a_502_is_ignored(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(502, headers={"Retry-After": "30"}),
            httpx.Response(200, json=PAGE),
        ]
    )
    await list_devices(mode, client)
    assert fake_time.sleeps == [0.5]


async def test_an_exhausted_429_raises_rate_limit_error_with_the_hint(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter, fake_time: FakeTime
) -> None:
    client = make_client(retry=fake_time.policy(max_retries=1))
    api.get(DEVICES_URL).respond(429, headers={"Retry-After": "3"}, json={"message": "slow down"})
    with pytest.raises(errors.RateLimitError, match="slow down") as info:
        await list_devices(mode, client)
    assert info.value.retry_after == 3.0
    assert fake_time.sleeps == [3.0]


async def test_a_status_outside_retry_statuses_is_not_retried(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.get(DEVICES_URL).respond(500)
    with pytest.raises(errors.InternalServerError):
        await list_devices(mode, client)
    assert route.call_count == 1


async def test_retry_statuses_can_be_changed(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter, fake_time: FakeTime
) -> None:
    client = make_client(retry=fake_time.policy(retry_statuses={500}))
    route = api.get(DEVICES_URL).mock(
        side_effect=[httpx.Response(500), httpx.Response(200, json=PAGE)]
    )
    await list_devices(mode, client)
    assert route.call_count == 2


# ------------------------------------------------------------------ idempotency


async def test_post_is_not_retried_on_503(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v0/operations/").respond(503)
    with pytest.raises(errors.InternalServerError):
        await create(mode, client)
    assert route.call_count == 1
    assert fake_time.sleeps == []


async def test_post_is_retried_on_429(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.post("/v0/operations/").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(201, json=CREATED),
        ]
    )
    await create(mode, client)
    assert route.call_count == 2
    assert fake_time.sleeps == [1.0]


@pytest.mark.parametrize("method", ["PUT", "DELETE", "HEAD", "OPTIONS"])
async def test_other_idempotent_methods_are_retried_on_503(
    mode: str, method: str, client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.route(method=method, path="/x").mock(
        side_effect=[httpx.Response(503), httpx.Response(204)]
    )
    response = await request(mode, client, method, "/x")
    assert response.status_code == 204
    assert route.call_count == 2


async def test_patch_is_retried_on_429_only(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.patch("/x").mock(side_effect=[httpx.Response(429), httpx.Response(502)])
    with pytest.raises(errors.InternalServerError):
        await request(mode, client, "PATCH", "/x", json={})
    assert route.call_count == 2


NEVER_SENT = [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
MAYBE_SENT = [httpx.ReadTimeout, httpx.ReadError, httpx.WriteError, httpx.RemoteProtocolError]


@pytest.mark.parametrize("error", NEVER_SENT)
async def test_post_is_retried_when_the_request_was_never_sent(
    mode: str,
    error: type[Exception],
    client: EsperClient,
    api: respx.MockRouter,
    fake_time: FakeTime,
) -> None:
    route = api.post("/v0/operations/").mock(
        side_effect=[error("nope"), httpx.Response(201, json=CREATED)]
    )
    await create(mode, client)
    assert route.call_count == 2
    assert fake_time.sleeps == [0.5]


@pytest.mark.parametrize("error", MAYBE_SENT)
async def test_post_is_not_retried_when_the_request_may_have_arrived(
    mode: str, error: type[Exception], client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.post("/v0/operations/").mock(side_effect=error("cut"))
    with pytest.raises(errors.APIConnectionError) as info:
        await create(mode, client)
    assert route.call_count == 1
    assert isinstance(info.value.__cause__, error)


@pytest.mark.parametrize("error", NEVER_SENT + MAYBE_SENT)
async def test_get_is_retried_on_connection_and_read_errors(
    mode: str, error: type[Exception], client: EsperClient, api: respx.MockRouter
) -> None:
    # A RemoteProtocolError is retried when the connection ended early (httpcore's words):
    # test_fault_statuses.py has the ones retrying cannot cure.
    text = "Server disconnected without sending a response." if error is MAYBE_SENT[-1] else ""
    route = api.get(DEVICES_URL).mock(
        side_effect=[error(text or "flaky"), httpx.Response(200, json=PAGE)]
    )
    assert isinstance(await list_devices(mode, client), GetAllDevicesResponse200)
    assert route.call_count == 2


@pytest.mark.parametrize(
    "text", ["Receive buffer too long", "illegal status line: bytearray(b'HTTP/1.1 2OO OK')"]
)
async def test_a_response_that_cannot_be_parsed_is_not_retried(
    mode: str, text: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(DEVICES_URL).mock(side_effect=httpx.RemoteProtocolError(text))
    with pytest.raises(errors.APIConnectionError, match="RemoteProtocolError"):
        await list_devices(mode, client)
    assert route.call_count == 1 and fake_time.sleeps == []


async def test_exhausted_connection_errors_become_api_connection_error(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(DEVICES_URL).mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(errors.APIConnectionError, match=r"ConnectError on GET .*: refused") as info:
        await list_devices(mode, client)
    assert not isinstance(info.value, errors.APITimeoutError)
    assert route.call_count == 4
    assert fake_time.sleeps == [0.5, 1.0, 2.0]


async def test_exhausted_timeouts_become_api_timeout_error(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(errors.APITimeoutError) as info:
        await list_devices(mode, client)
    assert isinstance(info.value, errors.APIConnectionError)
    assert info.value.request is not None


class _BrokenBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that breaks after its first chunk, like a connection dropped mid-response."""

    def __iter__(self) -> Iterator[bytes]:
        yield b'{"count": 0, '
        raise httpx.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"count": 0, '
        raise httpx.ReadError("connection reset")


async def test_a_body_cut_mid_read_is_retried(
    in_process_mode: str, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    attempts = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(request)
        if len(attempts) == 1:
            return httpx.Response(200, stream=_BrokenBody())
        return httpx.Response(200, json=PAGE)

    client = make_client(httpx_args={"transport": httpx.MockTransport(handler)})
    assert isinstance(await list_devices(in_process_mode, client), GetAllDevicesResponse200)
    assert len(attempts) == 2
    assert fake_time.sleeps == [0.5]


# ------------------------------------------------------------------ logging and sleeping


async def test_each_retry_is_logged_with_its_wait_and_reason(
    mode: str, client: EsperClient, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(DEVICES_URL).mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "4"}),
            httpx.ConnectError("refused"),
            httpx.Response(200, json=PAGE),
        ]
    )
    with caplog.at_level(logging.INFO, logger="esper_client"):
        await list_devices(mode, client)
    records = [r for r in caplog.records if r.name == "esper_client"]
    assert [r.getMessage() for r in records] == [
        f"Retrying GET {BASE_URL}{DEVICES_URL} in 4.00s (retry 1 of 3): HTTP 429, Retry-After '4'",
        f"Retrying GET {BASE_URL}{DEVICES_URL} in 1.00s (retry 2 of 3): ConnectError: refused",
    ]


async def test_async_calls_wait_with_async_sleep_only(
    async_mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter
) -> None:
    waited: list[float] = []

    def blocking_sleep(seconds: float) -> None:
        raise AssertionError("an async call blocked the event loop with a sync sleep")

    async def async_sleep(seconds: float) -> None:
        waited.append(seconds)

    fake = FakeTime()
    policy = fake.policy()
    object.__setattr__(policy, "sleep", blocking_sleep)
    object.__setattr__(policy, "async_sleep", async_sleep)
    client = make_client(retry=policy)
    api.get(DEVICES_URL).mock(side_effect=[httpx.Response(503), httpx.Response(200, json=PAGE)])
    await list_devices(async_mode, client)
    assert waited == [0.5]
