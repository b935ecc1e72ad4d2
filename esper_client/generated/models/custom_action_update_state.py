from typing import Literal, cast

CustomActionUpdateState = Literal["active", "draft", "inactive"]

CUSTOM_ACTION_UPDATE_STATE_VALUES: set[CustomActionUpdateState] = {
    "active",
    "draft",
    "inactive",
}


def check_custom_action_update_state(value: str) -> CustomActionUpdateState:
    """Return `value` typed as CustomActionUpdateState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_UPDATE_STATE_VALUES to tell.
    """
    return cast(CustomActionUpdateState, value)
