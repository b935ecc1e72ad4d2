"""The version's approval status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    PatchAppVersionBodyApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]
else:
    PatchAppVersionBodyApprovalStatus = _rt.documented_literal(
        Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"], __doc__
    )

PATCH_APP_VERSION_BODY_APPROVAL_STATUS_VALUES: set[PatchAppVersionBodyApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_patch_app_version_body_approval_status(value: str) -> PatchAppVersionBodyApprovalStatus:
    """Return `value` typed as PatchAppVersionBodyApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PATCH_APP_VERSION_BODY_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(PatchAppVersionBodyApprovalStatus, value)
