from typing import Literal, cast

AppVersionApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]

APP_VERSION_APPROVAL_STATUS_VALUES: set[AppVersionApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_app_version_approval_status(value: str) -> AppVersionApprovalStatus:
    """Return `value` typed as AppVersionApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_VERSION_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(AppVersionApprovalStatus, value)
