from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.enterprise_policy_data_permission_policy import (
    EnterprisePolicyDataPermissionPolicy,
)
from ..models.enterprise_policy_data_settings_access_level import (
    EnterprisePolicyDataSettingsAccessLevel,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_policy_data_applications_item import EnterprisePolicyDataApplicationsItem
    from ..models.enterprise_policy_data_device_password_policy import EnterprisePolicyDataDevicePasswordPolicy
    from ..models.enterprise_policy_data_device_update_policy import EnterprisePolicyDataDeviceUpdatePolicy
    from ..models.enterprise_policy_data_frp_googles_item import EnterprisePolicyDataFrpGooglesItem
    from ..models.enterprise_policy_data_google_account_permission import EnterprisePolicyDataGoogleAccountPermission
    from ..models.enterprise_policy_data_phone_policy import EnterprisePolicyDataPhonePolicy


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """EnterprisePolicyData's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.enterprise_policy_data_applications_item import EnterprisePolicyDataApplicationsItem  # noqa: PLC0415
    from ..models.enterprise_policy_data_device_password_policy import EnterprisePolicyDataDevicePasswordPolicy  # noqa: PLC0415
    from ..models.enterprise_policy_data_device_update_policy import EnterprisePolicyDataDeviceUpdatePolicy  # noqa: PLC0415
    from ..models.enterprise_policy_data_frp_googles_item import EnterprisePolicyDataFrpGooglesItem  # noqa: PLC0415
    from ..models.enterprise_policy_data_google_account_permission import EnterprisePolicyDataGoogleAccountPermission  # noqa: PLC0415
    from ..models.enterprise_policy_data_phone_policy import EnterprisePolicyDataPhonePolicy  # noqa: PLC0415

    return (
        (
            _rt.Field("adbDisabled", "adb_disabled", _rt.BOOL),
            _rt.Field("appUninstallDisabled", "app_uninstall_disabled", _rt.BOOL),
            _rt.Field("applications", "applications", _rt.list_of(_rt.model(EnterprisePolicyDataApplicationsItem))),
            _rt.Field("cameraDisabled", "camera_disabled", _rt.BOOL),
            _rt.Field("dateTimeConfigDisabled", "date_time_config_disabled", _rt.BOOL),
            _rt.Field(
                "devicePasswordPolicy", "device_password_policy", _rt.model(EnterprisePolicyDataDevicePasswordPolicy)
            ),
            _rt.Field("deviceUpdatePolicy", "device_update_policy", _rt.model(EnterprisePolicyDataDeviceUpdatePolicy)),
            _rt.Field("disableLocalAppInstall", "disable_local_app_install", _rt.BOOL),
            _rt.Field("disablePlayStore", "disable_play_store", _rt.BOOL),
            _rt.Field("factoryResetDisabled", "factory_reset_disabled", _rt.BOOL),
            _rt.Field("frpGoogles", "frp_googles", _rt.list_of(_rt.model(EnterprisePolicyDataFrpGooglesItem))),
            _rt.Field(
                "googleAccountPermission",
                "google_account_permission",
                _rt.model(EnterprisePolicyDataGoogleAccountPermission),
            ),
            _rt.Field("googleAssistantDisabled", "google_assistant_disabled", _rt.BOOL),
            _rt.Field("keyguardDisabled", "keyguard_disabled", _rt.BOOL),
            _rt.Field("kioskMode", "kiosk_mode", _rt.BOOL),
            _rt.Field("minimumPasswordLength", "minimum_password_length", _rt.INT),
            _rt.Field("nfcBeamDisabled", "nfc_beam_disabled", _rt.BOOL),
            _rt.Field("outgoingCallsDisabled", "outgoing_calls_disabled", _rt.BOOL),
            _rt.Field(
                "permissionPolicy",
                "permission_policy",
                _rt.enum(
                    "EnterprisePolicyDataPermissionPolicy",
                    ["PERMISSION_POLICY_AUTO_DENY", "PERMISSION_POLICY_AUTO_GRANT", "PERMISSION_POLICY_PROMPT"],
                ),
            ),
            _rt.Field("phonePolicy", "phone_policy", _rt.model(EnterprisePolicyDataPhonePolicy)),
            _rt.Field("safeBootDisabled", "safe_boot_disabled", _rt.BOOL),
            _rt.Field("screenshotDisabled", "screenshot_disabled", _rt.BOOL),
            _rt.Field(
                "settingsAccessLevel",
                "settings_access_level",
                _rt.enum("EnterprisePolicyDataSettingsAccessLevel", ["NONE", "SHOONYA", "SYSTEM"]),
            ),
            _rt.Field("settingsAppPassword", "settings_app_password", _rt.STR),
            _rt.Field("smsDisabled", "sms_disabled", _rt.BOOL),
            _rt.Field("statusBarDisabled", "status_bar_disabled", _rt.BOOL),
            _rt.Field("tetheringDisabled", "tethering_disabled", _rt.BOOL),
            _rt.Field("usbConnectivityDisabled", "usb_connectivity_disabled", _rt.BOOL),
            _rt.Field("usbFileTransferDisabled", "usb_file_transfer_disabled", _rt.BOOL),
        ),
        _rt.ANY,
    )


@_attrs_define
class EnterprisePolicyData:
    """
    Attributes:
        adb_disabled (bool | Unset):
        app_uninstall_disabled (bool | Unset):
        applications (list[EnterprisePolicyDataApplicationsItem] | Unset):
        camera_disabled (bool | Unset):
        date_time_config_disabled (bool | Unset):
        device_password_policy (EnterprisePolicyDataDevicePasswordPolicy | Unset):
        device_update_policy (EnterprisePolicyDataDeviceUpdatePolicy | Unset):
        disable_local_app_install (bool | Unset):
        disable_play_store (bool | Unset):
        factory_reset_disabled (bool | Unset):
        frp_googles (list[EnterprisePolicyDataFrpGooglesItem] | Unset):
        google_account_permission (EnterprisePolicyDataGoogleAccountPermission | Unset):
        google_assistant_disabled (bool | Unset):
        keyguard_disabled (bool | Unset):
        kiosk_mode (bool | Unset):
        minimum_password_length (int | Unset):
        nfc_beam_disabled (bool | Unset):
        outgoing_calls_disabled (bool | Unset):
        permission_policy (EnterprisePolicyDataPermissionPolicy | Unset):
        phone_policy (EnterprisePolicyDataPhonePolicy | Unset):
        safe_boot_disabled (bool | Unset):
        screenshot_disabled (bool | Unset):
        settings_access_level (EnterprisePolicyDataSettingsAccessLevel | Unset):
        settings_app_password (str | Unset):
        sms_disabled (bool | Unset):
        status_bar_disabled (bool | Unset):
        tethering_disabled (bool | Unset):
        usb_connectivity_disabled (bool | Unset):
        usb_file_transfer_disabled (bool | Unset):
    """

    adb_disabled: bool | Unset = UNSET
    app_uninstall_disabled: bool | Unset = UNSET
    applications: list[EnterprisePolicyDataApplicationsItem] | Unset = UNSET
    camera_disabled: bool | Unset = UNSET
    date_time_config_disabled: bool | Unset = UNSET
    device_password_policy: EnterprisePolicyDataDevicePasswordPolicy | Unset = UNSET
    device_update_policy: EnterprisePolicyDataDeviceUpdatePolicy | Unset = UNSET
    disable_local_app_install: bool | Unset = UNSET
    disable_play_store: bool | Unset = UNSET
    factory_reset_disabled: bool | Unset = UNSET
    frp_googles: list[EnterprisePolicyDataFrpGooglesItem] | Unset = UNSET
    google_account_permission: EnterprisePolicyDataGoogleAccountPermission | Unset = UNSET
    google_assistant_disabled: bool | Unset = UNSET
    keyguard_disabled: bool | Unset = UNSET
    kiosk_mode: bool | Unset = UNSET
    minimum_password_length: int | Unset = UNSET
    nfc_beam_disabled: bool | Unset = UNSET
    outgoing_calls_disabled: bool | Unset = UNSET
    permission_policy: EnterprisePolicyDataPermissionPolicy | Unset = UNSET
    phone_policy: EnterprisePolicyDataPhonePolicy | Unset = UNSET
    safe_boot_disabled: bool | Unset = UNSET
    screenshot_disabled: bool | Unset = UNSET
    settings_access_level: EnterprisePolicyDataSettingsAccessLevel | Unset = UNSET
    settings_app_password: str | Unset = UNSET
    sms_disabled: bool | Unset = UNSET
    status_bar_disabled: bool | Unset = UNSET
    tethering_disabled: bool | Unset = UNSET
    usb_connectivity_disabled: bool | Unset = UNSET
    usb_file_transfer_disabled: bool | Unset = UNSET
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
