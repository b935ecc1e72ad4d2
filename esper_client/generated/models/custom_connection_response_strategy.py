from typing import Literal, cast

CustomConnectionResponseStrategy = Literal["oidc", "samlp"]

CUSTOM_CONNECTION_RESPONSE_STRATEGY_VALUES: set[CustomConnectionResponseStrategy] = {
    "oidc",
    "samlp",
}


def check_custom_connection_response_strategy(value: str) -> CustomConnectionResponseStrategy:
    """Return `value` typed as CustomConnectionResponseStrategy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_CONNECTION_RESPONSE_STRATEGY_VALUES to tell.
    """
    return cast(CustomConnectionResponseStrategy, value)
