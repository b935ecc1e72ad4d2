from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_rule_alert_channels_item import AlarmRuleAlertChannelsItem
    from ..models.alarm_rule_conditions import AlarmRuleConditions
    from ..models.alarm_rule_devices_item import AlarmRuleDevicesItem
    from ..models.alarm_rule_groups_item import AlarmRuleGroupsItem


T = TypeVar("T", bound="AlarmRule")


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

    def to_dict(self) -> dict[str, Any]:
        action_emails: list[str] | Unset = UNSET
        if not isinstance(self.action_emails, Unset):
            action_emails = self.action_emails

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        alert_channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.alert_channels, Unset):
            alert_channels = []
            for alert_channels_item_data in self.alert_channels:
                alert_channels_item = alert_channels_item_data.to_dict()
                alert_channels.append(alert_channels_item)

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        daily_trigger_count = self.daily_trigger_count

        description = self.description

        devices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = []
            for devices_item_data in self.devices:
                devices_item = devices_item_data.to_dict()
                devices.append(devices_item)

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        metric = self.metric

        name = self.name

        realert_interval = self.realert_interval

        repeat_times = self.repeat_times

        trigger_count = self.trigger_count

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action_emails is not UNSET:
            field_dict["action_emails"] = action_emails
        if actions is not UNSET:
            field_dict["actions"] = actions
        if alert_channels is not UNSET:
            field_dict["alert_channels"] = alert_channels
        if conditions is not UNSET:
            field_dict["conditions"] = conditions
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if daily_trigger_count is not UNSET:
            field_dict["daily_trigger_count"] = daily_trigger_count
        if description is not UNSET:
            field_dict["description"] = description
        if devices is not UNSET:
            field_dict["devices"] = devices
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if metric is not UNSET:
            field_dict["metric"] = metric
        if name is not UNSET:
            field_dict["name"] = name
        if realert_interval is not UNSET:
            field_dict["realert_interval"] = realert_interval
        if repeat_times is not UNSET:
            field_dict["repeat_times"] = repeat_times
        if trigger_count is not UNSET:
            field_dict["trigger_count"] = trigger_count
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AlarmRuleAlertChannelsItem,
            AlarmRuleConditions,
            AlarmRuleDevicesItem,
            AlarmRuleGroupsItem,
        ) = _nested_models()

        d = dict(src_dict)
        action_emails = cast(list[str], d.pop("action_emails", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        _alert_channels = d.pop("alert_channels", UNSET)
        alert_channels: list[AlarmRuleAlertChannelsItem] | Unset = UNSET
        if _alert_channels is not UNSET:
            alert_channels = []
            for alert_channels_item_data in _alert_channels:
                alert_channels_item = AlarmRuleAlertChannelsItem.from_dict(alert_channels_item_data)

                alert_channels.append(alert_channels_item)

        _conditions = d.pop("conditions", UNSET)
        conditions: AlarmRuleConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = AlarmRuleConditions.from_dict(_conditions)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        daily_trigger_count = d.pop("daily_trigger_count", UNSET)

        description = d.pop("description", UNSET)

        _devices = d.pop("devices", UNSET)
        devices: list[AlarmRuleDevicesItem] | Unset = UNSET
        if _devices is not UNSET:
            devices = []
            for devices_item_data in _devices:
                devices_item = AlarmRuleDevicesItem.from_dict(devices_item_data)

                devices.append(devices_item)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        _groups = d.pop("groups", UNSET)
        groups: list[AlarmRuleGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = AlarmRuleGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_active = d.pop("is_active", UNSET)

        metric = d.pop("metric", UNSET)

        name = d.pop("name", UNSET)

        realert_interval = d.pop("realert_interval", UNSET)

        repeat_times = d.pop("repeat_times", UNSET)

        trigger_count = d.pop("trigger_count", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        alarm_rule = cls(
            action_emails=action_emails,
            actions=actions,
            alert_channels=alert_channels,
            conditions=conditions,
            created_on=created_on,
            daily_trigger_count=daily_trigger_count,
            description=description,
            devices=devices,
            enterprise=enterprise,
            groups=groups,
            id=id,
            is_active=is_active,
            metric=metric,
            name=name,
            realert_interval=realert_interval,
            repeat_times=repeat_times,
            trigger_count=trigger_count,
            updated_on=updated_on,
        )

        alarm_rule.additional_properties = d
        return alarm_rule

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


@cache
def _nested_models() -> tuple[
    type[AlarmRuleAlertChannelsItem],
    type[AlarmRuleConditions],
    type[AlarmRuleDevicesItem],
    type[AlarmRuleGroupsItem],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.alarm_rule_alert_channels_item import AlarmRuleAlertChannelsItem  # noqa: PLC0415
    from ..models.alarm_rule_conditions import AlarmRuleConditions  # noqa: PLC0415
    from ..models.alarm_rule_devices_item import AlarmRuleDevicesItem  # noqa: PLC0415
    from ..models.alarm_rule_groups_item import AlarmRuleGroupsItem  # noqa: PLC0415

    return (
        AlarmRuleAlertChannelsItem,
        AlarmRuleConditions,
        AlarmRuleDevicesItem,
        AlarmRuleGroupsItem,
    )
