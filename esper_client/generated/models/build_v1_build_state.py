from typing import Literal, cast

BuildV1BuildState = Literal["released", "to_be_deprecated", "unavailable", "unreleased"]

BUILD_V1_BUILD_STATE_VALUES: set[BuildV1BuildState] = {
    "released",
    "to_be_deprecated",
    "unavailable",
    "unreleased",
}


def check_build_v1_build_state(value: str) -> BuildV1BuildState:
    """Return `value` typed as BuildV1BuildState.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against BUILD_V1_BUILD_STATE_VALUES to tell.
    """
    return cast(BuildV1BuildState, value)
