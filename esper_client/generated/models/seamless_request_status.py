from typing import Literal, cast

SeamlessRequestStatus = Literal["FAILED", "IN_PROGRESS", "IN_QUEUE", "SUCCESS"]

SEAMLESS_REQUEST_STATUS_VALUES: set[SeamlessRequestStatus] = {
    "FAILED",
    "IN_PROGRESS",
    "IN_QUEUE",
    "SUCCESS",
}


def check_seamless_request_status(value: str) -> SeamlessRequestStatus:
    """Return `value` typed as SeamlessRequestStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SEAMLESS_REQUEST_STATUS_VALUES to tell.
    """
    return cast(SeamlessRequestStatus, value)
