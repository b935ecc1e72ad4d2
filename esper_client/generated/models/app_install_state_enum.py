"""'NOT_INSTALLED': The app is not on the device.
'INSTALL_IN_PROGRESS': Being installed.
'UNINSTALL_IN_PROGRESS': Being removed.
'INSTALL_SUCCESS': Installed.
'INSTALL_FAILED': The install did not succeed.
'UNINSTALL_SUCCESS': Removed.
'UNINSTALL_FAILED': The removal did not succeed."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    AppInstallStateEnum = Literal[
        "INSTALL_FAILED",
        "INSTALL_IN_PROGRESS",
        "INSTALL_SUCCESS",
        "NOT_INSTALLED",
        "UNINSTALL_FAILED",
        "UNINSTALL_IN_PROGRESS",
        "UNINSTALL_SUCCESS",
    ]
else:
    AppInstallStateEnum = _rt.documented_literal(
        Literal[
            "INSTALL_FAILED",
            "INSTALL_IN_PROGRESS",
            "INSTALL_SUCCESS",
            "NOT_INSTALLED",
            "UNINSTALL_FAILED",
            "UNINSTALL_IN_PROGRESS",
            "UNINSTALL_SUCCESS",
        ],
        __doc__,
    )

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
