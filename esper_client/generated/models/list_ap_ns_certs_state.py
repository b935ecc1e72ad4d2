from typing import Literal, cast

ListApNsCertsState = Literal["COMPLETED", "CSR_GENERATED"]

LIST_AP_NS_CERTS_STATE_VALUES: set[ListApNsCertsState] = {
    "COMPLETED",
    "CSR_GENERATED",
}


def check_list_ap_ns_certs_state(value: str) -> ListApNsCertsState:
    """Return `value` typed as ListApNsCertsState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_AP_NS_CERTS_STATE_VALUES to tell.
    """
    return cast(ListApNsCertsState, value)
