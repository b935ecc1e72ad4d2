from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.put_role_scope_url_body_scope_names_item import (
    PutRoleScopeUrlBodyScopeNamesItem,
)
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """PutRoleScopeUrlBody's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field("scope_ids", "scope_ids", _rt.list_of(_rt.UUID_)),
            _rt.Field(
                "scope_names",
                "scope_names",
                _rt.list_of(
                    _rt.enum(
                        "PutRoleScopeUrlBodyScopeNamesItem",
                        [
                            "create:app:esper_android",
                            "create:app:esper_ios",
                            "create:blueprint",
                            "create:compliance_policy",
                            "create:device:tag",
                            "create:device_command:ADD_WIFI_AP",
                            "create:device_command:BEEP_DEVICE",
                            "create:device_command:CAPTURE_SCREENSHOT",
                            "create:device_command:CLEAR_APP_DATA",
                            "create:device_command:CLEAR_PASSCODE",
                            "create:device_command:CONVERGE",
                            "create:device_command:INITIATE_OFFER",
                            "create:device_command:INSTALL",
                            "create:device_command:INSTALL_APP",
                            "create:device_command:LIST_PROVISIONING_PROFILES",
                            "create:device_command:LIST_RESTRICTED_PROFILES",
                            "create:device_command:LOCK",
                            "create:device_command:LOST_MODE",
                            "create:device_command:NOTIFY_DEVICE",
                            "create:device_command:REBOOT",
                            "create:device_command:REFRESH_APPLIST",
                            "create:device_command:REMOVE_DEVICE",
                            "create:device_command:REMOVE_WIFI_AP",
                            "create:device_command:REQUEST_BUGREPORT",
                            "create:device_command:RUN_CUSTOM_ACTION",
                            "create:device_command:RUN_SHELL_SCRIPT",
                            "create:device_command:SET_ADB_STATE",
                            "create:device_command:SET_APP_PERMISSION",
                            "create:device_command:SET_APP_STATE",
                            "create:device_command:SET_BLUETOOTH_STATE",
                            "create:device_command:SET_BRIGHTNESS_SCALE",
                            "create:device_command:SET_DEVICE_LOCKDOWN_STATE",
                            "create:device_command:SET_ETHERNET_SETTINGS",
                            "create:device_command:SET_GPS_STATE",
                            "create:device_command:SET_KIOSK_APP",
                            "create:device_command:SET_NEW_POLICY",
                            "create:device_command:SET_ROTATION_STATE",
                            "create:device_command:SET_SCREEN_OFF_TIMEOUT",
                            "create:device_command:SET_STATIC_IP",
                            "create:device_command:SET_STREAM_VOLUME",
                            "create:device_command:SET_TIMEZONE",
                            "create:device_command:SET_WALLPAPER",
                            "create:device_command:SET_WIFI_STATE",
                            "create:device_command:SHUT_DOWN",
                            "create:device_command:SYNC_CONTENT",
                            "create:device_command:UNINSTALL",
                            "create:device_command:UNINSTALL_APP",
                            "create:device_command:UPDATE_BLUEPRINT",
                            "create:device_command:UPDATE_DEVICE_CONFIG",
                            "create:device_command:UPDATE_HEARTBEAT",
                            "create:device_command:WIPE",
                            "create:device_screenshot",
                            "create:emm",
                            "create:group",
                            "create:group_command:ADD_WIFI_AP",
                            "create:group_command:INSTALL",
                            "create:group_command:INSTALL_APP",
                            "create:group_command:LOCK",
                            "create:group_command:NOTIFY_DEVICE",
                            "create:group_command:REBOOT",
                            "create:group_command:REMOVE_WIFI_AP",
                            "create:group_command:SET_ADB_STATE",
                            "create:group_command:SET_APP_STATE",
                            "create:group_command:SET_BLUETOOTH_STATE",
                            "create:group_command:SET_BRIGHTNESS_SCALE",
                            "create:group_command:SET_ETHERNET_SETTINGS",
                            "create:group_command:SET_GPS_STATE",
                            "create:group_command:SET_KIOSK_APP",
                            "create:group_command:SET_NEW_POLICY",
                            "create:group_command:SET_ROTATION_STATE",
                            "create:group_command:SET_SCREEN_OFF_TIMEOUT",
                            "create:group_command:SET_STATIC_IP",
                            "create:group_command:SET_STREAM_VOLUME",
                            "create:group_command:SET_TIMEZONE",
                            "create:group_command:SET_WALLPAPER",
                            "create:group_command:SET_WIFI_STATE",
                            "create:group_command:SYNC_CONTENT",
                            "create:group_command:UNINSTALL",
                            "create:group_command:UNINSTALL_APP",
                            "create:group_command:UPDATE_BLUEPRINT",
                            "create:group_command:UPDATE_DEVICE_CONFIG",
                            "create:group_command:UPDATE_HEARTBEAT",
                            "create:group_command:WIPE",
                            "create:operation:APP_INSTALL",
                            "create:operation:APP_UNINSTALL",
                            "create:operation:CONVERGE",
                            "create:operation:INSTALL",
                            "create:operation:REBOOT",
                            "create:operation:UNINSTALL",
                            "create:personal_access_token",
                            "create:provisioning_template",
                            "create:provisioning_template:imei_serial",
                            "create:remote_terminal",
                            "create:report",
                            "create:report:ingest",
                            "create:report:query",
                            "create:report:saved_query",
                            "create:template_upgrade",
                            "delete:app:esper_android",
                            "delete:app:esper_ios",
                            "delete:blueprint",
                            "delete:compliance_policy",
                            "delete:device:tag",
                            "delete:personal_access_token",
                            "delete:provisioning_template",
                            "delete:provisioning_template:imei_serial",
                            "delete:report:saved_query",
                            "provision:device",
                            "read:alert",
                            "read:app",
                            "read:blueprint",
                            "read:compliance_policy",
                            "read:device",
                            "read:device:operations",
                            "read:device_app",
                            "read:device_graph",
                            "read:device_screenshot",
                            "read:directory_record",
                            "read:emm",
                            "read:esper_apps",
                            "read:event_feed",
                            "read:foundation_build",
                            "read:foundation_device_model",
                            "read:foundry_event",
                            "read:geofence",
                            "read:group",
                            "read:operation",
                            "read:operation:devices",
                            "read:personal_access_token",
                            "read:pipeline",
                            "read:provisioning_template",
                            "read:report",
                            "read:report:ingest",
                            "read:report:query",
                            "read:report:saved_query",
                            "read:user:group",
                            "update:app:esper_android",
                            "update:app:esper_ios",
                            "update:blueprint",
                            "update:command",
                            "update:compliance_policy",
                            "update:device:alias",
                            "update:device:blueprint",
                            "update:device:group",
                            "update:device:tag",
                            "update:emm",
                            "update:foundation_build",
                            "update:foundation_device_model",
                            "update:group:blueprint",
                            "update:operation",
                            "update:operation:devices",
                            "update:personal_access_token",
                            "update:provisioning_template",
                            "update:provisioning_template:imei_serial",
                            "update:provisioning_template:wifi_management",
                            "update:report:saved_query",
                        ],
                    )
                ),
            ),
        ),
        _rt.ANY,
    )


@_attrs_define
class PutRoleScopeUrlBody:
    """
    Attributes:
        scope_ids (list[UUID] | Unset): The ids of the scopes the role is to grant.
        scope_names (list[PutRoleScopeUrlBodyScopeNamesItem] | Unset): The names of the scopes the role is to grant,
            written action:resource, such as read:device or create:device_command:REBOOT.
    """

    scope_ids: list[UUID] | Unset = UNSET
    scope_names: list[PutRoleScopeUrlBodyScopeNamesItem] | Unset = UNSET
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
