from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_layout_setting_app_icon_size import (
    AppLayoutSettingAppIconSize,
    check_app_layout_setting_app_icon_size,
)
from ..models.app_layout_setting_app_name_size import (
    AppLayoutSettingAppNameSize,
    check_app_layout_setting_app_name_size,
)
from ..models.app_layout_setting_brand_logo_position import (
    AppLayoutSettingBrandLogoPosition,
    check_app_layout_setting_brand_logo_position,
)
from ..models.app_layout_setting_device_alias_size import (
    AppLayoutSettingDeviceAliasSize,
    check_app_layout_setting_device_alias_size,
)
from ..models.app_layout_setting_device_name_and_id_display_policy import (
    AppLayoutSettingDeviceNameAndIdDisplayPolicy,
    check_app_layout_setting_device_name_and_id_display_policy,
)
from ..models.app_layout_setting_device_name_position import (
    AppLayoutSettingDeviceNamePosition,
    check_app_layout_setting_device_name_position,
)
from ..models.app_layout_setting_device_name_size import (
    AppLayoutSettingDeviceNameSize,
    check_app_layout_setting_device_name_size,
)
from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppLayoutSetting")


@_attrs_define
class AppLayoutSetting:
    """
    Attributes:
        app_icon_size (AppLayoutSettingAppIconSize | Unset):
        app_name_size (AppLayoutSettingAppNameSize | Unset):
        apply_policy (ApplyPolicy | Unset):
        brand_logo_position (AppLayoutSettingBrandLogoPosition | Unset):
        custom_app_icon_size (int | Unset):
        custom_app_name_size (int | Unset):
        custom_device_alias_size (int | Unset):
        custom_device_name_size (int | Unset):
        device_alias_size (AppLayoutSettingDeviceAliasSize | Unset):
        device_name_and_id_display_policy (AppLayoutSettingDeviceNameAndIdDisplayPolicy | Unset):
        device_name_position (AppLayoutSettingDeviceNamePosition | Unset):
        device_name_size (AppLayoutSettingDeviceNameSize | Unset):
    """

    app_icon_size: AppLayoutSettingAppIconSize | Unset = UNSET
    app_name_size: AppLayoutSettingAppNameSize | Unset = UNSET
    apply_policy: ApplyPolicy | Unset = UNSET
    brand_logo_position: AppLayoutSettingBrandLogoPosition | Unset = UNSET
    custom_app_icon_size: int | Unset = UNSET
    custom_app_name_size: int | Unset = UNSET
    custom_device_alias_size: int | Unset = UNSET
    custom_device_name_size: int | Unset = UNSET
    device_alias_size: AppLayoutSettingDeviceAliasSize | Unset = UNSET
    device_name_and_id_display_policy: AppLayoutSettingDeviceNameAndIdDisplayPolicy | Unset = UNSET
    device_name_position: AppLayoutSettingDeviceNamePosition | Unset = UNSET
    device_name_size: AppLayoutSettingDeviceNameSize | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_icon_size: str | Unset = UNSET
        if not isinstance(self.app_icon_size, Unset):
            app_icon_size = self.app_icon_size

        app_name_size: str | Unset = UNSET
        if not isinstance(self.app_name_size, Unset):
            app_name_size = self.app_name_size

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        brand_logo_position: str | Unset = UNSET
        if not isinstance(self.brand_logo_position, Unset):
            brand_logo_position = self.brand_logo_position

        custom_app_icon_size = self.custom_app_icon_size

        custom_app_name_size = self.custom_app_name_size

        custom_device_alias_size = self.custom_device_alias_size

        custom_device_name_size = self.custom_device_name_size

        device_alias_size: str | Unset = UNSET
        if not isinstance(self.device_alias_size, Unset):
            device_alias_size = self.device_alias_size

        device_name_and_id_display_policy: str | Unset = UNSET
        if not isinstance(self.device_name_and_id_display_policy, Unset):
            device_name_and_id_display_policy = self.device_name_and_id_display_policy

        device_name_position: str | Unset = UNSET
        if not isinstance(self.device_name_position, Unset):
            device_name_position = self.device_name_position

        device_name_size: str | Unset = UNSET
        if not isinstance(self.device_name_size, Unset):
            device_name_size = self.device_name_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_icon_size is not UNSET:
            field_dict["app_icon_size"] = app_icon_size
        if app_name_size is not UNSET:
            field_dict["app_name_size"] = app_name_size
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy
        if brand_logo_position is not UNSET:
            field_dict["brand_logo_position"] = brand_logo_position
        if custom_app_icon_size is not UNSET:
            field_dict["custom_app_icon_size"] = custom_app_icon_size
        if custom_app_name_size is not UNSET:
            field_dict["custom_app_name_size"] = custom_app_name_size
        if custom_device_alias_size is not UNSET:
            field_dict["custom_device_alias_size"] = custom_device_alias_size
        if custom_device_name_size is not UNSET:
            field_dict["custom_device_name_size"] = custom_device_name_size
        if device_alias_size is not UNSET:
            field_dict["device_alias_size"] = device_alias_size
        if device_name_and_id_display_policy is not UNSET:
            field_dict["device_name_and_id_display_policy"] = device_name_and_id_display_policy
        if device_name_position is not UNSET:
            field_dict["device_name_position"] = device_name_position
        if device_name_size is not UNSET:
            field_dict["device_name_size"] = device_name_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_icon_size = d.pop("app_icon_size", UNSET)
        app_icon_size: AppLayoutSettingAppIconSize | Unset
        if isinstance(_app_icon_size, Unset):
            app_icon_size = UNSET
        else:
            app_icon_size = check_app_layout_setting_app_icon_size(_app_icon_size)

        _app_name_size = d.pop("app_name_size", UNSET)
        app_name_size: AppLayoutSettingAppNameSize | Unset
        if isinstance(_app_name_size, Unset):
            app_name_size = UNSET
        else:
            app_name_size = check_app_layout_setting_app_name_size(_app_name_size)

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        _brand_logo_position = d.pop("brand_logo_position", UNSET)
        brand_logo_position: AppLayoutSettingBrandLogoPosition | Unset
        if isinstance(_brand_logo_position, Unset):
            brand_logo_position = UNSET
        else:
            brand_logo_position = check_app_layout_setting_brand_logo_position(_brand_logo_position)

        custom_app_icon_size = d.pop("custom_app_icon_size", UNSET)

        custom_app_name_size = d.pop("custom_app_name_size", UNSET)

        custom_device_alias_size = d.pop("custom_device_alias_size", UNSET)

        custom_device_name_size = d.pop("custom_device_name_size", UNSET)

        _device_alias_size = d.pop("device_alias_size", UNSET)
        device_alias_size: AppLayoutSettingDeviceAliasSize | Unset
        if isinstance(_device_alias_size, Unset):
            device_alias_size = UNSET
        else:
            device_alias_size = check_app_layout_setting_device_alias_size(_device_alias_size)

        _device_name_and_id_display_policy = d.pop("device_name_and_id_display_policy", UNSET)
        device_name_and_id_display_policy: AppLayoutSettingDeviceNameAndIdDisplayPolicy | Unset
        if isinstance(_device_name_and_id_display_policy, Unset):
            device_name_and_id_display_policy = UNSET
        else:
            device_name_and_id_display_policy = check_app_layout_setting_device_name_and_id_display_policy(
                _device_name_and_id_display_policy
            )

        _device_name_position = d.pop("device_name_position", UNSET)
        device_name_position: AppLayoutSettingDeviceNamePosition | Unset
        if isinstance(_device_name_position, Unset):
            device_name_position = UNSET
        else:
            device_name_position = check_app_layout_setting_device_name_position(_device_name_position)

        _device_name_size = d.pop("device_name_size", UNSET)
        device_name_size: AppLayoutSettingDeviceNameSize | Unset
        if isinstance(_device_name_size, Unset):
            device_name_size = UNSET
        else:
            device_name_size = check_app_layout_setting_device_name_size(_device_name_size)

        app_layout_setting = cls(
            app_icon_size=app_icon_size,
            app_name_size=app_name_size,
            apply_policy=apply_policy,
            brand_logo_position=brand_logo_position,
            custom_app_icon_size=custom_app_icon_size,
            custom_app_name_size=custom_app_name_size,
            custom_device_alias_size=custom_device_alias_size,
            custom_device_name_size=custom_device_name_size,
            device_alias_size=device_alias_size,
            device_name_and_id_display_policy=device_name_and_id_display_policy,
            device_name_position=device_name_position,
            device_name_size=device_name_size,
        )

        app_layout_setting.additional_properties = d
        return app_layout_setting

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
