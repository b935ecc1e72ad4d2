"""Only versions with this approval status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetAppVersionsV1ApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]
else:
    GetAppVersionsV1ApprovalStatus = _rt.documented_literal(
        Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"], __doc__
    )

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
