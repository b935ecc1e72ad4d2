from typing import Literal, cast

WindowsAppState = Literal["SHOW"]

WINDOWS_APP_STATE_VALUES: set[WindowsAppState] = {
    "SHOW",
}


def check_windows_app_state(value: str) -> WindowsAppState:
    """Return `value` typed as WindowsAppState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_APP_STATE_VALUES to tell.
    """
    return cast(WindowsAppState, value)
