from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.operations_post_operation_type import OperationsPOSTOperationType
from ..models.operations_post_schedule_type import OperationsPOSTScheduleType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operations_post_arguments import OperationsPOSTArguments
    from ..models.operations_post_operation_device_query import OperationsPOSTOperationDeviceQuery
    from ..models.schedule_args import ScheduleArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """OperationsPOST's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.operations_post_arguments import OperationsPOSTArguments  # noqa: PLC0415
    from ..models.operations_post_operation_device_query import OperationsPOSTOperationDeviceQuery  # noqa: PLC0415
    from ..models.schedule_args import ScheduleArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("arguments", "arguments", _rt.model(OperationsPOSTArguments)),
            _rt.Field(
                "operation_device_query", "operation_device_query", _rt.model(OperationsPOSTOperationDeviceQuery)
            ),
            _rt.Field(
                "operation_type",
                "operation_type",
                _rt.enum(
                    "OperationsPOSTOperationType",
                    [
                        "ADD_EMM_ACCOUNT",
                        "ADD_OVERRIDE_APN",
                        "ADD_TO_WHITELIST",
                        "ADD_WIFI_AP",
                        "ALLOW_BLUETOOTH",
                        "ALLOW_CAMERA",
                        "ALLOW_FACTORY_RESET",
                        "ALLOW_UNENROLLMENT_FROM_DEVICE",
                        "APPLE_APP_UNINSTALL",
                        "APPLY_APP_CONFIG",
                        "APPLY_GEO_FENCE",
                        "BEEP_DEVICE",
                        "CAPTURE_SCREENSHOT",
                        "CLEAR_APP_DATA",
                        "CLEAR_PASSCODE",
                        "COLLECT_LOGS",
                        "CONVERGE",
                        "DECLARATIVE_MANAGEMENT",
                        "DEFER_OS_UPDATES",
                        "DEPLOY_SYSTEM_OTA",
                        "DIRECT_IOS_APP_INSTALL",
                        "DISABLE_LOST_MODE",
                        "ENABLE_LOST_MODE",
                        "INITIATE_CONFERENCE_CALL",
                        "INITIATE_OFFER",
                        "INSTALL",
                        "INSTALL_APP",
                        "INSTALL_CERTIFICATE",
                        "INSTALL_OTA",
                        "INSTALL_PROFILE",
                        "INSTALL_PROVISIONING_PROFILE",
                        "INSTALL_WEBCLIP",
                        "LIST_PROVISIONING_PROFILES",
                        "LOCK",
                        "LOST_MODE_DEVICE_LOCATION",
                        "NOTIFY_DEVICE",
                        "NOTIFY_OTA",
                        "NUDGE_DEVICE",
                        "PAUSE_OS_UPDATES",
                        "PLAY_LOST_MODE_SOUND",
                        "REBOOT",
                        "REFRESH_APPLIST",
                        "REMOTE_CONNECTION",
                        "REMOVE_AGENT",
                        "REMOVE_DEVICE",
                        "REMOVE_FROM_WHITELIST",
                        "REMOVE_PROVISIONING_PROFILE",
                        "REMOVE_WIFI_AP",
                        "REQUEST_BUGREPORT",
                        "REQUEST_DPCLOG",
                        "RESET_LOCKSCREEN_PASSWORD",
                        "RUN_CSP_PAYLOAD",
                        "RUN_CUSTOM_ACTION",
                        "RUN_SHELL_SCRIPT",
                        "SET_ADB_STATE",
                        "SET_APP_NOTIFICATIONS",
                        "SET_APP_PERMISSION",
                        "SET_APP_STATE",
                        "SET_BLUETOOTH_STATE",
                        "SET_BRIGHTNESS_SCALE",
                        "SET_DEVICE_LANGUAGE",
                        "SET_DEVICE_LOCKDOWN_STATE",
                        "SET_ETHERNET_SETTINGS",
                        "SET_GEO_FENCE",
                        "SET_GPS_STATE",
                        "SET_KIOSK_APP",
                        "SET_LOCATION_SERVICE",
                        "SET_MULTI_APP_MODE",
                        "SET_NEW_POLICY",
                        "SET_OS_UPDATE_POLICY",
                        "SET_PFN",
                        "SET_ROTATION_STATE",
                        "SET_SCREEN_OFF_TIMEOUT",
                        "SET_STATIC_IP",
                        "SET_STREAM_VOLUME",
                        "SET_TIMEZONE",
                        "SET_WALLPAPER",
                        "SET_WIDGET",
                        "SET_WIFI_STATE",
                        "SHUT_DOWN",
                        "SIMPLE_INSTALL",
                        "SYNC_CONTENT",
                        "UNINSTALL",
                        "UNINSTALL_APP",
                        "UNINSTALL_CERTIFICATE",
                        "UNINSTALL_WEBCLIP",
                        "UPDATE_BLUEPRINT",
                        "UPDATE_DEVICE_CONFIG",
                        "UPDATE_OEM_CONFIG",
                        "USE_ONLY_SAVED_WIFI_AP",
                        "VPP_APP_INSTALL",
                        "WIPE",
                    ],
                ),
            ),
            _rt.Field("schedule_args", "schedule_args", _rt.model(ScheduleArgs)),
            _rt.Field(
                "schedule_type", "schedule_type", _rt.enum("OperationsPOSTScheduleType", ["IMMEDIATE", "WINDOW"])
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class OperationsPOST:
    """
    Attributes:
        arguments (OperationsPOSTArguments | Unset): The action's arguments; which ones apply depends on operation_type.
        operation_device_query (OperationsPOSTOperationDeviceQuery | Unset): Which devices the operation acts on, as
            device properties and filters.
        operation_type (OperationsPOSTOperationType | Unset): The action to carry out on every selected device.
        schedule_args (ScheduleArgs | Unset): When a WINDOW operation may run; its start and end dates, window times and
            days, and whether the times follow the console user's or the device's time zone.
        schedule_type (OperationsPOSTScheduleType | Unset): IMMEDIATE to run now, WINDOW to run only within the window
            in schedule_args.
    """

    arguments: OperationsPOSTArguments | Unset = UNSET
    operation_device_query: OperationsPOSTOperationDeviceQuery | Unset = UNSET
    operation_type: OperationsPOSTOperationType | Unset = UNSET
    schedule_args: ScheduleArgs | Unset = UNSET
    schedule_type: OperationsPOSTScheduleType | Unset = UNSET
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
