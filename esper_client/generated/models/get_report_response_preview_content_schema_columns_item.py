from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetReportResponsePreviewContentSchemaColumnsItem")


@_attrs_define
class GetReportResponsePreviewContentSchemaColumnsItem:
    """
    Attributes:
        name (str | Unset):
        position (int | Unset):
        type_name (str | Unset):
        type_text (str | Unset):
    """

    name: str | Unset = UNSET
    position: int | Unset = UNSET
    type_name: str | Unset = UNSET
    type_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position = self.position

        type_name = self.type_name

        type_text = self.type_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if type_name is not UNSET:
            field_dict["type_name"] = type_name
        if type_text is not UNSET:
            field_dict["type_text"] = type_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        position = d.pop("position", UNSET)

        type_name = d.pop("type_name", UNSET)

        type_text = d.pop("type_text", UNSET)

        get_report_response_preview_content_schema_columns_item = cls(
            name=name,
            position=position,
            type_name=type_name,
            type_text=type_text,
        )

        get_report_response_preview_content_schema_columns_item.additional_properties = d
        return get_report_response_preview_content_schema_columns_item

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
