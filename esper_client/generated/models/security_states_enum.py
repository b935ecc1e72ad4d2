"""1: Secure.
10: Low risk.
20: Medium risk.
30: High risk.
100: Security state not known."""

from typing import TYPE_CHECKING, Literal, cast

from esper_client import _runtime as _rt

if TYPE_CHECKING:
    SecurityStatesEnum = Literal[1, 10, 20, 30, 100]
else:
    SecurityStatesEnum = _rt.documented_literal(Literal[1, 10, 20, 30, 100], __doc__)

SECURITY_STATES_ENUM_VALUES: set[SecurityStatesEnum] = {
    1,
    10,
    20,
    30,
    100,
}


def check_security_states_enum(value: int) -> SecurityStatesEnum:
    """Return `value` typed as SecurityStatesEnum.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against SECURITY_STATES_ENUM_VALUES to tell.
    """
    return cast(SecurityStatesEnum, value)
