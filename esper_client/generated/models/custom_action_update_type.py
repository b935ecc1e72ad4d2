from typing import Literal, cast

CustomActionUpdateType = Literal["button", "dropdown", "radio", "toggle"]

CUSTOM_ACTION_UPDATE_TYPE_VALUES: set[CustomActionUpdateType] = {
    "button",
    "dropdown",
    "radio",
    "toggle",
}


def check_custom_action_update_type(value: str) -> CustomActionUpdateType:
    """Return `value` typed as CustomActionUpdateType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_UPDATE_TYPE_VALUES to tell.
    """
    return cast(CustomActionUpdateType, value)
