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
    from ..models.device_tiles_device_groups_item import DeviceTilesDeviceGroupsItem
    from ..models.device_tiles_device_imeis import DeviceTilesDeviceImeis


T = TypeVar("T", bound="DeviceTilesDevice")


@_attrs_define
class DeviceTilesDevice:
    """
    Attributes:
        alias_name (str | Unset):
        android_version (int | Unset):
        api_level (int | Unset):
        device_name (str | Unset):
        device_type (str | Unset):
        dpc_version (str | Unset):
        eea_version (str | Unset):
        geofence_id (UUID | Unset):
        groups (list[DeviceTilesDeviceGroupsItem] | Unset):
        id (UUID | Unset):
        imeis (DeviceTilesDeviceImeis | Unset):
        manufacturer (str | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        state (int | Unset):
        tags (None | str | Unset):
        template_name (str | Unset):
    """

    alias_name: str | Unset = UNSET
    android_version: int | Unset = UNSET
    api_level: int | Unset = UNSET
    device_name: str | Unset = UNSET
    device_type: str | Unset = UNSET
    dpc_version: str | Unset = UNSET
    eea_version: str | Unset = UNSET
    geofence_id: UUID | Unset = UNSET
    groups: list[DeviceTilesDeviceGroupsItem] | Unset = UNSET
    id: UUID | Unset = UNSET
    imeis: DeviceTilesDeviceImeis | Unset = UNSET
    manufacturer: str | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    state: int | Unset = UNSET
    tags: None | str | Unset = UNSET
    template_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias_name = self.alias_name

        android_version = self.android_version

        api_level = self.api_level

        device_name = self.device_name

        device_type = self.device_type

        dpc_version = self.dpc_version

        eea_version = self.eea_version

        geofence_id: str | Unset = UNSET
        if not isinstance(self.geofence_id, Unset):
            geofence_id = str(self.geofence_id)

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        imeis: dict[str, Any] | Unset = UNSET
        if not isinstance(self.imeis, Unset):
            imeis = self.imeis.to_dict()

        manufacturer = self.manufacturer

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        serial = self.serial

        state = self.state

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        template_name = self.template_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alias_name is not UNSET:
            field_dict["alias_name"] = alias_name
        if android_version is not UNSET:
            field_dict["android_version"] = android_version
        if api_level is not UNSET:
            field_dict["api_level"] = api_level
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if device_type is not UNSET:
            field_dict["device_type"] = device_type
        if dpc_version is not UNSET:
            field_dict["dpc_version"] = dpc_version
        if eea_version is not UNSET:
            field_dict["eea_version"] = eea_version
        if geofence_id is not UNSET:
            field_dict["geofence_id"] = geofence_id
        if groups is not UNSET:
            field_dict["groups"] = groups
        if id is not UNSET:
            field_dict["id"] = id
        if imeis is not UNSET:
            field_dict["imeis"] = imeis
        if manufacturer is not UNSET:
            field_dict["manufacturer"] = manufacturer
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if serial is not UNSET:
            field_dict["serial"] = serial
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if template_name is not UNSET:
            field_dict["template_name"] = template_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            DeviceTilesDeviceGroupsItem,
            DeviceTilesDeviceImeis,
        ) = _nested_models()

        d = dict(src_dict)
        alias_name = d.pop("alias_name", UNSET)

        android_version = d.pop("android_version", UNSET)

        api_level = d.pop("api_level", UNSET)

        device_name = d.pop("device_name", UNSET)

        device_type = d.pop("device_type", UNSET)

        dpc_version = d.pop("dpc_version", UNSET)

        eea_version = d.pop("eea_version", UNSET)

        _geofence_id = d.pop("geofence_id", UNSET)
        geofence_id: UUID | Unset
        if isinstance(_geofence_id, Unset):
            geofence_id = UNSET
        else:
            geofence_id = UUID(_geofence_id)

        _groups = d.pop("groups", UNSET)
        groups: list[DeviceTilesDeviceGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = DeviceTilesDeviceGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _imeis = d.pop("imeis", UNSET)
        imeis: DeviceTilesDeviceImeis | Unset
        if isinstance(_imeis, Unset):
            imeis = UNSET
        else:
            imeis = DeviceTilesDeviceImeis.from_dict(_imeis)

        manufacturer = d.pop("manufacturer", UNSET)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        serial = d.pop("serial", UNSET)

        state = d.pop("state", UNSET)

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        template_name = d.pop("template_name", UNSET)

        device_tiles_device = cls(
            alias_name=alias_name,
            android_version=android_version,
            api_level=api_level,
            device_name=device_name,
            device_type=device_type,
            dpc_version=dpc_version,
            eea_version=eea_version,
            geofence_id=geofence_id,
            groups=groups,
            id=id,
            imeis=imeis,
            manufacturer=manufacturer,
            provisioned_on=provisioned_on,
            serial=serial,
            state=state,
            tags=tags,
            template_name=template_name,
        )

        device_tiles_device.additional_properties = d
        return device_tiles_device

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
    type[DeviceTilesDeviceGroupsItem],
    type[DeviceTilesDeviceImeis],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_tiles_device_groups_item import DeviceTilesDeviceGroupsItem  # noqa: PLC0415
    from ..models.device_tiles_device_imeis import DeviceTilesDeviceImeis  # noqa: PLC0415

    return (
        DeviceTilesDeviceGroupsItem,
        DeviceTilesDeviceImeis,
    )
