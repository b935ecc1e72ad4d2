from typing import Literal, cast

SecurityStatesEnum = Literal[1, 10, 20, 30, 100]

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
