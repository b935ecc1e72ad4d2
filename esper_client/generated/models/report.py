from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from esper_client import _runtime as _rt

from ..models.report_report_type import ReportReportType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_apps_filter import DeviceAppsFilter
    from ..models.device_filter import DeviceFilter


def _esper_fields() -> tuple[tuple[_rt.Field, ...], _rt.Spec | None]:
    """Report's fields as esper_client._runtime reads them (once, on first use)."""
    from ..models.device_apps_filter import DeviceAppsFilter  # noqa: PLC0415
    from ..models.device_filter import DeviceFilter  # noqa: PLC0415

    return (
        (
            _rt.Field(
                "report_type", "report_type", _rt.enum("ReportReportType", ["device", "device_apps"]), required=True
            ),
            _rt.Field("end_time", "end_time", _rt.DATETIME),
            _rt.Field(
                "filters",
                "filters",
                _rt.union(
                    _rt.model(DeviceAppsFilter),
                    _rt.model(DeviceFilter),
                ),
            ),
            _rt.Field("is_download", "is_download", _rt.BOOL),
            _rt.Field("start_time", "start_time", _rt.DATETIME),
        ),
        _rt.ANY,
    )


@_attrs_define
class Report:
    """
    Attributes:
        report_type (ReportReportType): What the report is about; devices, or apps on devices.
        end_time (datetime.datetime | Unset): The end of the period the report covers, in UTC; not before start_time,
            and after 2024-07-01.
        filters (DeviceAppsFilter | DeviceFilter | Unset): Which devices or apps to report on; the shape matches
            report_type.
        is_download (bool | Unset): Whether to produce the report as a file to download.
        start_time (datetime.datetime | Unset): The start of the period the report covers, in UTC; after 2024-07-01.
    """

    report_type: ReportReportType
    end_time: datetime.datetime | Unset = UNSET
    filters: DeviceAppsFilter | DeviceFilter | Unset = UNSET
    is_download: bool | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _esper_fields = staticmethod(_esper_fields)

    def to_dict(self) -> dict[str, Any]:
        """This model as a JSON object (values that never fitted their type are sent as they came)."""
        return _rt.encode_model(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], *, strict: bool | None = None) -> Self:
        """Decode a JSON object: tolerantly (see esper_client.deviations), or raising when `strict`."""
        return _rt.decode_model_dict(cls, src_dict, strict)

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
