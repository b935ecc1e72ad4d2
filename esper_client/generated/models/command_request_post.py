from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.command_request_post_command_type import (
    CommandRequestPOSTCommandType,
)
from ..models.command_request_post_device_type import (
    CommandRequestPOSTDeviceType,
)
from ..models.command_schedule_enum import CommandScheduleEnum
from ..models.device_command_enum import DeviceCommandEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_args import CommandArgs
    from ..models.command_schedule_args import CommandScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CommandRequestPOST's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.command_args import CommandArgs  # noqa: PLC0415
    from ..models.command_schedule_args import CommandScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("alias", "alias", _rt.STR),
            _rt.Field(
                "command",
                "command",
                _rt.enum(
                    "DeviceCommandEnum",
                    [
                        "ADD_TO_WHITELIST",
                        "ADD_WIFI_AP",
                        "APPLE_APP_UNINSTALL",
                        "APPLY_APP_CONFIG",
                        "BEEP_DEVICE",
                        "CLEAR_APP_DATA",
                        "CLEAR_PASSCODE",
                        "COLLECT_LOGS",
                        "CONVERGE",
                        "DEVICE_INFORMATION",
                        "INSTALL",
                        "INSTALL_CERTIFICATE",
                        "INSTALL_PROFILE",
                        "LIST_INSTALLED_PROFILES",
                        "LOCK",
                        "NOTIFY_DEVICE",
                        "REBOOT",
                        "REMOVE_FROM_WHITELIST",
                        "REMOVE_PROFILE",
                        "REMOVE_WIFI_AP",
                        "RESET_LOCKSCREEN_PASSWORD",
                        "RUN_CUSTOM_ACTION",
                        "RUN_SHELL_SCRIPT",
                        "SET_APP_NOTIFICATIONS",
                        "SET_APP_PERMISSION",
                        "SET_APP_STATE",
                        "SET_BLUETOOTH_STATE",
                        "SET_BRIGHTNESS_SCALE",
                        "SET_DEVICE_LANGUAGE",
                        "SET_DEVICE_LOCKDOWN_STATE",
                        "SET_ETHERNET_SETTINGS",
                        "SET_GPS_STATE",
                        "SET_KIOSK_APP",
                        "SET_MULTI_APP_MODE",
                        "SET_NEW_POLICY",
                        "SET_ROTATION_STATE",
                        "SET_SCREEN_OFF_TIMEOUT",
                        "SET_STATIC_IP",
                        "SET_STREAM_VOLUME",
                        "SET_TIMEZONE",
                        "SET_WIFI_STATE",
                        "UNINSTALL",
                        "UNINSTALL_CERTIFICATE",
                        "UPDATE_BLUEPRINT",
                        "UPDATE_DEVICE_CONFIG",
                        "UPDATE_HEARTBEAT",
                        "UPDATE_LATEST_DPC",
                        "USE_ONLY_SAVED_WIFI_AP",
                        "VPP_APP_INSTALL",
                        "WIPE",
                    ],
                ),
            ),
            _rt.Field("command_args", "command_args", _rt.model(CommandArgs)),
            _rt.Field(
                "command_type",
                "command_type",
                _rt.enum("CommandRequestPOSTCommandType", ["DEVICE", "DYNAMIC", "GROUP"]),
            ),
            _rt.Field("device_type", "device_type", _rt.enum("CommandRequestPOSTDeviceType", ["all"])),
            _rt.Field("devices", "devices", _rt.list_of(_rt.UUID_)),
            _rt.Field("groups", "groups", _rt.list_of(_rt.UUID_)),
            _rt.Field("schedule", "schedule", _rt.enum("CommandScheduleEnum", ["IMMEDIATE", "RECURRING", "WINDOW"])),
            _rt.Field("schedule_args", "schedule_args", _rt.model(CommandScheduleArgs)),
        ),
        _rt.ANY,
    )


@_attrs_define
class CommandRequestPOST:
    """
    Attributes:
        alias (str | Unset): A label for the request, chosen by the caller.
        command (DeviceCommandEnum | Unset):
        command_args (CommandArgs | Unset):
        command_type (CommandRequestPOSTCommandType | Unset): What the request targets: DEVICE (the listed devices),
            GROUP (the listed groups) or DYNAMIC (devices and groups mixed).
        device_type (CommandRequestPOSTDeviceType | Unset): Must be 'all'; narrowing the targets by device type is not
            supported.
        devices (list[UUID] | Unset): Ids of the devices to command, at most 1000; needed for DEVICE and DYNAMIC
            requests.
        groups (list[UUID] | Unset): Ids of the groups to command, at most 500; needed for GROUP and DYNAMIC requests.
        schedule (CommandScheduleEnum | Unset):
        schedule_args (CommandScheduleArgs | Unset):
    """

    alias: str | Unset = UNSET
    command: DeviceCommandEnum | Unset = UNSET
    command_args: CommandArgs | Unset = UNSET
    command_type: CommandRequestPOSTCommandType | Unset = UNSET
    device_type: CommandRequestPOSTDeviceType | Unset = UNSET
    devices: list[UUID] | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    schedule: CommandScheduleEnum | Unset = UNSET
    schedule_args: CommandScheduleArgs | Unset = UNSET
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
