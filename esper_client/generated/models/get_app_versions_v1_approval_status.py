from typing import Literal, cast

GetAppVersionsV1ApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]

GET_APP_VERSIONS_V1_APPROVAL_STATUS_VALUES: set[GetAppVersionsV1ApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_get_app_versions_v1_approval_status(value: str) -> GetAppVersionsV1ApprovalStatus:
    """Return `value` typed as GetAppVersionsV1ApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_APP_VERSIONS_V1_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(GetAppVersionsV1ApprovalStatus, value)
