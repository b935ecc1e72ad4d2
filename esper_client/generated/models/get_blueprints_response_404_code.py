from typing import Literal, cast

GetBlueprintsResponse404Code = Literal[404]

GET_BLUEPRINTS_RESPONSE_404_CODE_VALUES: set[GetBlueprintsResponse404Code] = {
    404,
}


def check_get_blueprints_response_404_code(value: int) -> GetBlueprintsResponse404Code:
    """Return `value` typed as GetBlueprintsResponse404Code.

    A value the contract does not list is kept as it came (a newer server may send
    it); compare against GET_BLUEPRINTS_RESPONSE_404_CODE_VALUES to tell.
    """
    return cast(GetBlueprintsResponse404Code, value)
