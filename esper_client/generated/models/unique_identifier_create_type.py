from typing import Literal, cast

UniqueIdentifierCreateType = Literal[0, 1, 2, 3, 4, 5]

UNIQUE_IDENTIFIER_CREATE_TYPE_VALUES: set[UniqueIdentifierCreateType] = {
    0,
    1,
    2,
    3,
    4,
    5,
}


def check_unique_identifier_create_type(value: int) -> UniqueIdentifierCreateType:
    """Return `value` typed as UniqueIdentifierCreateType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UNIQUE_IDENTIFIER_CREATE_TYPE_VALUES to tell.
    """
    return cast(UniqueIdentifierCreateType, value)
