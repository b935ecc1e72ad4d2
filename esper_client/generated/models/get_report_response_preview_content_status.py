from typing import Literal, cast

GetReportResponsePreviewContentStatus = Literal["CANCELED", "FAILED", "PENDING", "RUNNING", "SUCCEEDED"]

GET_REPORT_RESPONSE_PREVIEW_CONTENT_STATUS_VALUES: set[GetReportResponsePreviewContentStatus] = {
    "CANCELED",
    "FAILED",
    "PENDING",
    "RUNNING",
    "SUCCEEDED",
}


def check_get_report_response_preview_content_status(value: str) -> GetReportResponsePreviewContentStatus:
    """Return `value` typed as GetReportResponsePreviewContentStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_REPORT_RESPONSE_PREVIEW_CONTENT_STATUS_VALUES to tell.
    """
    return cast(GetReportResponsePreviewContentStatus, value)
