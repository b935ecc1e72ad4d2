"""Which kind of identifier unique_ids holds, as a number (2 or 3)."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    SeamlessInfoUniqueIdType = Literal[2, 3]
else:
    SeamlessInfoUniqueIdType = _rt.documented_literal(Literal[2, 3], __doc__)

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
