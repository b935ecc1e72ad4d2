from typing import Literal, cast

PatchAppVersionV1BodyApprovalStatus = Literal["ACCEPTED", "APPROVED", "AVAILABLE", "REJECTED"]

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
