"""Only records at this step; CSR_GENERATED awaits the signed certificate, COMPLETED has it."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListApNsCertsState = Literal["COMPLETED", "CSR_GENERATED"]
else:
    ListApNsCertsState = _rt.documented_literal(Literal["COMPLETED", "CSR_GENERATED"], __doc__)

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
