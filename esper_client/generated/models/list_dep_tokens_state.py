from typing import Literal, cast

ListDepTokensState = Literal["COMPLETED", "CSR_GENERATED"]

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
