from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_policy import ApplyPolicy, check_apply_policy
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_icon import AppIcon


T = TypeVar("T", bound="AppOrderSetting")


@_attrs_define
class AppOrderSetting:
    """
    Attributes:
        app_order_list (list[AppIcon] | Unset):
        apply_policy (ApplyPolicy | Unset):
    """

    app_order_list: list[AppIcon] | Unset = UNSET
    apply_policy: ApplyPolicy | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_order_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.app_order_list, Unset):
            app_order_list = []
            for app_order_list_item_data in self.app_order_list:
                app_order_list_item = app_order_list_item_data.to_dict()
                app_order_list.append(app_order_list_item)

        apply_policy: str | Unset = UNSET
        if not isinstance(self.apply_policy, Unset):
            apply_policy = self.apply_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_order_list is not UNSET:
            field_dict["app_order_list"] = app_order_list
        if apply_policy is not UNSET:
            field_dict["apply_policy"] = apply_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (AppIcon,) = _nested_models()

        d = dict(src_dict)
        _app_order_list = d.pop("app_order_list", UNSET)
        app_order_list: list[AppIcon] | Unset = UNSET
        if _app_order_list is not UNSET:
            app_order_list = []
            for app_order_list_item_data in _app_order_list:
                app_order_list_item = AppIcon.from_dict(app_order_list_item_data)

                app_order_list.append(app_order_list_item)

        _apply_policy = d.pop("apply_policy", UNSET)
        apply_policy: ApplyPolicy | Unset
        if isinstance(_apply_policy, Unset):
            apply_policy = UNSET
        else:
            apply_policy = check_apply_policy(_apply_policy)

        app_order_setting = cls(
            app_order_list=app_order_list,
            apply_policy=apply_policy,
        )

        app_order_setting.additional_properties = d
        return app_order_setting

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
def _nested_models() -> tuple[type[AppIcon],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.app_icon import AppIcon  # noqa: PLC0415

    return (AppIcon,)
