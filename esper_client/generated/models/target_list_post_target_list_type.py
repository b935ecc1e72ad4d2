"""What the list holds; DEVICES, GROUPS (device groups) or COLLECTIONS."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    TargetListPOSTTargetListType = Literal["COLLECTIONS", "DEVICES", "GROUPS"]
else:
    TargetListPOSTTargetListType = _rt.documented_literal(Literal["COLLECTIONS", "DEVICES", "GROUPS"], __doc__)

TARGET_LIST_POST_TARGET_LIST_TYPE_VALUES: set[TargetListPOSTTargetListType] = {
    "COLLECTIONS",
    "DEVICES",
    "GROUPS",
}


def check_target_list_post_target_list_type(value: str) -> TargetListPOSTTargetListType:
    """Return `value` typed as TargetListPOSTTargetListType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against TARGET_LIST_POST_TARGET_LIST_TYPE_VALUES to tell.
    """
    return cast(TargetListPOSTTargetListType, value)
