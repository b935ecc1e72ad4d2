"""Only versions with this approval status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetAppVersionsApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]
else:
    GetAppVersionsApprovalStatus = _rt.documented_literal(
        Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"], __doc__
    )

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
