from typing import Literal, cast

DEPSyncRequestForGetResponseStatus = Literal["COMPLETE", "FAILURE", "INPROGRESS", "QUEUED", "SUCCESS"]

DEP_SYNC_REQUEST_FOR_GET_RESPONSE_STATUS_VALUES: set[DEPSyncRequestForGetResponseStatus] = {
    "COMPLETE",
    "FAILURE",
    "INPROGRESS",
    "QUEUED",
    "SUCCESS",
}


def check_dep_sync_request_for_get_response_status(value: str) -> DEPSyncRequestForGetResponseStatus:
    """Return `value` typed as DEPSyncRequestForGetResponseStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEP_SYNC_REQUEST_FOR_GET_RESPONSE_STATUS_VALUES to tell.
    """
    return cast(DEPSyncRequestForGetResponseStatus, value)
