from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.app_layout_setting_app_icon_size import (
    AppLayoutSettingAppIconSize,
)
from ..models.app_layout_setting_app_name_size import (
    AppLayoutSettingAppNameSize,
)
from ..models.app_layout_setting_brand_logo_position import (
    AppLayoutSettingBrandLogoPosition,
)
from ..models.app_layout_setting_device_alias_size import (
    AppLayoutSettingDeviceAliasSize,
)
from ..models.app_layout_setting_device_name_and_id_display_policy import (
    AppLayoutSettingDeviceNameAndIdDisplayPolicy,
)
from ..models.app_layout_setting_device_name_position import (
    AppLayoutSettingDeviceNamePosition,
)
from ..models.app_layout_setting_device_name_size import (
    AppLayoutSettingDeviceNameSize,
)
from ..models.apply_policy import ApplyPolicy
from ..types import UNSET, Unset


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """AppLayoutSetting's fields as esper_client._runtime reads them (once, on first use)."""
    return (
        (
            _rt.Field(
                "app_icon_size",
                "app_icon_size",
                _rt.enum(
                    "AppLayoutSettingAppIconSize",
                    ["CUSTOM_ICON", "DEFAULT_ICON", "LARGE_ICON", "MEDIUM_ICON", "SMALL_ICON"],
                ),
            ),
            _rt.Field(
                "app_name_size",
                "app_name_size",
                _rt.enum(
                    "AppLayoutSettingAppNameSize",
                    ["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"],
                ),
            ),
            _rt.Field(
                "apply_policy", "apply_policy", _rt.enum("ApplyPolicy", ["ALWAYS APPLY", "IGNORE", "PROVISION ONLY"])
            ),
            _rt.Field(
                "brand_logo_position",
                "brand_logo_position",
                _rt.enum("AppLayoutSettingBrandLogoPosition", ["BOTTOM_LEFT", "BOTTOM_RIGHT", "TOP_LEFT", "TOP_RIGHT"]),
            ),
            _rt.Field("custom_app_icon_size", "custom_app_icon_size", _rt.INT),
            _rt.Field("custom_app_name_size", "custom_app_name_size", _rt.INT),
            _rt.Field("custom_device_alias_size", "custom_device_alias_size", _rt.INT),
            _rt.Field("custom_device_name_size", "custom_device_name_size", _rt.INT),
            _rt.Field(
                "device_alias_size",
                "device_alias_size",
                _rt.enum(
                    "AppLayoutSettingDeviceAliasSize",
                    ["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"],
                ),
            ),
            _rt.Field(
                "device_name_and_id_display_policy",
                "device_name_and_id_display_policy",
                _rt.enum(
                    "AppLayoutSettingDeviceNameAndIdDisplayPolicy",
                    ["ALIAS_NAME_ONLY", "DEFAULT", "DEVICE_ID_AND_ALIAS_NAME", "DEVICE_ID_ONLY", "NONE"],
                ),
            ),
            _rt.Field(
                "device_name_position",
                "device_name_position",
                _rt.enum(
                    "AppLayoutSettingDeviceNamePosition", ["BOTTOM_LEFT", "BOTTOM_RIGHT", "TOP_LEFT", "TOP_RIGHT"]
                ),
            ),
            _rt.Field(
                "device_name_size",
                "device_name_size",
                _rt.enum(
                    "AppLayoutSettingDeviceNameSize",
                    ["CUSTOM_TEXT", "DEFAULT_TEXT", "LARGE_TEXT", "MEDIUM_TEXT", "SMALL_TEXT"],
                ),
            ),
        ),
        _rt.ANY,
    )


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
