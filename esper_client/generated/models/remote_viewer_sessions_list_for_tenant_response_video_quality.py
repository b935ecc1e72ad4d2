from typing import Literal, cast

RemoteViewerSessionsListForTenantResponseVideoQuality = Literal["DATA_SAVER", "STANDARD"]

REMOTE_VIEWER_SESSIONS_LIST_FOR_TENANT_RESPONSE_VIDEO_QUALITY_VALUES: set[
    RemoteViewerSessionsListForTenantResponseVideoQuality
] = {
    "DATA_SAVER",
    "STANDARD",
}


def check_remote_viewer_sessions_list_for_tenant_response_video_quality(
    value: str,
) -> RemoteViewerSessionsListForTenantResponseVideoQuality:
    """Return `value` typed as RemoteViewerSessionsListForTenantResponseVideoQuality.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against REMOTE_VIEWER_SESSIONS_LIST_FOR_TENANT_RESPONSE_VIDEO_QUALITY_VALUES to tell.
    """
    return cast(RemoteViewerSessionsListForTenantResponseVideoQuality, value)
