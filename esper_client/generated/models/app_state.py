from typing import Literal, cast

AppState = Literal["DISABLE", "HIDE", "LAUNCHABLE_BUT_HIDDEN", "SHOW"]

APP_STATE_VALUES: set[AppState] = {
    "DISABLE",
    "HIDE",
    "LAUNCHABLE_BUT_HIDDEN",
    "SHOW",
}


def check_app_state(value: str) -> AppState:
    """Return `value` typed as AppState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_STATE_VALUES to tell.
    """
    return cast(AppState, value)
