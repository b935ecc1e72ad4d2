from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertChannelsV1LinkedAlertsItem")


@_attrs_define
class AlertChannelsV1LinkedAlertsItem:
    """
    Attributes:
        alarm_name (str | Unset):
        id (str | Unset):
        type_ (str | Unset):
    """

    alarm_name: str | Unset = UNSET
    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alarm_name = self.alarm_name

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alarm_name is not UNSET:
            field_dict["alarm_name"] = alarm_name
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alarm_name = d.pop("alarm_name", UNSET)

        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        alert_channels_v1_linked_alerts_item = cls(
            alarm_name=alarm_name,
            id=id,
            type_=type_,
        )

        alert_channels_v1_linked_alerts_item.additional_properties = d
        return alert_channels_v1_linked_alerts_item

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
