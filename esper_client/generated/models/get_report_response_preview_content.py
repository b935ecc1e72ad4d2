from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_report_response_preview_content_status import (
    GetReportResponsePreviewContentStatus,
    check_get_report_response_preview_content_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_report_response_preview_content_schema import GetReportResponsePreviewContentSchema


T = TypeVar("T", bound="GetReportResponsePreviewContent")


@_attrs_define
class GetReportResponsePreviewContent:
    """
    Attributes:
        id (UUID):
        status (GetReportResponsePreviewContentStatus):
        data_array (list[list[Any]] | Unset):
        schema (GetReportResponsePreviewContentSchema | Unset):
        truncated (bool | Unset):
    """

    id: UUID
    status: GetReportResponsePreviewContentStatus
    data_array: list[list[Any]] | Unset = UNSET
    schema: GetReportResponsePreviewContentSchema | Unset = UNSET
    truncated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        status: str = self.status

        data_array: list[list[Any]] | Unset = UNSET
        if not isinstance(self.data_array, Unset):
            data_array = []
            for data_array_item_data in self.data_array:
                data_array_item = data_array_item_data

                data_array.append(data_array_item)

        schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = self.schema.to_dict()

        truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if data_array is not UNSET:
            field_dict["data_array"] = data_array
        if schema is not UNSET:
            field_dict["schema"] = schema
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GetReportResponsePreviewContentSchema,) = _nested_models()

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        status = check_get_report_response_preview_content_status(d.pop("status"))

        _data_array = d.pop("data_array", UNSET)
        data_array: list[list[Any]] | Unset = UNSET
        if _data_array is not UNSET:
            data_array = []
            for data_array_item_data in _data_array:
                data_array_item = cast(list[Any], data_array_item_data)

                data_array.append(data_array_item)

        _schema = d.pop("schema", UNSET)
        schema: GetReportResponsePreviewContentSchema | Unset
        if isinstance(_schema, Unset):
            schema = UNSET
        else:
            schema = GetReportResponsePreviewContentSchema.from_dict(_schema)

        truncated = d.pop("truncated", UNSET)

        get_report_response_preview_content = cls(
            id=id,
            status=status,
            data_array=data_array,
            schema=schema,
            truncated=truncated,
        )

        get_report_response_preview_content.additional_properties = d
        return get_report_response_preview_content

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
def _nested_models() -> tuple[type[GetReportResponsePreviewContentSchema],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.get_report_response_preview_content_schema import GetReportResponsePreviewContentSchema  # noqa: PLC0415

    return (GetReportResponsePreviewContentSchema,)
