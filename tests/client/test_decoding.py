"""The decoder's own rules: warnings once, strict from the environment, date-times, round trips."""

from __future__ import annotations

import datetime as dt
import logging
from uuid import UUID

import pytest
from client_helpers import API_KEY

from esper_client import EsperClient, deviations
from esper_client import _decoding as D
from esper_client.generated.models import DeviceInfo, EmmDevice
from esper_client.generated.types import UNSET


def test_each_kind_of_deviation_warns_once_per_model_and_field(
    caplog: pytest.LogCaptureFixture,
) -> None:
    D._logged.clear()
    with caplog.at_level(logging.WARNING, logger="esper_client"):
        for _ in range(3):
            DeviceInfo.from_dict({"api_level": "30"})
        DeviceInfo.from_dict({"api_level": None})  # another kind: one more warning
        DeviceInfo.from_dict({"status": "1"})  # another field: one more
    warned = [r.getMessage() for r in caplog.records if r.name == "esper_client"]
    assert len(warned) == 3
    assert warned[0].startswith("DeviceInfo.api_level: expected int, got '30' (type)")
    assert "strict=True" in warned[0]


@pytest.mark.parametrize(
    ("value", "strict"),
    [("1", True), ("true", True), ("YES", True), ("0", False), ("", False), ("off", False)],
)
def test_strict_comes_from_esper_strict_when_not_passed(
    monkeypatch: pytest.MonkeyPatch, value: str, strict: bool
) -> None:
    monkeypatch.setenv("ESPER_STRICT", value)
    client = EsperClient(api_key=API_KEY, base_url="http://127.0.0.1:1/api")
    assert client.strict is strict
    assert (
        EsperClient(api_key=API_KEY, base_url="http://127.0.0.1:1/api", strict=False).strict
        is False
    )
    assert DeviceInfo.from_dict({}).api_level is UNSET
    if strict:
        with pytest.raises(D.DeviationError, match="api_level"):
            DeviceInfo.from_dict({"api_level": "x"})


def test_a_strict_value_that_is_neither_yes_nor_no_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ESPER_STRICT", "sometimes")
    with pytest.raises(ValueError, match="ESPER_STRICT must be"):
        EsperClient(api_key=API_KEY, base_url="http://127.0.0.1:1/api")


UTC = dt.UTC


@pytest.mark.parametrize(
    ("sent", "read", "kind"),
    [
        ("2024-03-01T10:15:30.123456Z", dt.datetime(2024, 3, 1, 10, 15, 30, 123456, UTC), None),
        ("2024-03-01T12:15:30+02:00", dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), None),
        ("2024-03-01 10:15:30+00:00", dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), None),
        ("2024-03-01T10:15:30", dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), "form"),
        ("2024-03-01", dt.datetime(2024, 3, 1, tzinfo=UTC), "form"),
        ("Fri, 01 Mar 2024 10:15:30 GMT", dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), "form"),
        ("03/01/2024 10:15:30", dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), "form"),
        (1709288130, dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), "form"),
        (1709288130000, dt.datetime(2024, 3, 1, 10, 15, 30, tzinfo=UTC), "form"),
        ("yesterday-ish", "yesterday-ish", "format"),
        ("", "", "format"),
        (True, True, "type"),
    ],
)
def test_date_times_in_every_form_servers_send(
    sent: object, read: object, kind: str | None
) -> None:
    device = DeviceInfo.from_dict({"created_on": sent})
    assert device.created_on == read
    if isinstance(read, dt.datetime):
        assert device.created_on.tzinfo is not None  # always aware
    assert [d.kind for d in deviations(device)] == ([kind] if kind else [])


def test_an_enum_does_not_take_true_for_1() -> None:
    device = DeviceInfo.from_dict({"state": True})
    assert device.state is True
    assert [d.kind for d in deviations(device)] == ["type"]
    assert deviations(DeviceInfo.from_dict({"state": 1})) == ()


def test_values_kept_as_they_came_go_back_as_they_came() -> None:
    body = {
        "id": "not-a-uuid",
        "created_on": "yesterday",
        "api_level": "30",
        "emm_device": {"id": 5, "created_on": "2024-03-01T10:15:30+00:00", "new": [1]},
        "from_a_newer_server": {"x": 1},
    }
    device = DeviceInfo.from_dict(body)
    assert len(deviations(device)) == 3
    again = device.to_dict()
    assert again == body  # read-modify-write never crashes on what did not fit
    emm = device.emm_device
    assert isinstance(emm, EmmDevice) and isinstance(emm.created_on, dt.datetime)


def test_deviations_of_a_nested_model_are_its_own_with_paths_from_it() -> None:
    page = {"results": [{"id": str(UUID(int=1))}, {"id": "bad", "emm_device": {"id": "7"}}]}
    from esper_client.generated.models import GetAllDevicesResponse200

    decoded = GetAllDevicesResponse200.from_dict(page)
    # In field order (the contract's, alphabetical): emm_device before id.
    assert [d.where for d in deviations(decoded)] == ["results[1].emm_device.id", "results[1].id"]
    second = decoded.results[1]
    assert [d.where for d in deviations(second)] == ["emm_device.id", "id"]
    assert [d.where for d in deviations(second.emm_device)] == ["id"]
    assert deviations(decoded.results[0]) == ()
    assert str(deviations(second)[1]) == "id: expected uuid, got 'bad' (format)"


def test_from_dict_can_be_strict_on_its_own() -> None:
    with pytest.raises(D.DeviationError) as info:
        DeviceInfo.from_dict({"groups": ["a", 1]}, strict=True)
    assert info.value.deviation.where == "groups[1]"
    assert info.value.deviation.model == "DeviceInfo"


@pytest.mark.parametrize("at", [0, 40, 70, 79, 85, 150, 155, 300])
def test_a_key_sent_back_in_a_value_is_redacted_wherever_the_excerpt_is_cut(at: int) -> None:
    from esper_client import errors

    errors._register_secret(API_KEY)
    for value in ("x" * at + API_KEY + "y" * 400, ["z" * at + API_KEY], {"k": "w" * at + API_KEY}):
        device = DeviceInfo.from_dict({"api_level": value})
        [found] = deviations(device)
        shown = found.received + str(found)
        assert len(found.received) <= 83
        pieces = {API_KEY[i : i + 8] for i in range(len(API_KEY) - 7)}
        assert not any(piece in shown for piece in pieces), shown


def test_an_excerpt_of_a_huge_value_costs_little() -> None:
    device = DeviceInfo.from_dict({"api_level": ["x" * 1_000_000] * 1_000})
    assert len(deviations(device)[0].received) <= 83
