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
        command (V0DeviceCommandEnum | Unset):
        command_args (V0CommandArgs | Unset):
        command_type (V0CommandRequestCommandType | Unset): What the request targets: DEVICE (the listed devices), GROUP
            (the listed groups) or DYNAMIC (devices and groups mixed).
        created_on (datetime.datetime | Unset): When the request was made; set by the server.
        devices (list[UUID] | Unset): Ids of the devices to command, at most 1000.
        enterprise (UUID | Unset): Id of the enterprise the request belongs to; set by the server.
        groups (list[UUID] | Unset): Ids of the groups to command, at most 500.
        id (UUID | Unset): The request's id; set by the server.
        issued_by (str | Unset): URL of the user who issued the request; set by the server.
        schedule (V0CommandScheduleEnum | Unset):
        schedule_args (V0CommandScheduleArgs | Unset):
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
