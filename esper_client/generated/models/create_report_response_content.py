from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_report_response_content_status import (
    CreateReportResponseContentStatus,
    check_create_report_response_content_status,
)

T = TypeVar("T", bound="CreateReportResponseContent")


@_attrs_define
class CreateReportResponseContent:
    """
    Attributes:
        id (UUID):
        status (CreateReportResponseContentStatus):
    """

    id: UUID
    status: CreateReportResponseContentStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_create_report_response_content_status(d.pop("status"))

        create_report_response_content = cls(
            id=id,
            status=status,
        )

        create_report_response_content.additional_properties = d
        return create_report_response_content

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
