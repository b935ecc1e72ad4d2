from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_state_enum_linux import DeviceStateEnumLinux, check_device_state_enum_linux
from ..models.linux_device_managed_by import LinuxDeviceManagedBy, check_linux_device_managed_by
from ..models.linux_device_os import LinuxDeviceOs, check_linux_device_os
from ..models.linux_device_platform import LinuxDevicePlatform, check_linux_device_platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linux_blueprint_info import LinuxBlueprintInfo


T = TypeVar("T", bound="LinuxDevice")


@_attrs_define
class LinuxDevice:
    """
    Attributes:
        blueprint_info (LinuxBlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        id (UUID | Unset):
        is_seamless (bool | Unset):
        managed_by (LinuxDeviceManagedBy | Unset):
        name (str | Unset):
        onboarded_on (datetime.datetime | Unset):
        os (LinuxDeviceOs | Unset):
        os_version (str | Unset):
        platform (LinuxDevicePlatform | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        state (DeviceStateEnumLinux | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    blueprint_info: LinuxBlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    managed_by: LinuxDeviceManagedBy | Unset = UNSET
    name: str | Unset = UNSET
    onboarded_on: datetime.datetime | Unset = UNSET
    os: LinuxDeviceOs | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: LinuxDevicePlatform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    state: DeviceStateEnumLinux | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        blueprint_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint_info, Unset):
            blueprint_info = self.blueprint_info.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        global_device_id = self.global_device_id

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_seamless = self.is_seamless

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        name = self.name

        onboarded_on: str | Unset = UNSET
        if not isinstance(self.onboarded_on, Unset):
            onboarded_on = self.onboarded_on.isoformat()

        os: str | Unset = UNSET
        if not isinstance(self.os, Unset):
            os = self.os

        os_version = self.os_version

        platform: str | Unset = UNSET
        if not isinstance(self.platform, Unset):
            platform = self.platform

        provisioned_on: str | Unset = UNSET
        if not isinstance(self.provisioned_on, Unset):
            provisioned_on = self.provisioned_on.isoformat()

        serial = self.serial

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tenant_id: str | Unset = UNSET
        if not isinstance(self.tenant_id, Unset):
            tenant_id = str(self.tenant_id)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if blueprint_info is not UNSET:
            field_dict["blueprint_info"] = blueprint_info
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if global_device_id is not UNSET:
            field_dict["global_device_id"] = global_device_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if id is not UNSET:
            field_dict["id"] = id
        if is_seamless is not UNSET:
            field_dict["is_seamless"] = is_seamless
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if name is not UNSET:
            field_dict["name"] = name
        if onboarded_on is not UNSET:
            field_dict["onboarded_on"] = onboarded_on
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if serial is not UNSET:
            field_dict["serial"] = serial
        if state is not UNSET:
            field_dict["state"] = state
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (LinuxBlueprintInfo,) = _nested_models()

        d = dict(src_dict)
        _blueprint_info = d.pop("blueprint_info", UNSET)
        blueprint_info: LinuxBlueprintInfo | Unset
        if isinstance(_blueprint_info, Unset):
            blueprint_info = UNSET
        else:
            blueprint_info = LinuxBlueprintInfo.from_dict(_blueprint_info)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        global_device_id = d.pop("global_device_id", UNSET)

        _group_id = d.pop("group_id", UNSET)
        group_id: UUID | Unset
        if isinstance(_group_id, Unset):
            group_id = UNSET
        else:
            group_id = UUID(_group_id)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_seamless = d.pop("is_seamless", UNSET)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: LinuxDeviceManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_linux_device_managed_by(_managed_by)

        name = d.pop("name", UNSET)

        _onboarded_on = d.pop("onboarded_on", UNSET)
        onboarded_on: datetime.datetime | Unset
        if isinstance(_onboarded_on, Unset):
            onboarded_on = UNSET
        else:
            onboarded_on = datetime.datetime.fromisoformat(_onboarded_on)

        _os = d.pop("os", UNSET)
        os: LinuxDeviceOs | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = check_linux_device_os(_os)

        os_version = d.pop("os_version", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: LinuxDevicePlatform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_linux_device_platform(_platform)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        serial = d.pop("serial", UNSET)

        _state = d.pop("state", UNSET)
        state: DeviceStateEnumLinux | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_state_enum_linux(_state)

        _tenant_id = d.pop("tenant_id", UNSET)
        tenant_id: UUID | Unset
        if isinstance(_tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = UUID(_tenant_id)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        updated_by = d.pop("updated_by", UNSET)

        linux_device = cls(
            blueprint_info=blueprint_info,
            created_at=created_at,
            created_by=created_by,
            global_device_id=global_device_id,
            group_id=group_id,
            id=id,
            is_seamless=is_seamless,
            managed_by=managed_by,
            name=name,
            onboarded_on=onboarded_on,
            os=os,
            os_version=os_version,
            platform=platform,
            provisioned_on=provisioned_on,
            serial=serial,
            state=state,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        linux_device.additional_properties = d
        return linux_device

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
def _nested_models() -> tuple[type[LinuxBlueprintInfo],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.linux_blueprint_info import LinuxBlueprintInfo  # noqa: PLC0415

    return (LinuxBlueprintInfo,)
