from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alarm_rule_create_replace_v1_conditions import AlarmRuleCreateReplaceV1Conditions


T = TypeVar("T", bound="AlarmRuleCreateReplaceV1")


@_attrs_define
class AlarmRuleCreateReplaceV1:
    """
    Attributes:
        conditions (AlarmRuleCreateReplaceV1Conditions):
        enterprise (UUID):
        metric (str):
        name (str):
        realert_interval (int):
        action_emails (list[str] | Unset):
        actions (list[str] | Unset):
        alert_channels (list[str] | Unset):
        description (str | Unset):
        devices (list[str] | Unset):
        groups (list[str] | Unset):
        is_active (bool | Unset):
        repeat_times (int | Unset):
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

    def to_dict(self) -> dict[str, Any]:
        conditions = self.conditions.to_dict()

        enterprise = str(self.enterprise)

        metric = self.metric

        name = self.name

        realert_interval = self.realert_interval

        action_emails: list[str] | Unset = UNSET
        if not isinstance(self.action_emails, Unset):
            action_emails = self.action_emails

        actions: list[str] | Unset = UNSET
        if not isinstance(self.actions, Unset):
            actions = self.actions

        alert_channels: list[str] | Unset = UNSET
        if not isinstance(self.alert_channels, Unset):
            alert_channels = self.alert_channels

        description = self.description

        devices: list[str] | Unset = UNSET
        if not isinstance(self.devices, Unset):
            devices = self.devices

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        is_active = self.is_active

        repeat_times = self.repeat_times

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conditions": conditions,
                "enterprise": enterprise,
                "metric": metric,
                "name": name,
                "realert_interval": realert_interval,
            }
        )
        if action_emails is not UNSET:
            field_dict["action_emails"] = action_emails
        if actions is not UNSET:
            field_dict["actions"] = actions
        if alert_channels is not UNSET:
            field_dict["alert_channels"] = alert_channels
        if description is not UNSET:
            field_dict["description"] = description
        if devices is not UNSET:
            field_dict["devices"] = devices
        if groups is not UNSET:
            field_dict["groups"] = groups
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if repeat_times is not UNSET:
            field_dict["repeat_times"] = repeat_times

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AlarmRuleCreateReplaceV1Conditions,) = _nested_models()

        d = dict(src_dict)
        conditions = AlarmRuleCreateReplaceV1Conditions.from_dict(d.pop("conditions"))

        enterprise = UUID(d.pop("enterprise"))

        metric = d.pop("metric")

        name = d.pop("name")

        realert_interval = d.pop("realert_interval")

        action_emails = cast(list[str], d.pop("action_emails", UNSET))

        actions = cast(list[str], d.pop("actions", UNSET))

        alert_channels = cast(list[str], d.pop("alert_channels", UNSET))

        description = d.pop("description", UNSET)

        devices = cast(list[str], d.pop("devices", UNSET))

        groups = cast(list[str], d.pop("groups", UNSET))

        is_active = d.pop("is_active", UNSET)

        repeat_times = d.pop("repeat_times", UNSET)

        alarm_rule_create_replace_v1 = cls(
            conditions=conditions,
            enterprise=enterprise,
            metric=metric,
            name=name,
            realert_interval=realert_interval,
            action_emails=action_emails,
            actions=actions,
            alert_channels=alert_channels,
            description=description,
            devices=devices,
            groups=groups,
            is_active=is_active,
            repeat_times=repeat_times,
        )

        alarm_rule_create_replace_v1.additional_properties = d
        return alarm_rule_create_replace_v1

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
def _nested_models() -> tuple[type[AlarmRuleCreateReplaceV1Conditions],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.alarm_rule_create_replace_v1_conditions import AlarmRuleCreateReplaceV1Conditions  # noqa: PLC0415

    return (AlarmRuleCreateReplaceV1Conditions,)
