from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_rule_alert_channels_item import AlarmRuleAlertChannelsItem
    from ..models.alarm_rule_conditions import AlarmRuleConditions
    from ..models.alarm_rule_devices_item import AlarmRuleDevicesItem
    from ..models.alarm_rule_groups_item import AlarmRuleGroupsItem


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AlarmRule's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.alarm_rule_alert_channels_item import AlarmRuleAlertChannelsItem  # noqa: PLC0415
    from ..models.alarm_rule_conditions import AlarmRuleConditions  # noqa: PLC0415
    from ..models.alarm_rule_devices_item import AlarmRuleDevicesItem  # noqa: PLC0415
    from ..models.alarm_rule_groups_item import AlarmRuleGroupsItem  # noqa: PLC0415

    return (
        (
            _rt.Field("action_emails", "action_emails", _rt.list_of(_rt.STR)),
            _rt.Field("actions", "actions", _rt.list_of(_rt.STR)),
            _rt.Field("alert_channels", "alert_channels", _rt.list_of(_rt.model(AlarmRuleAlertChannelsItem))),
            _rt.Field("conditions", "conditions", _rt.model(AlarmRuleConditions)),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("daily_trigger_count", "daily_trigger_count", _rt.INT),
            _rt.Field("description", "description", _rt.STR),
            _rt.Field("devices", "devices", _rt.list_of(_rt.model(AlarmRuleDevicesItem))),
            _rt.Field("enterprise", "enterprise", _rt.UUID_),
            _rt.Field("groups", "groups", _rt.list_of(_rt.model(AlarmRuleGroupsItem))),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("metric", "metric", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("realert_interval", "realert_interval", _rt.INT),
            _rt.Field("repeat_times", "repeat_times", _rt.INT),
            _rt.Field("trigger_count", "trigger_count", _rt.INT),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class AlarmRule:
    """
    Attributes:
        action_emails (list[str] | Unset):
        actions (list[str] | Unset):
        alert_channels (list[AlarmRuleAlertChannelsItem] | Unset):
        conditions (AlarmRuleConditions | Unset):
        created_on (datetime.datetime | Unset):
        daily_trigger_count (int | Unset):
        description (str | Unset):
        devices (list[AlarmRuleDevicesItem] | Unset):
        enterprise (UUID | Unset):
        groups (list[AlarmRuleGroupsItem] | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        metric (str | Unset):
        name (str | Unset):
        realert_interval (int | Unset):
        repeat_times (int | Unset):
        trigger_count (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    action_emails: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    alert_channels: list[AlarmRuleAlertChannelsItem] | Unset = UNSET
    conditions: AlarmRuleConditions | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    daily_trigger_count: int | Unset = UNSET
    description: str | Unset = UNSET
    devices: list[AlarmRuleDevicesItem] | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    groups: list[AlarmRuleGroupsItem] | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    metric: str | Unset = UNSET
    name: str | Unset = UNSET
    realert_interval: int | Unset = UNSET
    repeat_times: int | Unset = UNSET
    trigger_count: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
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
