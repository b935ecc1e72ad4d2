from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_state_enum_windows import DeviceStateEnumWindows
from ..models.windows_device_v2_os import WindowsDeviceV2Os
from ..models.windows_device_v2_platform import WindowsDeviceV2Platform
from ..models.windows_device_v2_provisioned_with import (
    WindowsDeviceV2ProvisionedWith,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.windows_blueprint_info import WindowsBlueprintInfo
    from ..models.windows_device_v2_battery_stats import WindowsDeviceV2BatteryStats
    from ..models.windows_device_v2_cpu_stats import WindowsDeviceV2CpuStats
    from ..models.windows_device_v2_hardware_info import WindowsDeviceV2HardwareInfo
    from ..models.windows_device_v2_memory_info import WindowsDeviceV2MemoryInfo
    from ..models.windows_device_v2_memory_stats import WindowsDeviceV2MemoryStats
    from ..models.windows_device_v2_network_info import WindowsDeviceV2NetworkInfo
    from ..models.windows_device_v2_network_stats import WindowsDeviceV2NetworkStats
    from ..models.windows_device_v2_software_info import WindowsDeviceV2SoftwareInfo
    from ..models.windows_device_v2_windows_config import WindowsDeviceV2WindowsConfig


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """WindowsDeviceV2's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.windows_blueprint_info import WindowsBlueprintInfo  # noqa: PLC0415
    from ..models.windows_device_v2_battery_stats import WindowsDeviceV2BatteryStats  # noqa: PLC0415
    from ..models.windows_device_v2_cpu_stats import WindowsDeviceV2CpuStats  # noqa: PLC0415
    from ..models.windows_device_v2_hardware_info import WindowsDeviceV2HardwareInfo  # noqa: PLC0415
    from ..models.windows_device_v2_memory_info import WindowsDeviceV2MemoryInfo  # noqa: PLC0415
    from ..models.windows_device_v2_memory_stats import WindowsDeviceV2MemoryStats  # noqa: PLC0415
    from ..models.windows_device_v2_network_info import WindowsDeviceV2NetworkInfo  # noqa: PLC0415
    from ..models.windows_device_v2_network_stats import WindowsDeviceV2NetworkStats  # noqa: PLC0415
    from ..models.windows_device_v2_software_info import WindowsDeviceV2SoftwareInfo  # noqa: PLC0415
    from ..models.windows_device_v2_windows_config import WindowsDeviceV2WindowsConfig  # noqa: PLC0415

    return (
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field("battery_stats", "battery_stats", _rt.model(WindowsDeviceV2BatteryStats)),
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(WindowsBlueprintInfo)),
            _rt.Field("cpu_stats", "cpu_stats", _rt.model(WindowsDeviceV2CpuStats)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("global_device_id", "global_device_id", _rt.STR),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("hardware_info", "hardware_info", _rt.model(WindowsDeviceV2HardwareInfo)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_seamless", "is_seamless", _rt.BOOL),
            _rt.Field("last_seen", "last_seen", _rt.DATETIME),
            _rt.Field("memory_info", "memory_info", _rt.model(WindowsDeviceV2MemoryInfo)),
            _rt.Field("memory_stats", "memory_stats", _rt.model(WindowsDeviceV2MemoryStats)),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("network_info", "network_info", _rt.model(WindowsDeviceV2NetworkInfo)),
            _rt.Field("network_stats", "network_stats", _rt.model(WindowsDeviceV2NetworkStats)),
            _rt.Field("os", "os", _rt.enum("WindowsDeviceV2Os", ["Windows"])),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("platform", "platform", _rt.enum("WindowsDeviceV2Platform", ["WINDOWS"])),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field(
                "provisioned_with", "provisioned_with", _rt.enum("WindowsDeviceV2ProvisionedWith", ["BLUEPRINT"])
            ),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("software_info", "software_info", _rt.model(WindowsDeviceV2SoftwareInfo)),
            _rt.Field("state", "state", _rt.enum("DeviceStateEnumWindows", [0, 1, 20, 70, 80, 90, 100, 200])),
            _rt.Field("tags", "tags", _rt.list_of(_rt.UUID_)),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("windows_config", "windows_config", _rt.model(WindowsDeviceV2WindowsConfig)),
        ),
        _rt.ANY,
    )


@_attrs_define
class WindowsDeviceV2:
    """
    Attributes:
        alias (str | Unset):
        battery_stats (WindowsDeviceV2BatteryStats | Unset):
        blueprint_info (WindowsBlueprintInfo | Unset):
        cpu_stats (WindowsDeviceV2CpuStats | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (WindowsDeviceV2HardwareInfo | Unset):
        id (UUID | Unset):
        is_seamless (bool | Unset):
        last_seen (datetime.datetime | Unset):
        memory_info (WindowsDeviceV2MemoryInfo | Unset):
        memory_stats (WindowsDeviceV2MemoryStats | Unset):
        name (str | Unset):
        network_info (WindowsDeviceV2NetworkInfo | Unset):
        network_stats (WindowsDeviceV2NetworkStats | Unset):
        os (WindowsDeviceV2Os | Unset):
        os_version (str | Unset):
        platform (WindowsDeviceV2Platform | Unset):
        provisioned_on (datetime.datetime | Unset):
        provisioned_with (WindowsDeviceV2ProvisionedWith | Unset):
        serial (str | Unset):
        software_info (WindowsDeviceV2SoftwareInfo | Unset):
        state (DeviceStateEnumWindows | Unset): 0: State not known.
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
        windows_config (WindowsDeviceV2WindowsConfig | Unset):
    """

    alias: str | Unset = UNSET
    battery_stats: WindowsDeviceV2BatteryStats | Unset = UNSET
    blueprint_info: WindowsBlueprintInfo | Unset = UNSET
    cpu_stats: WindowsDeviceV2CpuStats | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: WindowsDeviceV2HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    memory_info: WindowsDeviceV2MemoryInfo | Unset = UNSET
    memory_stats: WindowsDeviceV2MemoryStats | Unset = UNSET
    name: str | Unset = UNSET
    network_info: WindowsDeviceV2NetworkInfo | Unset = UNSET
    network_stats: WindowsDeviceV2NetworkStats | Unset = UNSET
    os: WindowsDeviceV2Os | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: WindowsDeviceV2Platform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    provisioned_with: WindowsDeviceV2ProvisionedWith | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: WindowsDeviceV2SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumWindows | Unset = UNSET
    tags: list[UUID] | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    windows_config: WindowsDeviceV2WindowsConfig | Unset = UNSET
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
