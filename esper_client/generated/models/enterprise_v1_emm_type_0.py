from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnterpriseV1EmmType0")


@_attrs_define
class EnterpriseV1EmmType0:
    """
    Attributes:
        google_enterprise_id (str | Unset):
    """

    google_enterprise_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        google_enterprise_id = self.google_enterprise_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if google_enterprise_id is not UNSET:
            field_dict["google_enterprise_id"] = google_enterprise_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        google_enterprise_id = d.pop("google_enterprise_id", UNSET)

        enterprise_v1_emm_type_0 = cls(
            google_enterprise_id=google_enterprise_id,
        )

        enterprise_v1_emm_type_0.additional_properties = d
        return enterprise_v1_emm_type_0

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
