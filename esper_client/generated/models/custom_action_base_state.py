from typing import Literal, cast

CustomActionBaseState = Literal["active", "draft", "inactive"]

CUSTOM_ACTION_BASE_STATE_VALUES: set[CustomActionBaseState] = {
    "active",
    "draft",
    "inactive",
}


def check_custom_action_base_state(value: str) -> CustomActionBaseState:
    """Return `value` typed as CustomActionBaseState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_BASE_STATE_VALUES to tell.
    """
    return cast(CustomActionBaseState, value)
