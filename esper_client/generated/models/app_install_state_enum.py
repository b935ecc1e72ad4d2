from typing import Literal, cast

AppInstallStateEnum = Literal[
    "INSTALL_FAILED",
    "INSTALL_IN_PROGRESS",
    "INSTALL_SUCCESS",
    "NOT_INSTALLED",
    "UNINSTALL_FAILED",
    "UNINSTALL_IN_PROGRESS",
    "UNINSTALL_SUCCESS",
]

APP_INSTALL_STATE_ENUM_VALUES: set[AppInstallStateEnum] = {
    "INSTALL_FAILED",
    "INSTALL_IN_PROGRESS",
    "INSTALL_SUCCESS",
    "NOT_INSTALLED",
    "UNINSTALL_FAILED",
    "UNINSTALL_IN_PROGRESS",
    "UNINSTALL_SUCCESS",
}


def check_app_install_state_enum(value: str) -> AppInstallStateEnum:
    """Return `value` typed as AppInstallStateEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against APP_INSTALL_STATE_ENUM_VALUES to tell.
    """
    return cast(AppInstallStateEnum, value)
