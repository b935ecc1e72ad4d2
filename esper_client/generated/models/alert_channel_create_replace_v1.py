from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.alert_channel_create_replace_v1_properties import AlertChannelCreateReplaceV1Properties


T = TypeVar("T", bound="AlertChannelCreateReplaceV1")


@_attrs_define
class AlertChannelCreateReplaceV1:
    """
    Attributes:
        enterprise (UUID):
        name (str):
        properties (AlertChannelCreateReplaceV1Properties):
        type_ (str):
    """

    enterprise: UUID
    name: str
    properties: AlertChannelCreateReplaceV1Properties
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enterprise = str(self.enterprise)

        name = self.name

        properties = self.properties.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enterprise": enterprise,
                "name": name,
                "properties": properties,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AlertChannelCreateReplaceV1Properties,) = _nested_models()

        d = dict(src_dict)
        enterprise = UUID(d.pop("enterprise"))

        name = d.pop("name")

        properties = AlertChannelCreateReplaceV1Properties.from_dict(d.pop("properties"))

        type_ = d.pop("type")

        alert_channel_create_replace_v1 = cls(
            enterprise=enterprise,
            name=name,
            properties=properties,
            type_=type_,
        )

        alert_channel_create_replace_v1.additional_properties = d
        return alert_channel_create_replace_v1

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
def _nested_models() -> tuple[type[AlertChannelCreateReplaceV1Properties],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.alert_channel_create_replace_v1_properties import AlertChannelCreateReplaceV1Properties  # noqa: PLC0415

    return (AlertChannelCreateReplaceV1Properties,)
