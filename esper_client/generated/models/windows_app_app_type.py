from typing import Literal, cast

WindowsAppAppType = Literal["ESPER_WINDOWS", "TENANT_WINDOWS"]

WINDOWS_APP_APP_TYPE_VALUES: set[WindowsAppAppType] = {
    "ESPER_WINDOWS",
    "TENANT_WINDOWS",
}


def check_windows_app_app_type(value: str) -> WindowsAppAppType:
    """Return `value` typed as WindowsAppAppType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against WINDOWS_APP_APP_TYPE_VALUES to tell.
    """
    return cast(WindowsAppAppType, value)
