from typing import Literal, cast

RemoteViewerSessionsListForTenantResponseState = Literal["ACKNOWLEDGED", "ACTIVE", "FAILED", "INITIATED", "TERMINATED"]

REMOTE_VIEWER_SESSIONS_LIST_FOR_TENANT_RESPONSE_STATE_VALUES: set[RemoteViewerSessionsListForTenantResponseState] = {
    "ACKNOWLEDGED",
    "ACTIVE",
    "FAILED",
    "INITIATED",
    "TERMINATED",
}


def check_remote_viewer_sessions_list_for_tenant_response_state(
    value: str,
) -> RemoteViewerSessionsListForTenantResponseState:
    """Return `value` typed as RemoteViewerSessionsListForTenantResponseState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against REMOTE_VIEWER_SESSIONS_LIST_FOR_TENANT_RESPONSE_STATE_VALUES to tell.
    """
    return cast(RemoteViewerSessionsListForTenantResponseState, value)
