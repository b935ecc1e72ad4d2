from typing import Literal, cast

AppVersionV1ApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]

APP_VERSION_V1_APPROVAL_STATUS_VALUES: set[AppVersionV1ApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_app_version_v1_approval_status(value: str) -> AppVersionV1ApprovalStatus:
    """Return `value` typed as AppVersionV1ApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_VERSION_V1_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(AppVersionV1ApprovalStatus, value)
