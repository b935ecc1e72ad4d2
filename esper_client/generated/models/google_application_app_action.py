from typing import Literal, cast

GoogleApplicationAppAction = Literal["install", "uninstall"]

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
