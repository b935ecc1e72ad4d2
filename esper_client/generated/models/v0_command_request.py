from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.v0_command_request_command_type import V0CommandRequestCommandType
from ..models.v0_command_schedule_enum import V0CommandScheduleEnum
from ..models.v0_device_command_enum import V0DeviceCommandEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_args import V0CommandArgs
    from ..models.v0_command_request_status import V0CommandRequestStatus
    from ..models.v0_command_schedule_args import V0CommandScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """V0CommandRequest's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.v0_command_args import V0CommandArgs  # noqa: PLC0415
    from ..models.v0_command_request_status import V0CommandRequestStatus  # noqa: PLC0415
    from ..models.v0_command_schedule_args import V0CommandScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field(
                "command",
                "command",
                _rt.enum(
                    "V0DeviceCommandEnum",
                    [
                        "ADD_TO_WHITELIST",
                        "ADD_WIFI_AP",
                        "BEEP_DEVICE",
                        "CAPTURE_SCREENSHOT",
                        "CLEAR_APP_DATA",
                        "CONVERGE",
                        "INSTALL",
                        "LOCK",
                        "NOTIFY_DEVICE",
                        "REBOOT",
                        "REMOVE_FROM_WHITELIST",
                        "REMOVE_WIFI_AP",
                        "RESET_LOCKSCREEN_PASSWORD",
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
                        "SET_NEW_POLICY",
                        "SET_ROTATION_STATE",
                        "SET_SCREEN_OFF_TIMEOUT",
                        "SET_STATIC_IP",
                        "SET_STREAM_VOLUME",
                        "SET_TIMEZONE",
                        "SET_WIFI_STATE",
                        "SYNC_CONTENT",
                        "UNINSTALL",
                        "UPDATE_BLUEPRINT",
                        "UPDATE_DEVICE_CONFIG",
                        "UPDATE_HEARTBEAT",
                        "UPDATE_LATEST_DPC",
                        "USE_ONLY_SAVED_WIFI_AP",
                        "WIPE",
                    ],
                ),
            ),
            _rt.Field("command_args", "command_args", _rt.model(V0CommandArgs)),
            _rt.Field(
                "command_type", "command_type", _rt.enum("V0CommandRequestCommandType", ["DEVICE", "DYNAMIC", "GROUP"])
            ),
            _rt.Field("created_on", "created_on", _rt.DATETIME),
            _rt.Field("devices", "devices", _rt.list_of(_rt.UUID_)),
            _rt.Field("enterprise", "enterprise", _rt.UUID_),
            _rt.Field("groups", "groups", _rt.list_of(_rt.UUID_)),
            _rt.Field("id", "id", _rt.UUID_),
            _rt.Field("issued_by", "issued_by", _rt.STR),
            _rt.Field("schedule", "schedule", _rt.enum("V0CommandScheduleEnum", ["IMMEDIATE", "RECURRING", "WINDOW"])),
            _rt.Field("schedule_args", "schedule_args", _rt.model(V0CommandScheduleArgs)),
            _rt.Field("status", "status", _rt.list_of(_rt.model(V0CommandRequestStatus))),
        ),
        _rt.ANY,
    )


@_attrs_define
class V0CommandRequest:
    """
    Attributes:
        command (V0DeviceCommandEnum | Unset): 'ADD_TO_WHITELIST': Allow an installed system app; needs package_name.
            'ADD_WIFI_AP': Add Wi-Fi access points; needs wifi_access_points.
            'CLEAR_APP_DATA': Erase an installed app's data; needs package_name.
            'INSTALL': Install an app; needs app_version (the id of an uploaded app version).
            'LOCK': Lock the screen.
            'REBOOT': Restart the device.
            'REMOVE_FROM_WHITELIST': Stop allowing an installed system app; needs package_name.
            'REMOVE_WIFI_AP': Remove Wi-Fi access points; needs wifi_access_points.
            'SET_APP_PERMISSION': Set one permission of an installed app; needs package_name, permission and grant_state.
            'SET_APP_STATE': Show, hide or disable an app; needs package_name and app_state.
            'SET_BLUETOOTH_STATE': Turn Bluetooth on or off; needs bluetooth_state (a boolean).
            'SET_BRIGHTNESS_SCALE': Set the screen brightness; needs brightness_value, 1 to 100.
            'SET_DEVICE_LOCKDOWN_STATE': Lock the device down, or release it, showing a message; needs state (LOCKED or
            UNLOCKED) and message.
            'SET_GPS_STATE': Set the location mode; needs gps_state, 0 to 4 (high accuracy, sensors only, battery saving,
            off, on).
            'SET_KIOSK_APP': Lock the device into one app (kiosk mode); needs package_name.
            'SET_NEW_POLICY': Apply a policy; needs policy_url.
            'SET_ROTATION_STATE': Set the screen orientation; needs rotate_state (0 automatic, 1 portrait only, 2 landscape
            only).
            'SET_SCREEN_OFF_TIMEOUT': Set how soon the screen turns off; needs screen_off_timeout, -1 or 5000 to 1800000.
            'SET_STREAM_VOLUME': Set the volume of one sound stream; needs stream (ring 0, notification 1, alarm 2, music 3)
            and volume_level, 0 to 100.
            'SET_TIMEZONE': Set the time zone; needs timezone_string.
            'SET_WIFI_STATE': Turn Wi-Fi on or off; needs wifi_state (a boolean).
            'UNINSTALL': Remove an app; needs package_name.
            'UPDATE_DEVICE_CONFIG': Send extra configuration to the device.
            'UPDATE_HEARTBEAT': Ask the device to check in.
            'UPDATE_LATEST_DPC': Ask the device to update the Esper agent (DPC) to its latest version.
            'WIPE': Erase the device (factory reset).
            'RESET_LOCKSCREEN_PASSWORD': Change the lock-screen password; needs new_lockscreen_password.
            'UPDATE_BLUEPRINT': Apply the blueprint's current version again on the targets.
            'CAPTURE_SCREENSHOT': Capture what the screen shows; an optional tag labels the image.
            'NOTIFY_DEVICE': Show a message on the device; needs title and message (url optional).
            'SET_DEVICE_LANGUAGE': Set the device language from a locale such as en_US (language, optional script, country).
            'SET_ETHERNET_SETTINGS': Configure Ethernet, on devices that support it.
            'SET_STATIC_IP': Give the device a static IP address; needs the interface, address, subnet mask, gateway, DNS
            servers and DHCP flag.
            'BEEP_DEVICE': Sound a beep on the device for some time.
            'SET_APP_NOTIFICATIONS': Turn an app's notifications on or off; needs package_name and app_notifications_state
            (ENABLED or DISABLED).
            'USE_ONLY_SAVED_WIFI_AP': Allow or forbid joining Wi-Fi networks that are not saved; needs use_only_saved_ap (a
            boolean).
            'CONVERGE': Bring the device in line with the newest version of the blueprint assigned to it.
            'SYNC_CONTENT': Send a piece of uploaded content to the device; needs content_id.
        command_args (V0CommandArgs | Unset): The command's arguments; which keys it needs depends on the command (see
            V0DeviceCommandEnum).
        command_type (V0CommandRequestCommandType | Unset): What the request targets: DEVICE (the listed devices), GROUP
            (the listed groups) or DYNAMIC (devices and groups mixed).
        created_on (datetime.datetime | Unset): When the request was made; set by the server.
        devices (list[UUID] | Unset): Ids of the devices to command, at most 1000.
        enterprise (UUID | Unset): Id of the enterprise the request belongs to; set by the server.
        groups (list[UUID] | Unset): Ids of the groups to command, at most 500.
        id (UUID | Unset): The request's id; set by the server.
        issued_by (str | Unset): URL of the user who issued the request; set by the server.
        schedule (V0CommandScheduleEnum | Unset): 'IMMEDIATE': Run the command as soon as possible.
            'WINDOW': Run the command within the time window given in schedule_args.
            'RECURRING': Try the command at the scheduled times until it succeeds once or the schedule ends.
        schedule_args (V0CommandScheduleArgs | Unset): The time window or recurrence, for WINDOW and RECURRING
            schedules.
        status (list[V0CommandRequestStatus] | Unset): How many of the request's commands are in each state; set by the
            server.
    """

    command: V0DeviceCommandEnum | Unset = UNSET
    command_args: V0CommandArgs | Unset = UNSET
    command_type: V0CommandRequestCommandType | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    devices: list[UUID] | Unset = UNSET
    enterprise: UUID | Unset = UNSET
    groups: list[UUID] | Unset = UNSET
    id: UUID | Unset = UNSET
    issued_by: str | Unset = UNSET
    schedule: V0CommandScheduleEnum | Unset = UNSET
    schedule_args: V0CommandScheduleArgs | Unset = UNSET
    status: list[V0CommandRequestStatus] | Unset = UNSET
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
