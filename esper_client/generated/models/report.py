from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_report_type import ReportReportType, check_report_report_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_apps_filter import DeviceAppsFilter
    from ..models.device_filter import DeviceFilter


T = TypeVar("T", bound="Report")


@_attrs_define
class Report:
    """
    Attributes:
        report_type (ReportReportType):
        end_time (datetime.datetime | Unset):
        filters (DeviceAppsFilter | DeviceFilter | Unset):
        is_download (bool | Unset):
        start_time (datetime.datetime | Unset):
    """

    report_type: ReportReportType
    end_time: datetime.datetime | Unset = UNSET
    filters: DeviceAppsFilter | DeviceFilter | Unset = UNSET
    is_download: bool | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        (
            DeviceAppsFilter,
            DeviceFilter,
        ) = _nested_models()

        report_type: str = self.report_type

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, DeviceAppsFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters.to_dict()

        is_download = self.is_download

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_type": report_type,
            }
        )
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if filters is not UNSET:
            field_dict["filters"] = filters
        if is_download is not UNSET:
            field_dict["is_download"] = is_download
        if start_time is not UNSET:
            field_dict["start_time"] = start_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            DeviceAppsFilter,
            DeviceFilter,
        ) = _nested_models()

        d = dict(src_dict)
        report_type = check_report_report_type(d.pop("report_type"))

        _end_time = d.pop("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        def _parse_filters(data: object) -> DeviceAppsFilter | DeviceFilter | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = DeviceAppsFilter.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            filters_type_1 = DeviceFilter.from_dict(data)

            return filters_type_1

        filters = _parse_filters(d.pop("filters", UNSET))

        is_download = d.pop("is_download", UNSET)

        _start_time = d.pop("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        report = cls(
            report_type=report_type,
            end_time=end_time,
            filters=filters,
            is_download=is_download,
            start_time=start_time,
        )

        report.additional_properties = d
        return report

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
def _nested_models() -> tuple[
    type[DeviceAppsFilter],
    type[DeviceFilter],
]:
    """The nested model classes, imported on first use, once.

    Importing them with this module would import the models they refer to, and theirs.
    """
    from ..models.device_apps_filter import DeviceAppsFilter  # noqa: PLC0415
    from ..models.device_filter import DeviceFilter  # noqa: PLC0415

    return (
        DeviceAppsFilter,
        DeviceFilter,
    )
