from typing import Literal, cast

GetBlueprintsVersionsResponse200Code = Literal["201"]

GET_BLUEPRINTS_VERSIONS_RESPONSE_200_CODE_VALUES: set[GetBlueprintsVersionsResponse200Code] = {
    "201",
}


def check_get_blueprints_versions_response_200_code(value: str) -> GetBlueprintsVersionsResponse200Code:
    """Return `value` typed as GetBlueprintsVersionsResponse200Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BLUEPRINTS_VERSIONS_RESPONSE_200_CODE_VALUES to tell.
    """
    return cast(GetBlueprintsVersionsResponse200Code, value)
