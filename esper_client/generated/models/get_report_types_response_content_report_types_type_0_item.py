from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetReportTypesResponseContentReportTypesType0Item")


@_attrs_define
class GetReportTypesResponseContentReportTypesType0Item:
    """
    Attributes:
        available_from (datetime.datetime):
        description (str):
        display_name (str):
        last_generated_at (datetime.datetime):
        name (str):
    """

    available_from: datetime.datetime
    description: str
    display_name: str
    last_generated_at: datetime.datetime
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        available_from = self.available_from.isoformat()

        description = self.description

        display_name = self.display_name

        last_generated_at = self.last_generated_at.isoformat()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_from": available_from,
                "description": description,
                "display_name": display_name,
                "last_generated_at": last_generated_at,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        available_from = datetime.datetime.fromisoformat(d.pop("available_from"))

        description = d.pop("description")

        display_name = d.pop("display_name")

        last_generated_at = datetime.datetime.fromisoformat(d.pop("last_generated_at"))

        name = d.pop("name")

        get_report_types_response_content_report_types_type_0_item = cls(
            available_from=available_from,
            description=description,
            display_name=display_name,
            last_generated_at=last_generated_at,
            name=name,
        )

        get_report_types_response_content_report_types_type_0_item.additional_properties = d
        return get_report_types_response_content_report_types_type_0_item

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
