from typing import Literal, cast

CustomActionBaseType = Literal["button", "dropdown", "radio", "toggle"]

CUSTOM_ACTION_BASE_TYPE_VALUES: set[CustomActionBaseType] = {
    "button",
    "dropdown",
    "radio",
    "toggle",
}


def check_custom_action_base_type(value: str) -> CustomActionBaseType:
    """Return `value` typed as CustomActionBaseType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_ACTION_BASE_TYPE_VALUES to tell.
    """
    return cast(CustomActionBaseType, value)
