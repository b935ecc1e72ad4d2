from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_state_enum_linux import DeviceStateEnumLinux
from ..models.linux_device_v2_managed_by import LinuxDeviceV2ManagedBy
from ..models.linux_device_v2_os import LinuxDeviceV2Os
from ..models.linux_device_v2_platform import LinuxDeviceV2Platform
from ..models.linux_device_v2_provisioned_with import (
    LinuxDeviceV2ProvisionedWith,
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


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """LinuxDeviceV2's fields as esper_client._runtime reads them (once, on first use)."""
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
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field("battery_stats", "battery_stats", _rt.model(LinuxDeviceV2BatteryStats)),
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(LinuxBlueprintInfo)),
            _rt.Field("cpu_stats", "cpu_stats", _rt.model(LinuxDeviceV2CpuStats)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("global_device_id", "global_device_id", _rt.STR),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("hardware_info", "hardware_info", _rt.model(LinuxDeviceV2HardwareInfo)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_seamless", "is_seamless", _rt.BOOL),
            _rt.Field("last_seen", "last_seen", _rt.DATETIME),
            _rt.Field("location_stats", "location_stats", _rt.model(LinuxDeviceV2LocationStats)),
            _rt.Field("managed_by", "managed_by", _rt.enum("LinuxDeviceV2ManagedBy", ["BLUEPRINT"])),
            _rt.Field("memory_info", "memory_info", _rt.model(LinuxDeviceV2MemoryInfo)),
            _rt.Field("memory_stats", "memory_stats", _rt.model(LinuxDeviceV2MemoryStats)),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("network_info", "network_info", _rt.model(LinuxDeviceV2NetworkInfo)),
            _rt.Field("network_stats", "network_stats", _rt.model(LinuxDeviceV2NetworkStats)),
            _rt.Field("os", "os", _rt.enum("LinuxDeviceV2Os", ["Linux", "Ubuntu", "ubuntu"])),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("platform", "platform", _rt.enum("LinuxDeviceV2Platform", ["LINUX"])),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("provisioned_with", "provisioned_with", _rt.enum("LinuxDeviceV2ProvisionedWith", ["BLUEPRINT"])),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("software_info", "software_info", _rt.model(LinuxDeviceV2SoftwareInfo)),
            _rt.Field("state", "state", _rt.enum("DeviceStateEnumLinux", [0, 1, 20, 70, 80, 90, 100, 200])),
            _rt.Field("tags", "tags", _rt.list_of(_rt.UUID_)),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
        ),
        _rt.ANY,
    )


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
        state (DeviceStateEnumLinux | Unset): 0: State not known.
            1: Online (active).
            20: Disabled (the device was wiped, or taken off the Esper console).
            70: Wipe under way.
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            200: Registered.
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

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
