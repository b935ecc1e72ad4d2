from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.google_application_app_action import GoogleApplicationAppAction, check_google_application_app_action
from ..types import UNSET, Unset

T = TypeVar("T", bound="GoogleApplication")


@_attrs_define
class GoogleApplication:
    """
    Attributes:
        app_action (GoogleApplicationAppAction | Unset):
        mcm_id (str | Unset):
        product_id (str | Unset):
    """

    app_action: GoogleApplicationAppAction | Unset = UNSET
    mcm_id: str | Unset = UNSET
    product_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_action: str | Unset = UNSET
        if not isinstance(self.app_action, Unset):
            app_action = self.app_action

        mcm_id = self.mcm_id

        product_id = self.product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_action is not UNSET:
            field_dict["app_action"] = app_action
        if mcm_id is not UNSET:
            field_dict["mcm_id"] = mcm_id
        if product_id is not UNSET:
            field_dict["product_id"] = product_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _app_action = d.pop("app_action", UNSET)
        app_action: GoogleApplicationAppAction | Unset
        if isinstance(_app_action, Unset):
            app_action = UNSET
        else:
            app_action = check_google_application_app_action(_app_action)

        mcm_id = d.pop("mcm_id", UNSET)

        product_id = d.pop("product_id", UNSET)

        google_application = cls(
            app_action=app_action,
            mcm_id=mcm_id,
            product_id=product_id,
        )

        google_application.additional_properties = d
        return google_application

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
