from typing import Literal, cast

CustomConnectionListStrategy = Literal["oidc", "samlp"]

CUSTOM_CONNECTION_LIST_STRATEGY_VALUES: set[CustomConnectionListStrategy] = {
    "oidc",
    "samlp",
}


def check_custom_connection_list_strategy(value: str) -> CustomConnectionListStrategy:
    """Return `value` typed as CustomConnectionListStrategy.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against CUSTOM_CONNECTION_LIST_STRATEGY_VALUES to tell.
    """
    return cast(CustomConnectionListStrategy, value)
