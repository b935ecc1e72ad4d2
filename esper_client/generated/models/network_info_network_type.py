from typing import Literal, cast

NetworkInfoNetworkType = Literal["CELLULAR", "ETHERNET", "OTHER", "WI-FI"]

NETWORK_INFO_NETWORK_TYPE_VALUES: set[NetworkInfoNetworkType] = {
    "CELLULAR",
    "ETHERNET",
    "OTHER",
    "WI-FI",
}


def check_network_info_network_type(value: str) -> NetworkInfoNetworkType:
    """Return `value` typed as NetworkInfoNetworkType.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against NETWORK_INFO_NETWORK_TYPE_VALUES to tell.
    """
    return cast(NetworkInfoNetworkType, value)
