"""Field to sort by; a leading '-' sorts in descending order."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetOperationsListOrdering = Literal["created_at", "state", "updated_at"]
else:
    GetOperationsListOrdering = _rt.documented_literal(Literal["created_at", "state", "updated_at"], __doc__)

GET_OPERATIONS_LIST_ORDERING_VALUES: set[GetOperationsListOrdering] = {
    "created_at",
    "state",
    "updated_at",
}


def check_get_operations_list_ordering(value: str) -> GetOperationsListOrdering:
    """Return `value` typed as GetOperationsListOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_OPERATIONS_LIST_ORDERING_VALUES to tell.
    """
    return cast(GetOperationsListOrdering, value)
