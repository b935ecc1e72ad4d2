from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateEmmEnrollmentCompleteBody")


@_attrs_define
class CreateEmmEnrollmentCompleteBody:
    """
    Attributes:
        completion_token (str):
        enterprise_token (str):
    """

    completion_token: str
    enterprise_token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_token = self.completion_token

        enterprise_token = self.enterprise_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_token": completion_token,
                "enterprise_token": enterprise_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_token = d.pop("completion_token")

        enterprise_token = d.pop("enterprise_token")

        create_emm_enrollment_complete_body = cls(
            completion_token=completion_token,
            enterprise_token=enterprise_token,
        )

        create_emm_enrollment_complete_body.additional_properties = d
        return create_emm_enrollment_complete_body

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
