"""Waiting for a Commands V2 request on loopback: pages by `next`, per-device states, deadline."""

from __future__ import annotations

import json
from typing import Any
from uuid import UUID

import httpx
import pytest
from fault_server import FaultServer, reply
from reliability_helpers import ENTERPRISE_ID, FakeTime

from esper_client import (
    CommandState,
    EsperClient,
    UnknownState,
    async_wait_for_command,
    errors,
    wait_for_command,
)

REQUEST_ID = UUID("7d1f6a2e-3c4b-4d5e-8f9a-0b1c2d3e4f50")
DEVICES = [str(UUID(int=n)) for n in (1, 2, 3)]


def status(device: str, state: str) -> dict[str, Any]:
    return {
        "id": str(UUID(int=100 + int(device[-1]))),
        "request": str(REQUEST_ID),
        "device": f"https://acme-api.esper.cloud/api/device/{device}/",
        "meta": {"device": {"id": device, "device_name": f"tablet-{device[-1]}"}},
        "state": state,
        "reason": "",
    }


def page(*statuses: dict[str, Any], next_url: str | None = None) -> bytes:
    body = {"count": 3, "next": next_url, "previous": None, "results": list(statuses)}
    return json.dumps(body).encode()


async def wait(mode: str, client: EsperClient, fake_time: FakeTime, **kwargs: Any) -> Any:
    kwargs.setdefault("timeout", 60.0)
    kwargs.setdefault("poll_interval", 5.0)
    if mode == "sync":
        return wait_for_command(
            client, REQUEST_ID, clock=fake_time.clock, sleep=fake_time.sleep, **kwargs
        )
    return await async_wait_for_command(
        client, REQUEST_ID, clock=fake_time.clock, sleep=fake_time.async_sleep, **kwargs
    )


async def test_waits_until_every_device_has_ended_reading_every_page(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    second = f"{server.url}/v0/enterprise/{ENTERPRISE_ID}/command/{REQUEST_ID}/status/?page=2"
    server.script(
        # poll 1: two pages, one device still in progress
        reply(200, page(status(DEVICES[0], "Command Success"), next_url=second)),
        reply(
            200,
            page(status(DEVICES[1], "Command In Progress"), status(DEVICES[2], "Command Queued")),
        ),
        # poll 2: every device done (one failed, one timed out: both are endings)
        reply(200, page(status(DEVICES[0], "Command Success"), next_url=second)),
        reply(
            200, page(status(DEVICES[1], "Command Failure"), status(DEVICES[2], "Command TimeOut"))
        ),
    )
    final = await wait(mode, client, fake_time)
    states = {str(s.meta.device.id): CommandState.parse(s.state) for s in final}
    assert states == {
        DEVICES[0]: CommandState.SUCCESS,
        DEVICES[1]: CommandState.FAILURE,
        DEVICES[2]: CommandState.TIMEOUT,
    }
    assert server.count == 4 and fake_time.sleeps == [5.0]
    assert server.requests[1].path.endswith("status/?page=2")  # the next link, followed
    assert (
        server.requests[0].path
        == f"/api/v0/enterprise/{ENTERPRISE_ID}/command/{REQUEST_ID}/status/"
    )


async def test_waits_only_for_the_devices_named(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(
        reply(
            200,
            page(status(DEVICES[0], "Command Success"), status(DEVICES[1], "Command In Progress")),
        )
    )
    final = await wait(mode, client, fake_time, devices=[UUID(DEVICES[0])])
    assert server.count == 1 and len(final) == 2


async def test_a_device_not_listed_yet_keeps_the_wait_going_until_its_deadline(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(200, page(status(DEVICES[0], "COMMAND_SUCCESS"))))
    with pytest.raises(errors.WaitTimeoutError) as info:
        await wait(mode, client, fake_time, devices=[DEVICES[0], DEVICES[1]])
    assert info.value.last_state == {DEVICES[1]: UnknownState(None)}
    assert info.value.operation_id == REQUEST_ID and info.value.device_id is None
    assert DEVICES[1] in str(info.value)
    assert sum(fake_time.sleeps) == pytest.approx(60.0)


async def test_rides_out_a_404_before_any_status_and_a_500_then_ends(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(
        reply(404, b'{"message": "not yet"}'),
        reply(500, b'{"message": "flaky"}'),
        reply(200, page(status(DEVICES[0], "Command Cancelled"))),
    )
    final = await wait(mode, client, fake_time)
    assert CommandState.parse(final[0].state) is CommandState.CANCELLED
    assert server.count >= 3


async def test_an_unknown_state_keeps_waiting_and_a_403_ends_the_wait_at_once(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(
        reply(200, page(status(DEVICES[0], "Command Paused"))),
        reply(403, b'{"message": "no"}'),
    )
    with pytest.raises(errors.PermissionDeniedError):
        await wait(mode, client, fake_time)
    assert server.count == 2


async def test_a_next_link_to_another_host_is_not_followed(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(
        reply(200, page(status(DEVICES[0], "Command Success"), next_url="https://evil.example/x"))
    )
    with pytest.raises(errors.PaginationError, match="another host"):
        await wait(mode, client, fake_time)
    assert server.count == 1


async def test_the_async_waiter_polls_with_the_async_client_alone(
    server: FaultServer, make_client: Any, fake_time: FakeTime
) -> None:
    # A client given only an async transport has no sync one to build: the waiter must not ask.
    client = make_client(httpx_args={"transport": httpx.AsyncHTTPTransport()})
    server.script(reply(200, page(status(DEVICES[0], "Command Success"))))
    final = await wait("async", client, fake_time, devices=[DEVICES[0]])
    assert [str(s.meta.device.id) for s in final] == [DEVICES[0]]
    assert server.count == 1


@pytest.mark.parametrize(
    ("raw", "state"),
    [
        ("Command Success", CommandState.SUCCESS),
        ("COMMAND_SUCCESS", CommandState.SUCCESS),
        ("success", CommandState.SUCCESS),
        ("Command TimeOut", CommandState.TIMEOUT),
        ("Command Timeout", CommandState.TIMEOUT),
        ("timed out", CommandState.TIMEOUT),
        ("Command Canceled", CommandState.CANCELLED),
        ("Command In Progress", CommandState.IN_PROGRESS),
        ("IN_PROGRESS", CommandState.IN_PROGRESS),
        ("Command Scheduled", CommandState.SCHEDULED),
        ("Command Paused", UnknownState("Command Paused")),
        (3, UnknownState(3)),
        (None, UnknownState(None)),
    ],
)
def test_command_states_decode_every_spelling_and_keep_the_unknown(
    raw: object, state: object
) -> None:
    assert CommandState.parse(raw) == state
    if isinstance(state, UnknownState):
        assert not state.is_terminal
        with pytest.raises(errors.UnknownStateError, match="not a command state"):
            CommandState.parse(raw, strict=True)
    else:
        assert CommandState.parse(raw, strict=True) is state


def test_which_command_states_are_terminal() -> None:
    ended = {s for s in CommandState if s.is_terminal}
    assert ended == {
        CommandState.SUCCESS,
        CommandState.FAILURE,
        CommandState.TIMEOUT,
        CommandState.CANCELLED,
    }
    assert CommandState.SUCCESS == "Command Success"  # the API's own name
