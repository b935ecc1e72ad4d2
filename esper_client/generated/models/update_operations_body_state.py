"""The operation's new state; only CANCELLED is accepted."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    UpdateOperationsBodyState = Literal["CANCELLED"]
else:
    UpdateOperationsBodyState = _rt.documented_literal(Literal["CANCELLED"], __doc__)

UPDATE_OPERATIONS_BODY_STATE_VALUES: set[UpdateOperationsBodyState] = {
    "CANCELLED",
}


def check_update_operations_body_state(value: str) -> UpdateOperationsBodyState:
    """Return `value` typed as UpdateOperationsBodyState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_OPERATIONS_BODY_STATE_VALUES to tell.
    """
    return cast(UpdateOperationsBodyState, value)
