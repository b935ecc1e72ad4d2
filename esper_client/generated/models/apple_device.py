from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.apple_device_dep_profile_status import AppleDeviceDepProfileStatus
from ..models.apple_device_device_source import AppleDeviceDeviceSource
from ..models.apple_device_managed_by import AppleDeviceManagedBy
from ..models.apple_device_os import AppleDeviceOs
from ..models.apple_device_platform import AppleDevicePlatform
from ..models.device_state_enum_apple import DeviceStateEnumApple
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apple_device_enrolment_info import AppleDeviceEnrolmentInfo
    from ..models.apple_device_tokens import AppleDeviceTokens
    from ..models.blueprint_info import BlueprintInfo
    from ..models.hardware_info import HardwareInfo
    from ..models.memory_info import MemoryInfo
    from ..models.network_info import NetworkInfo
    from ..models.software_info import SoftwareInfo


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppleDevice's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.apple_device_enrolment_info import AppleDeviceEnrolmentInfo  # noqa: PLC0415
    from ..models.apple_device_tokens import AppleDeviceTokens  # noqa: PLC0415
    from ..models.blueprint_info import BlueprintInfo  # noqa: PLC0415
    from ..models.hardware_info import HardwareInfo  # noqa: PLC0415
    from ..models.memory_info import MemoryInfo  # noqa: PLC0415
    from ..models.network_info import NetworkInfo  # noqa: PLC0415
    from ..models.software_info import SoftwareInfo  # noqa: PLC0415

    return (
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(BlueprintInfo)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("dep_profile", "dep_profile", _rt.STR),
            _rt.Field("dep_profile_assign_time", "dep_profile_assign_time", _rt.DATETIME),
            _rt.Field("dep_profile_push_time", "dep_profile_push_time", _rt.DATETIME),
            _rt.Field(
                "dep_profile_status",
                "dep_profile_status",
                _rt.enum("AppleDeviceDepProfileStatus", ["assigned", "empty", "pushed", "removed"]),
            ),
            _rt.Field("device_source", "device_source", _rt.enum("AppleDeviceDeviceSource", ["ABM", "NON_ABM"])),
            _rt.Field("enrolment_info", "enrolment_info", _rt.model(AppleDeviceEnrolmentInfo)),
            _rt.Field("global_device_id", "global_device_id", _rt.STR),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("hardware_info", "hardware_info", _rt.model(HardwareInfo)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_ddm_enabled", "is_ddm_enabled", _rt.BOOL),
            _rt.Field("is_seamless", "is_seamless", _rt.BOOL),
            _rt.Field("is_supervised", "is_supervised", _rt.BOOL),
            _rt.Field("last_seen", "last_seen", _rt.DATETIME),
            _rt.Field("managed_by", "managed_by", _rt.enum("AppleDeviceManagedBy", ["BLUEPRINT"])),
            _rt.Field("memory_info", "memory_info", _rt.model(MemoryInfo)),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("network_info", "network_info", _rt.model(NetworkInfo)),
            _rt.Field("onboarded_on", "onboarded_on", _rt.DATETIME),
            _rt.Field("os", "os", _rt.enum("AppleDeviceOs", ["iOS", "iPadOS", "tvOS"])),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("platform", "platform", _rt.enum("AppleDevicePlatform", ["APPLE"])),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("software_info", "software_info", _rt.model(SoftwareInfo)),
            _rt.Field("state", "state", _rt.enum("DeviceStateEnumApple", [0, 1, 20, 70, 80, 90, 100, 200])),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("tokens", "tokens", _rt.model(AppleDeviceTokens)),
            _rt.Field("udid", "udid", _rt.STR),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class AppleDevice:
    """
    Attributes:
        alias (str | Unset):
        blueprint_info (BlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        dep_profile (str | Unset):
        dep_profile_assign_time (datetime.datetime | Unset):
        dep_profile_push_time (datetime.datetime | Unset):
        dep_profile_status (AppleDeviceDepProfileStatus | Unset):
        device_source (AppleDeviceDeviceSource | Unset):
        enrolment_info (AppleDeviceEnrolmentInfo | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        hardware_info (HardwareInfo | Unset):
        id (UUID | Unset):
        is_ddm_enabled (bool | Unset):
        is_seamless (bool | Unset):
        is_supervised (bool | Unset):
        last_seen (datetime.datetime | Unset):
        managed_by (AppleDeviceManagedBy | Unset):
        memory_info (MemoryInfo | Unset):
        name (str | Unset):
        network_info (NetworkInfo | Unset):
        onboarded_on (datetime.datetime | Unset):
        os (AppleDeviceOs | Unset):
        os_version (str | Unset):
        platform (AppleDevicePlatform | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        software_info (SoftwareInfo | Unset):
        state (DeviceStateEnumApple | Unset): 0: State not known.
            1: Online (active).
            20: Disabled (the device was wiped, or taken off the Esper console).
            70: Factory reset under way (started from the console).
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            200: Registered.
        tenant_id (UUID | Unset):
        tokens (AppleDeviceTokens | Unset):
        udid (str | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
    """

    alias: str | Unset = UNSET
    blueprint_info: BlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    dep_profile: str | Unset = UNSET
    dep_profile_assign_time: datetime.datetime | Unset = UNSET
    dep_profile_push_time: datetime.datetime | Unset = UNSET
    dep_profile_status: AppleDeviceDepProfileStatus | Unset = UNSET
    device_source: AppleDeviceDeviceSource | Unset = UNSET
    enrolment_info: AppleDeviceEnrolmentInfo | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    hardware_info: HardwareInfo | Unset = UNSET
    id: UUID | Unset = UNSET
    is_ddm_enabled: bool | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    is_supervised: bool | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    managed_by: AppleDeviceManagedBy | Unset = UNSET
    memory_info: MemoryInfo | Unset = UNSET
    name: str | Unset = UNSET
    network_info: NetworkInfo | Unset = UNSET
    onboarded_on: datetime.datetime | Unset = UNSET
    os: AppleDeviceOs | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: AppleDevicePlatform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    software_info: SoftwareInfo | Unset = UNSET
    state: DeviceStateEnumApple | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    tokens: AppleDeviceTokens | Unset = UNSET
    udid: str | Unset = UNSET
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
