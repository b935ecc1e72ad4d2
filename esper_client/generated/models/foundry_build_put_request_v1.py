from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FoundryBuildPUTRequestV1")


@_attrs_define
class FoundryBuildPUTRequestV1:
    """
    Attributes:
        approved (bool):
        user_remarks (str | Unset):
    """

    approved: bool
    user_remarks: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approved = self.approved

        user_remarks = self.user_remarks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approved": approved,
            }
        )
        if user_remarks is not UNSET:
            field_dict["user_remarks"] = user_remarks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved = d.pop("approved")

        user_remarks = d.pop("user_remarks", UNSET)

        foundry_build_put_request_v1 = cls(
            approved=approved,
            user_remarks=user_remarks,
        )

        foundry_build_put_request_v1.additional_properties = d
        return foundry_build_put_request_v1

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
