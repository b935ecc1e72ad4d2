from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_channels_v1_linked_alerts_item import AlertChannelsV1LinkedAlertsItem
    from ..models.alert_channels_v1_properties import AlertChannelsV1Properties


T = TypeVar("T", bound="AlertChannelsV1")


@_attrs_define
class AlertChannelsV1:
    """
    Attributes:
        created_on (datetime.datetime | Unset):
        enterprise (UUID | Unset):
        id (int | Unset):
        linked_alerts (list[AlertChannelsV1LinkedAlertsItem] | Unset):
        name (str | Unset):
        properties (AlertChannelsV1Properties | Unset):
        type_ (str | Unset):
        updated_on (datetime.datetime | Unset):
    """

    created_on: datetime.datetime | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    id: int | Unset = UNSET
    linked_alerts: list[AlertChannelsV1LinkedAlertsItem] | Unset = UNSET
    name: str | Unset = UNSET
    properties: AlertChannelsV1Properties | Unset = UNSET
    type_: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        enterprise: str | Unset = UNSET
        if not isinstance(self.enterprise, Unset):
            enterprise = str(self.enterprise)

        id = self.id

        linked_alerts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.linked_alerts, Unset):
            linked_alerts = []
            for linked_alerts_item_data in self.linked_alerts:
                linked_alerts_item = linked_alerts_item_data.to_dict()
                linked_alerts.append(linked_alerts_item)

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        type_ = self.type_

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if enterprise is not UNSET:
            field_dict["enterprise"] = enterprise
        if id is not UNSET:
            field_dict["id"] = id
        if linked_alerts is not UNSET:
            field_dict["linked_alerts"] = linked_alerts
        if name is not UNSET:
            field_dict["name"] = name
        if properties is not UNSET:
            field_dict["properties"] = properties
        if type_ is not UNSET:
            field_dict["type"] = type_
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            AlertChannelsV1LinkedAlertsItem,
            AlertChannelsV1Properties,
        ) = _nested_models()

        d = dict(src_dict)
        _created_on = d.pop("created_on", UNSET)
        created_on: datetime.datetime | Unset
        if isinstance(_created_on, Unset):
            created_on = UNSET
        else:
            created_on = datetime.datetime.fromisoformat(_created_on)

        _enterprise = d.pop("enterprise", UNSET)
        enterprise: UUID | Unset
        if isinstance(_enterprise, Unset):
            enterprise = UNSET
        else:
            enterprise = UUID(_enterprise)

        id = d.pop("id", UNSET)

        _linked_alerts = d.pop("linked_alerts", UNSET)
        linked_alerts: list[AlertChannelsV1LinkedAlertsItem] | Unset = UNSET
        if _linked_alerts is not UNSET:
            linked_alerts = []
            for linked_alerts_item_data in _linked_alerts:
                linked_alerts_item = AlertChannelsV1LinkedAlertsItem.from_dict(linked_alerts_item_data)

                linked_alerts.append(linked_alerts_item)

        name = d.pop("name", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: AlertChannelsV1Properties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = AlertChannelsV1Properties.from_dict(_properties)

        type_ = d.pop("type", UNSET)

        _updated_on = d.pop("updated_on", UNSET)
        updated_on: datetime.datetime | Unset
        if isinstance(_updated_on, Unset):
            updated_on = UNSET
        else:
            updated_on = datetime.datetime.fromisoformat(_updated_on)

        alert_channels_v1 = cls(
            created_on=created_on,
            enterprise=enterprise,
            id=id,
            linked_alerts=linked_alerts,
            name=name,
            properties=properties,
            type_=type_,
            updated_on=updated_on,
        )

        alert_channels_v1.additional_properties = d
        return alert_channels_v1

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
    type[AlertChannelsV1LinkedAlertsItem],
    type[AlertChannelsV1Properties],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.alert_channels_v1_linked_alerts_item import AlertChannelsV1LinkedAlertsItem  # noqa: PLC0415
    from ..models.alert_channels_v1_properties import AlertChannelsV1Properties  # noqa: PLC0415

    return (
        AlertChannelsV1LinkedAlertsItem,
        AlertChannelsV1Properties,
    )
