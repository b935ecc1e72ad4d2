from typing import Literal, cast

AppType = Literal["ENTERPRISE", "PLAYSTORE", "PRELOADED"]

APP_TYPE_VALUES: set[AppType] = {
    "ENTERPRISE",
    "PLAYSTORE",
    "PRELOADED",
}


def check_app_type(value: str) -> AppType:
    """Return `value` typed as AppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_TYPE_VALUES to tell.
    """
    return cast(AppType, value)
