"""The action's life-cycle state: draft, active or inactive."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionUpdateState = Literal["active", "draft", "inactive"]
else:
    CustomActionUpdateState = _rt.documented_literal(Literal["active", "draft", "inactive"], __doc__)

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
