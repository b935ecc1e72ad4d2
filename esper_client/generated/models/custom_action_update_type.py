"""Which console control the action is: button, toggle, radio or dropdown."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionUpdateType = Literal["button", "dropdown", "radio", "toggle"]
else:
    CustomActionUpdateType = _rt.documented_literal(Literal["button", "dropdown", "radio", "toggle"], __doc__)

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
