"""What the report is about; devices, or apps on devices."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ReportReportType = Literal["device", "device_apps"]
else:
    ReportReportType = _rt.documented_literal(Literal["device", "device_apps"], __doc__)

REPORT_REPORT_TYPE_VALUES: set[ReportReportType] = {
    "device",
    "device_apps",
}


def check_report_report_type(value: str) -> ReportReportType:
    """Return `value` typed as ReportReportType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against REPORT_REPORT_TYPE_VALUES to tell.
    """
    return cast(ReportReportType, value)
