"""Only target lists of this kind (of groups, of devices or of collections)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    GetStageTargetListsType = Literal["collections", "devices", "groups"]
else:
    GetStageTargetListsType = _rt.documented_literal(Literal["collections", "devices", "groups"], __doc__)

GET_STAGE_TARGET_LISTS_TYPE_VALUES: set[GetStageTargetListsType] = {
    "collections",
    "devices",
    "groups",
}


def check_get_stage_target_lists_type(value: str) -> GetStageTargetListsType:
    """Return `value` typed as GetStageTargetListsType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_STAGE_TARGET_LISTS_TYPE_VALUES to tell.
    """
    return cast(GetStageTargetListsType, value)
