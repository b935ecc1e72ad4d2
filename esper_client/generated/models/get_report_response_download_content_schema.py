from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_report_response_download_content_schema_columns_item import (
        GetReportResponseDownloadContentSchemaColumnsItem,
    )


T = TypeVar("T", bound="GetReportResponseDownloadContentSchema")


@_attrs_define
class GetReportResponseDownloadContentSchema:
    """
    Attributes:
        column_count (int | Unset):
        columns (list[GetReportResponseDownloadContentSchemaColumnsItem] | Unset):
    """

    column_count: int | Unset = UNSET
    columns: list[GetReportResponseDownloadContentSchemaColumnsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_count = self.column_count

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column_count is not UNSET:
            field_dict["column_count"] = column_count
        if columns is not UNSET:
            field_dict["columns"] = columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GetReportResponseDownloadContentSchemaColumnsItem,) = _nested_models()

        d = dict(src_dict)
        column_count = d.pop("column_count", UNSET)

        _columns = d.pop("columns", UNSET)
        columns: list[GetReportResponseDownloadContentSchemaColumnsItem] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = GetReportResponseDownloadContentSchemaColumnsItem.from_dict(columns_item_data)

                columns.append(columns_item)

        get_report_response_download_content_schema = cls(
            column_count=column_count,
            columns=columns,
        )

        get_report_response_download_content_schema.additional_properties = d
        return get_report_response_download_content_schema

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
def _nested_models() -> tuple[type[GetReportResponseDownloadContentSchemaColumnsItem],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.get_report_response_download_content_schema_columns_item import (
        GetReportResponseDownloadContentSchemaColumnsItem,  # noqa: PLC0415
    )

    return (GetReportResponseDownloadContentSchemaColumnsItem,)
