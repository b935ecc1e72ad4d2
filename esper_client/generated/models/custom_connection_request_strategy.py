"""The protocol; samlp for SAML, oidc for OpenID Connect."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    CustomConnectionRequestStrategy = Literal["oidc", "samlp"]
else:
    CustomConnectionRequestStrategy = _rt.documented_literal(Literal["oidc", "samlp"], __doc__)

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
