from typing import Literal, cast

GetAppVersionsApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]

GET_APP_VERSIONS_APPROVAL_STATUS_VALUES: set[GetAppVersionsApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_get_app_versions_approval_status(value: str) -> GetAppVersionsApprovalStatus:
    """Return `value` typed as GetAppVersionsApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_APP_VERSIONS_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(GetAppVersionsApprovalStatus, value)
