"""Success bodies the client did not expect: unknown fields, unknown enum values and states
(a newer server), and valid JSON of the wrong shape. A body of the wrong shape as a whole (a
list for an object) is a typed error; a field of the wrong shape (a required key missing, a
malformed date) is kept and reported, and a typed error only in strict mode.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from fault_server import FaultServer, reply
from reliability_helpers import (
    API_KEY,
    DEVICE_ID,
    ENTERPRISE_ID,
    OPERATION_ID,
    FakeTime,
    assert_no_key,
    call,
)

from esper_client import (
    DeviceOperationState,
    EsperClient,
    UnknownState,
    async_wait_for_device_operation,
    deviations,
    errors,
    wait_for_device_operation,
)
from esper_client.generated import errors as generated_errors
from esper_client.generated.api.device_groups import get_group_by_id
from esper_client.generated.api.device_operations import get_device_operation, get_device_operations
from esper_client.generated.api.operations import get_operation
from esper_client.generated.client import Client
from esper_client.generated.models.operation_with_stats_state import (
    OPERATION_WITH_STATS_STATE_VALUES,
)
from esper_client.generated.types import UNSET

S = DeviceOperationState


def device_operation(state: object, **extra: Any) -> str:
    return json.dumps(
        {
            "content": {
                "id": str(DEVICE_ID),
                "operation_id": str(OPERATION_ID),
                "state": state,
                "reason": "",
                "shiny_new_field": {"nested": [1, 2]},
                **extra,
            },
            "api_version": "v9",
        }
    )


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("PROCESSING", S.PROCESSING),
        ("DEVICE_OPERATION_TIMEOUT", S.TIMEOUT),
        ("device_operation_processing", S.PROCESSING),
        (85, UnknownState(85)),
        ("85", UnknownState("85")),
        (40, S.PROCESSING),
        ("SUCCEDED", S.SUCCESS),
        ("DEVICE_OPERATION_PAUSED", UnknownState("DEVICE_OPERATION_PAUSED")),
        (85.5, UnknownState(85.5)),
        (None, UnknownState(None)),
        (True, UnknownState(True)),
        ({"code": 40}, UnknownState({"code": 40})),
    ],
)
async def test_device_operation_states_decode_or_are_reported_unknown(
    mode: str, server: FaultServer, client: EsperClient, raw: object, decoded: object
) -> None:
    server.script(reply(200, device_operation(raw)))
    response = await call(mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=client)
    record = response.content
    assert record.state == raw  # kept exactly as sent
    assert DeviceOperationState.parse(record.state) == decoded
    # Unknown fields are kept, not dropped and not fatal, at every level.
    assert record.additional_properties == {"shiny_new_field": {"nested": [1, 2]}}
    assert response.additional_properties == {"api_version": "v9"}
    if isinstance(decoded, UnknownState):
        assert not decoded.is_terminal
        with pytest.raises(errors.UnknownStateError):
            DeviceOperationState.parse(record.state, strict=True)


async def test_a_list_of_records_with_unknown_states_decodes_each(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    states = ["PROCESSING", "DEVICE_OPERATION_TIMEOUT", 85, "NEVER_SEEN", 90]
    results = [{"id": str(DEVICE_ID), "state": state} for state in states]
    server.script(reply(200, json.dumps({"content": {"count": 5, "results": results}})))
    page = await call(mode, get_device_operations, OPERATION_ID, client=client, state=85)
    assert server.requests[0].path.endswith("state=85")
    parsed = [DeviceOperationState.parse(record.state) for record in page.content.results]
    assert parsed == [
        S.PROCESSING,
        S.TIMEOUT,
        UnknownState(85),
        UnknownState("NEVER_SEEN"),
        S.COMPLETED,
    ]


async def test_an_unknown_literal_enum_value_is_kept(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    body = {"content": {"id": str(OPERATION_ID), "state": "REPLAYING", "future": True}}
    server.script(reply(200, json.dumps(body)))
    response = await call(mode, get_operation, OPERATION_ID, client=client)
    assert response.content.state == "REPLAYING"
    assert response.content.state not in OPERATION_WITH_STATS_STATE_VALUES
    assert response.content.additional_properties == {"future": True}


async def test_waiting_on_an_unknown_state_polls_until_its_timeout(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(200, device_operation(85)))
    kwargs: dict[str, Any] = {"timeout": 60.0, "poll_interval": 5.0, "clock": fake_time.clock}
    with pytest.raises(errors.WaitTimeoutError) as info:
        if mode == "sync":
            wait_for_device_operation(
                client, OPERATION_ID, DEVICE_ID, sleep=fake_time.sleep, **kwargs
            )
        else:
            await async_wait_for_device_operation(
                client, OPERATION_ID, DEVICE_ID, sleep=fake_time.async_sleep, **kwargs
            )
    assert info.value.last_state == UnknownState(85)
    assert "85" in str(info.value)
    assert sum(fake_time.sleeps) == pytest.approx(60.0)
    assert server.count == len(fake_time.sleeps) + 1 <= 10


async def test_waiting_ends_on_a_terminal_state_after_unknown_ones(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(
        reply(200, device_operation("PROCESSING")),
        reply(200, device_operation(85)),
        reply(200, device_operation("DEVICE_OPERATION_TIMEOUT")),
    )
    if mode == "sync":
        record = wait_for_device_operation(
            client, OPERATION_ID, DEVICE_ID, clock=fake_time.clock, sleep=fake_time.sleep
        )
    else:
        record = await async_wait_for_device_operation(
            client, OPERATION_ID, DEVICE_ID, clock=fake_time.clock, sleep=fake_time.async_sleep
        )
    assert DeviceOperationState.parse(record.state) is S.TIMEOUT
    assert server.count == 3


# --- valid JSON of the wrong shape ---------------------------------------------------------

WRONG_BODIES = {
    "list-for-object": "[1, 2]",
    "null": "null",
    "string": '"ok"',
    "number": "42",
}
# (body, where the deviation is, its kind)
WRONG_FIELDS = {
    "content-is-a-list": ('{"content": [1]}', "content", "type"),
    "content-is-a-string": ('{"content": "x"}', "content", "type"),
    "malformed-date": ('{"content": {"created_at": "yesterday"}}', "content.created_at", "format"),
    "malformed-uuid": ('{"content": {"id": "not-a-uuid"}}', "content.id", "format"),
    "activity-not-a-list": (
        '{"content": {"device_operation_activity": 5}}',
        "content.device_operation_activity",
        "type",
    ),
}


@pytest.mark.parametrize("body", WRONG_BODIES.values(), ids=WRONG_BODIES.keys())
@pytest.mark.parametrize("raise_on_error", [True, False])
async def test_a_body_of_the_wrong_shape_is_a_decode_error(
    mode: str,
    server: FaultServer,
    make_client: Callable[..., EsperClient],
    body: str,
    raise_on_error: bool,
) -> None:
    client = make_client(raise_on_error=raise_on_error)
    server.script(reply(200, body))
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=client)
    exc = info.value
    assert "does not fit its documented type" in str(exc)
    assert isinstance(exc.__cause__, (LookupError, ValueError, TypeError, AttributeError))
    assert exc.response is not None and exc.response.status_code == 200
    assert exc.request is not None and exc.request.method == "GET"
    assert server.count == 1
    assert_no_key(exc)


@pytest.mark.parametrize(("body", "where", "kind"), WRONG_FIELDS.values(), ids=WRONG_FIELDS.keys())
async def test_a_field_of_the_wrong_shape_is_kept_and_reported(
    mode: str,
    server: FaultServer,
    make_client: Callable[..., EsperClient],
    body: str,
    where: str,
    kind: str,
) -> None:
    server.script(reply(200, body), reply(200, body))
    response = await call(
        mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(), detailed=True
    )
    raw = json.loads(body)
    assert [(d.where, d.kind) for d in response.deviations] == [(where, kind)]
    kept: Any = response.parsed
    for part in where.split("."):
        kept = getattr(kept, part)
    want: Any = raw
    for part in where.split("."):
        want = want[part]
    assert kept == want  # as it arrived
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(
            mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(strict=True)
        )
    exc = info.value
    assert exc.deviation is not None and exc.deviation.kind == kind
    assert exc.path == where and exc.model and exc.expected
    assert f"{exc.model}.{where}: expected" in str(exc)
    assert_no_key(exc)


async def test_a_date_sent_as_a_number_is_read_as_unix_time_and_reported(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(reply(200, '{"content": {"created_at": 1700000000}}'))
    response = await call(
        mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=client, detailed=True
    )
    assert response.parsed.content.created_at.isoformat() == "2023-11-14T22:13:20+00:00"
    assert [(d.where, d.kind) for d in response.deviations] == [("content.created_at", "form")]


async def test_a_missing_required_key_is_left_unset_and_reported(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    body = json.dumps({"id": str(DEVICE_ID), "device_count": 3})
    server.script(reply(200, body), reply(200, body))
    group = await call(mode, get_group_by_id, str(ENTERPRISE_ID), DEVICE_ID, client=make_client())
    assert group.name is UNSET and group.device_count == 3
    assert [(d.where, d.kind) for d in deviations(group)] == [("name", "missing")]
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(
            mode, get_group_by_id, str(ENTERPRISE_ID), DEVICE_ID, client=make_client(strict=True)
        )
    assert info.value.path == "name" and info.value.deviation.kind == "missing"


async def test_a_key_echoed_into_a_malformed_field_is_redacted(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    body = json.dumps({"content": {"created_at": f"Bearer {API_KEY}"}})
    server.script(reply(200, body), reply(200, body))
    response = await call(
        mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(), detailed=True
    )
    assert "[REDACTED]" in response.deviations[0].received
    assert API_KEY not in repr(response.deviations)
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(
            mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(strict=True)
        )
    assert "[REDACTED]" in str(info.value)
    assert_no_key(info.value)  # the chained error too, and the printed traceback


async def test_the_generated_client_raises_its_own_typed_error(
    mode: str, server: FaultServer
) -> None:
    # Without EsperClient (no response_body_error hook) the generated layer's own type.
    async with Client(base_url=server.url) as plain:
        server.script(reply(200, "[1, 2]"))
        with pytest.raises(generated_errors.UnexpectedResponseBody) as info:
            await call(mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=plain)
    assert info.value.status_code == 200 and info.value.content == b"[1, 2]"
    assert isinstance(info.value.cause, TypeError) and info.value.__cause__ is info.value.cause
    plain.get_httpx_client().close()


async def test_a_huge_malformed_field_gives_a_short_message(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    body = json.dumps({"content": {"created_at": "x" * 1_000_000}})
    server.script(reply(200, body), reply(200, body))
    response = await call(
        mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(), detailed=True
    )
    assert len(response.deviations[0].received) < 100
    with pytest.raises(errors.ResponseDecodeError) as info:
        await call(
            mode, get_device_operation, OPERATION_ID, DEVICE_ID, client=make_client(strict=True)
        )
    assert len(str(info.value)) < 1000 and len(repr(info.value)) < 1000
