from typing import Literal, cast

DEPTokenGETState = Literal["COMPLETED", "CSR_GENERATED"]

DEP_TOKEN_GET_STATE_VALUES: set[DEPTokenGETState] = {
    "COMPLETED",
    "CSR_GENERATED",
}


def check_dep_token_get_state(value: str) -> DEPTokenGETState:
    """Return `value` typed as DEPTokenGETState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against DEP_TOKEN_GET_STATE_VALUES to tell.
    """
    return cast(DEPTokenGETState, value)
