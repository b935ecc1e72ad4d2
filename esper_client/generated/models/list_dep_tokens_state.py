"""Only records at this step; CSR_GENERATED has its public key made but no token yet, COMPLETED has the token."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    ListDepTokensState = Literal["COMPLETED", "CSR_GENERATED"]
else:
    ListDepTokensState = _rt.documented_literal(Literal["COMPLETED", "CSR_GENERATED"], __doc__)

LIST_DEP_TOKENS_STATE_VALUES: set[ListDepTokensState] = {
    "COMPLETED",
    "CSR_GENERATED",
}


def check_list_dep_tokens_state(value: str) -> ListDepTokensState:
    """Return `value` typed as ListDepTokensState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against LIST_DEP_TOKENS_STATE_VALUES to tell.
    """
    return cast(ListDepTokensState, value)
