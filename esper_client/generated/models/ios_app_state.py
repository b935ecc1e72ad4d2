from typing import Literal, cast

IosAppState = Literal["SHOW"]

IOS_APP_STATE_VALUES: set[IosAppState] = {
    "SHOW",
}


def check_ios_app_state(value: str) -> IosAppState:
    """Return `value` typed as IosAppState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against IOS_APP_STATE_VALUES to tell.
    """
    return cast(IosAppState, value)
