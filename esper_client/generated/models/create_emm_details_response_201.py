from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.google_enterprise_details import GoogleEnterpriseDetails


T = TypeVar("T", bound="CreateEmmDetailsResponse201")


@_attrs_define
class CreateEmmDetailsResponse201:
    """
    Attributes:
        content (GoogleEnterpriseDetails):
    """

    content: GoogleEnterpriseDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GoogleEnterpriseDetails,) = _nested_models()

        d = dict(src_dict)
        content = GoogleEnterpriseDetails.from_dict(d.pop("content"))

        create_emm_details_response_201 = cls(
            content=content,
        )

        create_emm_details_response_201.additional_properties = d
        return create_emm_details_response_201

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
def _nested_models() -> tuple[type[GoogleEnterpriseDetails],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.google_enterprise_details import GoogleEnterpriseDetails  # noqa: PLC0415

    return (GoogleEnterpriseDetails,)
