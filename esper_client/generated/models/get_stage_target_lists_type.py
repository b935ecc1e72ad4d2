from typing import Literal, cast

GetStageTargetListsType = Literal["collections", "devices", "groups"]

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
