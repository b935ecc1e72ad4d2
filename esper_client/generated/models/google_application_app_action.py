"""Whether to install or uninstall the app."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GoogleApplicationAppAction = Literal["install", "uninstall"]
else:
    GoogleApplicationAppAction = _rt.documented_literal(Literal["install", "uninstall"], __doc__)

GOOGLE_APPLICATION_APP_ACTION_VALUES: set[GoogleApplicationAppAction] = {
    "install",
    "uninstall",
}


def check_google_application_app_action(value: str) -> GoogleApplicationAppAction:
    """Return `value` typed as GoogleApplicationAppAction.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GOOGLE_APPLICATION_APP_ACTION_VALUES to tell.
    """
    return cast(GoogleApplicationAppAction, value)
