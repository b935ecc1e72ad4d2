"""The action's life-cycle state: draft, active or inactive; only an active action reaches Linux devices."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomActionBaseState = Literal["active", "draft", "inactive"]
else:
    CustomActionBaseState = _rt.documented_literal(Literal["active", "draft", "inactive"], __doc__)

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
