from typing import Literal, cast

CreateReportResponseContentStatus = Literal["CANCELED", "FAILED", "PENDING", "RUNNING", "SUCCEEDED"]

CREATE_REPORT_RESPONSE_CONTENT_STATUS_VALUES: set[CreateReportResponseContentStatus] = {
    "CANCELED",
    "FAILED",
    "PENDING",
    "RUNNING",
    "SUCCEEDED",
}


def check_create_report_response_content_status(value: str) -> CreateReportResponseContentStatus:
    """Return `value` typed as CreateReportResponseContentStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CREATE_REPORT_RESPONSE_CONTENT_STATUS_VALUES to tell.
    """
    return cast(CreateReportResponseContentStatus, value)
