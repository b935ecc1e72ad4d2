from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.operation_post_operation_type import OperationPOSTOperationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.operation_post_args import OperationPOSTArgs


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """OperationPOST's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.operation_post_args import OperationPOSTArgs  # noqa: PLC0415

    return (
        (
            _rt.Field("args", "args", _rt.model(OperationPOSTArgs)),
            _rt.Field(
                "operation_type",
                "operation_type",
                _rt.enum(
                    "OperationPOSTOperationType",
                    [
                        "ADD_OVERRIDE_APN",
                        "ADD_TO_WHITELIST",
                        "ADD_WIFI_AP",
                        "CAPTURE_SCREENSHOT",
                        "CLEAR_APP_DATA",
                        "INITIATE_CONFERENCE_CALL",
                        "INITIATE_OFFER",
                        "INSTALL",
                        "LOCK",
                        "NOTIFY_OTA",
                        "REBOOT",
                        "REFRESH_APPLIST",
                        "REMOVE_FROM_WHITELIST",
                        "REMOVE_WIFI_AP",
                        "REQUEST_BUGREPORT",
                        "REQUEST_DPCLOG",
                        "SET_ADB_STATE",
                        "SET_APP_PERMISSION",
                        "SET_APP_STATE",
                        "SET_BLUETOOTH_STATE",
                        "SET_BRIGHTNESS_SCALE",
                        "SET_DEVICE_LOCKDOWN_STATE",
                        "SET_GEO_FENCE",
                        "SET_GPS_STATE",
                        "SET_KIOSK_APP",
                        "SET_NEW_POLICY",
                        "SET_ROTATION_STATE",
                        "SET_SCREEN_OFF_TIMEOUT",
                        "SET_STREAM_VOLUME",
                        "SET_TIMEZONE",
                        "SET_WALLPAPER",
                        "SET_WIFI_STATE",
                        "SIMPLE_INSTALL",
                        "SYNC_CONTENT",
                        "UNINSTALL",
                        "UPDATE_DEVICE_CONFIG",
                        "UPDATE_HEARTBEAT",
                        "UPDATE_LATEST_DPC",
                        "WIPE",
                    ],
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class OperationPOST:
    """
    Attributes:
        args (OperationPOSTArgs | Unset): The operation's arguments; what they are depends on operation_type.
        operation_type (OperationPOSTOperationType | Unset): The device command this operation sends.
    """

    args: OperationPOSTArgs | Unset = UNSET
    operation_type: OperationPOSTOperationType | Unset = UNSET
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
