from typing import Literal, cast

AppIconType = Literal["SINGLE_APP"]

APP_ICON_TYPE_VALUES: set[AppIconType] = {
    "SINGLE_APP",
}


def check_app_icon_type(value: str) -> AppIconType:
    """Return `value` typed as AppIconType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_ICON_TYPE_VALUES to tell.
    """
    return cast(AppIconType, value)
