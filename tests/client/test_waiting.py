"""Waiting for a device operation: polling with backoff, terminal states, timeouts, errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx
from client_helpers import DEVICE_ID, OPERATION_ID, FakeTime
from esper_testkit import wait_for_operation

from esper_client import (
    DeviceOperationState,
    EsperClient,
    UnknownState,
    errors,
)
from esper_client.generated.models import DeviceOperationWithStats

URL = f"/v0/operations/{OPERATION_ID}/devices/{DEVICE_ID}/"


def states(*values: object) -> list[httpx.Response]:
    return [
        httpx.Response(200, json={"content": {"id": str(DEVICE_ID), "state": value}})
        for value in values
    ]


async def wait(
    mode: str, client: EsperClient, fake: FakeTime, **kwargs: Any
) -> DeviceOperationWithStats:
    found: DeviceOperationWithStats = await wait_for_operation(mode, client, fake, **kwargs)
    return found


async def test_polls_with_backoff_until_a_terminal_state(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(URL).mock(
        side_effect=states("CREATED", 20, "DEVICE_OPERATION_PROCESSING", 40, "SUCCEDED")
    )
    final = await wait(
        mode, client, fake_time, poll_interval=2.0, backoff=1.5, max_poll_interval=4.0
    )
    assert isinstance(final, DeviceOperationWithStats)
    assert DeviceOperationState.parse(final.state) is DeviceOperationState.SUCCESS
    assert route.call_count == 5
    assert fake_time.sleeps == [2.0, 3.0, 4.0, 4.0]


@pytest.mark.parametrize("terminal", ["FAILED", 70, "TIMEOUT", "90"])
async def test_every_terminal_state_ends_the_wait(
    mode: str, terminal: object, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(URL).mock(side_effect=states(terminal))
    final = await wait(mode, client, fake_time)
    assert final.state == terminal
    assert fake_time.sleeps == []


async def test_times_out_with_the_last_state_after_one_poll_at_the_deadline(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    route = api.get(URL).mock(side_effect=states(*[40] * 10))
    with pytest.raises(errors.WaitTimeoutError, match="still PROCESSING after 10s") as info:
        await wait(mode, client, fake_time, timeout=10.0, poll_interval=4.0, backoff=1.0)
    assert fake_time.sleeps == [4.0, 4.0, 2.0]  # the last wait is cut to the deadline
    assert route.call_count == 4
    assert info.value.last_state is DeviceOperationState.PROCESSING
    assert (info.value.operation_id, info.value.device_id) == (OPERATION_ID, DEVICE_ID)
    assert isinstance(info.value, TimeoutError)


async def test_an_unknown_state_keeps_polling(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(URL).mock(side_effect=states("QUEUED_BY_NEW_SERVER", "COMPLETED"))
    final = await wait(mode, client, fake_time, poll_interval=1.0)
    assert final.state == "COMPLETED"
    assert fake_time.sleeps == [1.0]


async def test_an_unknown_state_at_the_deadline_is_reported_as_is(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(URL).mock(side_effect=states("WEIRD", "WEIRD"))
    with pytest.raises(errors.WaitTimeoutError, match="still WEIRD") as info:
        await wait(mode, client, fake_time, timeout=1.0, poll_interval=5.0)
    assert info.value.last_state == UnknownState("WEIRD")


async def test_an_api_error_is_raised_even_without_raise_on_error(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(URL).respond(403, json={"message": "not your enterprise", "errors": []})
    for client in (make_client(), make_client(raise_on_error=False)):
        with pytest.raises(errors.PermissionDeniedError, match="not your enterprise"):
            await wait(mode, client, fake_time)
    assert fake_time.sleeps == []


async def test_a_response_without_content_is_a_decode_error(
    mode: str, client: EsperClient, api: respx.MockRouter, fake_time: FakeTime
) -> None:
    api.get(URL).respond(json={})
    with pytest.raises(errors.ResponseDecodeError, match="no `content`"):
        await wait(mode, client, fake_time)


@pytest.mark.parametrize(
    "kwargs", [{"timeout": -1}, {"poll_interval": 0}, {"max_poll_interval": 0}, {"backoff": 0.5}]
)
async def test_nonsense_timing_is_refused(
    mode: str, kwargs: dict[str, float], client: EsperClient, fake_time: FakeTime
) -> None:
    with pytest.raises(ValueError, match="need timeout"):
        await wait(mode, client, fake_time, **kwargs)
