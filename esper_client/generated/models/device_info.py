from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.device_state_enum import DeviceStateEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_info_audio_constraints import DeviceInfoAudioConstraints
    from ..models.device_info_displays import DeviceInfoDisplays
    from ..models.device_info_hardware_info import DeviceInfoHardwareInfo
    from ..models.device_info_memory_info import DeviceInfoMemoryInfo
    from ..models.device_info_network_info import DeviceInfoNetworkInfo
    from ..models.device_info_software_info import DeviceInfoSoftwareInfo
    from ..models.emm_device import EmmDevice


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """DeviceInfo's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_info_audio_constraints import DeviceInfoAudioConstraints  # noqa: PLC0415
    from ..models.device_info_displays import DeviceInfoDisplays  # noqa: PLC0415
    from ..models.device_info_hardware_info import DeviceInfoHardwareInfo  # noqa: PLC0415
    from ..models.device_info_memory_info import DeviceInfoMemoryInfo  # noqa: PLC0415
    from ..models.device_info_network_info import DeviceInfoNetworkInfo  # noqa: PLC0415
    from ..models.device_info_software_info import DeviceInfoSoftwareInfo  # noqa: PLC0415
    from ..models.emm_device import EmmDevice  # noqa: PLC0415

    return (
        (
            _rt.Field("alias_name", "alias_name", _rt.STR),
            _rt.Field("api_level", "api_level", _rt.INT),
            _rt.Field("audioConstraints", "audio_constraints", _rt.model(DeviceInfoAudioConstraints)),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("current_app_mode", "current_app_mode", _rt.INT),
            _rt.Field(
                "current_command",
                "current_command",
                _rt.union(
                    _rt.UUID_,
                    _rt.NONE,
                ),
            ),
            _rt.Field("device_name", "device_name", _rt.STR),
            _rt.Field("device_type", "device_type", _rt.STR),
            _rt.Field("directory_record_id", "directory_record_id", _rt.UUID_),
            _rt.Field("displays", "displays", _rt.model(DeviceInfoDisplays)),
            _rt.Field("emm_device", "emm_device", _rt.model(EmmDevice)),
            _rt.Field("enterprise", "enterprise", _rt.STR),
            _rt.Field("esper_cient", "esper_cient", _rt.STR),
            _rt.Field("fcm_id", "fcm_id", _rt.STR),
            _rt.Field("groups", "groups", _rt.list_of(_rt.STR)),
            _rt.Field("hardwareInfo", "hardware_info", _rt.model(DeviceInfoHardwareInfo)),
            _rt.Field("has_seamlessInfo", "has_seamless_info", _rt.BOOL),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("initialtemplate", "initialtemplate", _rt.STR),
            _rt.Field("is_active", "is_active", _rt.BOOL),
            _rt.Field("is_gms", "is_gms", _rt.BOOL),
            _rt.Field("kiosk_app_name", "kiosk_app_name", _rt.STR),
            _rt.Field("lockdown_state", "lockdown_state", _rt.INT),
            _rt.Field("memoryInfo", "memory_info", _rt.model(DeviceInfoMemoryInfo)),
            _rt.Field("mqtt_id", "mqtt_id", _rt.STR),
            _rt.Field("networkInfo", "network_info", _rt.model(DeviceInfoNetworkInfo)),
            _rt.Field("policy", "policy", _rt.STR),
            _rt.Field("policy_name", "policy_name", _rt.STR),
            _rt.Field(
                "provisioned_on",
                "provisioned_on",
                _rt.union(
                    _rt.DATETIME,
                    _rt.NONE,
                ),
            ),
            _rt.Field("softwareInfo", "software_info", _rt.model(DeviceInfoSoftwareInfo)),
            _rt.Field(
                "state",
                "state",
                _rt.enum(
                    "DeviceStateEnum",
                    [0, 1, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160, 170, 180, 190, 200],
                ),
            ),
            _rt.Field("status", "status", _rt.INT),
            _rt.Field("suid", "suid", _rt.STR),
            _rt.Field("tags", "tags", _rt.list_of(_rt.STR)),
            _rt.Field("template_name", "template_name", _rt.STR),
            _rt.Field("timezone_string", "timezone_string", _rt.STR),
            _rt.Field("updated_on", "updated_on", _rt.DATETIME),
            _rt.Field("url", "url", _rt.STR),
            _rt.Field("user", "user", _rt.STR),
        ),
        _rt.ANY,
    )


@_attrs_define
class DeviceInfo:
    """
    Attributes:
        alias_name (str | Unset):
        api_level (int | Unset):
        audio_constraints (DeviceInfoAudioConstraints | Unset):
        created_on (datetime.datetime | Unset):
        current_app_mode (int | Unset):
        current_command (None | Unset | UUID):
        device_name (str | Unset):
        device_type (str | Unset):
        directory_record_id (UUID | Unset):
        displays (DeviceInfoDisplays | Unset):
        emm_device (EmmDevice | Unset):
        enterprise (str | Unset):
        esper_cient (str | Unset):
        fcm_id (str | Unset):
        groups (list[str] | Unset):
        hardware_info (DeviceInfoHardwareInfo | Unset):
        has_seamless_info (bool | Unset):
        id (UUID | Unset):
        initialtemplate (str | Unset):
        is_active (bool | Unset):  Default: True.
        is_gms (bool | Unset):  Default: True.
        kiosk_app_name (str | Unset):
        lockdown_state (int | Unset):
        memory_info (DeviceInfoMemoryInfo | Unset):
        mqtt_id (str | Unset):
        network_info (DeviceInfoNetworkInfo | Unset):
        policy (str | Unset):
        policy_name (str | Unset):
        provisioned_on (datetime.datetime | None | Unset):
        software_info (DeviceInfoSoftwareInfo | Unset):
        state (DeviceStateEnum | Unset): 0: State not known.
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
        status (int | Unset):
        suid (str | Unset):
        tags (list[str] | Unset):
        template_name (str | Unset):
        timezone_string (str | Unset):
        updated_on (datetime.datetime | Unset):
        url (str | Unset):
        user (str | Unset):
    """

    alias_name: str | Unset = UNSET
    api_level: int | Unset = UNSET
    audio_constraints: DeviceInfoAudioConstraints | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    current_app_mode: int | Unset = UNSET
    current_command: None | Unset | UUID = UNSET
    device_name: str | Unset = UNSET
    device_type: str | Unset = UNSET
    directory_record_id: UUID | Unset = UNSET
    displays: DeviceInfoDisplays | Unset = UNSET
    emm_device: EmmDevice | Unset = UNSET
    enterprise: str | Unset = UNSET
    esper_cient: str | Unset = UNSET
    fcm_id: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    hardware_info: DeviceInfoHardwareInfo | Unset = UNSET
    has_seamless_info: bool | Unset = UNSET
    id: UUID | Unset = UNSET
    initialtemplate: str | Unset = UNSET
    is_active: bool | Unset = True
    is_gms: bool | Unset = True
    kiosk_app_name: str | Unset = UNSET
    lockdown_state: int | Unset = UNSET
    memory_info: DeviceInfoMemoryInfo | Unset = UNSET
    mqtt_id: str | Unset = UNSET
    network_info: DeviceInfoNetworkInfo | Unset = UNSET
    policy: str | Unset = UNSET
    policy_name: str | Unset = UNSET
    provisioned_on: datetime.datetime | None | Unset = UNSET
    software_info: DeviceInfoSoftwareInfo | Unset = UNSET
    state: DeviceStateEnum | Unset = UNSET
    status: int | Unset = UNSET
    suid: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    template_name: str | Unset = UNSET
    timezone_string: str | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    user: str | Unset = UNSET
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
