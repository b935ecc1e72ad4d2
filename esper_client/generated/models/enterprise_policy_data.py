from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enterprise_policy_data_permission_policy import (
    EnterprisePolicyDataPermissionPolicy,
    check_enterprise_policy_data_permission_policy,
)
from ..models.enterprise_policy_data_settings_access_level import (
    EnterprisePolicyDataSettingsAccessLevel,
    check_enterprise_policy_data_settings_access_level,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.enterprise_policy_data_applications_item import EnterprisePolicyDataApplicationsItem
    from ..models.enterprise_policy_data_device_password_policy import EnterprisePolicyDataDevicePasswordPolicy
    from ..models.enterprise_policy_data_device_update_policy import EnterprisePolicyDataDeviceUpdatePolicy
    from ..models.enterprise_policy_data_frp_googles_item import EnterprisePolicyDataFrpGooglesItem
    from ..models.enterprise_policy_data_google_account_permission import EnterprisePolicyDataGoogleAccountPermission
    from ..models.enterprise_policy_data_phone_policy import EnterprisePolicyDataPhonePolicy


T = TypeVar("T", bound="EnterprisePolicyData")


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

    def to_dict(self) -> dict[str, Any]:
        adb_disabled = self.adb_disabled

        app_uninstall_disabled = self.app_uninstall_disabled

        applications: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.applications, Unset):
            applications = []
            for applications_item_data in self.applications:
                applications_item = applications_item_data.to_dict()
                applications.append(applications_item)

        camera_disabled = self.camera_disabled

        date_time_config_disabled = self.date_time_config_disabled

        device_password_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_password_policy, Unset):
            device_password_policy = self.device_password_policy.to_dict()

        device_update_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.device_update_policy, Unset):
            device_update_policy = self.device_update_policy.to_dict()

        disable_local_app_install = self.disable_local_app_install

        disable_play_store = self.disable_play_store

        factory_reset_disabled = self.factory_reset_disabled

        frp_googles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.frp_googles, Unset):
            frp_googles = []
            for frp_googles_item_data in self.frp_googles:
                frp_googles_item = frp_googles_item_data.to_dict()
                frp_googles.append(frp_googles_item)

        google_account_permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.google_account_permission, Unset):
            google_account_permission = self.google_account_permission.to_dict()

        google_assistant_disabled = self.google_assistant_disabled

        keyguard_disabled = self.keyguard_disabled

        kiosk_mode = self.kiosk_mode

        minimum_password_length = self.minimum_password_length

        nfc_beam_disabled = self.nfc_beam_disabled

        outgoing_calls_disabled = self.outgoing_calls_disabled

        permission_policy: str | Unset = UNSET
        if not isinstance(self.permission_policy, Unset):
            permission_policy = self.permission_policy

        phone_policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_policy, Unset):
            phone_policy = self.phone_policy.to_dict()

        safe_boot_disabled = self.safe_boot_disabled

        screenshot_disabled = self.screenshot_disabled

        settings_access_level: str | Unset = UNSET
        if not isinstance(self.settings_access_level, Unset):
            settings_access_level = self.settings_access_level

        settings_app_password = self.settings_app_password

        sms_disabled = self.sms_disabled

        status_bar_disabled = self.status_bar_disabled

        tethering_disabled = self.tethering_disabled

        usb_connectivity_disabled = self.usb_connectivity_disabled

        usb_file_transfer_disabled = self.usb_file_transfer_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adb_disabled is not UNSET:
            field_dict["adbDisabled"] = adb_disabled
        if app_uninstall_disabled is not UNSET:
            field_dict["appUninstallDisabled"] = app_uninstall_disabled
        if applications is not UNSET:
            field_dict["applications"] = applications
        if camera_disabled is not UNSET:
            field_dict["cameraDisabled"] = camera_disabled
        if date_time_config_disabled is not UNSET:
            field_dict["dateTimeConfigDisabled"] = date_time_config_disabled
        if device_password_policy is not UNSET:
            field_dict["devicePasswordPolicy"] = device_password_policy
        if device_update_policy is not UNSET:
            field_dict["deviceUpdatePolicy"] = device_update_policy
        if disable_local_app_install is not UNSET:
            field_dict["disableLocalAppInstall"] = disable_local_app_install
        if disable_play_store is not UNSET:
            field_dict["disablePlayStore"] = disable_play_store
        if factory_reset_disabled is not UNSET:
            field_dict["factoryResetDisabled"] = factory_reset_disabled
        if frp_googles is not UNSET:
            field_dict["frpGoogles"] = frp_googles
        if google_account_permission is not UNSET:
            field_dict["googleAccountPermission"] = google_account_permission
        if google_assistant_disabled is not UNSET:
            field_dict["googleAssistantDisabled"] = google_assistant_disabled
        if keyguard_disabled is not UNSET:
            field_dict["keyguardDisabled"] = keyguard_disabled
        if kiosk_mode is not UNSET:
            field_dict["kioskMode"] = kiosk_mode
        if minimum_password_length is not UNSET:
            field_dict["minimumPasswordLength"] = minimum_password_length
        if nfc_beam_disabled is not UNSET:
            field_dict["nfcBeamDisabled"] = nfc_beam_disabled
        if outgoing_calls_disabled is not UNSET:
            field_dict["outgoingCallsDisabled"] = outgoing_calls_disabled
        if permission_policy is not UNSET:
            field_dict["permissionPolicy"] = permission_policy
        if phone_policy is not UNSET:
            field_dict["phonePolicy"] = phone_policy
        if safe_boot_disabled is not UNSET:
            field_dict["safeBootDisabled"] = safe_boot_disabled
        if screenshot_disabled is not UNSET:
            field_dict["screenshotDisabled"] = screenshot_disabled
        if settings_access_level is not UNSET:
            field_dict["settingsAccessLevel"] = settings_access_level
        if settings_app_password is not UNSET:
            field_dict["settingsAppPassword"] = settings_app_password
        if sms_disabled is not UNSET:
            field_dict["smsDisabled"] = sms_disabled
        if status_bar_disabled is not UNSET:
            field_dict["statusBarDisabled"] = status_bar_disabled
        if tethering_disabled is not UNSET:
            field_dict["tetheringDisabled"] = tethering_disabled
        if usb_connectivity_disabled is not UNSET:
            field_dict["usbConnectivityDisabled"] = usb_connectivity_disabled
        if usb_file_transfer_disabled is not UNSET:
            field_dict["usbFileTransferDisabled"] = usb_file_transfer_disabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            EnterprisePolicyDataApplicationsItem,
            EnterprisePolicyDataDevicePasswordPolicy,
            EnterprisePolicyDataDeviceUpdatePolicy,
            EnterprisePolicyDataFrpGooglesItem,
            EnterprisePolicyDataGoogleAccountPermission,
            EnterprisePolicyDataPhonePolicy,
        ) = _nested_models()

        d = dict(src_dict)
        adb_disabled = d.pop("adbDisabled", UNSET)

        app_uninstall_disabled = d.pop("appUninstallDisabled", UNSET)

        _applications = d.pop("applications", UNSET)
        applications: list[EnterprisePolicyDataApplicationsItem] | Unset = UNSET
        if _applications is not UNSET:
            applications = []
            for applications_item_data in _applications:
                applications_item = EnterprisePolicyDataApplicationsItem.from_dict(applications_item_data)

                applications.append(applications_item)

        camera_disabled = d.pop("cameraDisabled", UNSET)

        date_time_config_disabled = d.pop("dateTimeConfigDisabled", UNSET)

        _device_password_policy = d.pop("devicePasswordPolicy", UNSET)
        device_password_policy: EnterprisePolicyDataDevicePasswordPolicy | Unset
        if isinstance(_device_password_policy, Unset):
            device_password_policy = UNSET
        else:
            device_password_policy = EnterprisePolicyDataDevicePasswordPolicy.from_dict(_device_password_policy)

        _device_update_policy = d.pop("deviceUpdatePolicy", UNSET)
        device_update_policy: EnterprisePolicyDataDeviceUpdatePolicy | Unset
        if isinstance(_device_update_policy, Unset):
            device_update_policy = UNSET
        else:
            device_update_policy = EnterprisePolicyDataDeviceUpdatePolicy.from_dict(_device_update_policy)

        disable_local_app_install = d.pop("disableLocalAppInstall", UNSET)

        disable_play_store = d.pop("disablePlayStore", UNSET)

        factory_reset_disabled = d.pop("factoryResetDisabled", UNSET)

        _frp_googles = d.pop("frpGoogles", UNSET)
        frp_googles: list[EnterprisePolicyDataFrpGooglesItem] | Unset = UNSET
        if _frp_googles is not UNSET:
            frp_googles = []
            for frp_googles_item_data in _frp_googles:
                frp_googles_item = EnterprisePolicyDataFrpGooglesItem.from_dict(frp_googles_item_data)

                frp_googles.append(frp_googles_item)

        _google_account_permission = d.pop("googleAccountPermission", UNSET)
        google_account_permission: EnterprisePolicyDataGoogleAccountPermission | Unset
        if isinstance(_google_account_permission, Unset):
            google_account_permission = UNSET
        else:
            google_account_permission = EnterprisePolicyDataGoogleAccountPermission.from_dict(
                _google_account_permission
            )

        google_assistant_disabled = d.pop("googleAssistantDisabled", UNSET)

        keyguard_disabled = d.pop("keyguardDisabled", UNSET)

        kiosk_mode = d.pop("kioskMode", UNSET)

        minimum_password_length = d.pop("minimumPasswordLength", UNSET)

        nfc_beam_disabled = d.pop("nfcBeamDisabled", UNSET)

        outgoing_calls_disabled = d.pop("outgoingCallsDisabled", UNSET)

        _permission_policy = d.pop("permissionPolicy", UNSET)
        permission_policy: EnterprisePolicyDataPermissionPolicy | Unset
        if isinstance(_permission_policy, Unset):
            permission_policy = UNSET
        else:
            permission_policy = check_enterprise_policy_data_permission_policy(_permission_policy)

        _phone_policy = d.pop("phonePolicy", UNSET)
        phone_policy: EnterprisePolicyDataPhonePolicy | Unset
        if isinstance(_phone_policy, Unset):
            phone_policy = UNSET
        else:
            phone_policy = EnterprisePolicyDataPhonePolicy.from_dict(_phone_policy)

        safe_boot_disabled = d.pop("safeBootDisabled", UNSET)

        screenshot_disabled = d.pop("screenshotDisabled", UNSET)

        _settings_access_level = d.pop("settingsAccessLevel", UNSET)
        settings_access_level: EnterprisePolicyDataSettingsAccessLevel | Unset
        if isinstance(_settings_access_level, Unset):
            settings_access_level = UNSET
        else:
            settings_access_level = check_enterprise_policy_data_settings_access_level(_settings_access_level)

        settings_app_password = d.pop("settingsAppPassword", UNSET)

        sms_disabled = d.pop("smsDisabled", UNSET)

        status_bar_disabled = d.pop("statusBarDisabled", UNSET)

        tethering_disabled = d.pop("tetheringDisabled", UNSET)

        usb_connectivity_disabled = d.pop("usbConnectivityDisabled", UNSET)

        usb_file_transfer_disabled = d.pop("usbFileTransferDisabled", UNSET)

        enterprise_policy_data = cls(
            adb_disabled=adb_disabled,
            app_uninstall_disabled=app_uninstall_disabled,
            applications=applications,
            camera_disabled=camera_disabled,
            date_time_config_disabled=date_time_config_disabled,
            device_password_policy=device_password_policy,
            device_update_policy=device_update_policy,
            disable_local_app_install=disable_local_app_install,
            disable_play_store=disable_play_store,
            factory_reset_disabled=factory_reset_disabled,
            frp_googles=frp_googles,
            google_account_permission=google_account_permission,
            google_assistant_disabled=google_assistant_disabled,
            keyguard_disabled=keyguard_disabled,
            kiosk_mode=kiosk_mode,
            minimum_password_length=minimum_password_length,
            nfc_beam_disabled=nfc_beam_disabled,
            outgoing_calls_disabled=outgoing_calls_disabled,
            permission_policy=permission_policy,
            phone_policy=phone_policy,
            safe_boot_disabled=safe_boot_disabled,
            screenshot_disabled=screenshot_disabled,
            settings_access_level=settings_access_level,
            settings_app_password=settings_app_password,
            sms_disabled=sms_disabled,
            status_bar_disabled=status_bar_disabled,
            tethering_disabled=tethering_disabled,
            usb_connectivity_disabled=usb_connectivity_disabled,
            usb_file_transfer_disabled=usb_file_transfer_disabled,
        )

        enterprise_policy_data.additional_properties = d
        return enterprise_policy_data

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
    type[EnterprisePolicyDataApplicationsItem],
    type[EnterprisePolicyDataDevicePasswordPolicy],
    type[EnterprisePolicyDataDeviceUpdatePolicy],
    type[EnterprisePolicyDataFrpGooglesItem],
    type[EnterprisePolicyDataGoogleAccountPermission],
    type[EnterprisePolicyDataPhonePolicy],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.enterprise_policy_data_applications_item import EnterprisePolicyDataApplicationsItem  # noqa: PLC0415
    from ..models.enterprise_policy_data_device_password_policy import EnterprisePolicyDataDevicePasswordPolicy  # noqa: PLC0415
    from ..models.enterprise_policy_data_device_update_policy import EnterprisePolicyDataDeviceUpdatePolicy  # noqa: PLC0415
    from ..models.enterprise_policy_data_frp_googles_item import EnterprisePolicyDataFrpGooglesItem  # noqa: PLC0415
    from ..models.enterprise_policy_data_google_account_permission import EnterprisePolicyDataGoogleAccountPermission  # noqa: PLC0415
    from ..models.enterprise_policy_data_phone_policy import EnterprisePolicyDataPhonePolicy  # noqa: PLC0415

    return (
        EnterprisePolicyDataApplicationsItem,
        EnterprisePolicyDataDevicePasswordPolicy,
        EnterprisePolicyDataDeviceUpdatePolicy,
        EnterprisePolicyDataFrpGooglesItem,
        EnterprisePolicyDataGoogleAccountPermission,
        EnterprisePolicyDataPhonePolicy,
    )
