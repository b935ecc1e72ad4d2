from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GoogleAccountUpdateRequestBody")


@_attrs_define
class GoogleAccountUpdateRequestBody:
    """
    Attributes:
        google_device_id (str):
        google_user_id (str):
    """

    google_device_id: str
    google_user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_device_id = self.google_device_id

        google_user_id = self.google_user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "google_device_id": google_device_id,
                "google_user_id": google_user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_device_id = d.pop("google_device_id")

        google_user_id = d.pop("google_user_id")

        google_account_update_request_body = cls(
            google_device_id=google_device_id,
            google_user_id=google_user_id,
        )

        google_account_update_request_body.additional_properties = d
        return google_account_update_request_body

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
