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
    from ..models.update_alarm_rule_conditions import UpdateAlarmRuleConditions


T = TypeVar("T", bound="UpdateAlarmRule")


@_attrs_define
class UpdateAlarmRule:
    """
    Attributes:
        action_emails (list[str] | Unset):
        actions (list[str] | Unset):
        alert_channels (list[str] | Unset):
        conditions (UpdateAlarmRuleConditions | Unset):
        created_on (datetime.datetime | Unset):
        description (str | Unset):
        devices (list[Any] | Unset):
        enterprise (UUID | Unset):
        groups (list[str] | Unset):
        id (UUID | Unset):
        is_active (bool | Unset):
        metric (str | Unset):
        name (str | Unset):
        realert_interval (int | Unset):
        repeat_times (int | Unset):
        updated_on (datetime.datetime | Unset):
    """

    action_emails: list[str] | Unset = UNSET
    actions: list[str] | Unset = UNSET
    alert_channels: list[str] | Unset = UNSET
    conditions: UpdateAlarmRuleConditions | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    devices: list[Any] | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    groups: list[str] | Unset = UNSET
    id: UUID | Unset = UNSET
    is_active: bool | Unset = UNSET
    metric: str | Unset = UNSET
    name: str | Unset = UNSET
    realert_interval: int | Unset = UNSET
    repeat_times: int | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action_emails: list[str] | Unset = UNSET
        if not isinstance(self.action_emails, Unset):
            action_emails = self.action_emails

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        alert_channels: list[str] | Unset = UNSET
        if not isinstance(self.alert_channels, Unset):
            alert_channels = self.alert_channels

        conditions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.conditions, Unset):
            conditions = self.conditions.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        description = self.description

        devices: list[Any] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_active = self.is_active

        metric = self.metric

        name = self.name

        realert_interval = self.realert_interval

        repeat_times = self.repeat_times

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
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UpdateAlarmRuleConditions,) = _nested_models()

        d = dict(src_dict)
        action_emails = cast(list[str], d.pop("action_emails", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        alert_channels = cast(list[str], d.pop("alert_channels", UNSET))

        _conditions = d.pop("conditions", UNSET)
        conditions: UpdateAlarmRuleConditions | Unset
        if isinstance(_conditions, Unset):
            conditions = UNSET
        else:
            conditions = UpdateAlarmRuleConditions.from_dict(_conditions)

        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        description = d.pop("description", UNSET)

        devices = cast(list[Any], d.pop("devices", UNSET))

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        groups = cast(list[str], d.pop("groups", UNSET))

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

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        update_alarm_rule = cls(
            action_emails=action_emails,
            actions=actions,
            alert_channels=alert_channels,
            conditions=conditions,
            created_on=created_on,
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
            updated_on=updated_on,
        )

        update_alarm_rule.additional_properties = d
        return update_alarm_rule

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
def _nested_models() -> tuple[type[UpdateAlarmRuleConditions],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.update_alarm_rule_conditions import UpdateAlarmRuleConditions  # noqa: PLC0415

    return (UpdateAlarmRuleConditions,)
