from typing import Literal, cast

DEPSyncRequestStatus = Literal["COMPLETE", "FAILURE", "INPROGRESS", "QUEUED", "SUCCESS"]

DEP_SYNC_REQUEST_STATUS_VALUES: set[DEPSyncRequestStatus] = {
    "COMPLETE",
    "FAILURE",
    "INPROGRESS",
    "QUEUED",
    "SUCCESS",
}


def check_dep_sync_request_status(value: str) -> DEPSyncRequestStatus:
    """Return `value` typed as DEPSyncRequestStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEP_SYNC_REQUEST_STATUS_VALUES to tell.
    """
    return cast(DEPSyncRequestStatus, value)
