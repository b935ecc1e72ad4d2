from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.android_device_managed_by import AndroidDeviceManagedBy
from ..models.android_device_os import AndroidDeviceOs
from ..models.android_device_platform import AndroidDevicePlatform
from ..models.device_state_enum_android import DeviceStateEnumAndroid
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.android_device_battery_stats import AndroidDeviceBatteryStats
    from ..models.android_device_policy_type_0 import AndroidDevicePolicyType0
    from ..models.blueprint_info import BlueprintInfo
    from ..models.hardware_info import HardwareInfo
    from ..models.location_stats import LocationStats
    from ..models.memory_info import MemoryInfo
    from ..models.network_info import NetworkInfo
    from ..models.network_stats import NetworkStats
    from ..models.software_info import SoftwareInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AndroidDevice's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.android_device_battery_stats import AndroidDeviceBatteryStats  # noqa: PLC0415
    from ..models.android_device_policy_type_0 import AndroidDevicePolicyType0  # noqa: PLC0415
    from ..models.blueprint_info import BlueprintInfo  # noqa: PLC0415
    from ..models.hardware_info import HardwareInfo  # noqa: PLC0415
    from ..models.location_stats import LocationStats  # noqa: PLC0415
    from ..models.memory_info import MemoryInfo  # noqa: PLC0415
    from ..models.network_info import NetworkInfo  # noqa: PLC0415
    from ..models.network_stats import NetworkStats  # noqa: PLC0415
    from ..models.software_info import SoftwareInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field("battery_stats", "battery_stats", _rt.model(AndroidDeviceBatteryStats)),
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(BlueprintInfo)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("fcm_id", "fcm_id", _rt.STR),
            _rt.Field("global_device_id", "global_device_id", _rt.STR),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("hardware_info", "hardware_info", _rt.model(HardwareInfo)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field(
                "is_esper_managed",
                "is_esper_managed",
                _rt.union(
                    _rt.BOOL,
                    _rt.NONE,
                ),
            ),
            _rt.Field("is_gms", "is_gms", _rt.BOOL),
            _rt.Field("is_seamless", "is_seamless", _rt.BOOL),
            _rt.Field("location_stats:", "location_stats", _rt.model(LocationStats)),
            _rt.Field("managed_by", "managed_by", _rt.enum("AndroidDeviceManagedBy", ["BLUEPRINT", "TEMPLATE"])),
            _rt.Field("memory_info", "memory_info", _rt.model(MemoryInfo)),
            _rt.Field("mqtt_topic", "mqtt_topic", _rt.STR),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("network_info", "network_info", _rt.model(NetworkInfo)),
            _rt.Field("network_stats", "network_stats", _rt.model(NetworkStats)),
            _rt.Field("onboarded_on", "onboarded_on", _rt.DATETIME),
            _rt.Field("os", "os", _rt.enum("AndroidDeviceOs", ["Android"])),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("platform", "platform", _rt.enum("AndroidDevicePlatform", ["ANDROID"])),
            _rt.Field(
                "policy",
                "policy",
                _rt.union(
                    _rt.model(AndroidDevicePolicyType0),
                    _rt.NONE,
                ),
            ),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("software_info", "software_info", _rt.model(SoftwareInfo)),
            _rt.Field(
                "state",
                "state",
                _rt.enum(
                    "DeviceStateEnumAndroid",
                    [0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200],
                ),
            ),
            _rt.Field(
                "template_name",
                "template_name",
                _rt.union(
                    _rt.STR,
                    _rt.NONE,
                ),
            ),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class AndroidDevice:
    """
    Attributes:
        alias (str | Unset):
        battery_stats (AndroidDeviceBatteryStats | Unset):
        blueprint_info (BlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        fcm_id (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (HardwareInfo | Unset):
        id (UUID | Unset):
        is_esper_managed (bool | None | Unset):
        is_gms (bool | Unset):
        is_seamless (bool | Unset):
        location_stats (LocationStats | Unset):
        managed_by (AndroidDeviceManagedBy | Unset):
        memory_info (MemoryInfo | Unset):
        mqtt_topic (str | Unset):
        name (str | Unset):
        network_info (NetworkInfo | Unset):
        network_stats (NetworkStats | Unset):
        onboarded_on (datetime.datetime | Unset):
        os (AndroidDeviceOs | Unset):
        os_version (str | Unset):
        platform (AndroidDevicePlatform | Unset):
        policy (AndroidDevicePolicyType0 | None | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        software_info (SoftwareInfo | Unset):
        state (DeviceStateEnumAndroid | Unset): 0: State not known.
            1: Online.
            20: Disabled (the device was wiped, or taken off the Esper console).
            30: Provisioning has started.
            40: Provisioning, setting up Google Play.
            50: Provisioning, applying policies and installing apps.
            60: Offline.
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            110: Provisioning step done: Android for Work account set up.
            120: Provisioning step done: apps installed.
            130: Provisioning step done: branding.
            140: Provisioning step done: permission policy.
            150: Provisioning step done: device policy.
            160: Provisioning step done: device settings.
            170: Provisioning step done: security policy.
            180: Provisioning step done: phone policy.
            190: Provisioning step done: custom settings.
            200: Registered.
        template_name (None | str | Unset):
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    alias: str | Unset = UNSET
    battery_stats: AndroidDeviceBatteryStats | Unset = UNSET
    blueprint_info: BlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    fcm_id: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_esper_managed: bool | None | Unset = UNSET
    is_gms: bool | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    location_stats: LocationStats | Unset = UNSET
    managed_by: AndroidDeviceManagedBy | Unset = UNSET
    memory_info: MemoryInfo | Unset = UNSET
    mqtt_topic: str | Unset = UNSET
    name: str | Unset = UNSET
    network_info: NetworkInfo | Unset = UNSET
    network_stats: NetworkStats | Unset = UNSET
    onboarded_on: datetime.datetime | Unset = UNSET
    os: AndroidDeviceOs | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: AndroidDevicePlatform | Unset = UNSET
    policy: AndroidDevicePolicyType0 | None | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumAndroid | Unset = UNSET
    template_name: None | str | Unset = UNSET
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
