from typing import Literal, cast

GetBlueprintsResponse200Code = Literal[201]

GET_BLUEPRINTS_RESPONSE_200_CODE_VALUES: set[GetBlueprintsResponse200Code] = {
    201,
}


def check_get_blueprints_response_200_code(value: int) -> GetBlueprintsResponse200Code:
    """Return `value` typed as GetBlueprintsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BLUEPRINTS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(GetBlueprintsResponse200Code, value)
