from typing import Literal, cast

UpdateBlueprintsResponse200Code = Literal["201"]

UPDATE_BLUEPRINTS_RESPONSE_200_CODE_VALUES: set[UpdateBlueprintsResponse200Code] = {
    "201",
}


def check_update_blueprints_response_200_code(value: str) -> UpdateBlueprintsResponse200Code:
    """Return `value` typed as UpdateBlueprintsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against UPDATE_BLUEPRINTS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(UpdateBlueprintsResponse200Code, value)
