"""DeviceOperationState: values, terminal states, parsing every spelling, the state filter."""

from __future__ import annotations

import re

import pytest
import respx
from client_helpers import OPERATION_ID, call
from hypothesis import given
from hypothesis import strategies as st

from esper_client import DeviceOperationState, EsperClient, UnknownState, errors
from esper_client.generated.api.device_operations import get_device_operations
from esper_client.generated.models import DeviceOperationWithStats

S = DeviceOperationState
VALUES = {
    "CREATED": 10,
    "INITIATED": 20,
    "DISPATCHED": 30,
    "PROCESSING": 40,
    "SUCCESS": 50,
    "FAILURE": 60,
    "CANCELLED": 70,
    "TIMEOUT": 80,
    "COMPLETED": 90,
}


def test_the_nine_states_and_their_integers() -> None:
    assert {member.name: int(member) for member in S} == VALUES


def test_terminal_states() -> None:
    assert {m for m in S if m.is_terminal} == {
        S.SUCCESS,
        S.FAILURE,
        S.CANCELLED,
        S.TIMEOUT,
        S.COMPLETED,
    }
    assert UnknownState("x").is_terminal is False


@pytest.mark.parametrize(
    ("raw", "state"),
    [
        (40, S.PROCESSING),
        ("40", S.PROCESSING),
        (" 90 ", S.COMPLETED),
        ("PROCESSING", S.PROCESSING),
        ("processing", S.PROCESSING),
        ("DEVICE_OPERATION_PROCESSING", S.PROCESSING),
        ("device_operation_cancelled", S.CANCELLED),
        ("Device_Operation_Timeout", S.TIMEOUT),
        ("SUCCEDED", S.SUCCESS),
        ("succeded", S.SUCCESS),
        ("SUCCEEDED", S.SUCCESS),
        ("FAILED", S.FAILURE),
        ("DEVICE_OPERATION_FAILED", S.FAILURE),
        ("CANCELED", S.CANCELLED),
        (S.INITIATED, S.INITIATED),
    ],
)
def test_parse_accepts_every_spelling(raw: object, state: DeviceOperationState) -> None:
    assert S.parse(raw) is state
    assert S.parse(raw, strict=True) is state


@pytest.mark.parametrize(
    "raw", [None, True, False, 0, 45, 100, -10, "", "DONE", "DEVICE_OPERATION_", "4 0", 40.0, [40]]
)
def test_unknown_values_are_explicit(raw: object) -> None:
    result = S.parse(raw)
    assert result == UnknownState(raw)
    assert isinstance(result, UnknownState) and result.raw == raw


@pytest.mark.parametrize("raw", [None, 45, "DONE"])
def test_strict_parsing_raises_a_value_error_naming_the_value(raw: object) -> None:
    with pytest.raises(errors.UnknownStateError, match=re.escape(repr(raw))) as info:
        S.parse(raw, strict=True)
    assert isinstance(info.value, ValueError)
    assert info.value.raw == raw


@given(st.sampled_from(list(S)), st.booleans(), st.booleans())
def test_names_round_trip_in_any_case_and_prefix(
    member: DeviceOperationState, prefix: bool, lower: bool
) -> None:
    name = f"DEVICE_OPERATION_{member.name}" if prefix else member.name
    assert S.parse(name.lower() if lower else name) is member
    assert S.parse(str(int(member))) is member


@given(st.integers().filter(lambda n: n not in VALUES.values()))
def test_every_other_integer_is_unknown(value: int) -> None:
    assert S.parse(value) == UnknownState(value)
    assert S.parse(str(value)) == UnknownState(str(value))


def test_a_generated_model_state_decodes() -> None:
    record = DeviceOperationWithStats.from_dict({"state": "SUCCEDED"})
    assert S.parse(record.state) is S.SUCCESS
    assert S.parse(DeviceOperationWithStats.from_dict({"state": 60}).state) is S.FAILURE


async def test_the_state_filter_takes_a_member_and_sends_its_integer(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.get(f"/v0/operations/{OPERATION_ID}/devices/").respond(
        json={"content": {"results": []}}
    )
    await call(mode, get_device_operations, OPERATION_ID, client=client, state=S.PROCESSING)
    assert route.calls.last.request.url.params["state"] == "40"
