from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customized_device_level_json_settings_customized_json import (
        CustomizedDeviceLevelJsonSettingsCustomizedJson,
    )


T = TypeVar("T", bound="CustomizedDeviceLevelJsonSettings")


@_attrs_define
class CustomizedDeviceLevelJsonSettings:
    """
    Attributes:
        customized_json (CustomizedDeviceLevelJsonSettingsCustomizedJson):
        apply_policy (ApplyPolicy | Unset):
    """

    customized_json: CustomizedDeviceLevelJsonSettingsCustomizedJson
    apply_policy: ApplyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customized_json = self.customized_json.to_dict()

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customized_json": customized_json,
            }
        )
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (CustomizedDeviceLevelJsonSettingsCustomizedJson,) = _nested_models()

        d = dict(src_dict)
        customized_json = CustomizedDeviceLevelJsonSettingsCustomizedJson.from_dict(d.pop("customized_json"))

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        customized_device_level_json_settings = cls(
            customized_json=customized_json,
            apply_policy=apply_policy,
        )

        customized_device_level_json_settings.additional_properties = d
        return customized_device_level_json_settings

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
def _nested_models() -> tuple[type[CustomizedDeviceLevelJsonSettingsCustomizedJson],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.customized_device_level_json_settings_customized_json import (
        CustomizedDeviceLevelJsonSettingsCustomizedJson,  # noqa: PLC0415
    )

    return (CustomizedDeviceLevelJsonSettingsCustomizedJson,)
