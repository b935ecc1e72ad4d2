from typing import Literal, cast

CustomConnectionRequestStrategy = Literal["oidc", "samlp"]

CUSTOM_CONNECTION_REQUEST_STRATEGY_VALUES: set[CustomConnectionRequestStrategy] = {
    "oidc",
    "samlp",
}


def check_custom_connection_request_strategy(value: str) -> CustomConnectionRequestStrategy:
    """Return `value` typed as CustomConnectionRequestStrategy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_CONNECTION_REQUEST_STRATEGY_VALUES to tell.
    """
    return cast(CustomConnectionRequestStrategy, value)
