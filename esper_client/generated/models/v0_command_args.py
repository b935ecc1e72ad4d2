from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.v0_command_args_auto_update_mode import (
    V0CommandArgsAutoUpdateMode,
    check_v0_command_args_auto_update_mode,
)
from ..models.v0_command_args_ethernet_auth_mode import (
    V0CommandArgsEthernetAuthMode,
    check_v0_command_args_ethernet_auth_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.v0_command_args_custom_settings_config import V0CommandArgsCustomSettingsConfig
    from ..models.v0_command_args_wifi_access_points import V0CommandArgsWifiAccessPoints


T = TypeVar("T", bound="V0CommandArgs")


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

    def to_dict(self) -> dict[str, Any]:
        app_state = self.app_state

        app_version = self.app_version

        auto_update_mode: str | Unset = UNSET
        if not isinstance(self.auto_update_mode, Unset):
            auto_update_mode = self.auto_update_mode

        bluetooth_state = self.bluetooth_state

        brightness_value = self.brightness_value

        content_id = self.content_id

        converge_with_provision_option = self.converge_with_provision_option

        custom_settings_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_settings_config, Unset):
            custom_settings_config = self.custom_settings_config.to_dict()

        device_alias_name = self.device_alias_name

        dhcp_enabled = self.dhcp_enabled

        duration = self.duration

        enable_debug_mode = self.enable_debug_mode

        ethernet_auth_mode: str | Unset = UNSET
        if not isinstance(self.ethernet_auth_mode, Unset):
            ethernet_auth_mode = self.ethernet_auth_mode

        ethernet_ca_cert_alias = self.ethernet_ca_cert_alias

        ethernet_client_cert_alias = self.ethernet_client_cert_alias

        ethernet_eap_identity = self.ethernet_eap_identity

        gateway = self.gateway

        gps_state = self.gps_state

        interface = self.interface

        locale = self.locale

        message = self.message

        package_name = self.package_name

        policy_url = self.policy_url

        primary_dns = self.primary_dns

        rotate_state = self.rotate_state

        screen_off_timeout = self.screen_off_timeout

        secondary_dns = self.secondary_dns

        state = self.state

        static_ip = self.static_ip

        stream = self.stream

        subnet_mask = self.subnet_mask

        tag = self.tag

        timezone_string = self.timezone_string

        title = self.title

        url = self.url

        video_quality = self.video_quality

        volume_level = self.volume_level

        wifi_access_points: dict[str, Any] | Unset = UNSET
        if not isinstance(self.wifi_access_points, Unset):
            wifi_access_points = self.wifi_access_points.to_dict()

        wifi_revert_timeout = self.wifi_revert_timeout

        wifi_state = self.wifi_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_state is not UNSET:
            field_dict["app_state"] = app_state
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if auto_update_mode is not UNSET:
            field_dict["auto_update_mode"] = auto_update_mode
        if bluetooth_state is not UNSET:
            field_dict["bluetooth_state"] = bluetooth_state
        if brightness_value is not UNSET:
            field_dict["brightness_value"] = brightness_value
        if content_id is not UNSET:
            field_dict["content_id"] = content_id
        if converge_with_provision_option is not UNSET:
            field_dict["converge_with_provision_option"] = converge_with_provision_option
        if custom_settings_config is not UNSET:
            field_dict["custom_settings_config"] = custom_settings_config
        if device_alias_name is not UNSET:
            field_dict["device_alias_name"] = device_alias_name
        if dhcp_enabled is not UNSET:
            field_dict["dhcp_enabled"] = dhcp_enabled
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_debug_mode is not UNSET:
            field_dict["enable_debug_mode"] = enable_debug_mode
        if ethernet_auth_mode is not UNSET:
            field_dict["ethernet_auth_mode"] = ethernet_auth_mode
        if ethernet_ca_cert_alias is not UNSET:
            field_dict["ethernet_ca_cert_alias"] = ethernet_ca_cert_alias
        if ethernet_client_cert_alias is not UNSET:
            field_dict["ethernet_client_cert_alias"] = ethernet_client_cert_alias
        if ethernet_eap_identity is not UNSET:
            field_dict["ethernet_eap_identity"] = ethernet_eap_identity
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if gps_state is not UNSET:
            field_dict["gps_state"] = gps_state
        if interface is not UNSET:
            field_dict["interface"] = interface
        if locale is not UNSET:
            field_dict["locale"] = locale
        if message is not UNSET:
            field_dict["message"] = message
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if policy_url is not UNSET:
            field_dict["policy_url"] = policy_url
        if primary_dns is not UNSET:
            field_dict["primary_dns"] = primary_dns
        if rotate_state is not UNSET:
            field_dict["rotate_state"] = rotate_state
        if screen_off_timeout is not UNSET:
            field_dict["screen_off_timeout"] = screen_off_timeout
        if secondary_dns is not UNSET:
            field_dict["secondary_dns"] = secondary_dns
        if state is not UNSET:
            field_dict["state"] = state
        if static_ip is not UNSET:
            field_dict["static_ip"] = static_ip
        if stream is not UNSET:
            field_dict["stream"] = stream
        if subnet_mask is not UNSET:
            field_dict["subnet_mask"] = subnet_mask
        if tag is not UNSET:
            field_dict["tag"] = tag
        if timezone_string is not UNSET:
            field_dict["timezone_string"] = timezone_string
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if video_quality is not UNSET:
            field_dict["video_quality"] = video_quality
        if volume_level is not UNSET:
            field_dict["volume_level"] = volume_level
        if wifi_access_points is not UNSET:
            field_dict["wifi_access_points"] = wifi_access_points
        if wifi_revert_timeout is not UNSET:
            field_dict["wifi_revert_timeout"] = wifi_revert_timeout
        if wifi_state is not UNSET:
            field_dict["wifi_state"] = wifi_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            V0CommandArgsCustomSettingsConfig,
            V0CommandArgsWifiAccessPoints,
        ) = _nested_models()

        d = dict(src_dict)
        app_state = d.pop("app_state", UNSET)

        app_version = d.pop("app_version", UNSET)

        _auto_update_mode = d.pop("auto_update_mode", UNSET)
        auto_update_mode: V0CommandArgsAutoUpdateMode | Unset
        if isinstance(_auto_update_mode, Unset):
            auto_update_mode = UNSET
        else:
            auto_update_mode = check_v0_command_args_auto_update_mode(_auto_update_mode)

        bluetooth_state = d.pop("bluetooth_state", UNSET)

        brightness_value = d.pop("brightness_value", UNSET)

        content_id = d.pop("content_id", UNSET)

        converge_with_provision_option = d.pop("converge_with_provision_option", UNSET)

        _custom_settings_config = d.pop("custom_settings_config", UNSET)
        custom_settings_config: V0CommandArgsCustomSettingsConfig | Unset
        if isinstance(_custom_settings_config, Unset):
            custom_settings_config = UNSET
        else:
            custom_settings_config = V0CommandArgsCustomSettingsConfig.from_dict(_custom_settings_config)

        device_alias_name = d.pop("device_alias_name", UNSET)

        dhcp_enabled = d.pop("dhcp_enabled", UNSET)

        duration = d.pop("duration", UNSET)

        enable_debug_mode = d.pop("enable_debug_mode", UNSET)

        _ethernet_auth_mode = d.pop("ethernet_auth_mode", UNSET)
        ethernet_auth_mode: V0CommandArgsEthernetAuthMode | Unset
        if isinstance(_ethernet_auth_mode, Unset):
            ethernet_auth_mode = UNSET
        else:
            ethernet_auth_mode = check_v0_command_args_ethernet_auth_mode(_ethernet_auth_mode)

        ethernet_ca_cert_alias = d.pop("ethernet_ca_cert_alias", UNSET)

        ethernet_client_cert_alias = d.pop("ethernet_client_cert_alias", UNSET)

        ethernet_eap_identity = d.pop("ethernet_eap_identity", UNSET)

        gateway = d.pop("gateway", UNSET)

        gps_state = d.pop("gps_state", UNSET)

        interface = d.pop("interface", UNSET)

        locale = d.pop("locale", UNSET)

        message = d.pop("message", UNSET)

        package_name = d.pop("package_name", UNSET)

        policy_url = d.pop("policy_url", UNSET)

        primary_dns = d.pop("primary_dns", UNSET)

        rotate_state = d.pop("rotate_state", UNSET)

        screen_off_timeout = d.pop("screen_off_timeout", UNSET)

        secondary_dns = d.pop("secondary_dns", UNSET)

        state = d.pop("state", UNSET)

        static_ip = d.pop("static_ip", UNSET)

        stream = d.pop("stream", UNSET)

        subnet_mask = d.pop("subnet_mask", UNSET)

        tag = d.pop("tag", UNSET)

        timezone_string = d.pop("timezone_string", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        volume_level = d.pop("volume_level", UNSET)

        _wifi_access_points = d.pop("wifi_access_points", UNSET)
        wifi_access_points: V0CommandArgsWifiAccessPoints | Unset
        if isinstance(_wifi_access_points, Unset):
            wifi_access_points = UNSET
        else:
            wifi_access_points = V0CommandArgsWifiAccessPoints.from_dict(_wifi_access_points)

        wifi_revert_timeout = d.pop("wifi_revert_timeout", UNSET)

        wifi_state = d.pop("wifi_state", UNSET)

        v0_command_args = cls(
            app_state=app_state,
            app_version=app_version,
            auto_update_mode=auto_update_mode,
            bluetooth_state=bluetooth_state,
            brightness_value=brightness_value,
            content_id=content_id,
            converge_with_provision_option=converge_with_provision_option,
            custom_settings_config=custom_settings_config,
            device_alias_name=device_alias_name,
            dhcp_enabled=dhcp_enabled,
            duration=duration,
            enable_debug_mode=enable_debug_mode,
            ethernet_auth_mode=ethernet_auth_mode,
            ethernet_ca_cert_alias=ethernet_ca_cert_alias,
            ethernet_client_cert_alias=ethernet_client_cert_alias,
            ethernet_eap_identity=ethernet_eap_identity,
            gateway=gateway,
            gps_state=gps_state,
            interface=interface,
            locale=locale,
            message=message,
            package_name=package_name,
            policy_url=policy_url,
            primary_dns=primary_dns,
            rotate_state=rotate_state,
            screen_off_timeout=screen_off_timeout,
            secondary_dns=secondary_dns,
            state=state,
            static_ip=static_ip,
            stream=stream,
            subnet_mask=subnet_mask,
            tag=tag,
            timezone_string=timezone_string,
            title=title,
            url=url,
            video_quality=video_quality,
            volume_level=volume_level,
            wifi_access_points=wifi_access_points,
            wifi_revert_timeout=wifi_revert_timeout,
            wifi_state=wifi_state,
        )

        v0_command_args.additional_properties = d
        return v0_command_args

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


@cache
def _nested_models() -> tuple[
    type[V0CommandArgsCustomSettingsConfig],
    type[V0CommandArgsWifiAccessPoints],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.v0_command_args_custom_settings_config import V0CommandArgsCustomSettingsConfig  # noqa: PLC0415
    from ..models.v0_command_args_wifi_access_points import V0CommandArgsWifiAccessPoints  # noqa: PLC0415

    return (
        V0CommandArgsCustomSettingsConfig,
        V0CommandArgsWifiAccessPoints,
    )
