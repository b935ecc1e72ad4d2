from typing import Literal, cast

UniqueIdentifierType = Literal["ETHERNET_MAC_ID", "IMEI1", "IMEI2", "MEI", "SERIAL", "WIFI_MAC_ID"]

UNIQUE_IDENTIFIER_TYPE_VALUES: set[UniqueIdentifierType] = {
    "ETHERNET_MAC_ID",
    "IMEI1",
    "IMEI2",
    "MEI",
    "SERIAL",
    "WIFI_MAC_ID",
}


def check_unique_identifier_type(value: str) -> UniqueIdentifierType:
    """Return `value` typed as UniqueIdentifierType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UNIQUE_IDENTIFIER_TYPE_VALUES to tell.
    """
    return cast(UniqueIdentifierType, value)
