from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetReportInfoResponse200")


@_attrs_define
class GetReportInfoResponse200:
    """
    Attributes:
        enable_reports_workflow (bool):
        report_availability_from (datetime.datetime | None):
    """

    enable_reports_workflow: bool
    report_availability_from: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_reports_workflow = self.enable_reports_workflow

        report_availability_from: None | str
        if isinstance(self.report_availability_from, datetime.datetime):
            report_availability_from = self.report_availability_from.isoformat()
        else:
            report_availability_from = self.report_availability_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enableReportsWorkflow": enable_reports_workflow,
                "reportAvailabilityFrom": report_availability_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_reports_workflow = d.pop("enableReportsWorkflow")

        def _parse_report_availability_from(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_availability_from_type_0 = datetime.datetime.fromisoformat(data)

                return report_availability_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        report_availability_from = _parse_report_availability_from(d.pop("reportAvailabilityFrom"))

        get_report_info_response_200 = cls(
            enable_reports_workflow=enable_reports_workflow,
            report_availability_from=report_availability_from,
        )

        get_report_info_response_200.additional_properties = d
        return get_report_info_response_200

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
