from typing import Literal, cast

SeamlessRequestUniqueIdType = Literal["SERIAL", "UUID"]

SEAMLESS_REQUEST_UNIQUE_ID_TYPE_VALUES: set[SeamlessRequestUniqueIdType] = {
    "SERIAL",
    "UUID",
}


def check_seamless_request_unique_id_type(value: str) -> SeamlessRequestUniqueIdType:
    """Return `value` typed as SeamlessRequestUniqueIdType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SEAMLESS_REQUEST_UNIQUE_ID_TYPE_VALUES to tell.
    """
    return cast(SeamlessRequestUniqueIdType, value)
