"""Waiting for a device operation keeps its deadline and rides out a flaky server until then.

Waits are on the fake clock, shared by the waiter and the client's retries, so "how long it
took" is exact: the waiter's deadline bounds the retries inside each poll too. Only the
stall test spends real time (about a second): a poll's own timeouts are cut to the time
left.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import pytest
from esper_testkit import wait_for_operation
from fault_server import Fault, FaultServer, reply, reset, stall
from reliability_helpers import DEVICE_ID, FakeTime, assert_no_key

from esper_client import (
    DeviceOperationState,
    EsperClient,
    errors,
)


def state(value: object) -> Fault:
    return reply(200, json.dumps({"content": {"id": str(DEVICE_ID), "state": value}}))


def status(code: int) -> Fault:
    return reply(code, json.dumps({"message": f"status {code}", "errors": []}))


async def wait(
    mode: str, client: EsperClient, fake_time: FakeTime, **kwargs: Any
) -> DeviceOperationState:
    found = await wait_for_operation(mode, client, fake_time, **kwargs)
    return DeviceOperationState.parse(found.state)  # type: ignore[return-value]


async def test_the_retries_inside_a_poll_keep_the_deadline(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # Before: one poll's retries waited 0.5 + 1 + 2 s past a 2 s deadline, and then its
    # 503 ended the wait. Now every wait, retries' and polls', fits in the 2 s.
    server.script(status(503))
    started = fake_time.now
    with pytest.raises(errors.WaitTimeoutError, match="has no state yet after 2s") as info:
        await wait(mode, client, fake_time, timeout=2.0, poll_interval=1.0)
    assert fake_time.now - started == pytest.approx(2.0)
    assert fake_time.sleeps == [0.5, 1.0, 0.5]  # two retries, then the poll at the deadline
    assert isinstance(info.value.__cause__, errors.InternalServerError)
    assert "not retried: waiting" in str(info.value.__cause__)
    assert info.value.last_state is None
    assert_no_key(info.value)
    assert server.count == 4


async def test_a_long_retry_after_is_not_obeyed_past_the_deadline(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(state("PROCESSING"), reply(429, "{}", headers={"Retry-After": "50"}))
    started = fake_time.now
    with pytest.raises(errors.WaitTimeoutError, match="still PROCESSING after 10s"):
        await wait(mode, client, fake_time, timeout=10.0, poll_interval=4.0, backoff=1.0)
    assert fake_time.now - started == pytest.approx(10.0)
    assert fake_time.sleeps == [4.0, 4.0, 2.0]  # no 50 s wait inside any poll


@pytest.mark.parametrize(
    "script",
    [
        [state("PROCESSING"), status(500), status(500), state("SUCCESS")],
        [status(404), status(404), state("CREATED"), state("SUCCESS")],  # not there yet
        [reset(), reset(), reset(), reset(), state("SUCCESS")],  # no answer, retries and all
        [state("QUEUED"), status(429), state("PROCESSING"), state("SUCCESS")],
    ],
    ids=["5xx", "404-before-it-exists", "no-answer", "429"],
)
async def test_transient_failures_are_ridden_out_until_the_operation_ends(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, script: list[Fault]
) -> None:
    server.script(*script)
    final = await wait(mode, client, fake_time, timeout=300.0, poll_interval=2.0)
    assert final is DeviceOperationState.SUCCESS


@pytest.mark.parametrize(
    ("script", "error"),
    [
        ([state("PROCESSING"), status(404)], errors.NotFoundError),  # it was there: now gone
        ([status(401)], errors.AuthenticationError),
        ([status(403)], errors.PermissionDeniedError),
        ([status(400)], errors.BadRequestError),
    ],
    ids=["404-after-it-was-seen", "401", "403", "400"],
)
async def test_errors_waiting_cannot_cure_end_the_wait_at_once(
    mode: str,
    server: FaultServer,
    client: EsperClient,
    fake_time: FakeTime,
    script: list[Fault],
    error: type[Exception],
) -> None:
    server.script(*script)
    with pytest.raises(error):
        await wait(mode, client, fake_time, timeout=300.0, poll_interval=2.0)
    assert server.count == len(script)


async def test_a_stalled_poll_is_cut_to_the_time_left(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    # Real time here: the client's read timeout is 10 s (four attempts: 40 s before), the
    # wait's 0.5 s; the poll is cut to the 1 s floor an attempt always gets.
    client = make_client(timeout=10.0)
    server.script(stall(30.0))
    started = time.monotonic()
    with pytest.raises(errors.WaitTimeoutError) as info:
        await wait(mode, client, fake_time, clock=time.monotonic, timeout=0.5)
    assert time.monotonic() - started < 5.0
    assert isinstance(info.value.__cause__, errors.APITimeoutError)
    assert server.wait_for(1) == 1
