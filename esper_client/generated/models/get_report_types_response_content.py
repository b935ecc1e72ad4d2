from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_report_types_response_content_report_types_type_0_item import (
        GetReportTypesResponseContentReportTypesType0Item,
    )


T = TypeVar("T", bound="GetReportTypesResponseContent")


@_attrs_define
class GetReportTypesResponseContent:
    """
    Attributes:
        report_types (list[GetReportTypesResponseContentReportTypesType0Item] | None):
    """

    report_types: list[GetReportTypesResponseContentReportTypesType0Item] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_types: list[dict[str, Any]] | None
        if isinstance(self.report_types, list):
            report_types = []
            for report_types_type_0_item_data in self.report_types:
                report_types_type_0_item = report_types_type_0_item_data.to_dict()
                report_types.append(report_types_type_0_item)

        else:
            report_types = self.report_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_types": report_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (GetReportTypesResponseContentReportTypesType0Item,) = _nested_models()

        d = dict(src_dict)

        def _parse_report_types(data: object) -> list[GetReportTypesResponseContentReportTypesType0Item] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                report_types_type_0 = []
                _report_types_type_0 = data
                for report_types_type_0_item_data in _report_types_type_0:
                    report_types_type_0_item = GetReportTypesResponseContentReportTypesType0Item.from_dict(
                        report_types_type_0_item_data
                    )

                    report_types_type_0.append(report_types_type_0_item)

                return report_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[GetReportTypesResponseContentReportTypesType0Item] | None, data)

        report_types = _parse_report_types(d.pop("report_types"))

        get_report_types_response_content = cls(
            report_types=report_types,
        )

        get_report_types_response_content.additional_properties = d
        return get_report_types_response_content

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
def _nested_models() -> tuple[type[GetReportTypesResponseContentReportTypesType0Item],]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.get_report_types_response_content_report_types_type_0_item import (
        GetReportTypesResponseContentReportTypesType0Item,  # noqa: PLC0415
    )

    return (GetReportTypesResponseContentReportTypesType0Item,)
