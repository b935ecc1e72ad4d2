from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_state_enum_windows import DeviceStateEnumWindows
from ..models.windows_device_managed_by import WindowsDeviceManagedBy
from ..models.windows_device_os import WindowsDeviceOs
from ..models.windows_device_platform import WindowsDevicePlatform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blueprint_info import BlueprintInfo
    from ..models.windows_device_windows_config import WindowsDeviceWindowsConfig


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """WindowsDevice's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.blueprint_info import BlueprintInfo  # noqa: PLC0415
    from ..models.windows_device_windows_config import WindowsDeviceWindowsConfig  # noqa: PLC0415

    return (
        (
            _rt.Field("blueprint_info", "blueprint_info", _rt.model(BlueprintInfo)),
            _rt.Field("created_at", "created_at", _rt.DATETIME),
            _rt.Field("created_by", "created_by", _rt.STR),
            _rt.Field("global_device_id", "global_device_id", _rt.STR),
            _rt.Field("group_id", "group_id", _rt.UUID_),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("is_seamless", "is_seamless", _rt.BOOL),
            _rt.Field("managed_by", "managed_by", _rt.enum("WindowsDeviceManagedBy", ["BLUEPRINT"])),
            _rt.Field("name", "name", _rt.STR),
            _rt.Field("onboarded_on", "onboarded_on", _rt.DATETIME),
            _rt.Field("os", "os", _rt.enum("WindowsDeviceOs", ["Windows"])),
            _rt.Field("os_version", "os_version", _rt.STR),
            _rt.Field("platform", "platform", _rt.enum("WindowsDevicePlatform", ["WINDOWS"])),
            _rt.Field("provisioned_on", "provisioned_on", _rt.DATETIME),
            _rt.Field("serial", "serial", _rt.STR),
            _rt.Field("state", "state", _rt.enum("DeviceStateEnumWindows", [0, 1, 20, 70, 80, 90, 100, 200])),
            _rt.Field("tenant_id", "tenant_id", _rt.UUID_),
            _rt.Field("updated_at", "updated_at", _rt.DATETIME),
            _rt.Field("updated_by", "updated_by", _rt.STR),
            _rt.Field("windows_config", "windows_config", _rt.model(WindowsDeviceWindowsConfig)),
        ),
        _rt.ANY,
    )


@_attrs_define
class WindowsDevice:
    """
    Attributes:
        blueprint_info (BlueprintInfo | Unset):
        created_at (datetime.datetime | Unset):
        created_by (str | Unset):
        global_device_id (str | Unset):
        group_id (UUID | Unset):
        id (UUID | Unset):
        is_seamless (bool | Unset):
        managed_by (WindowsDeviceManagedBy | Unset):
        name (str | Unset):
        onboarded_on (datetime.datetime | Unset):
        os (WindowsDeviceOs | Unset):
        os_version (str | Unset):
        platform (WindowsDevicePlatform | Unset):
        provisioned_on (datetime.datetime | Unset):
        serial (str | Unset):
        state (DeviceStateEnumWindows | Unset): 0: State not known.
            1: Online (active).
            20: Disabled (the device was wiped, or taken off the Esper console).
            70: Wipe under way.
            80: Onboarding under way.
            90: Onboarding failed.
            100: Onboarded in Esper.
            200: Registered.
        tenant_id (UUID | Unset):
        updated_at (datetime.datetime | Unset):
        updated_by (str | Unset):
        windows_config (WindowsDeviceWindowsConfig | Unset):
    """

    blueprint_info: BlueprintInfo | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    global_device_id: str | Unset = UNSET
    group_id: UUID | Unset = UNSET
    id: UUID | Unset = UNSET
    is_seamless: bool | Unset = UNSET
    managed_by: WindowsDeviceManagedBy | Unset = UNSET
    name: str | Unset = UNSET
    onboarded_on: datetime.datetime | Unset = UNSET
    os: WindowsDeviceOs | Unset = UNSET
    os_version: str | Unset = UNSET
    platform: WindowsDevicePlatform | Unset = UNSET
    provisioned_on: datetime.datetime | Unset = UNSET
    serial: str | Unset = UNSET
    state: DeviceStateEnumWindows | Unset = UNSET
    tenant_id: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    updated_by: str | Unset = UNSET
    windows_config: WindowsDeviceWindowsConfig | Unset = UNSET
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
