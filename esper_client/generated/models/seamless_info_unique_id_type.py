from typing import Literal, cast

SeamlessInfoUniqueIdType = Literal[2, 3]

SEAMLESS_INFO_UNIQUE_ID_TYPE_VALUES: set[SeamlessInfoUniqueIdType] = {
    2,
    3,
}


def check_seamless_info_unique_id_type(value: int) -> SeamlessInfoUniqueIdType:
    """Return `value` typed as SeamlessInfoUniqueIdType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SEAMLESS_INFO_UNIQUE_ID_TYPE_VALUES to tell.
    """
    return cast(SeamlessInfoUniqueIdType, value)
