from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.v0_command_args_auto_update_mode import (
    V0CommandArgsAutoUpdateMode,
)
from ..models.v0_command_args_ethernet_auth_mode import (
    V0CommandArgsEthernetAuthMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_args_custom_settings_config import V0CommandArgsCustomSettingsConfig
    from ..models.v0_command_args_wifi_access_points import V0CommandArgsWifiAccessPoints


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """V0CommandArgs's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.v0_command_args_custom_settings_config import V0CommandArgsCustomSettingsConfig  # noqa: PLC0415
    from ..models.v0_command_args_wifi_access_points import V0CommandArgsWifiAccessPoints  # noqa: PLC0415

    return (
        (
            _rt.Field("app_state", "app_state", _rt.STR),
            _rt.Field("app_version", "app_version", _rt.STR),
            _rt.Field(
                "auto_update_mode",
                "auto_update_mode",
                _rt.enum(
                    "V0CommandArgsAutoUpdateMode",
                    ["autoUpdateDefault", "autoUpdateHighPriority", "autoUpdatePostponed"],
                ),
            ),
            _rt.Field("bluetooth_state", "bluetooth_state", _rt.BOOL),
            _rt.Field("brightness_value", "brightness_value", _rt.INT),
            _rt.Field("content_id", "content_id", _rt.STR),
            _rt.Field("converge_with_provision_option", "converge_with_provision_option", _rt.BOOL),
            _rt.Field("custom_settings_config", "custom_settings_config", _rt.model(V0CommandArgsCustomSettingsConfig)),
            _rt.Field("device_alias_name", "device_alias_name", _rt.STR),
            _rt.Field("dhcp_enabled", "dhcp_enabled", _rt.STR),
            _rt.Field("duration", "duration", _rt.STR),
            _rt.Field("enable_debug_mode", "enable_debug_mode", _rt.BOOL),
            _rt.Field(
                "ethernet_auth_mode",
                "ethernet_auth_mode",
                _rt.enum("V0CommandArgsEthernetAuthMode", ["EAP_TLS", "NONE"]),
            ),
            _rt.Field("ethernet_ca_cert_alias", "ethernet_ca_cert_alias", _rt.STR),
            _rt.Field("ethernet_client_cert_alias", "ethernet_client_cert_alias", _rt.STR),
            _rt.Field("ethernet_eap_identity", "ethernet_eap_identity", _rt.STR),
            _rt.Field("gateway", "gateway", _rt.STR),
            _rt.Field("gps_state", "gps_state", _rt.INT),
            _rt.Field("interface", "interface", _rt.STR),
            _rt.Field("locale", "locale", _rt.STR),
            _rt.Field("message", "message", _rt.STR),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field("policy_url", "policy_url", _rt.STR),
            _rt.Field("primary_dns", "primary_dns", _rt.STR),
            _rt.Field("rotate_state", "rotate_state", _rt.INT),
            _rt.Field("screen_off_timeout", "screen_off_timeout", _rt.INT),
            _rt.Field("secondary_dns", "secondary_dns", _rt.STR),
            _rt.Field("state", "state", _rt.STR),
            _rt.Field("static_ip", "static_ip", _rt.STR),
            _rt.Field("stream", "stream", _rt.INT),
            _rt.Field("subnet_mask", "subnet_mask", _rt.STR),
            _rt.Field("tag", "tag", _rt.STR),
            _rt.Field("timezone_string", "timezone_string", _rt.INT),
            _rt.Field("title", "title", _rt.STR),
            _rt.Field("url", "url", _rt.STR),
            _rt.Field("video_quality", "video_quality", _rt.STR),
            _rt.Field("volume_level", "volume_level", _rt.INT),
            _rt.Field("wifi_access_points", "wifi_access_points", _rt.model(V0CommandArgsWifiAccessPoints)),
            _rt.Field("wifi_revert_timeout", "wifi_revert_timeout", _rt.INT),
            _rt.Field("wifi_state", "wifi_state", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class V0CommandArgs:
    """
    Attributes:
        app_state (str | Unset):
        app_version (str | Unset):
        auto_update_mode (V0CommandArgsAutoUpdateMode | Unset):  Default: 'autoUpdateHighPriority'.
        bluetooth_state (bool | Unset):
        brightness_value (int | Unset):
        content_id (str | Unset):
        converge_with_provision_option (bool | Unset):  Default: False.
        custom_settings_config (V0CommandArgsCustomSettingsConfig | Unset):
        device_alias_name (str | Unset):
        dhcp_enabled (str | Unset):
        duration (str | Unset):
        enable_debug_mode (bool | Unset):  Default: False.
        ethernet_auth_mode (V0CommandArgsEthernetAuthMode | Unset):
        ethernet_ca_cert_alias (str | Unset):
        ethernet_client_cert_alias (str | Unset):
        ethernet_eap_identity (str | Unset):
        gateway (str | Unset):
        gps_state (int | Unset):
        interface (str | Unset):
        locale (str | Unset):
        message (str | Unset):
        package_name (str | Unset):
        policy_url (str | Unset):
        primary_dns (str | Unset):
        rotate_state (int | Unset):
        screen_off_timeout (int | Unset):
        secondary_dns (str | Unset):
        state (str | Unset):
        static_ip (str | Unset):
        stream (int | Unset):
        subnet_mask (str | Unset):
        tag (str | Unset):
        timezone_string (int | Unset):
        title (str | Unset):
        url (str | Unset):
        video_quality (str | Unset):
        volume_level (int | Unset):
        wifi_access_points (V0CommandArgsWifiAccessPoints | Unset):
        wifi_revert_timeout (int | Unset):
        wifi_state (bool | Unset):
    """

    app_state: str | Unset = UNSET
    app_version: str | Unset = UNSET
    auto_update_mode: V0CommandArgsAutoUpdateMode | Unset = "autoUpdateHighPriority"
    bluetooth_state: bool | Unset = UNSET
    brightness_value: int | Unset = UNSET
    content_id: str | Unset = UNSET
    converge_with_provision_option: bool | Unset = False
    custom_settings_config: V0CommandArgsCustomSettingsConfig | Unset = UNSET
    device_alias_name: str | Unset = UNSET
    dhcp_enabled: str | Unset = UNSET
    duration: str | Unset = UNSET
    enable_debug_mode: bool | Unset = False
    ethernet_auth_mode: V0CommandArgsEthernetAuthMode | Unset = UNSET
    ethernet_ca_cert_alias: str | Unset = UNSET
    ethernet_client_cert_alias: str | Unset = UNSET
    ethernet_eap_identity: str | Unset = UNSET
    gateway: str | Unset = UNSET
    gps_state: int | Unset = UNSET
    interface: str | Unset = UNSET
    locale: str | Unset = UNSET
    message: str | Unset = UNSET
    package_name: str | Unset = UNSET
    policy_url: str | Unset = UNSET
    primary_dns: str | Unset = UNSET
    rotate_state: int | Unset = UNSET
    screen_off_timeout: int | Unset = UNSET
    secondary_dns: str | Unset = UNSET
    state: str | Unset = UNSET
    static_ip: str | Unset = UNSET
    stream: int | Unset = UNSET
    subnet_mask: str | Unset = UNSET
    tag: str | Unset = UNSET
    timezone_string: int | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    video_quality: str | Unset = UNSET
    volume_level: int | Unset = UNSET
    wifi_access_points: V0CommandArgsWifiAccessPoints | Unset = UNSET
    wifi_revert_timeout: int | Unset = UNSET
    wifi_state: bool | Unset = UNSET
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
