"""Field to sort by."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetDeviceOperationsOrdering = Literal["created_at", "state", "updated_at"]
else:
    GetDeviceOperationsOrdering = _rt.documented_literal(Literal["created_at", "state", "updated_at"], __doc__)

GET_DEVICE_OPERATIONS_ORDERING_VALUES: set[GetDeviceOperationsOrdering] = {
    "created_at",
    "state",
    "updated_at",
}


def check_get_device_operations_ordering(value: str) -> GetDeviceOperationsOrdering:
    """Return `value` typed as GetDeviceOperationsOrdering.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_DEVICE_OPERATIONS_ORDERING_VALUES to tell.
    """
    return cast(GetDeviceOperationsOrdering, value)
