"""Which console control the action is: button, toggle, radio or dropdown."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionBaseType = Literal["button", "dropdown", "radio", "toggle"]
else:
    CustomActionBaseType = _rt.documented_literal(Literal["button", "dropdown", "radio", "toggle"], __doc__)

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
