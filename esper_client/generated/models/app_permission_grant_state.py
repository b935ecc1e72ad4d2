from typing import Literal, cast

AppPermissionGrantState = Literal["Default", "Denied", "Granted"]

APP_PERMISSION_GRANT_STATE_VALUES: set[AppPermissionGrantState] = {
    "Default",
    "Denied",
    "Granted",
}


def check_app_permission_grant_state(value: str) -> AppPermissionGrantState:
    """Return `value` typed as AppPermissionGrantState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_PERMISSION_GRANT_STATE_VALUES to tell.
    """
    return cast(AppPermissionGrantState, value)
