from typing import Literal, cast

DirectoryRecordApprovalStatus = Literal["APPROVED", "BLOCKED", "REJECTED", "WAITING_FOR_APPROVAL"]

DIRECTORY_RECORD_APPROVAL_STATUS_VALUES: set[DirectoryRecordApprovalStatus] = {
    "APPROVED",
    "BLOCKED",
    "REJECTED",
    "WAITING_FOR_APPROVAL",
}


def check_directory_record_approval_status(value: str) -> DirectoryRecordApprovalStatus:
    """Return `value` typed as DirectoryRecordApprovalStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DIRECTORY_RECORD_APPROVAL_STATUS_VALUES to tell.
    """
    return cast(DirectoryRecordApprovalStatus, value)
