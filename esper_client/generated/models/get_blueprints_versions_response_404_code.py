from typing import Literal, cast

GetBlueprintsVersionsResponse404Code = Literal["201"]

GET_BLUEPRINTS_VERSIONS_RESPONSE_404_CODE_VALUES: set[GetBlueprintsVersionsResponse404Code] = {
    "201",
}


def check_get_blueprints_versions_response_404_code(value: str) -> GetBlueprintsVersionsResponse404Code:
    """Return `value` typed as GetBlueprintsVersionsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BLUEPRINTS_VERSIONS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(GetBlueprintsVersionsResponse404Code, value)
