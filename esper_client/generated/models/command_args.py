from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.command_args_ethernet_auth_mode import CommandArgsEthernetAuthMode, check_command_args_ethernet_auth_mode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.command_args_custom_settings_config import CommandArgsCustomSettingsConfig
    from ..models.command_args_wifi_access_points import CommandArgsWifiAccessPoints


T = TypeVar("T", bound="CommandArgs")


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

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        app_state = self.app_state

        app_version = self.app_version

        bluetooth_state = self.bluetooth_state

        brightness_value = self.brightness_value

        bundle_identifier = self.bundle_identifier

        cert_alias_name = self.cert_alias_name

        cert_data_base64 = self.cert_data_base64

        cert_file_type = self.cert_file_type

        cert_password = self.cert_password

        cert_storage_type = self.cert_storage_type

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

        execute_as = self.execute_as

        gateway = self.gateway

        gps_state = self.gps_state

        interface = self.interface

        interpreter = self.interpreter

        is_converge = self.is_converge

        is_factory_reset = self.is_factory_reset

        locale = self.locale

        managed_only = self.managed_only

        message = self.message

        package_name = self.package_name

        policy_url = self.policy_url

        primary_dns = self.primary_dns

        profile = self.profile

        profile_identifier = self.profile_identifier

        rotate_state = self.rotate_state

        screen_off_timeout = self.screen_off_timeout

        script = self.script

        secondary_dns = self.secondary_dns

        state = self.state

        static_ip = self.static_ip

        stream = self.stream

        subnet_mask = self.subnet_mask

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
        if app_id is not UNSET:
            field_dict["app_id"] = app_id
        if app_state is not UNSET:
            field_dict["app_state"] = app_state
        if app_version is not UNSET:
            field_dict["app_version"] = app_version
        if bluetooth_state is not UNSET:
            field_dict["bluetooth_state"] = bluetooth_state
        if brightness_value is not UNSET:
            field_dict["brightness_value"] = brightness_value
        if bundle_identifier is not UNSET:
            field_dict["bundle_identifier"] = bundle_identifier
        if cert_alias_name is not UNSET:
            field_dict["cert_alias_name"] = cert_alias_name
        if cert_data_base64 is not UNSET:
            field_dict["cert_data_base64"] = cert_data_base64
        if cert_file_type is not UNSET:
            field_dict["cert_file_type"] = cert_file_type
        if cert_password is not UNSET:
            field_dict["cert_password"] = cert_password
        if cert_storage_type is not UNSET:
            field_dict["cert_storage_type"] = cert_storage_type
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
        if execute_as is not UNSET:
            field_dict["execute_as"] = execute_as
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if gps_state is not UNSET:
            field_dict["gps_state"] = gps_state
        if interface is not UNSET:
            field_dict["interface"] = interface
        if interpreter is not UNSET:
            field_dict["interpreter"] = interpreter
        if is_converge is not UNSET:
            field_dict["is_converge"] = is_converge
        if is_factory_reset is not UNSET:
            field_dict["is_factory_reset"] = is_factory_reset
        if locale is not UNSET:
            field_dict["locale"] = locale
        if managed_only is not UNSET:
            field_dict["managed_only"] = managed_only
        if message is not UNSET:
            field_dict["message"] = message
        if package_name is not UNSET:
            field_dict["package_name"] = package_name
        if policy_url is not UNSET:
            field_dict["policy_url"] = policy_url
        if primary_dns is not UNSET:
            field_dict["primary_dns"] = primary_dns
        if profile is not UNSET:
            field_dict["profile"] = profile
        if profile_identifier is not UNSET:
            field_dict["profile_identifier"] = profile_identifier
        if rotate_state is not UNSET:
            field_dict["rotate_state"] = rotate_state
        if screen_off_timeout is not UNSET:
            field_dict["screen_off_timeout"] = screen_off_timeout
        if script is not UNSET:
            field_dict["script"] = script
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
            CommandArgsCustomSettingsConfig,
            CommandArgsWifiAccessPoints,
        ) = _nested_models()

        d = dict(src_dict)
        app_id = d.pop("app_id", UNSET)

        app_state = d.pop("app_state", UNSET)

        app_version = d.pop("app_version", UNSET)

        bluetooth_state = d.pop("bluetooth_state", UNSET)

        brightness_value = d.pop("brightness_value", UNSET)

        bundle_identifier = d.pop("bundle_identifier", UNSET)

        cert_alias_name = d.pop("cert_alias_name", UNSET)

        cert_data_base64 = d.pop("cert_data_base64", UNSET)

        cert_file_type = d.pop("cert_file_type", UNSET)

        cert_password = d.pop("cert_password", UNSET)

        cert_storage_type = d.pop("cert_storage_type", UNSET)

        _custom_settings_config = d.pop("custom_settings_config", UNSET)
        custom_settings_config: CommandArgsCustomSettingsConfig | Unset
        if isinstance(_custom_settings_config, Unset):
            custom_settings_config = UNSET
        else:
            custom_settings_config = CommandArgsCustomSettingsConfig.from_dict(_custom_settings_config)

        device_alias_name = d.pop("device_alias_name", UNSET)

        dhcp_enabled = d.pop("dhcp_enabled", UNSET)

        duration = d.pop("duration", UNSET)

        enable_debug_mode = d.pop("enable_debug_mode", UNSET)

        _ethernet_auth_mode = d.pop("ethernet_auth_mode", UNSET)
        ethernet_auth_mode: CommandArgsEthernetAuthMode | Unset
        if isinstance(_ethernet_auth_mode, Unset):
            ethernet_auth_mode = UNSET
        else:
            ethernet_auth_mode = check_command_args_ethernet_auth_mode(_ethernet_auth_mode)

        ethernet_ca_cert_alias = d.pop("ethernet_ca_cert_alias", UNSET)

        ethernet_client_cert_alias = d.pop("ethernet_client_cert_alias", UNSET)

        ethernet_eap_identity = d.pop("ethernet_eap_identity", UNSET)

        execute_as = d.pop("execute_as", UNSET)

        gateway = d.pop("gateway", UNSET)

        gps_state = d.pop("gps_state", UNSET)

        interface = d.pop("interface", UNSET)

        interpreter = d.pop("interpreter", UNSET)

        is_converge = d.pop("is_converge", UNSET)

        is_factory_reset = d.pop("is_factory_reset", UNSET)

        locale = d.pop("locale", UNSET)

        managed_only = d.pop("managed_only", UNSET)

        message = d.pop("message", UNSET)

        package_name = d.pop("package_name", UNSET)

        policy_url = d.pop("policy_url", UNSET)

        primary_dns = d.pop("primary_dns", UNSET)

        profile = d.pop("profile", UNSET)

        profile_identifier = d.pop("profile_identifier", UNSET)

        rotate_state = d.pop("rotate_state", UNSET)

        screen_off_timeout = d.pop("screen_off_timeout", UNSET)

        script = d.pop("script", UNSET)

        secondary_dns = d.pop("secondary_dns", UNSET)

        state = d.pop("state", UNSET)

        static_ip = d.pop("static_ip", UNSET)

        stream = d.pop("stream", UNSET)

        subnet_mask = d.pop("subnet_mask", UNSET)

        timezone_string = d.pop("timezone_string", UNSET)

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        video_quality = d.pop("video_quality", UNSET)

        volume_level = d.pop("volume_level", UNSET)

        _wifi_access_points = d.pop("wifi_access_points", UNSET)
        wifi_access_points: CommandArgsWifiAccessPoints | Unset
        if isinstance(_wifi_access_points, Unset):
            wifi_access_points = UNSET
        else:
            wifi_access_points = CommandArgsWifiAccessPoints.from_dict(_wifi_access_points)

        wifi_revert_timeout = d.pop("wifi_revert_timeout", UNSET)

        wifi_state = d.pop("wifi_state", UNSET)

        command_args = cls(
            app_id=app_id,
            app_state=app_state,
            app_version=app_version,
            bluetooth_state=bluetooth_state,
            brightness_value=brightness_value,
            bundle_identifier=bundle_identifier,
            cert_alias_name=cert_alias_name,
            cert_data_base64=cert_data_base64,
            cert_file_type=cert_file_type,
            cert_password=cert_password,
            cert_storage_type=cert_storage_type,
            custom_settings_config=custom_settings_config,
            device_alias_name=device_alias_name,
            dhcp_enabled=dhcp_enabled,
            duration=duration,
            enable_debug_mode=enable_debug_mode,
            ethernet_auth_mode=ethernet_auth_mode,
            ethernet_ca_cert_alias=ethernet_ca_cert_alias,
            ethernet_client_cert_alias=ethernet_client_cert_alias,
            ethernet_eap_identity=ethernet_eap_identity,
            execute_as=execute_as,
            gateway=gateway,
            gps_state=gps_state,
            interface=interface,
            interpreter=interpreter,
            is_converge=is_converge,
            is_factory_reset=is_factory_reset,
            locale=locale,
            managed_only=managed_only,
            message=message,
            package_name=package_name,
            policy_url=policy_url,
            primary_dns=primary_dns,
            profile=profile,
            profile_identifier=profile_identifier,
            rotate_state=rotate_state,
            screen_off_timeout=screen_off_timeout,
            script=script,
            secondary_dns=secondary_dns,
            state=state,
            static_ip=static_ip,
            stream=stream,
            subnet_mask=subnet_mask,
            timezone_string=timezone_string,
            title=title,
            url=url,
            video_quality=video_quality,
            volume_level=volume_level,
            wifi_access_points=wifi_access_points,
            wifi_revert_timeout=wifi_revert_timeout,
            wifi_state=wifi_state,
        )

        command_args.additional_properties = d
        return command_args

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
    type[CommandArgsCustomSettingsConfig],
    type[CommandArgsWifiAccessPoints],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.command_args_custom_settings_config import CommandArgsCustomSettingsConfig  # noqa: PLC0415
    from ..models.command_args_wifi_access_points import CommandArgsWifiAccessPoints  # noqa: PLC0415

    return (
        CommandArgsCustomSettingsConfig,
        CommandArgsWifiAccessPoints,
    )
