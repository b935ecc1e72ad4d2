from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.device_state_enum_linux import DeviceStateEnumLinux, check_device_state_enum_linux
from ..models.linux_device_v2_managed_by import LinuxDeviceV2ManagedBy, check_linux_device_v2_managed_by
from ..models.linux_device_v2_os import LinuxDeviceV2Os, check_linux_device_v2_os
from ..models.linux_device_v2_platform import LinuxDeviceV2Platform, check_linux_device_v2_platform
from ..models.linux_device_v2_provisioned_with import (
    LinuxDeviceV2ProvisionedWith,
    check_linux_device_v2_provisioned_with,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.linux_blueprint_info import LinuxBlueprintInfo
    from ..models.linux_device_v2_battery_stats import LinuxDeviceV2BatteryStats
    from ..models.linux_device_v2_cpu_stats import LinuxDeviceV2CpuStats
    from ..models.linux_device_v2_hardware_info import LinuxDeviceV2HardwareInfo
    from ..models.linux_device_v2_location_stats import LinuxDeviceV2LocationStats
    from ..models.linux_device_v2_memory_info import LinuxDeviceV2MemoryInfo
    from ..models.linux_device_v2_memory_stats import LinuxDeviceV2MemoryStats
    from ..models.linux_device_v2_network_info import LinuxDeviceV2NetworkInfo
    from ..models.linux_device_v2_network_stats import LinuxDeviceV2NetworkStats
    from ..models.linux_device_v2_software_info import LinuxDeviceV2SoftwareInfo


T = TypeVar("T", bound="LinuxDeviceV2")


@_attrs_define
class LinuxDeviceV2:
    """
    Attributes:
        alias (str | Unset):
        battery_stats (LinuxDeviceV2BatteryStats | Unset):
        blueprint_info (LinuxBlueprintInfo | Unset):
        cpu_stats (LinuxDeviceV2CpuStats | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (LinuxDeviceV2HardwareInfo | Unset):
        id (UUID | Unset):
        is_seamless (bool | Unset):
        last_seen (datetime.datetime | Unset):
        location_stats (LinuxDeviceV2LocationStats | Unset):
        managed_by (LinuxDeviceV2ManagedBy | Unset):
        memory_info (LinuxDeviceV2MemoryInfo | Unset):
        memory_stats (LinuxDeviceV2MemoryStats | Unset):
        name (str | Unset):
        network_info (LinuxDeviceV2NetworkInfo | Unset):
        network_stats (LinuxDeviceV2NetworkStats | Unset):
        os (LinuxDeviceV2Os | Unset):
        os_version (str | Unset):
        platform (LinuxDeviceV2Platform | Unset):
        provisioned_on (datetime.datetime | Unset):
        provisioned_with (LinuxDeviceV2ProvisionedWith | Unset):
        serial (str | Unset):
        software_info (LinuxDeviceV2SoftwareInfo | Unset):
        state (DeviceStateEnumLinux | Unset):
        tags (list[UUID] | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    alias: str | Unset = UNSET
    battery_stats: LinuxDeviceV2BatteryStats | Unset = UNSET
    blueprint_info: LinuxBlueprintInfo | Unset = UNSET
    cpu_stats: LinuxDeviceV2CpuStats | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: LinuxDeviceV2HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    location_stats: LinuxDeviceV2LocationStats | Unset = UNSET
    managed_by: LinuxDeviceV2ManagedBy | Unset = UNSET
    memory_info: LinuxDeviceV2MemoryInfo | Unset = UNSET
    memory_stats: LinuxDeviceV2MemoryStats | Unset = UNSET
    name: str | Unset = UNSET
    network_info: LinuxDeviceV2NetworkInfo | Unset = UNSET
    network_stats: LinuxDeviceV2NetworkStats | Unset = UNSET
    os: LinuxDeviceV2Os | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: LinuxDeviceV2Platform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    provisioned_with: LinuxDeviceV2ProvisionedWith | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: LinuxDeviceV2SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumLinux | Unset = UNSET
    tags: list[UUID] | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alias = self.alias

        battery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.battery_stats, Unset):
            battery_stats = self.battery_stats.to_dict()

        blueprint_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.blueprint_info, Unset):
            blueprint_info = self.blueprint_info.to_dict()

        cpu_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cpu_stats, Unset):
            cpu_stats = self.cpu_stats.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        global_device_id = self.global_device_id

        group_id: str | Unset = UNSET
        if not isinstance(self.group_id, Unset):
            group_id = str(self.group_id)

        hardware_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hardware_info, Unset):
            hardware_info = self.hardware_info.to_dict()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        is_seamless = self.is_seamless

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = self.last_seen.isoformat()

        location_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location_stats, Unset):
            location_stats = self.location_stats.to_dict()

        managed_by: str | Unset = UNSET
        if not isinstance(self.managed_by, Unset):
            managed_by = self.managed_by

        memory_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_info, Unset):
            memory_info = self.memory_info.to_dict()

        memory_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.memory_stats, Unset):
            memory_stats = self.memory_stats.to_dict()

        name = self.name

        network_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_info, Unset):
            network_info = self.network_info.to_dict()

        network_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.network_stats, Unset):
            network_stats = self.network_stats.to_dict()

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

        provisioned_with: str | Unset = UNSET
        if not isinstance(self.provisioned_with, Unset):
            provisioned_with = self.provisioned_with

        serial = self.serial

        software_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.software_info, Unset):
            software_info = self.software_info.to_dict()

        state: int | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = str(tags_item_data)
                tags.append(tags_item)

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
        if alias is not UNSET:
            field_dict["alias"] = alias
        if battery_stats is not UNSET:
            field_dict["battery_stats"] = battery_stats
        if blueprint_info is not UNSET:
            field_dict["blueprint_info"] = blueprint_info
        if cpu_stats is not UNSET:
            field_dict["cpu_stats"] = cpu_stats
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if global_device_id is not UNSET:
            field_dict["global_device_id"] = global_device_id
        if group_id is not UNSET:
            field_dict["group_id"] = group_id
        if hardware_info is not UNSET:
            field_dict["hardware_info"] = hardware_info
        if id is not UNSET:
            field_dict["id"] = id
        if is_seamless is not UNSET:
            field_dict["is_seamless"] = is_seamless
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if location_stats is not UNSET:
            field_dict["location_stats"] = location_stats
        if managed_by is not UNSET:
            field_dict["managed_by"] = managed_by
        if memory_info is not UNSET:
            field_dict["memory_info"] = memory_info
        if memory_stats is not UNSET:
            field_dict["memory_stats"] = memory_stats
        if name is not UNSET:
            field_dict["name"] = name
        if network_info is not UNSET:
            field_dict["network_info"] = network_info
        if network_stats is not UNSET:
            field_dict["network_stats"] = network_stats
        if os is not UNSET:
            field_dict["os"] = os
        if os_version is not UNSET:
            field_dict["os_version"] = os_version
        if platform is not UNSET:
            field_dict["platform"] = platform
        if provisioned_on is not UNSET:
            field_dict["provisioned_on"] = provisioned_on
        if provisioned_with is not UNSET:
            field_dict["provisioned_with"] = provisioned_with
        if serial is not UNSET:
            field_dict["serial"] = serial
        if software_info is not UNSET:
            field_dict["software_info"] = software_info
        if state is not UNSET:
            field_dict["state"] = state
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            LinuxBlueprintInfo,
            LinuxDeviceV2BatteryStats,
            LinuxDeviceV2CpuStats,
            LinuxDeviceV2HardwareInfo,
            LinuxDeviceV2LocationStats,
            LinuxDeviceV2MemoryInfo,
            LinuxDeviceV2MemoryStats,
            LinuxDeviceV2NetworkInfo,
            LinuxDeviceV2NetworkStats,
            LinuxDeviceV2SoftwareInfo,
        ) = _nested_models()

        d = dict(src_dict)
        alias = d.pop("alias", UNSET)

        _battery_stats = d.pop("battery_stats", UNSET)
        battery_stats: LinuxDeviceV2BatteryStats | Unset
        if isinstance(_battery_stats, Unset):
            battery_stats = UNSET
        else:
            battery_stats = LinuxDeviceV2BatteryStats.from_dict(_battery_stats)

        _blueprint_info = d.pop("blueprint_info", UNSET)
        blueprint_info: LinuxBlueprintInfo | Unset
        if isinstance(_blueprint_info, Unset):
            blueprint_info = UNSET
        else:
            blueprint_info = LinuxBlueprintInfo.from_dict(_blueprint_info)

        _cpu_stats = d.pop("cpu_stats", UNSET)
        cpu_stats: LinuxDeviceV2CpuStats | Unset
        if isinstance(_cpu_stats, Unset):
            cpu_stats = UNSET
        else:
            cpu_stats = LinuxDeviceV2CpuStats.from_dict(_cpu_stats)

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

        _hardware_info = d.pop("hardware_info", UNSET)
        hardware_info: LinuxDeviceV2HardwareInfo | Unset
        if isinstance(_hardware_info, Unset):
            hardware_info = UNSET
        else:
            hardware_info = LinuxDeviceV2HardwareInfo.from_dict(_hardware_info)

        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        is_seamless = d.pop("is_seamless", UNSET)

        _last_seen = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = datetime.datetime.fromisoformat(_last_seen)

        _location_stats = d.pop("location_stats", UNSET)
        location_stats: LinuxDeviceV2LocationStats | Unset
        if isinstance(_location_stats, Unset):
            location_stats = UNSET
        else:
            location_stats = LinuxDeviceV2LocationStats.from_dict(_location_stats)

        _managed_by = d.pop("managed_by", UNSET)
        managed_by: LinuxDeviceV2ManagedBy | Unset
        if isinstance(_managed_by, Unset):
            managed_by = UNSET
        else:
            managed_by = check_linux_device_v2_managed_by(_managed_by)

        _memory_info = d.pop("memory_info", UNSET)
        memory_info: LinuxDeviceV2MemoryInfo | Unset
        if isinstance(_memory_info, Unset):
            memory_info = UNSET
        else:
            memory_info = LinuxDeviceV2MemoryInfo.from_dict(_memory_info)

        _memory_stats = d.pop("memory_stats", UNSET)
        memory_stats: LinuxDeviceV2MemoryStats | Unset
        if isinstance(_memory_stats, Unset):
            memory_stats = UNSET
        else:
            memory_stats = LinuxDeviceV2MemoryStats.from_dict(_memory_stats)

        name = d.pop("name", UNSET)

        _network_info = d.pop("network_info", UNSET)
        network_info: LinuxDeviceV2NetworkInfo | Unset
        if isinstance(_network_info, Unset):
            network_info = UNSET
        else:
            network_info = LinuxDeviceV2NetworkInfo.from_dict(_network_info)

        _network_stats = d.pop("network_stats", UNSET)
        network_stats: LinuxDeviceV2NetworkStats | Unset
        if isinstance(_network_stats, Unset):
            network_stats = UNSET
        else:
            network_stats = LinuxDeviceV2NetworkStats.from_dict(_network_stats)

        _os = d.pop("os", UNSET)
        os: LinuxDeviceV2Os | Unset
        if isinstance(_os, Unset):
            os = UNSET
        else:
            os = check_linux_device_v2_os(_os)

        os_version = d.pop("os_version", UNSET)

        _platform = d.pop("platform", UNSET)
        platform: LinuxDeviceV2Platform | Unset
        if isinstance(_platform, Unset):
            platform = UNSET
        else:
            platform = check_linux_device_v2_platform(_platform)

        _provisioned_on = d.pop("provisioned_on", UNSET)
        provisioned_on: datetime.datetime | Unset
        if isinstance(_provisioned_on, Unset):
            provisioned_on = UNSET
        else:
            provisioned_on = datetime.datetime.fromisoformat(_provisioned_on)

        _provisioned_with = d.pop("provisioned_with", UNSET)
        provisioned_with: LinuxDeviceV2ProvisionedWith | Unset
        if isinstance(_provisioned_with, Unset):
            provisioned_with = UNSET
        else:
            provisioned_with = check_linux_device_v2_provisioned_with(_provisioned_with)

        serial = d.pop("serial", UNSET)

        _software_info = d.pop("software_info", UNSET)
        software_info: LinuxDeviceV2SoftwareInfo | Unset
        if isinstance(_software_info, Unset):
            software_info = UNSET
        else:
            software_info = LinuxDeviceV2SoftwareInfo.from_dict(_software_info)

        _state = d.pop("state", UNSET)
        state: DeviceStateEnumLinux | Unset
        if isinstance(_state, Unset):
            state = UNSET
        else:
            state = check_device_state_enum_linux(_state)

        _tags = d.pop("tags", UNSET)
        tags: list[UUID] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = UUID(tags_item_data)

                tags.append(tags_item)

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

        linux_device_v2 = cls(
            alias=alias,
            battery_stats=battery_stats,
            blueprint_info=blueprint_info,
            cpu_stats=cpu_stats,
            created_at=created_at,
            created_by=created_by,
            global_device_id=global_device_id,
            group_id=group_id,
            hardware_info=hardware_info,
            id=id,
            is_seamless=is_seamless,
            last_seen=last_seen,
            location_stats=location_stats,
            managed_by=managed_by,
            memory_info=memory_info,
            memory_stats=memory_stats,
            name=name,
            network_info=network_info,
            network_stats=network_stats,
            os=os,
            os_version=os_version,
            platform=platform,
            provisioned_on=provisioned_on,
            provisioned_with=provisioned_with,
            serial=serial,
            software_info=software_info,
            state=state,
            tags=tags,
            tenant_id=tenant_id,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        linux_device_v2.additional_properties = d
        return linux_device_v2

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
    type[LinuxBlueprintInfo],
    type[LinuxDeviceV2BatteryStats],
    type[LinuxDeviceV2CpuStats],
    type[LinuxDeviceV2HardwareInfo],
    type[LinuxDeviceV2LocationStats],
    type[LinuxDeviceV2MemoryInfo],
    type[LinuxDeviceV2MemoryStats],
    type[LinuxDeviceV2NetworkInfo],
    type[LinuxDeviceV2NetworkStats],
    type[LinuxDeviceV2SoftwareInfo],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.linux_blueprint_info import LinuxBlueprintInfo  # noqa: PLC0415
    from ..models.linux_device_v2_battery_stats import LinuxDeviceV2BatteryStats  # noqa: PLC0415
    from ..models.linux_device_v2_cpu_stats import LinuxDeviceV2CpuStats  # noqa: PLC0415
    from ..models.linux_device_v2_hardware_info import LinuxDeviceV2HardwareInfo  # noqa: PLC0415
    from ..models.linux_device_v2_location_stats import LinuxDeviceV2LocationStats  # noqa: PLC0415
    from ..models.linux_device_v2_memory_info import LinuxDeviceV2MemoryInfo  # noqa: PLC0415
    from ..models.linux_device_v2_memory_stats import LinuxDeviceV2MemoryStats  # noqa: PLC0415
    from ..models.linux_device_v2_network_info import LinuxDeviceV2NetworkInfo  # noqa: PLC0415
    from ..models.linux_device_v2_network_stats import LinuxDeviceV2NetworkStats  # noqa: PLC0415
    from ..models.linux_device_v2_software_info import LinuxDeviceV2SoftwareInfo  # noqa: PLC0415

    return (
        LinuxBlueprintInfo,
        LinuxDeviceV2BatteryStats,
        LinuxDeviceV2CpuStats,
        LinuxDeviceV2HardwareInfo,
        LinuxDeviceV2LocationStats,
        LinuxDeviceV2MemoryInfo,
        LinuxDeviceV2MemoryStats,
        LinuxDeviceV2NetworkInfo,
        LinuxDeviceV2NetworkStats,
        LinuxDeviceV2SoftwareInfo,
    )
