"""The version's approval status."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    PatchAppVersionV1BodyApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]
else:
    PatchAppVersionV1BodyApprovalStatus = _rt.documented_literal(
        Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"], __doc__
    )

PATCH_APP_VERSION_V1_BODY_APPROVAL_STATUS_VALUES: set[PatchAppVersionV1BodyApprovalStatus] = {
    "ACCEPTED",
    "APPROVED",
    "AVAILABLE",
    "REJECTED",
}


def check_patch_app_version_v1_body_approval_status(value: str) -> PatchAppVersionV1BodyApprovalStatus:
    """Return `value` typed as PatchAppVersionV1BodyApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against PATCH_APP_VERSION_V1_BODY_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(PatchAppVersionV1BodyApprovalStatus, value)
