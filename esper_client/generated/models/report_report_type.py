from typing import Literal, cast

ReportReportType = Literal["device", "device_apps"]

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
