from typing import Literal, cast

DirectoryRecordOnlineStatus = Literal["NONE", "OFFLINE", "ONLINE"]

DIRECTORY_RECORD_ONLINE_STATUS_VALUES: set[DirectoryRecordOnlineStatus] = {
    "NONE",
    "OFFLINE",
    "ONLINE",
}


def check_directory_record_online_status(value: str) -> DirectoryRecordOnlineStatus:
    """Return `value` typed as DirectoryRecordOnlineStatus.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DIRECTORY_RECORD_ONLINE_STATUS_VALUES to tell.
    """
    return cast(DirectoryRecordOnlineStatus, value)
