from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_rule_create_replace_v1_conditions import AlarmRuleCreateReplaceV1Conditions


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AlarmRuleCreateReplaceV1's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.alarm_rule_create_replace_v1_conditions import AlarmRuleCreateReplaceV1Conditions  # noqa: PLC0415

    return (
        (
            _rt.Field("conditions", "conditions", _rt.model(AlarmRuleCreateReplaceV1Conditions), required=True),
            _rt.Field("enterprise", "enterprise", _rt.UUID_, required=True),
            _rt.Field("metric", "metric", _rt.STR, required=True),
            _rt.Field("name", "name", _rt.STR, required=True),
            _rt.Field("realert_interval", "realert_interval", _rt.INT, required=True),
            _rt.Field("action_emails", "action_emails", _rt.list_of(_rt.STR)),
            _rt.Field("actions", "actions", _rt.list_of(_rt.STR)),
            _rt.Field("alert_channels", "alert_channels", _rt.list_of(_rt.STR)),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("devices", "devices", _rt.list_of(_rt.STR)),
            _rt.Field("groups", "groups", _rt.list_of(_rt.STR)),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("repeat_times", "repeat_times", _rt.INT),
        ),
        _rt.ANY,
    )


@_attrs_define
class AlarmRuleCreateReplaceV1:
    """
    Attributes:
        conditions (AlarmRuleCreateReplaceV1Conditions): The threshold test on the metric: a value, its unit (Percent or
            Count), a comparator and an optional toggle_state.
        enterprise (UUID): Id of the enterprise the rule belongs to.
        metric (str): Name of the device metric the rule watches.
        name (str): Name of the rule.
        realert_interval (int): How long to wait before notifying again while the condition still holds.
        action_emails (list[str] | Unset): Email addresses to notify when the rule fires.
        actions (list[str] | Unset): What to do when the rule fires.
        alert_channels (list[str] | Unset): Ids of the alert channels to notify when the rule fires.
        description (str | Unset): Free text about the rule.
        devices (list[str] | Unset): Ids of the devices the rule watches.
        groups (list[str] | Unset): Ids of the device groups the rule watches.
        is_active (bool | Unset): Whether the rule is enabled.
        repeat_times (int | Unset): How many times to notify again while the condition still holds.
    """

    conditions: AlarmRuleCreateReplaceV1Conditions
    enterprise: UUID
    metric: str
    name: str
    realert_interval: int
    action_emails: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    alert_channels: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    devices: list[str] | Unset = UNSET
    groups: list[str] | Unset = UNSET
    is_active: bool | Unset = UNSET
    repeat_times: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
