from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_alert_channels_v1_properties import UpdateAlertChannelsV1Properties


T = TypeVar("T", bound="UpdateAlertChannelsV1")


@_attrs_define
class UpdateAlertChannelsV1:
    """
    Attributes:
        enterprise (UUID | Unset):
        name (str | Unset):
        properties (UpdateAlertChannelsV1Properties | Unset):
        type_ (str | Unset):
    """

    enterprise: UUID | Unset = UNSET
    name: str | Unset = UNSET
    properties: UpdateAlertChannelsV1Properties | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if name is not UNSET:
            field_dict["name"] = name
        if properties is not UNSET:
            field_dict["properties"] = properties
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (UpdateAlertChannelsV1Properties,) = _nested_models()

        d = dict(src_dict)
        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        name = d.pop("name", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: UpdateAlertChannelsV1Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = UpdateAlertChannelsV1Properties.from_dict(_properties)

        type_ = d.pop("type", UNSET)

        update_alert_channels_v1 = cls(
            enterprise=enterprise,
            name=name,
            properties=properties,
            type_=type_,
        )

        update_alert_channels_v1.additional_properties = d
        return update_alert_channels_v1

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
def _nested_models() -> tuple[type[UpdateAlertChannelsV1Properties],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.update_alert_channels_v1_properties import UpdateAlertChannelsV1Properties  # noqa: PLC0415

    return (UpdateAlertChannelsV1Properties,)
