from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.command_args_ethernet_auth_mode import CommandArgsEthernetAuthMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_args_custom_settings_config import CommandArgsCustomSettingsConfig
    from ..models.command_args_wifi_access_points import CommandArgsWifiAccessPoints


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """CommandArgs's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.command_args_custom_settings_config import CommandArgsCustomSettingsConfig  # noqa: PLC0415
    from ..models.command_args_wifi_access_points import CommandArgsWifiAccessPoints  # noqa: PLC0415

    return (
        (
            _rt.Field("app_id", "app_id", _rt.STR),
            _rt.Field("app_state", "app_state", _rt.STR),
            _rt.Field("app_version", "app_version", _rt.STR),
            _rt.Field("bluetooth_state", "bluetooth_state", _rt.BOOL),
            _rt.Field("brightness_value", "brightness_value", _rt.INT),
            _rt.Field("bundle_identifier", "bundle_identifier", _rt.STR),
            _rt.Field("cert_alias_name", "cert_alias_name", _rt.STR),
            _rt.Field("cert_data_base64", "cert_data_base64", _rt.STR),
            _rt.Field("cert_file_type", "cert_file_type", _rt.STR),
            _rt.Field("cert_password", "cert_password", _rt.STR),
            _rt.Field("cert_storage_type", "cert_storage_type", _rt.STR),
            _rt.Field("custom_settings_config", "custom_settings_config", _rt.model(CommandArgsCustomSettingsConfig)),
            _rt.Field("device_alias_name", "device_alias_name", _rt.STR),
            _rt.Field("dhcp_enabled", "dhcp_enabled", _rt.STR),
            _rt.Field("duration", "duration", _rt.STR),
            _rt.Field("enable_debug_mode", "enable_debug_mode", _rt.BOOL),
            _rt.Field(
                "ethernet_auth_mode", "ethernet_auth_mode", _rt.enum("CommandArgsEthernetAuthMode", ["EAP_TLS", "NONE"])
            ),
            _rt.Field("ethernet_ca_cert_alias", "ethernet_ca_cert_alias", _rt.STR),
            _rt.Field("ethernet_client_cert_alias", "ethernet_client_cert_alias", _rt.STR),
            _rt.Field("ethernet_eap_identity", "ethernet_eap_identity", _rt.STR),
            _rt.Field("execute_as", "execute_as", _rt.STR),
            _rt.Field("gateway", "gateway", _rt.STR),
            _rt.Field("gps_state", "gps_state", _rt.INT),
            _rt.Field("interface", "interface", _rt.STR),
            _rt.Field("interpreter", "interpreter", _rt.STR),
            _rt.Field("is_converge", "is_converge", _rt.BOOL),
            _rt.Field("is_factory_reset", "is_factory_reset", _rt.BOOL),
            _rt.Field("locale", "locale", _rt.STR),
            _rt.Field("managed_only", "managed_only", _rt.BOOL),
            _rt.Field("message", "message", _rt.STR),
            _rt.Field("package_name", "package_name", _rt.STR),
            _rt.Field("policy_url", "policy_url", _rt.STR),
            _rt.Field("primary_dns", "primary_dns", _rt.STR),
            _rt.Field("profile", "profile", _rt.STR),
            _rt.Field("profile_identifier", "profile_identifier", _rt.STR),
            _rt.Field("rotate_state", "rotate_state", _rt.INT),
            _rt.Field("screen_off_timeout", "screen_off_timeout", _rt.INT),
            _rt.Field("script", "script", _rt.STR),
            _rt.Field("secondary_dns", "secondary_dns", _rt.STR),
            _rt.Field("state", "state", _rt.STR),
            _rt.Field("static_ip", "static_ip", _rt.STR),
            _rt.Field("stream", "stream", _rt.INT),
            _rt.Field("subnet_mask", "subnet_mask", _rt.STR),
            _rt.Field("timezone_string", "timezone_string", _rt.INT),
            _rt.Field("title", "title", _rt.STR),
            _rt.Field("url", "url", _rt.STR),
            _rt.Field("video_quality", "video_quality", _rt.STR),
            _rt.Field("volume_level", "volume_level", _rt.INT),
            _rt.Field("wifi_access_points", "wifi_access_points", _rt.model(CommandArgsWifiAccessPoints)),
            _rt.Field("wifi_revert_timeout", "wifi_revert_timeout", _rt.INT),
            _rt.Field("wifi_state", "wifi_state", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class CommandArgs:
    """
    Attributes:
        app_id (str | Unset):
        app_state (str | Unset):
        app_version (str | Unset):
        bluetooth_state (bool | Unset):
        brightness_value (int | Unset):
        bundle_identifier (str | Unset):
        cert_alias_name (str | Unset):
        cert_data_base64 (str | Unset):
        cert_file_type (str | Unset):
        cert_password (str | Unset):
        cert_storage_type (str | Unset):
        custom_settings_config (CommandArgsCustomSettingsConfig | Unset):
        device_alias_name (str | Unset):
        dhcp_enabled (str | Unset):
        duration (str | Unset):
        enable_debug_mode (bool | Unset):  Default: False.
        ethernet_auth_mode (CommandArgsEthernetAuthMode | Unset):
        ethernet_ca_cert_alias (str | Unset):
        ethernet_client_cert_alias (str | Unset):
        ethernet_eap_identity (str | Unset):
        execute_as (str | Unset):
        gateway (str | Unset):
        gps_state (int | Unset):
        interface (str | Unset):
        interpreter (str | Unset):
        is_converge (bool | Unset):
        is_factory_reset (bool | Unset):
        locale (str | Unset):
        managed_only (bool | Unset):
        message (str | Unset):
        package_name (str | Unset):
        policy_url (str | Unset):
        primary_dns (str | Unset):
        profile (str | Unset):
        profile_identifier (str | Unset):
        rotate_state (int | Unset):
        screen_off_timeout (int | Unset):
        script (str | Unset):
        secondary_dns (str | Unset):
        state (str | Unset):
        static_ip (str | Unset):
        stream (int | Unset):
        subnet_mask (str | Unset):
        timezone_string (int | Unset):
        title (str | Unset):
        url (str | Unset):
        video_quality (str | Unset):  Default: 'HIGH'.
        volume_level (int | Unset):
        wifi_access_points (CommandArgsWifiAccessPoints | Unset):
        wifi_revert_timeout (int | Unset):
        wifi_state (bool | Unset):
    """

    app_id: str | Unset = UNSET
    app_state: str | Unset = UNSET
    app_version: str | Unset = UNSET
    bluetooth_state: bool | Unset = UNSET
    brightness_value: int | Unset = UNSET
    bundle_identifier: str | Unset = UNSET
    cert_alias_name: str | Unset = UNSET
    cert_data_base64: str | Unset = UNSET
    cert_file_type: str | Unset = UNSET
    cert_password: str | Unset = UNSET
    cert_storage_type: str | Unset = UNSET
    custom_settings_config: CommandArgsCustomSettingsConfig | Unset = UNSET
    device_alias_name: str | Unset = UNSET
    dhcp_enabled: str | Unset = UNSET
    duration: str | Unset = UNSET
    enable_debug_mode: bool | Unset = False
    ethernet_auth_mode: CommandArgsEthernetAuthMode | Unset = UNSET
    ethernet_ca_cert_alias: str | Unset = UNSET
    ethernet_client_cert_alias: str | Unset = UNSET
    ethernet_eap_identity: str | Unset = UNSET
    execute_as: str | Unset = UNSET
    gateway: str | Unset = UNSET
    gps_state: int | Unset = UNSET
    interface: str | Unset = UNSET
    interpreter: str | Unset = UNSET
    is_converge: bool | Unset = UNSET
    is_factory_reset: bool | Unset = UNSET
    locale: str | Unset = UNSET
    managed_only: bool | Unset = UNSET
    message: str | Unset = UNSET
    package_name: str | Unset = UNSET
    policy_url: str | Unset = UNSET
    primary_dns: str | Unset = UNSET
    profile: str | Unset = UNSET
    profile_identifier: str | Unset = UNSET
    rotate_state: int | Unset = UNSET
    screen_off_timeout: int | Unset = UNSET
    script: str | Unset = UNSET
    secondary_dns: str | Unset = UNSET
    state: str | Unset = UNSET
    static_ip: str | Unset = UNSET
    stream: int | Unset = UNSET
    subnet_mask: str | Unset = UNSET
    timezone_string: int | Unset = UNSET
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    video_quality: str | Unset = "HIGH"
    volume_level: int | Unset = UNSET
    wifi_access_points: CommandArgsWifiAccessPoints | Unset = UNSET
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
