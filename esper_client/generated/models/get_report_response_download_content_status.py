from typing import Literal, cast

GetReportResponseDownloadContentStatus = Literal["CANCELED", "FAILED", "PENDING", "RUNNING", "SUCCEEDED"]

GET_REPORT_RESPONSE_DOWNLOAD_CONTENT_STATUS_VALUES: set[GetReportResponseDownloadContentStatus] = {
    "CANCELED",
    "FAILED",
    "PENDING",
    "RUNNING",
    "SUCCEEDED",
}


def check_get_report_response_download_content_status(value: str) -> GetReportResponseDownloadContentStatus:
    """Return `value` typed as GetReportResponseDownloadContentStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_REPORT_RESPONSE_DOWNLOAD_CONTENT_STATUS_VALUES to tell.
    """
    return cast(GetReportResponseDownloadContentStatus, value)
